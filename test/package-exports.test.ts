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
    it(dir, async () => {
      const name = nameOf(dir);
      const keys = "(m) => Object.keys(m).filter((k) => k !== 'default' && k !== 'module.exports').sort()";
      const cjs = await run(process.execPath, ["-e", `console.log(JSON.stringify((${keys})(require(${JSON.stringify(name)}))))`], { cwd: root });
      const esm = await run(process.execPath, ["--input-type=module", "-e", `console.log(JSON.stringify((${keys})(await import(${JSON.stringify(name)}))))`], { cwd: root });
      const fromRequire = JSON.parse(cjs.stdout) as string[];
      expect(fromRequire.length).toBeGreaterThan(3);
      expect(JSON.parse(esm.stdout)).toEqual(fromRequire);
      if (dir === "runtime") expect(fromRequire).toContain("ServiceClient");
      else expect(fromRequire.some((k) => k.endsWith("Client"))).toBe(true);
      // each format loads its own file (a CommonJS consumer must not depend on require(esm))
      const resolved = await run(process.execPath, ["-e", `console.log(require.resolve(${JSON.stringify(name)}))`], { cwd: root });
      expect(resolved.stdout.trim()).toMatch(/dist\/cjs\/index\.js$/);

      const tarball = readFileSync(tarballs.get(dir)!);
      const lint = await publint({ pack: { tarball: tarball.buffer.slice(tarball.byteOffset, tarball.byteOffset + tarball.byteLength) }, strict: true });
      expect(lint.messages.map((m) => `${m.type}: ${formatMessage(m, lint.pkg)}`)).toEqual([]);

      const attw = await run(process.execPath, [join(root, "node_modules/@arethetypeswrong/cli/dist/index.js"), tarballs.get(dir)!, "--format", "json"], { cwd: work }).catch((e: { stdout: string }) => e);
      const report = JSON.parse(attw.stdout) as { problems?: unknown[] | Record<string, unknown> };
      expect(Object.values(report.problems ?? {})).toEqual([]);
    }, 120_000);
  }
});
