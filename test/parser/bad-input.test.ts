import { afterAll, describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { parseDocument } from "../../generator/src/build-spec.js";
import { DocumentError } from "../../generator/src/document-error.js";

const dir = mkdtempSync(join(tmpdir(), "doc2sdk-bad-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

describe("documents the parser cannot read", () => {
  it("an empty document", () => expect(() => parseDocument(file("empty.txt", ""))).toThrow(/empty\.txt:1: the document is empty/));
  it("a binary document", () => expect(() => parseDocument(file("bin.pdf", Buffer.from([0x25, 0x50, 0, 1, 2, 3])))).toThrow(DocumentError));
  it("another vendor's format", () =>
    expect(() => parseDocument(file("other.md", "# Some other API\n\nGET /v1/things returns things.\n"))).toThrow(/other\.md:1: no API actions found/));
  it("a truncated reference names the section it lost", () => {
    const full = readFileSync(new URL("../../spec/sources/tencentcloud-postgres-2017-03-12.md", import.meta.url), "utf8");
    const cut = full.slice(0, full.indexOf("## 2. Input Parameters", full.indexOf("# ModifyDBInstanceChargeType")) + 10);
    const doc = parseDocument(file("cut.md", cut));
    expect(doc.diagnostics.some((d) => d.severity === "error" && /cut\.md:\d+/.test(d.at))).toBe(true);
  });
  it("the CLI exits non-zero with a one-line message and writes nothing", () => {
    const out = join(dir, "out.json");
    const r = spawnSync(process.execPath, ["--import", "tsx", "generator/src/cli.ts", "parse", file("empty2.txt", ""), "--out", out], {
      encoding: "utf8",
      cwd: new URL("../..", import.meta.url).pathname,
    });
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe("doc2sdk: empty2.txt:1: the document is empty");
    expect(() => readFileSync(out)).toThrow();
  });
});
