/**
 * Tables written as HTML (`<table><tr><th>…`) in a markdown reference are read like GFM pipe
 * tables: the same corpus documents, their every pipe table rewritten as an HTML table, give the
 * same actions, parameters, types, required flags and structures.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { parseDocument } from "../../generator/src/build-spec.js";
import { readHtmlTables } from "../../generator/src/recover/html-tables.js";
import { DELIMITER_ROW, joinRunOnRows } from "../../generator/src/recover/run-on-rows.js";

const corpus = fileURLToPath(new URL("../corpus/", import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), "doc2sdk-html-tables-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const escapeHtml = (s: string) => s.replace(/&(?![a-z#0-9]+;)/gi, "&amp;");
/** A pipe-table cell as HTML: markdown links become anchors (markdown is not read inside HTML). */
const cellHtml = (cell: string) =>
  escapeHtml(cell.trim())
    .replace(/\[([^\]]*)\]\(([^)\s]*)\)/g, '<a href="$2">$1</a>')
    .replace(/`([^`]*)`/g, "<code>$1</code>");
const cellsOf = (row: string) =>
  row
    .trim()
    .replace(/^\|/, "")
    .replace(/\|$/, "")
    .split(/(?<!\\)\|/);

/** Every GFM pipe table of a document rewritten as an HTML table, one row per line. */
function withHtmlTables(text: string): string {
  // rows whose last cell runs over several lines (Alibaba's pages) joined first, as the reader does
  const lines = joinRunOnRows(text).map((l) => l.text);
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (i + 1 < lines.length && lines[i]!.includes("|") && DELIMITER_ROW.test(lines[i + 1]!)) {
      const header = cellsOf(lines[i]!);
      const rows: string[][] = [];
      let j = i + 2;
      while (j < lines.length && lines[j]!.trim().startsWith("|")) rows.push(cellsOf(lines[j++]!));
      out.push("<table>", `<thead><tr>${header.map((c) => `<th>${cellHtml(c)}</th>`).join("")}</tr></thead>`, "<tbody>");
      for (const r of rows) out.push(`<tr>${r.map((c) => `<td>${cellHtml(c)}</td>`).join("")}</tr>`);
      out.push("</tbody>", "</table>");
      i = j - 1;
    } else out.push(lines[i]!);
  }
  return out.join("\n");
}

const shape = (doc: ReturnType<typeof parseDocument>) => ({
  actions: doc.actions.map((a) => ({
    name: a.name,
    input: a.input.map((f) => [f.name, f.type, f.array, f.required]),
    output: a.output.map((f) => [f.name, f.type, f.array, f.required]),
  })),
  structures: doc.structures.map((s) => ({ name: s.name, members: s.members.map((f) => [f.name, f.type, f.array, f.required]) })),
});

describe.each([
  { doc: "tencent/cam-2019-01-16/cam.en.md", family: "tencent-v3" as const },
  { doc: "tencent/dc-2018-04-10/dc.zh.md", family: "tencent-v3" as const },
  { doc: "aliyun/nas-2017-06-26/nas.en.md", family: "aliyun-rpc" as const },
])("$doc with HTML tables", ({ doc, family }) => {
  it("reads the same actions, fields and structures as with pipe tables", () => {
    const text = readFileSync(join(corpus, doc), "utf8");
    const html = withHtmlTables(text);
    expect(html).not.toMatch(new RegExp(DELIMITER_ROW.source, "m"));
    const file = join(tmp, doc.replace(/\//g, "_"));
    writeFileSync(file, html);
    const asPipes = parseDocument(join(corpus, doc), "markdown", family);
    const asHtml = parseDocument(file, "markdown", family);
    expect(asPipes.actions.length).toBeGreaterThan(3);
    expect(shape(asHtml)).toEqual(shape(asPipes));
  });
});

describe("readHtmlTables", () => {
  it("takes the <th> row as the header, keeps links, list items and line numbers", () => {
    const [t] = readHtmlTables(
      [
        "<table>",
        "<tr><th>Parameter</th><th>Type</th><th>Description</th></tr>",
        '<tr><td>Filters</td><td>Array of <a href="#Filter">Filter</a></td><td>One of:<ul><li>a</li><li>b</li></ul></td></tr>',
        "<tr><td>Limit</td><td>Integer</td><td>At most 100.<br>Default 20.</td></tr>",
        "</table>",
      ].join("\n"),
    );
    expect(t!.header.map((c) => c.text)).toEqual(["Parameter", "Type", "Description"]);
    expect(t!.rows.map((r) => r.line)).toEqual([3, 4]);
    expect(t!.rows[0]!.cells[1]).toEqual({ text: "Array of Filter", links: ["#Filter"] });
    expect(t!.rows[0]!.cells[2]!.text).toMatch(/One of:.*a.*b/s);
    expect(t!.rows[1]!.cells[2]!.text).toMatch(/At most 100\.\s+Default 20\./);
  });

  it("reads a table without <th> by its first row, and a table in a cell stays in its cell", () => {
    const tables = readHtmlTables("<table><tr><td>Name</td><td>Type</td></tr><tr><td>A</td><td><table><tr><td>x</td></tr></table></td></tr></table>");
    expect(tables).toHaveLength(1);
    expect(tables[0]!.header.map((c) => c.text)).toEqual(["Name", "Type"]);
    expect(tables[0]!.rows[0]!.cells[0]!.text).toBe("A");
  });
});
