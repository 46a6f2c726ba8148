/**
 * The committed generated/ packages: exactly what the generator emits now, deterministic,
 * `tsc --strict` clean (sources and their generated example tests), and free of `any`.
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { readManifest } from "../generator/src/generate-all.js";
import { renderApi } from "../generator/src/render-api.js";
import { samePackage } from "../generator/src/emit/write-package-dir.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const tsc = join(root, "node_modules/typescript/bin/tsc");

describe("generated packages", () => {
  for (const entry of readManifest(root)) {
    describe(entry.id, () => {
      // rendered per API in a hook, not all four while collecting: one synchronous stretch of
      // over 60 s on a loaded machine makes vitest's worker miss its RPC deadline
      let first: ReturnType<typeof renderApi>;
      beforeAll(() => {
        first = renderApi(root, entry);
      }, 180_000);

      it("are what the generator emits, byte for byte, twice over", () => {
        const second = renderApi(root, entry);
        expect([...second.files]).toEqual([...first.files]);
        // a mismatch means the generator, templates or spec changed without `npm run generate`
        expect(samePackage(first.packageDir, first.files)).toBe(true);
      });

      it("type-check under tsc --strict, example tests included", () => {
        const run = () => execFileSync(process.execPath, [tsc, "-p", join(first.packageDir, "tsconfig.json")], { encoding: "utf8" });
        expect(run).not.toThrow();
      });

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
