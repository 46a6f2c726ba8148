/**
 * Every package (the runtime and each generated one) as a consumer meets it: loaded by name
 * through its `exports` with `require` and with `import` in a plain node process (no test
 * runner, no alias), the same names either way; and its packed tarball passes publint and
 * @arethetypeswrong/cli (types that match each module format, for every resolution mode).
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { publint } from "publint";
import { formatMessage } from "publint/utils";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readManifest } from "../generator/src/generate-all.js";
import { packageDirName } from "../generator/src/release/input-lock.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const run = promisify(execFile);
const dirs = ["runtime", ...readManifest(root).map((e) => join("generated", packageDirName(e)))];
const nameOf = (dir: string) => (JSON.parse(readFileSync(join(root, dir, "package.json"), "utf8")) as { name: string }).name;

let work: string;
const tarballs = new Map<string, string>();

// asynchronous throughout: a worker blocked in a long synchronous call misses vitest's RPC deadline
beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "doc2sdk-exports-"));
  for (const dir of dirs) {
    const { stdout } = await run("npm", ["pack", "--json", "--pack-destination", work], { cwd: join(root, dir), encoding: "utf8" });
    const [packed] = JSON.parse(stdout) as { filename: string }[];
    tarballs.set(dir, join(work, packed.filename));
  }
}, 240_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("each package loads by name with require and import, and lints clean", () => {
  for (const dir of dirs) {
    it(
      dir,
      async () => {
        const name = nameOf(dir);
        const keys = "(m) => Object.keys(m).filter((k) => k !== 'default' && k !== 'module.exports').sort()";
        const cjs = await run(process.execPath, ["-e", `console.log(JSON.stringify((${keys})(require(${JSON.stringify(name)}))))`], { cwd: root });
        const esm = await run(
          process.execPath,
          ["--input-type=module", "-e", `console.log(JSON.stringify((${keys})(await import(${JSON.stringify(name)}))))`],
          { cwd: root },
        );
        const fromRequire = JSON.parse(cjs.stdout) as string[];
        expect(fromRequire.length).toBeGreaterThan(3);
        expect(JSON.parse(esm.stdout)).toEqual(fromRequire);
        if (dir === "runtime") {
          expect(fromRequire).toContain("ServiceClient");
          // the optional parts load by their subpaths both ways
          for (const [sub, name] of [
            ["credentials", "assumeRoleCredentials"],
            ["proxy", "createTunnelingAgent"],
          ]) {
            const spec = JSON.stringify(`@doc2sdk/runtime/${sub}`);
            const c = await run(process.execPath, ["-e", `console.log(JSON.stringify((${keys})(require(${spec}))))`], { cwd: root });
            const e = await run(process.execPath, ["--input-type=module", "-e", `console.log(JSON.stringify((${keys})(await import(${spec}))))`], {
              cwd: root,
            });
            expect(JSON.parse(c.stdout)).toContain(name);
            expect(JSON.parse(e.stdout)).toEqual(JSON.parse(c.stdout));
            // the proxy code is the subpath's only; the role providers are also in the main entry, as wrappers that load it
            if (sub === "proxy") expect(fromRequire).not.toContain(name);
            else expect(fromRequire).toContain(name);
          }
          // and the default chain finds the role providers from the main entry, in either format
          const chain = `defaultCredentialChain("tencent", undefined, { env: { TENCENTCLOUD_CVM_ROLE: "r" }, metadata: { baseUrl: "http://127.0.0.1:9" } })().catch((e) => console.log(e.message))`;
          const viaRequire = await run(process.execPath, ["-e", `const { defaultCredentialChain } = require("@doc2sdk/runtime"); ${chain}`], { cwd: root });
          const viaImport = await run(process.execPath, ["--input-type=module", "-e", `import { defaultCredentialChain } from "@doc2sdk/runtime"; ${chain}`], {
            cwd: root,
          });
          for (const out of [viaRequire.stdout, viaImport.stdout]) expect(out).toContain("instance role credentials failed");
        } else expect(fromRequire.some((k) => k.endsWith("Client"))).toBe(true);
        // each format loads its own file (a CommonJS consumer must not depend on require(esm))
        const resolved = await run(process.execPath, ["-e", `console.log(require.resolve(${JSON.stringify(name)}))`], { cwd: root });
        expect(resolved.stdout.trim()).toMatch(/dist\/cjs\/index\.js$/);

        const tarball = readFileSync(tarballs.get(dir)!);
        const lint = await publint({ pack: { tarball: tarball.buffer.slice(tarball.byteOffset, tarball.byteOffset + tarball.byteLength) }, strict: true });
        expect(lint.messages.map((m) => `${m.type}: ${formatMessage(m, lint.pkg)}`)).toEqual([]);

        const attw = await run(process.execPath, [join(root, "node_modules/@arethetypeswrong/cli/dist/index.js"), tarballs.get(dir)!, "--format", "json"], {
          cwd: work,
        }).catch((e: { stdout: string }) => e);
        const report = JSON.parse(attw.stdout) as { problems?: unknown[] | Record<string, unknown> };
        expect(Object.values(report.problems ?? {})).toEqual([]);
      },
      120_000,
    );
  }
});
