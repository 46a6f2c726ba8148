/**
 * Tables written as HTML in a markdown document (`<table><tr><th>Parameter</th>…`), which remark
 * leaves as one raw HTML node: parse5 reads them into the same header-and-rows form as a GFM pipe
 * table, so the family parsers recognise them by their columns like any other table. A cell's text
 * goes through the same HTML-to-text conversion as a pipe table's cell (list items, `<br>`), and
 * its links are kept so a type cell can name a structure.
 */
import type { DefaultTreeAdapterMap } from "parse5";
import { markdownLibs } from "./markdown-libs.js";
import { htmlToText } from "./html-text.js";

type Node = DefaultTreeAdapterMap["node"];
type Element = DefaultTreeAdapterMap["element"];

export interface HtmlCell {
  text: string;
  links: string[];
}

export interface HtmlTable {
  header: HtmlCell[];
  rows: { cells: HtmlCell[]; line: number }[];
  /** 1-based line within the HTML the table starts on. */
  line: number;
}

export const HTML_TABLE = /<table[\s>]/i;

const isElement = (n: Node): n is Element => "tagName" in n;

/** The outermost elements named `tag` below `n` (a table inside a cell is that cell's content). */
function elements(n: Node, tag: string, into: Element[] = []): Element[] {
  for (const c of "childNodes" in n ? n.childNodes : []) {
    if (isElement(c) && c.tagName === tag) into.push(c);
    else elements(c, tag, into);
  }
  return into;
}

function cellOf(cell: Element): HtmlCell {
  const links = elements(cell, "a")
    .map((a) => a.attrs.find((x) => x.name === "href")?.value)
    .filter((href): href is string => href !== undefined);
  const { serializeOuter } = markdownLibs();
  const inner = cell.childNodes.map((c) => serializeOuter(c)).join("");
  return { text: htmlToText(inner), links };
}

/** Every top-level table of an HTML fragment; the first row of `<th>` cells (or the first row) is the header. */
export function readHtmlTables(html: string): HtmlTable[] {
  const fragment = markdownLibs().parseFragment(html, { sourceCodeLocationInfo: true });
  const tables: HtmlTable[] = [];
  for (const table of elements(fragment, "table")) {
    const rows = rowsOf(table).filter((r) => r.cells.length > 0);
    if (rows.length === 0) continue;
    const headerAt = Math.max(
      0,
      rows.findIndex((r) => r.header),
    );
    tables.push({
      header: rows[headerAt]!.cells,
      rows: rows.slice(headerAt + 1).map((r) => ({ cells: r.cells, line: r.line })),
      line: table.sourceCodeLocation?.startLine ?? 1,
    });
  }
  return tables;
}

function rowsOf(table: Element): { cells: HtmlCell[]; header: boolean; line: number }[] {
  const own: Element[] = [];
  const collect = (n: Node) => {
    for (const c of "childNodes" in n ? n.childNodes : []) {
      if (!isElement(c)) continue;
      if (c.tagName === "tr") own.push(c);
      else if (c.tagName === "thead" || c.tagName === "tbody" || c.tagName === "tfoot") collect(c);
    }
  };
  collect(table);
  return own.map((tr) => {
    const cells = tr.childNodes.filter((c): c is Element => isElement(c) && (c.tagName === "td" || c.tagName === "th"));
    return { cells: cells.map(cellOf), header: cells.length > 0 && cells.every((c) => c.tagName === "th"), line: tr.sourceCodeLocation?.startLine ?? 1 };
  });
}
