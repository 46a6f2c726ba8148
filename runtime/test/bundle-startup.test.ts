/**
 * What a program pays at import and in its bundle: the bundled runtime must not load node:https or
 * node:tls at startup (transport.ts loads https on the first https request), and must not carry
 * the rarely used parts at all (role credentials: STS, OIDC, instance metadata; proxy
 * tunnelling): they are files of their own (src/optional.ts), loaded by a specifier a bundler does
 * not follow. A static or literal dynamic import anywhere in src would pull them back into every
 * program; this builds the bundle in memory and looks at its imports and its text.
 */
import { build } from "esbuild";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const src = (f: string) => fileURLToPath(new URL(`../src/${f}`, import.meta.url));
const bundle = async (entry: string) =>
  (await build({ entryPoints: [src(entry)], bundle: true, platform: "node", format: "esm", target: "node18", write: false, logLevel: "silent" }))
    .outputFiles[0]!.text;

describe("bundled runtime startup", () => {
  it("imports no node:https, node:tls or non-builtin module statically", async () => {
    const text = await bundle("index.ts");
    const staticImports = [...text.matchAll(/^import .* from "([^"]+)";$/gm)].map((m) => m[1]!);
    expect(staticImports.length).toBeGreaterThan(0);
    expect(staticImports.filter((m) => m === "node:https" || m === "node:tls")).toEqual([]);
    expect(staticImports.filter((m) => !m.startsWith("node:"))).toEqual([]);
    // https is still reachable lazily
    expect(text).toContain('import("node:https")');
  });

  it("leaves role credentials and proxy tunnelling out of the bundle, reachable on first need", async () => {
    const text = await bundle("index.ts");
    for (const marker of ["AssumeRoleWithWebIdentity", "security-credentials", "CONNECT", 'import("node:tls")']) {
      expect(text, marker).not.toContain(marker);
    }
    // no literal import of them a user's bundler would follow
    expect(text).not.toMatch(/import\("\.\/(credential-providers|proxy)\.js"\)/);
    expect(text).toContain('"./credential-providers.js"');
    expect(text).toContain('"./proxy.js"');
    // and they are whole on their own
    expect(await bundle("credential-providers.ts")).toContain("AssumeRoleWithWebIdentity");
    expect(await bundle("proxy.ts")).toContain('import("node:tls")');
  });
});
