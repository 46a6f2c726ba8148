/**
 * Markdown exported from some doc systems lets a table cell run over several lines: the row's
 * last cell continues over blank lines and bullet lists, and the row closes with a lone `|` (or a
 * line ending in `|`) lines later. GFM ends the table at the first blank line, losing the row and
 * every row after it, so such rows are joined back into one line before remark reads the text.
 * The lines a join consumes are dropped, so each output line keeps its original line number.
 */
import { someLineWith } from "./source-lines.js";

/** A line of text with the 1-based line number it had in the document. */
export interface NumberedLine {
  text: string;
  line: number;
}

/** A GFM table's delimiter row (`|---|---|`, `---|---`), one line. */
export const DELIMITER_ROW = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$/;

/**
 * Whether a text holds a markdown table: a GFM delimiter row, or an HTML `<table>` (which remark
 * keeps as raw HTML and the markdown front end reads), as opposed to tab tables.
 */
export function hasMarkdownTable(text: string): boolean {
  // the tag first, as a plain search: the anchored pattern is tried at every line start
  return hasDelimiterRow(text) || (/<table[\s>]/i.test(text) && /^\s*<table[\s>]/im.test(text));
}

/** Whether a line of the text is a delimiter row (one holds a pipe: only those lines are tried). */
export function hasDelimiterRow(text: string): boolean {
  return someLineWith(text, "|", DELIMITER_ROW);
}

/** Whether a line of the text opens or closes a code fence. */
export function hasFenceLine(text: string): boolean {
  return someLineWith(text, "```", FENCE) || someLineWith(text, "~~~", FENCE);
}

const ROW_OPEN = /^\s*\|/;
const ROW_CLOSED = /\|\s*$/;
const FENCE = /^\s*(```|~~~)/;
const HEADING = /^\s{0,3}#{1,6}\s/;
/** How far a run-on cell may reach before the row is left as printed. */
const MAX_RUN = 80;

export function joinRunOnRows(text: string): NumberedLine[] {
  // a byte-order mark left at the start of each concatenated page is never content
  const raw = text.replace(/\uFEFF/g, "").split(/\r\n|\r|\n/);
  const out: NumberedLine[] = [];
  let inTable = false;
  let inFence = false;
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i];
    if (FENCE.test(t)) inFence = !inFence;
    if (inFence) {
      out.push({ text: t, line: i + 1 });
      continue;
    }
    if (DELIMITER_ROW.test(t) && isRowStart(raw[i - 1] ?? "")) inTable = true;
    else if (inTable && !isRowStart(t)) inTable = false;
    if (inTable && isRowStart(t) && !ROW_CLOSED.test(t) && !DELIMITER_ROW.test(t)) {
      const close = findRowClose(raw, i + 1);
      if (close > 0) {
        const parts = raw
          .slice(i + 1, close + 1)
          .map(continuationText)
          .filter(Boolean);
        const joined = [t.trimEnd(), ...parts].join("<br>");
        out.push({ text: joined.endsWith("|") ? joined : `${joined} |`, line: i + 1 });
        i = close;
        continue;
      }
    }
    out.push({ text: t, line: i + 1 });
  }
  return out;
}

/** A table row's first line: opened by a pipe (not a lone one), or a row printed without its leading pipe ("A|String|Yes|…"). */
function isRowStart(t: string): boolean {
  if (/^\s*\|\s*$/.test(t)) return false;
  if (ROW_OPEN.test(t)) return true;
  return !HEADING.test(t) && !FENCE.test(t) && (t.match(/(?<!\\)\|/g) ?? []).length >= 2;
}

/** The line that closes a run-on row started before `from`, or -1 where the row never closes. */
function findRowClose(raw: string[], from: number): number {
  for (let k = from; k < raw.length && k < from + MAX_RUN; k++) {
    const t = raw[k];
    if (isRowStart(t)) return -1; // the next row: this one was complete
    if (HEADING.test(t)) return -1;
    if (FENCE.test(t)) {
      // a code block inside the cell (a sample notification in a description): the row goes on
      // after its closing fence, which may itself close the row ("``` |")
      const end = raw.findIndex((x, j) => j > k && j < from + MAX_RUN && FENCE.test(x));
      if (end < 0) return -1;
      if (ROW_CLOSED.test(raw[end])) return end;
      k = end;
      continue;
    }
    if (ROW_CLOSED.test(t)) return k;
  }
  return -1;
}

/** A continuation line as cell text: a bullet keeps its mark as a list item, the closing pipe goes. */
function continuationText(t: string): string {
  const s = t.trim().replace(/\|$/, "").trim();
  if (!s || FENCE.test(s)) return "";
  const bullet = s.match(/^[-*+]\s+(.*)$/);
  return bullet ? `<li>${bullet[1]}</li>` : s.replace(/\|/g, "\\|");
}
