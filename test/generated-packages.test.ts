/**
 * The committed generated/ packages: exactly what the generator emits now, deterministic,
 * `tsc --strict` clean (sources and their generated example tests), and free of `any`.
 */
import { execFile } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { readManifest } from "../generator/src/generate-all.js";
import { samePackage } from "../generator/src/emit/write-package-dir.js";
import { rendered, type Rendered } from "./rendered.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const tsc = join(root, "node_modules/typescript/bin/tsc");

describe("generated packages", () => {
  for (const entry of readManifest(root)) {
    describe(entry.id, () => {
      // rendered once per run, in vitest's main process (test/setup/render.ts), not in this worker:
      // a synchronous stretch of over 60 s on a loaded machine makes a worker miss its RPC deadline
      let first: Rendered;
      beforeAll(() => {
        first = rendered(entry);
      });

      it("are what the generator emits, byte for byte", () => {
        // a mismatch means the generator, templates or spec changed without `npm run generate`
        expect(samePackage(first.packageDir, first.files)).toBe(true);
      });

      it("type-check under tsc --strict, example tests included", async () => {
        // a child process, awaited: tsc takes many seconds, the worker stays responsive meanwhile
        const r = await promisify(execFile)(process.execPath, [tsc, "-p", join(first.packageDir, "tsconfig.json")], { encoding: "utf8" }).catch(
          (e: { stdout?: string; stderr?: string }) => ({ stdout: e.stdout ?? "failed", stderr: e.stderr ?? "" }),
        );
        expect(r.stdout + r.stderr).toBe("");
      }, 180_000);

      it("contain no `any`", () => {
        const code = [...first.files].filter(([p]) => /^(src|dist)\/.*\.ts$/.test(p));
        expect(code.length).toBeGreaterThan(0);
        // prose in TSDoc ("any action may return it") is not a type
        const withoutComments = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
        const offenders = code.filter(([, text]) => /(:\s*any\b|<any>|\bas any\b|any\[\])/.test(withoutComments(text))).map(([p]) => p);
        expect(offenders).toEqual([]);
      });

      it("ship only their build output, types, docs, README and CHANGELOG", () => {
        const pkg = JSON.parse(first.files.get("package.json")!);
        expect(pkg.files).toEqual(["dist", "docs", "README.md", "CHANGELOG.md"]);
        // a caret range on the runtime's own 1.x version: any later 1.x runtime satisfies it
        const runtimeVersion = (JSON.parse(readFileSync(join(root, "runtime/package.json"), "utf8")) as { version: string }).version;
        expect(runtimeVersion).toMatch(/^[1-9]\d*\.\d+\.\d+$/);
        expect(pkg.dependencies).toEqual({ "@doc2sdk/runtime": `^${runtimeVersion}` });
        expect(pkg.exports["."]).toEqual({
          import: { types: "./dist/index.d.ts", default: "./dist/index.js" },
          require: { types: "./dist/cjs/index.d.ts", default: "./dist/cjs/index.js" },
        });
        expect(first.files.get("dist/cjs/package.json")).toBe('{"type":"commonjs"}\n');
        const docs = readdirSync(join(first.packageDir, "docs"));
        expect(docs.sort()).toEqual(first.spec.actions.map((a) => `${a.name}.md`).sort());
        expect(readFileSync(join(first.packageDir, "README.md"), "utf8")).toContain(`new ${first.pkg.client}(`);
      });
    });
  }
});
