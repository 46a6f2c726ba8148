/**
 * Markdown block structure through unified + remark-parse with GFM tables: pipe tables come out
 * as rows of cells (so `|` inside code or escaped never splits a cell), code fences and headings as
 * what they are. Everything else keeps its source lines, which markdown-lines.ts then normalizes
 * (tab tables and HTML in cells are not markdown tables, so remark leaves them as paragraphs).
 */
import type { Root, RootContent, Table } from "mdast";
import { markdownLibs } from "./markdown-libs.js";
import type { SourceLine } from "./source-lines.js";
import { htmlToText } from "./html-text.js";
import { normalizeMarkdown } from "./markdown-lines.js";
import { DELIMITER_ROW, hasDelimiterRow } from "./run-on-rows.js";

/**
 * Only the blank-line-separated blocks that hold a GFM delimiter row go through remark: a 600 KB
 * reference of tab tables parses ten times faster this way, with the same result.
 */
export function markdownToLines(text: string): SourceLine[] {
  // splitting on a string is faster than on a pattern: the pattern only where there are CRs
  const raw = text.includes("\r") ? text.split(/\r?\n/) : text.split("\n");
  // no delimiter row anywhere (PDF text, tab tables): no block goes through remark, and one
  // search of the text says so without a pass over its lines
  if (!hasDelimiterRow(text)) return normalizeMarkdown(numbered(raw, 0, raw.length));
  // the lines in runs, joined once at the end (`flat`) rather than pushed one by one
  const runs: SourceLine[][] = [];
  // lines before `pendingFrom` are done; the others are normalized together, since a tab row
  // may continue past a blank line
  let pendingFrom = 0;
  let blockStart = 0;
  let tableInBlock = false;
  for (let i = 0; i <= raw.length; i++) {
    if (i < raw.length && raw[i]!.trim() !== "") {
      if (!tableInBlock && raw[i]!.includes("-") && DELIMITER_ROW.test(raw[i]!)) tableInBlock = true;
      continue;
    }
    if (tableInBlock) {
      runs.push(normalizeMarkdown(numbered(raw, pendingFrom, blockStart)));
      runs.push(remarkBlockLines(raw.slice(blockStart, i), blockStart + 1));
      pendingFrom = i;
    }
    tableInBlock = false;
    blockStart = i + 1;
  }
  runs.push(normalizeMarkdown(numbered(raw, pendingFrom, raw.length)));
  return runs.flat();
}

/** Lines `from` to `to` (exclusive) with their line numbers; a blank line as empty. */
function numbered(raw: string[], from: number, to: number): SourceLine[] {
  const lines: SourceLine[] = new Array(Math.max(0, to - from));
  for (let k = from; k < to; k++) lines[k - from] = { text: raw[k]!.trim() === "" ? "" : raw[k]!, line: k + 1 };
  return lines;
}

/** `push(...many)` passes every element as an argument and overflows the stack on a large document. */
function append<T>(to: T[], items: T[]): void {
  for (const x of items) to.push(x);
}

function remarkBlockLines(raw: string[], firstLine: number): SourceLine[] {
  const tree = markdownLibs().processor.parse(raw.join("\n")) as Root;
  const out: SourceLine[] = [];
  let nextLine = 1;
  const takeRaw = (upTo: number) => {
    const pending: SourceLine[] = [];
    for (; nextLine <= upTo; nextLine++) pending.push({ text: raw[nextLine - 1] ?? "", line: firstLine + nextLine - 1 });
    append(out, normalizeMarkdown(pending));
  };
  for (const node of tree.children as RootContent[]) {
    const start = node.position?.start.line ?? nextLine;
    const end = node.position?.end.line ?? start;
    if (node.type !== "table") continue;
    takeRaw(start - 1);
    append(out, tableLines(node, firstLine - 1));
    nextLine = end + 1;
  }
  takeRaw(raw.length);
  return out;
}

function tableLines(table: Table, offset: number): SourceLine[] {
  const { toString } = markdownLibs();
  return table.children.map((row) => ({
    text: row.children
      .map((cell) => htmlToText(toString(cell)))
      .filter(Boolean)
      .join(" "),
    line: offset + (row.position?.start.line ?? table.position?.start.line ?? 1),
  }));
}
