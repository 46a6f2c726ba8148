/**
 * Mutated documents (fast-check): truncated, shuffled, with bytes inserted, sections duplicated,
 * deep bracket nesting, other line endings and encodings. Whatever the damage, the parser either
 * returns a document whose every diagnostic names `file:line`, or fails with a DocumentError whose
 * one-line message names `file:line`; it never throws anything else.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseDocument } from "../../generator/src/build-spec.js";
import { DocumentError } from "../../generator/src/document-error.js";

const root = new URL("../../", import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), "utf8");

/** Small slices of each family's documents, so a run stays within the suite's time budget. */
const seeds: { name: string; text: string }[] = [
  { name: "tc3-markdown-zh.md", text: read("test/corpus/tencent/dc-2018-04-10/dc.zh.md").slice(0, 16_000) },
  { name: "tc3-single-page.md", text: read("spec/sources/tencentcloud-redis-2018-04-12.clone-instances.md") },
  { name: "tc3-pdf.txt", text: read("spec/sources/tencentcloud-redis-2018-04-12.pdf.txt").slice(40_000, 56_000) },
  { name: "aliyun.md", text: read("test/fixtures/aliyun/kms-describe-key.md") },
  { name: "tencent-v2.txt", text: read("test/fixtures/tencent-v2/dotted-response.txt") },
];

const dir = mkdtempSync(join(tmpdir(), "doc2sdk-fuzz-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
/** Parses `content` from a file; returns what went wrong, or undefined when the outcome is acceptable. */
function outcome(name: string, content: string | Buffer): string | undefined {
  const file = `${n++}-${name}`;
  writeFileSync(join(dir, file), content);
  try {
    const doc = parseDocument(join(dir, file));
    const bad = doc.diagnostics.find((d) => !new RegExp(`^${file.replace(/[.]/g, "\\.")}:\\d+$`).test(d.at));
    return bad ? `diagnostic without file:line: ${JSON.stringify(bad)}` : undefined;
  } catch (e) {
    if (!(e instanceof DocumentError)) return `uncaught ${(e as Error)?.constructor?.name}: ${(e as Error)?.stack}`;
    if (e.message.includes("\n")) return `a multi-line message: ${e.message}`;
    if (!e.message.startsWith(`${file}:`) && !e.message.includes(file)) return `a message that does not name the file: ${e.message}`;
    return undefined;
  }
}

type Mutation = (text: string) => string | Buffer;

const mutation: fc.Arbitrary<[string, Mutation]> = fc.oneof(
  fc.double({ min: 0, max: 1, noNaN: true }).map((at): [string, Mutation] => ["truncate", (t) => t.slice(0, Math.floor(t.length * at))]),
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.uint8Array({ minLength: 1, maxLength: 64 })).map(([at, bytes]): [string, Mutation] => [
    "insert bytes",
    (t) => {
      const b = Buffer.from(t, "utf8");
      const k = Math.floor(b.length * at);
      return Buffer.concat([b.subarray(0, k), Buffer.from(bytes), b.subarray(k)]);
    },
  ]),
  fc.array(fc.nat(), { minLength: 1, maxLength: 40 }).map((order): [string, Mutation] => [
    "shuffle blocks",
    (t) => {
      const blocks = t.split(/\n\s*\n/);
      for (let i = 0; i < order.length; i++) {
        const a = order[i] % blocks.length,
          b = (order[(i + 1) % order.length] * 7) % blocks.length;
        [blocks[a], blocks[b]] = [blocks[b], blocks[a]];
      }
      return blocks.join("\n\n");
    },
  ]),
  fc
    .tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 2, max: 5 }))
    .map(([a, b, times]): [string, Mutation] => [
      "duplicate a section",
      (t) => {
        const from = Math.floor(t.length * Math.min(a, b)),
          to = Math.floor(t.length * Math.max(a, b));
        return t.slice(0, to) + t.slice(from, to).repeat(times) + t.slice(to);
      },
    ]),
  fc
    .tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1000, max: 20_000 }), fc.constantFrom("[", "{", "<li>", "|"))
    .map(([at, depth, open]): [string, Mutation] => [
      "deep nesting",
      (t) => {
        const k = Math.floor(t.length * at);
        return `${t.slice(0, k)}\n\`\`\`\n${open.repeat(depth)}\n\`\`\`\n${open.repeat(depth)}\n${t.slice(k)}`;
      },
    ]),
  fc.constantFrom<[string, Mutation]>(
    ["CRLF", (t) => t.replace(/\n/g, "\r\n")],
    ["CR only", (t) => t.replace(/\n/g, "\r")],
    ["BOM", (t) => `\uFEFF${t}`],
    ["UTF-16LE with BOM", (t) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, "utf16le")])],
    ["empty", () => ""],
  ),
);

describe.each(seeds)("mutated $name", ({ name, text }) => {
  it("parses to a spec or fails with a file:line message, never anything else", () => {
    expect(outcome(name, text)).toBeUndefined();
    fc.assert(
      fc.property(mutation, ([what, mutate]) => {
        const problem = outcome(name, mutate(text));
        if (problem) throw new Error(`${what}: ${problem}`);
      }),
      { numRuns: 25, seed: 20261207 },
    );
  }, 120_000);
});
