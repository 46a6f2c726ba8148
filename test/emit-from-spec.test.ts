/**
 * The spec file is the contract: `doc2sdk emit spec/<id>.json` rebuilds the committed package
 * byte for byte from the file alone (into an empty temp directory, as if generated/ were deleted).
 * Run as a child process, asynchronously: no long synchronous stretch in the test worker.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { promisify } from "node:util";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), "doc2sdk-emit-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .filter((f) => !f.startsWith("node_modules"))
    .sort();
}

// every API of the manifest: the bar is each package, and each takes a few seconds
const IDS = (JSON.parse(readFileSync(join(root, "spec/sources/manifest.json"), "utf8")) as { apis: { id: string }[] }).apis.map((a) => a.id);

describe("doc2sdk emit <spec.json> --out <dir>", () => {
  for (const id of IDS) {
    it(`rebuilds the package of spec/${id}.json byte for byte`, async () => {
      const spec = JSON.parse(readFileSync(join(root, "spec", `${id}.json`), "utf8")) as { package: { directory: string } };
      const out = join(tmp, id);
      await promisify(execFile)(process.execPath, ["bin/doc2sdk.js", "emit", `spec/${id}.json`, "--out", out], { cwd: root });
      const committed = join(root, spec.package.directory);
      const files = listFiles(committed);
      expect(listFiles(out)).toEqual(files);
      const differing = files.filter((f) => readFileSync(join(out, f), "utf8") !== readFileSync(join(committed, f), "utf8"));
      expect(differing).toEqual([]);
    }, 120_000);
  }

  it("emits what `parse` wrote from a document never seen before, as a first version", async () => {
    const spec = join(tmp, "parsed.json");
    const run = (...args: string[]) => promisify(execFile)(process.execPath, ["bin/doc2sdk.js", ...args], { cwd: root });
    await run("parse", "spec/sources/tencentcloud-redis-2018-04-12.clone-instances.md", "--out", spec);
    const out = join(tmp, "parsed-package");
    await run("emit", spec, "--out", out);
    const pkg = JSON.parse(readFileSync(join(out, "package.json"), "utf8")) as { name: string; version: string };
    expect(pkg).toMatchObject({ name: "@doc2sdk/tencentcloud-redis", version: "1.0.0" });
    expect(readFileSync(join(out, "src/client.ts"), "utf8")).toContain("cloneInstances(");
    expect(readFileSync(join(out, "CHANGELOG.md"), "utf8")).toMatch(/## 1\.0\.0/);
  }, 120_000);

  it("refuses a spec without a package block (one written by hand), naming what is missing", async () => {
    const spec = JSON.parse(readFileSync(join(root, "spec", `${IDS[0]}.json`), "utf8")) as Record<string, unknown>;
    delete spec.package;
    const path = join(tmp, "no-package.json");
    (await import("node:fs")).writeFileSync(path, JSON.stringify(spec));
    const r = await promisify(execFile)(process.execPath, ["bin/doc2sdk.js", "emit", path, "--out", join(tmp, "x")], { cwd: root }).catch(
      (e: { code: number; stderr: string }) => e,
    );
    expect("code" in r ? r.code : 0).toBe(2);
    expect(r.stderr).toMatch(/^doc2sdk: the spec has no package block/);
  }, 60_000);
});
