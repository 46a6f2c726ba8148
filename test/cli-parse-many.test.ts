/**
 * `doc2sdk parse --out-dir`: many documents in one process, a spec each, side by side in worker
 * threads (the compiled CLI, as users run it). A document that cannot be read costs only its
 * own spec: one error line, the others written, exit 2.
 */
import { afterAll, describe, expect, it } from "vitest";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runCli } from "./run-cli.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), "doc2sdk-many-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const DOCS = ["test/corpus/tencent/cam-2019-01-16/cam.en.md", "test/corpus/tencent/dc-2018-04-10/dc.zh.md", "test/corpus/aliyun/nas-2017-06-26/nas.en.md"];

const run = runCli;

const manifestActions = (doc: string) =>
  (JSON.parse(readFileSync(join(root, doc.replace(/\.md$/, ".manifest.json")), "utf8")) as { pages: { action?: string }[] }).pages.filter((p) => p.action)
    .length;

describe("parse --out-dir", () => {
  it("writes a spec per document, the same as parsing each alone, with progress per document", async () => {
    const out = join(tmp, "pool");
    const single = join(tmp, "single");
    for (const d of [out, single]) rmSync(d, { recursive: true, force: true });
    for (const d of [out, single]) mkdirSync(d);
    const r = await run(["parse", "--out-dir", out, "--jobs", "2", ...DOCS]);
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual(["cam.en.json", "dc.zh.json", "nas.en.json"]);
    for (const doc of DOCS) expect(r.stderr).toContain(`${doc}: `);
    expect(r.stderr.match(/^\[\d\/3\] /gm)).toHaveLength(3);
    expect(r.stdout).toMatch(/^done: 3 of 3 documents parsed, \d+ actions in [\d.]+ s \(\d+ actions\/s\)$/m);
    // one at a time in this thread gives the same specs
    const alone = await run(["parse", "--out-dir", single, "--jobs", "1", ...DOCS]);
    expect(alone.status, alone.stderr).toBe(0);
    for (const name of readdirSync(out)) {
      const spec = readFileSync(join(out, name), "utf8");
      expect(spec).toBe(readFileSync(join(single, name), "utf8"));
    }
    const cam = JSON.parse(readFileSync(join(out, "cam.en.json"), "utf8")) as { actions: unknown[] };
    expect(cam.actions.length).toBeGreaterThanOrEqual(manifestActions(DOCS[0]!));
  }, 180_000);

  it("a document that cannot be read costs only its own spec", async () => {
    const out = mkdtempSync(join(tmp, "bad-"));
    const empty = join(tmp, "empty.md");
    writeFileSync(empty, "");
    const r = await run(["parse", "--out-dir", out, "--jobs", "2", DOCS[1]!, empty]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^doc2sdk: .*empty\.md/m);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(out, "dc.zh.json"))).toBe(true);
    expect(existsSync(join(out, "empty.json"))).toBe(false);
    expect(r.stdout).toMatch(/^done: 1 of 2 documents parsed/m);
  }, 120_000);

  it("refuses --out with --out-dir, a missing directory, and two documents with one output name", async () => {
    const both = await run(["parse", "--out-dir", tmp, "--out", join(tmp, "x.json"), DOCS[0]!]);
    expect(both.stderr).toMatch(/^doc2sdk: --out names one spec and --out-dir a spec per document/);
    expect(both.status).toBe(2);
    const missing = await run(["parse", "--out-dir", join(tmp, "nope"), DOCS[0]!]);
    expect(missing.stderr).toMatch(/^doc2sdk: --out-dir .*nope: no such directory/);
    const clash = await run(["parse", "--out-dir", tmp, DOCS[0]!, DOCS[0]!]);
    expect(clash.stderr).toMatch(/two documents would both be written to .*cam\.en\.json/);
    const jobsAlone = await run(["parse", "--jobs", "2", DOCS[0]!]);
    expect(jobsAlone.stderr).toMatch(/--jobs .* needs --out-dir/);
  }, 120_000);
});
