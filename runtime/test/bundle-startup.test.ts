/**
 * What a program pays at import: the bundled runtime must not load node:https or node:tls at
 * startup (transport.ts loads https on the first https request; the proxy code loads https and
 * tls only when a proxy is used). A static import anywhere in src would be hoisted by the bundler
 * into every program's startup; this builds the bundle in memory and looks at its imports.
 */
import { build } from "esbuild";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

describe("bundled runtime startup", () => {
  it("imports no node:https, node:tls or non-builtin module statically", async () => {
    const out = await build({
      entryPoints: [fileURLToPath(new URL("../src/index.ts", import.meta.url))],
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node18",
      write: false,
      logLevel: "silent",
    });
    const text = out.outputFiles[0]!.text;
    const staticImports = [...text.matchAll(/^import .* from "([^"]+)";$/gm)].map((m) => m[1]!);
    expect(staticImports.length).toBeGreaterThan(0);
    expect(staticImports.filter((m) => m === "node:https" || m === "node:tls")).toEqual([]);
    expect(staticImports.filter((m) => !m.startsWith("node:"))).toEqual([]);
    // and they are still reachable lazily
    expect(text).toContain('import("node:https")');
    expect(text).toContain('import("node:tls")');
  });
});
