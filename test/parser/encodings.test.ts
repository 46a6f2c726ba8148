/**
 * Encodings and line endings are settled where a document is read (assertReadableText), so every
 * parser sees UTF-8 text with `\n` lines: UTF-16 (LE/BE, with or without BOM) used to be rejected as
 * "binary", CR-only line endings read as one line and gave "no API actions".
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseDocument } from "../../generator/src/build-spec.js";
import { assertReadableText } from "../../generator/src/document-error.js";

const dir = mkdtempSync(join(tmpdir(), "doc2sdk-enc-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const utf16be = (s: string) => {
  const b = Buffer.from(s, "utf16le");
  b.swap16();
  return b;
};
const variants = (text: string): [string, Buffer][] => [
  ["UTF-8 with BOM", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])],
  ["UTF-16LE with BOM", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")])],
  ["UTF-16BE with BOM", Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(text)])],
  ["UTF-16LE without BOM", Buffer.from(text, "utf16le")],
  ["CRLF", Buffer.from(text.replace(/\n/g, "\r\n"))],
  ["CR only", Buffer.from(text.replace(/\n/g, "\r"))],
];

describe("documents in any common encoding and line ending parse alike", () => {
  for (const source of ["tencentcloud-redis-2017.txt", "tencentcloud-redis-2018-04-12.clone-instances.md"]) {
    const text = readFileSync(new URL(`../../spec/sources/${source}`, import.meta.url), "utf8");
    const want = parseDocument(new URL(`../../spec/sources/${source}`, import.meta.url).pathname).actions.map((a) => a.name);
    for (const [what, bytes] of variants(text)) {
      it(`${source} as ${what}`, () => {
        const p = join(dir, `${what.replace(/\W+/g, "-")}-${source}`);
        writeFileSync(p, bytes);
        expect(parseDocument(p).actions.map((a) => a.name)).toEqual(want);
      });
    }
  }

  it("the text is normalised at the boundary", () => {
    expect(assertReadableText(Buffer.from("a\r\nb\rc\n"), "x")).toBe("a\nb\nc\n");
    expect(assertReadableText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("é\r\n", "utf16le")]), "x")).toBe("é\n");
  });

  it("binary stays binary, and bad UTF-8 is named with its line", () => {
    expect(() => assertReadableText(Buffer.from([0x25, 0x50, 0, 1, 2, 3, 0, 0, 9]), "b.pdf")).toThrow(/b\.pdf:1: the document is binary/);
    expect(() => assertReadableText(Buffer.concat([Buffer.from("ok\nok\n"), Buffer.from([0xc3, 0x28])]), "u.md")).toThrow(
      /u\.md:3: the document is not valid UTF-8/,
    );
  });
});
