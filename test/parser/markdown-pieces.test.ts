/**
 * The markdown front end parses a long text in pieces (micromark's cost grows faster than the
 * text): pieces are cut only where no block can continue, so every table, list and paragraph of a
 * long text without headings comes out whole, with its own line numbers.
 */
import { describe, expect, it } from "vitest";
import { readMarkdownBlocks } from "../../generator/src/recover/markdown-document.js";

describe("a long markdown text without headings", () => {
  const unit = (k: number) =>
    [
      `Paragraph ${k} opens the unit.`,
      "",
      "| Name | Type | Description |",
      "|---|---|---|",
      `| Field${k} | String | First row. |`,
      `| Other${k} | Integer | Second row. |`,
      "",
      `- item ${k} a`,
      "",
      `  continued item ${k} a`,
      `- item ${k} b`,
      "",
    ].join("\n");
  const units = 400; // 4,800 lines: several pieces
  const text = Array.from({ length: units }, (_, k) => unit(k)).join("\n");
  const blocks = readMarkdownBlocks(text);

  it("keeps every table whole, with its rows and lines", () => {
    const tables = blocks.filter((b) => b.kind === "table");
    expect(tables).toHaveLength(units);
    tables.forEach((t, k) => {
      if (t.kind !== "table") return;
      expect(t.rows.map((r) => r.cells[0].text)).toEqual([`Field${k}`, `Other${k}`]);
      expect(t.line).toBe(k * 12 + 3);
    });
  });

  it("keeps every list item with its continuation paragraph", () => {
    const texts = blocks.filter((b) => b.kind === "text").map((b) => (b as { text: string }).text);
    expect(texts.filter((t) => /^continued item/.test(t))).toHaveLength(units);
    expect(texts.filter((t) => /^Paragraph \d+ opens/.test(t))).toHaveLength(units);
  });
});
