/**
 * Pipe tables, paragraphs, ATX headings, page markers and bullet lists at the margin are read
 * without remark where their lines allow it (markdown-document.ts, readDirectly): the blocks must
 * be exactly remark's, that is the reader's own with `{ shortcuts: false }`, which leaves every
 * block to remark.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readMarkdownBlocks } from "../../generator/src/recover/markdown-document.js";

const viaRemark = (text: string) => readMarkdownBlocks(text, { shortcuts: false });

/** Every text the arbitrary makes reads with the shortcuts as remark reads it. */
function readsAsRemark(texts: fc.Arbitrary<string>, numRuns: number): void {
  fc.assert(
    fc.property(texts, (text) => {
      expect(readMarkdownBlocks(text)).toEqual(viaRemark(text));
    }),
    { numRuns },
  );
}

const cellPiece = fc.constantFrom(
  "Name",
  "Array of",
  " ",
  "  ",
  "\t",
  "a_b",
  "_x",
  "x_",
  "*",
  "**b**",
  "[Filter](#Filter)",
  "[a](https://cloud.tencent.com/document/api/1/2)",
  "[a](b c)",
  "[]()",
  "![i](p.png)",
  "_[l](u)",
  "[l](u)_",
  "[",
  "]",
  "(",
  ")",
  "<br>",
  "<br/>",
  "<BR />",
  "<b>",
  "</b>",
  "a < b",
  ">",
  "`code`",
  "`",
  "&amp;",
  "&lt;x&gt;",
  "\\|",
  "\\",
  "\\*",
  "\\_",
  "\\<",
  "\\>",
  "\\[",
  "\\]",
  "\\(",
  "\\\\",
  "\\&",
  "\\`",
  "\\a",
  "\ue02a",
  "!",
  "~",
  "#",
  "1.",
  "-",
  "\u200b",
  "说明",
);
const cell = fc.array(cellPiece, { maxLength: 5 }).map((a) => a.join(""));
const row = (n: number) =>
  fc.tuple(fc.array(cell, { minLength: 0, maxLength: n + 1 }), fc.boolean()).map(([cells, closed]) => `| ${cells.join(" | ")}${closed ? " |" : ""}`);

const table = fc
  .integer({ min: 1, max: 4 })
  .chain((n) =>
    fc
      .tuple(fc.array(cell, { minLength: n, maxLength: n }), fc.constantFrom(":-", "---", ":-:", "-"), fc.array(row(n), { maxLength: 6 }))
      .map(([header, dash, rows]) => [`| ${header.join(" | ")} |`, `|${Array.from({ length: n }, () => dash).join("|")}|`, ...rows].join("\n")),
  );

const before = fc.constantFrom("", "# Title\n\n", "## Inputs\n", "Some text\n", "Some text\n\n", "- item\n\n", "> quote\n\n", "<div>\n", "```\ncode\n```\n\n");
const after = fc.constantFrom("", "\n", "\n\nMore text", "\nlazy row", "\n\n| x |\n|---|\n| 1 |", "\n## Next\n", "\n\n<!-- c -->\n");

const linePiece = fc.constantFrom(
  "Text",
  "说明",
  "a_b",
  " ",
  "  ",
  "[l](#u)",
  "<br>",
  "*",
  "`c`",
  "&amp;",
  "|",
  "#",
  "- ",
  "1. ",
  "=",
  "---",
  "\\",
  "\\_",
  "\\*",
  "\\<",
  "\\[",
  "\\#",
  "\\\\",
  "!",
  "<b>",
);
const line = fc.array(linePiece, { minLength: 1, maxLength: 5 }).map((a) => a.join(""));
/** Paragraphs, headings and tables one after another, with or without blank lines between. */
const document = fc
  .array(fc.oneof(line, table, fc.constantFrom("", "", "## Heading", "# Title {#id_1 .concept}", "Plain line of text.", "另一行")), { maxLength: 12 })
  .map((parts) => parts.join("\n"));

const heading = fc
  .tuple(
    fc.integer({ min: 1, max: 7 }),
    fc.constantFrom("", " ", "\t", "   "),
    fc.oneof(line, fc.constant("")),
    fc.constantFrom("", " #", " ##  ", "#", " \\#", " {#id_1 .concept}", "  "),
  )
  .map(([n, gap, content, close]) => "#".repeat(n) + gap + content + close);
const pageMarker = fc.constantFrom(
  "<!-- source: api/DescribeThings.md -->",
  "<!--source:x-->",
  "<!-- source: a --> b",
  "<!-- other -->",
  " <!-- source: indented -->",
  "<!-- source: a -->  ",
  "-->",
);
const bulletItem = fc
  .tuple(fc.constantFrom("*", "-", "+", "1."), fc.constantFrom("", " ", "  ", "\t", "     "), fc.oneof(line, fc.constant("")), fc.constantFrom("", "  "))
  .map(([marker, gap, content, trail]) => marker + gap + content + trail);
const indented = fc.constantFrom("  continued", "    code", " one space", "\tтаб");
/** Headings, page markers and list items among paragraphs and tables, blank lines or none between. */
const listsAndHeadings = fc
  .array(fc.oneof(heading, pageMarker, bulletItem, bulletItem, indented, line, table, fc.constantFrom("", "", "", "---", "* * *")), { maxLength: 14 })
  .map((parts) => parts.join("\n"));

/** Lines that open or close fences and HTML blocks, at the margin and indented, matched or not. */
const fenceOrHtml = fc.constantFrom(
  "```",
  "````",
  "~~~",
  "```json",
  "  ```",
  "    ```",
  "\t```",
  "```a`b",
  "<![CDATA[",
  "]]>",
  "<?x",
  "?>",
  "<!--",
  "-->",
  "<pre>",
  "</pre>",
  "<!DOC",
  ">",
);
const withFences = fc
  .array(fc.oneof(heading, pageMarker, bulletItem, indented, line, table, fenceOrHtml, fenceOrHtml, fc.constantFrom("", "", "")), { maxLength: 16 })
  .map((parts) => parts.join("\n"));

describe("the shortcuts among fences and HTML blocks", () => {
  it("give exactly remark's blocks, whatever the fences and HTML blocks around them", () => {
    readsAsRemark(withFences, 1500);
  });
});

describe("headings, page markers and bullet lists read without remark", () => {
  it("give exactly remark's blocks in any arrangement", () => {
    readsAsRemark(listsAndHeadings, 1500);
  });

  it("read a contents list and the page marker and heading before it", () => {
    const text = [
      "<!-- source: api/overview.md -->",
      "",
      "## API List {#list}",
      "",
      "* [DescribeThings](https://example.com/a)",
      "* ",
      "",
      "* CreateThing",
    ].join("\n");
    expect(readMarkdownBlocks(text)).toEqual([
      { kind: "page", path: "api/overview.md", line: 1 },
      { kind: "heading", depth: 2, text: "API List", line: 3 },
      { kind: "text", text: "DescribeThings", line: 5 },
      { kind: "text", text: "CreateThing", line: 8 },
    ]);
    expect(readMarkdownBlocks(text)).toEqual(viaRemark(text));
  });
});

describe("pipe tables and paragraphs read without remark", () => {
  it("give exactly remark's blocks in any arrangement", () => {
    readsAsRemark(document, 400);
  });

  it("give exactly remark's blocks", () => {
    readsAsRemark(
      fc.tuple(before, table, after).map(([b, t, a]) => b + t + a),
      600,
    );
  });

  it("read a reference's parameter table: links as their labels and targets, <br> as a space", () => {
    const text = [
      "## Input Parameters",
      "",
      "| Parameter Name | Required | Type | Description |",
      "|---|---|---|---|",
      "| Filters.N | No | Array of [Filter](#Filter) | Filters.<br>Valid values: a_b, c |",
      "| Limit | No | Integer | Number of results. Default value: 20 |",
      "",
    ].join("\n");
    const table = readMarkdownBlocks(text).find((b) => b.kind === "table");
    expect(table).toEqual({
      kind: "table",
      header: ["Parameter Name", "Required", "Type", "Description"].map((t) => ({ text: t, links: [] })),
      rows: [
        {
          cells: [
            { text: "Filters.N", links: [] },
            { text: "No", links: [] },
            { text: "Array of Filter", links: ["#Filter"] },
            { text: "Filters. Valid values: a_b, c", links: [] },
          ],
          line: 5,
        },
        { cells: ["Limit", "No", "Integer", "Number of results. Default value: 20"].map((t) => ({ text: t, links: [] })), line: 6 },
      ],
      line: 3,
    });
    expect(readMarkdownBlocks(text)).toEqual(viaRemark(text));
  });
});

describe("the corpus references read without remark where they can", () => {
  const corpus = join(import.meta.dirname, "../corpus");
  const documents = readdirSync(corpus, { recursive: true, encoding: "utf8" }).filter((f) => /\.(en|zh)\.md$/.test(f));

  it.each(documents)("%s gives exactly remark's blocks", (file) => {
    const text = readFileSync(join(corpus, file), "utf8");
    expect(readMarkdownBlocks(text)).toEqual(viaRemark(text));
  });
});
