/**
 * Page structure of a markdown reference: a concatenated reference is one page per top-level
 * heading (or per `<!-- source: -->` marker); a table that swallowed the next table's header row
 * (a page pasted without blank lines) is split back in two; blocks can also be read as lines by
 * the line-based readers (release notes).
 */
import type { Block } from "../recover/markdown-document.js";
import type { SourceLine } from "../recover/source-lines.js";
import { columnRoles, tableKind } from "./table-roles.js";
import type { DocumentProfile } from "../profiles/document-profile.js";

export interface Page {
  blocks: Block[];
}

/**
 * `isSectionTitle` tells a page's own section printed as a top-level heading ("# 2. Input
 * Parameters") from the next page's title.
 */
export function splitPages(blocks: Block[], isSectionTitle: (heading: string) => boolean = () => false): Page[] {
  const pages: Page[] = [];
  let current: Block[] = [];
  let hasHeading = false;
  const close = () => {
    if (current.length) pages.push({ blocks: current });
    current = [];
    hasHeading = false;
  };
  for (const b of blocks) {
    if (b.kind === "page") close();
    else if (b.kind === "heading" && b.depth === 1 && !isSectionTitle(b.text)) {
      if (hasHeading) close();
      hasHeading = true;
    }
    current.push(b);
  }
  close();
  return pages;
}

const DASHES = /^:?-{2,}:?$/;

/**
 * A header row inside a table (every cell a column word, the next row all dashes) starts a new
 * table: markdown without blank lines between two tables reads as one.
 */
export function splitEmbeddedTables(blocks: Block[], profile: DocumentProfile): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    if (b.kind !== "table") {
      out.push(b);
      continue;
    }
    let current: Extract<Block, { kind: "table" }> = { ...b, rows: [] };
    for (let i = 0; i < b.rows.length; i++) {
      const row = b.rows[i];
      const next = b.rows[i + 1];
      const isHeader =
        next !== undefined &&
        next.cells.filter((c) => c.text).every((c) => DASHES.test(c.text)) &&
        next.cells.some((c) => c.text) &&
        tableKind(columnRoles(row.cells, profile)) !== "other";
      // lines after a table without a blank line are rows of it to GFM: a row with only its first
      // cell is text that followed the table, and so is everything after it
      if (row.cells.length === 1 && row.cells[0].text && b.header.length > 1) {
        out.push(current);
        for (const rest of b.rows.slice(i)) {
          const t = rest.cells
            .map((c) => c.text)
            .filter(Boolean)
            .join(" ");
          if (t) out.push({ kind: "text", text: t, line: rest.line });
        }
        current = { kind: "table", header: [], rows: [], line: row.line };
        break;
      }
      if (isHeader) {
        out.push(current);
        current = { kind: "table", header: row.cells, rows: [], line: row.line };
        i++;
        continue;
      }
      current.rows.push(row);
    }
    if (current.header.length) out.push(current);
  }
  return out;
}

/** The blocks as plain lines (a table row as its cells joined by blanks), for the line-based readers. */
export function blocksAsLines(blocks: Block[]): SourceLine[] {
  const out: SourceLine[] = [];
  for (const b of blocks) {
    if (b.kind === "heading" || b.kind === "text") out.push({ text: b.text, line: b.line });
    else if (b.kind === "table") {
      out.push({ text: b.header.map((c) => c.text).join(" "), line: b.line });
      for (const r of b.rows) out.push({ text: r.cells.map((c) => c.text).join(" "), line: r.line });
    } else if (b.kind === "code") b.text.split("\n").forEach((t, i) => out.push({ text: t, line: b.line + 1 + i }));
  }
  return out;
}
