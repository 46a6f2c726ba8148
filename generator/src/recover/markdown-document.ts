/**
 * The markdown front end: unified + remark-parse with GFM tables (remark-gfm-tables.ts) turn a reference into a flat run of
 * blocks (headings, tables, code, text, page markers) with their source lines, which the family
 * parsers read by structure. Tables keep their cells apart (HTML in cells becomes text, `<li>`
 * items become the cell's list, links are kept so a type cell's link can name a structure); list
 * items and block quotes are walked into, since examples often sit inside a bulleted list.
 */
import type { Nodes, Root, RootContent, PhrasingContent, TableCell } from "mdast";
import { markdownLibs } from "./markdown-libs.js";
import { htmlToText } from "./html-text.js";
import { HTML_TABLE, readHtmlTables } from "./html-tables.js";
import { joinRunOnRows, type NumberedLine } from "./run-on-rows.js";

export interface Cell {
  /** The cell as plain text (HTML and markdown markup gone, list items as " - item"). */
  text: string;
  /** The targets of the cell's links, in order. */
  links: string[];
}

export interface TableRow {
  cells: Cell[];
  line: number;
}

export type Block =
  | { kind: "heading"; depth: number; text: string; line: number }
  | { kind: "table"; header: Cell[]; rows: TableRow[]; line: number }
  | { kind: "code"; lang: string; text: string; line: number }
  | { kind: "text"; text: string; line: number }
  /** `<!-- source: path -->`: where a page of a concatenated reference begins. */
  | { kind: "page"; path: string; line: number };

/** Kramdown / DITA attribute blocks after a heading: `# Name {#concept_1 .concept}`. */
const HEADING_ATTRIBUTES = /\s*\{\s*[#.][^{}]*\}\s*$/;
const PAGE_MARKER = /^<!--\s*source:\s*(.*?)\s*-->$/;

/** A line that opens a heading: outside a code fence it always starts a new block, so the text can be cut there. */
const HEADING_LINE = /^#{1,6}(\s|$)/;
/** A line that could open or close a code fence: its indentation, its run of backticks or tildes, and the rest. */
const FENCE_LINE = /^([ \t]*)(`{3,}|~{3,})(.*)$/;
/** Pieces of a few hundred lines: small enough for micromark, few enough that setting up each parse is cheap. */
const PIECE_LINES = 400;

/**
 * micromark's cost grows faster than the text (a 4× document took 9× as long), so the document is
 * cut before each heading outside a code fence, and each piece is parsed on its own: markdown
 * cannot carry a block across a heading, so the blocks are the same.
 *
 * `shortcuts: false` leaves every block to remark (what the tests hold the shortcuts to).
 */
export function readMarkdownBlocks(text: string, { shortcuts = true }: { shortcuts?: boolean } = {}): Block[] {
  const lines = joinRunOnRows(text.replace(/^\uFEFF/, ""));
  // a link reference definition applies to the whole piece it is in: cutting a table out of its
  // piece could change what a reference after it resolves to, so a text with any keeps them in
  const cutTables = !LINK_DEFINITION.test(text);
  const out: Block[] = [];
  let start = 0;
  const fences = new FenceTracker();
  let inComment = false;
  let inRawHtml: RegExp | undefined;
  let closers: ClosingFences | undefined;
  for (let i = 0; i <= lines.length; i++) {
    if (i < lines.length) {
      const t = lines[i].text;
      if (inRawHtml) {
        if (inRawHtml.test(t)) inRawHtml = undefined;
      } else if (shortcuts && !fences.open && !inComment && !fences.unsure) {
        const end = rawHtmlEnd(t);
        if (end && !end.test(t)) inRawHtml = end;
        const direct = inRawHtml ? undefined : readDirectly(lines, i, (closers ??= closingFences(lines)), cutTables);
        if (direct) {
          readPiece(lines.slice(start, i), out);
          for (const b of direct.blocks) out.push(b);
          start = direct.end + 1;
          i = direct.end;
          continue;
        }
      }
      fences.read(t, inComment || inRawHtml !== undefined);
      if (!fences.open && t.includes("<!--")) inComment = !t.slice(t.lastIndexOf("<!--")).includes("-->");
      else if (inComment && t.includes("-->")) inComment = false;
      const long = i - start >= PIECE_LINES;
      const cut = HEADING_LINE.test(t) ? long : i - start >= 4 * PIECE_LINES && startsFreshBlock(lines, i);
      if (fences.open || fences.unsure || inComment || !cut) continue;
    }
    readPiece(lines.slice(start, i), out);
    start = i;
  }
  return out;
}

/** HTML blocks that run past blank lines to their closing tag (CommonMark's first kind). */
const RAW_HTML_OPEN = /^ {0,3}<(pre|script|style|textarea)(?:\s|>|$)/i;

/**
 * The pattern that ends the HTML block a line opens, for the kinds that run past blank lines to an
 * end of their own: CommonMark's 1 (pre, script, style, textarea), 3 (`<?`), 4 (`<!` and a
 * letter) and 5 (CDATA). Comments, kind 2, are followed apart.
 */
function rawHtmlEnd(t: string): RegExp | undefined {
  const raw = RAW_HTML_OPEN.exec(t);
  if (raw) return new RegExp(`</${raw[1]}>`, "i");
  if (/^ {0,3}<\?/.test(t)) return /\?>/;
  if (/^ {0,3}<![A-Za-z]/.test(t)) return />/;
  if (/^ {0,3}<!\[CDATA\[/.test(t)) return /\]\]>/;
  return undefined;
}

/** Columns of leading white space, a tab reaching the next multiple of four (CommonMark). */
function indentOf(t: string): number {
  let col = 0;
  for (const c of t) {
    if (c === " ") col++;
    else if (c === "\t") col += 4 - (col % 4);
    else break;
  }
  return col;
}

/**
 * Whether the lines so far leave a code fence open, for the fences topLevelCode did not read. A
 * fence closes only on a run of its own character at least as long, with nothing after it. A fence
 * at the margin is at the top level; an indented one may sit in a list item, which a less indented
 * line would close (and the fence with it) and whose closing fence may be indented otherwise: where
 * the lines leave it open to doubt (or a fence line shows up inside an HTML block or comment),
 * `unsure` is set for good, and the rest of the text is left to remark whole.
 */
class FenceTracker {
  open: { char: string; length: number; indent: number } | undefined;
  unsure = false;

  read(t: string, inHtml: boolean): void {
    const f = FENCE_LINE.exec(t);
    if (inHtml) {
      if (f) this.unsure = true;
      return;
    }
    const open = this.open;
    if (!open) {
      // a backtick fence's info string holds no backtick (else the line is a code span)
      if (f && !(f[2]![0] === "`" && f[3]!.includes("`"))) this.open = { char: f[2]![0]!, length: f[2]!.length, indent: indentOf(t) };
      return;
    }
    const indent = indentOf(t);
    const closes = f !== null && f[2]![0] === open.char && f[2]!.length >= open.length && f[3]!.trim() === "";
    if (open.indent === 0) {
      if (closes && indent <= 3) this.open = undefined;
    } else if (closes && indent === open.indent) this.open = undefined;
    else if (closes || (t.trim() !== "" && indent < open.indent)) this.unsure = true;
  }
}
const FENCE_OPEN = /^(`{3,}|~{3,})[ \t]*(.*)$/;

/** For each line, the length of the longest closing fence of each kind at or below it (0: none). */
interface ClosingFences {
  backtick: Int32Array;
  tilde: Int32Array;
}

const CLOSING_FENCE = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;

function closingFences(lines: NumberedLine[]): ClosingFences {
  const backtick = new Int32Array(lines.length + 1);
  const tilde = new Int32Array(lines.length + 1);
  for (let k = lines.length - 1; k >= 0; k--) {
    backtick[k] = backtick[k + 1]!;
    tilde[k] = tilde[k + 1]!;
    const m = CLOSING_FENCE.exec(lines[k]!.text);
    if (!m) continue;
    const kind = m[1]![0] === "`" ? backtick : tilde;
    kind[k] = Math.max(kind[k]!, m[1]!.length);
  }
  return { backtick, tilde };
}

/**
 * The blocks that open at line `i` and are read without remark, if they do: a code fence, a
 * plain pipe table, a plain paragraph (these two only when no reference definition could tie
 * them to the text around them).
 */
function readDirectly(lines: NumberedLine[], i: number, closers: ClosingFences, cutTables: boolean): { blocks: Block[]; end: number } | undefined {
  const code = topLevelCode(lines, i, closers);
  if (code) return { blocks: [code.block], end: code.end };
  if (!cutTables) return undefined;
  const table = topLevelTable(lines, i);
  if (table) return { blocks: [table.block], end: table.end };
  // the rest open only after a blank line (or a heading after one): nothing before can hold them
  if (!opensAfterBlank(lines, i)) return undefined;
  return topLevelHeading(lines, i) ?? pageMarker(lines, i) ?? topLevelList(lines, i) ?? topLevelParagraph(lines, i);
}

/** An ATX heading: its hashes, then its content (with any closing hashes) after a space or tab. */
const ATX_HEADING = /^(#{1,6})(?:[ \t]+(.*))?$/;

/**
 * An ATX heading at the margin after a blank line, its content plain (no markup but simple links
 * and line breaks): the heading remark would find. Headings are most of what is left between
 * tables, code and paragraphs, and each would otherwise be a remark parse of its own.
 */
function topLevelHeading(lines: NumberedLine[], i: number): { blocks: Block[]; end: number } | undefined {
  const m = ATX_HEADING.exec(lines[i]!.text);
  if (!m) return undefined;
  // CommonMark: the closing hashes go when a space or tab comes before them (or they are all there is)
  const content = (m[2] ?? "").replace(/[ \t]+$/, "");
  const cell = plainCell(/^#+$/.test(content) ? "" : content.replace(/[ \t]+#+$/, ""));
  if (!cell) return undefined;
  return { blocks: [{ kind: "heading", depth: m[1]!.length, text: cell.text.replace(HEADING_ATTRIBUTES, ""), line: lines[i]!.line }], end: i };
}

/**
 * `<!-- source: path -->` on a line of its own at the margin after a blank line: an HTML comment
 * block that ends on the line it opens, so nothing after it can belong to it.
 */
function pageMarker(lines: NumberedLine[], i: number): { blocks: Block[]; end: number } | undefined {
  const t = lines[i]!.text;
  if (!t.startsWith("<!--")) return undefined;
  const page = t.trim().match(PAGE_MARKER);
  return page ? { blocks: [{ kind: "page", path: page[1]!, line: lines[i]!.line }], end: i } : undefined;
}

/**
 * A bullet at the margin: the marker, then one space and the item's content, or nothing (an empty
 * item). A hyphen alone is left to remark: after an item's text it could underline a heading.
 */
const BULLET_ITEM = /^([*+-])(?: (\S.*)?)?$/;
/** An item's content that can open nothing but a paragraph: a letter, or a simple link (never a reference definition). */
const ITEM_PARAGRAPH_START = /^(?:\p{L}|\[[^\]]*\]\()/u;

/**
 * A bullet list at the margin after a blank line whose items are each one line of plain text (no
 * markup but simple links and line breaks), with blank lines or nothing between them: remark's
 * blocks for it are a text block per non-empty item, as the walk below turns every item's
 * paragraph into its lines. A contents list of a long reference is hundreds of such items. Any
 * other line among or right after the items (a continuation, a nested list, a lazy line) leaves
 * the whole list to remark, as does an indented line after a blank one (it could continue an item).
 */
function topLevelList(lines: NumberedLine[], i: number): { blocks: Block[]; end: number } | undefined {
  const blocks: Block[] = [];
  let end = -1;
  for (let k = i; k < lines.length; k++) {
    const t = lines[k]!.text;
    if (BLANK_LINE.test(t)) continue;
    const item = BULLET_ITEM.exec(t);
    if (!item) {
      // the list ended at the blank line before this one; right after an item this line would continue it
      if (end < 0 || k === end + 1 || /^[ \t]/.test(t)) return undefined;
      break;
    }
    const content = (item[2] ?? "").replace(/[ \t]+$/, "");
    if (content === "") {
      // an empty item cannot interrupt a paragraph (and micromark reads a lone bullet after an
      // indented code block as one), and a lone hyphen could underline a setext heading: an empty
      // item is read here only with a star or plus, in a list an item with text opened
      if (item[1] === "-" || end < 0) return undefined;
    } else {
      const cell = ITEM_PARAGRAPH_START.test(content) && !content.includes("|") ? plainCell(content) : undefined;
      if (!cell) return undefined;
      if (cell.text) blocks.push({ kind: "text", text: cell.text, line: lines[k]!.line });
    }
    end = k;
  }
  return end < 0 ? undefined : { blocks, end };
}

/**
 * A fenced code block that opens at the margin after a blank line or a heading (so nothing open can
 * hold it: a list item's content is indented, a paragraph, table or HTML block ends at the blank
 * line) and closes: it is the same code block remark would find, read without remark. Example
 * payloads are a fifth of a reference's text, and micromark reads them line by line for nothing.
 */
function topLevelCode(lines: NumberedLine[], i: number, closers: ClosingFences): { block: Block; end: number } | undefined {
  const open = FENCE_OPEN.exec(lines[i].text);
  if (!open) return undefined;
  const [, fence, info] = open;
  // a backtick in a backtick fence's info string makes it a code span; escapes and entities in it are remark's to decode
  if ((fence[0] === "`" && info.includes("`")) || /[\\&]/.test(info)) return undefined;
  const before = lines[i - 1]?.text;
  if (before !== undefined && !BLANK_LINE.test(before) && !(HEADING_LINE.test(before) && !mayBeInHtmlBlock(lines, i - 1))) return undefined;
  // no closing fence long enough below: the fence runs to the end, which remark reads; knowing it
  // without a scan keeps a text of many unclosed fences linear
  if ((fence[0] === "`" ? closers.backtick : closers.tilde)[i + 1]! < fence.length) return undefined;
  const close = new RegExp(`^ {0,3}${fence[0] === "`" ? "`" : "~"}{${fence.length},}[ \t]*$`);
  for (let j = i + 1; j < lines.length; j++) {
    if (!close.test(lines[j].text)) continue;
    const [lang = "", ...meta] = info.trim().split(/[ \t]+/);
    const text = lines
      .slice(i + 1, j)
      .map((l) => l.text)
      .join("\n");
    return { block: { kind: "code", lang: codeLanguage(lang || null, meta.join(" ") || null), text, line: lines[i].line }, end: j };
  }
  return undefined;
}

/** A link reference definition (`[id]: url`), which references anywhere in its piece resolve against. */
const LINK_DEFINITION = /^ {0,3}\[[^\]]*\]:/m;
/** A GFM delimiter row with a pipe at each end (`| --- | :-: |`). */
const DELIMITER_ROW = /^\|(?:[ \t]*:?-+:?[ \t]*\|)+[ \t]*$/;
/** A table row with a pipe at each end. */
const CLOSED_ROW = /^\|.*\|[ \t]*$/;
const BLANK_LINE = /^[ \t]*$/;
/**
 * What inline markdown reads in a cell: code spans, emphasis, links and images, HTML and
 * autolinks, entities, escapes. An underscore between two letters or digits opens and closes
 * nothing; any other is left to remark.
 */
const INLINE_MARKUP = /[`*<>&\\[\]]|(?:^|[^A-Za-z0-9])_|_(?:[^A-Za-z0-9]|$)/;

/**
 * A GFM pipe table that opens at the margin after a blank line (or a heading after one) and ends
 * at a blank line: it is the same table remark would find, and tables are half a markdown
 * reference's text. A row without inline markup is its cells, split at the pipes, as text; the
 * other rows (and the header) go through remark together under the table's own header, since a
 * row is read on its own line whatever the rows around it. Anything less plain (a row that does not
 * start with a pipe, so GFM would take it as a lazy row; a comment; an escaped pipe in the header)
 * is left to remark with the text around it.
 */
function topLevelTable(lines: NumberedLine[], i: number): { block: Block; end: number } | undefined {
  const header = lines[i]!.text;
  const delimiter = lines[i + 1]?.text;
  if (!header.startsWith("|") || delimiter === undefined || !DELIMITER_ROW.test(delimiter) || !opensAfterBlank(lines, i)) return undefined;
  // GFM: a table's header has as many cells as its delimiter row
  if (header.includes("\\") || !CLOSED_ROW.test(header) || splitRow(header).length !== splitRow(delimiter).length) return undefined;
  let end = i + 1;
  while (end + 1 < lines.length && lines[end + 1]!.text.startsWith("|")) end++;
  if (end + 1 < lines.length && !BLANK_LINE.test(lines[end + 1]!.text)) return undefined;
  const body = lines.slice(i + 2, end + 1);
  if (header.includes("<!--") || body.some((l) => l.text.includes("<!--"))) return undefined;

  const plainCells = (t: string): Cell[] | undefined => {
    // an escaped pipe is part of its cell, which splitting at every pipe would not know
    if (!CLOSED_ROW.test(t) || t.includes("\\|")) return undefined;
    const cells = splitRow(t).map(plainCell);
    return cells.every((c) => c !== undefined) ? cells : undefined;
  };
  const read = body.map((l) => plainCells(l.text));
  const marked = body.filter((_, k) => read[k] === undefined);
  let headerCells: Cell[];
  const markedCells: Cell[][] = [];
  const plainHeader = plainCells(header);
  if (marked.length === 0 && plainHeader) headerCells = plainHeader;
  else {
    const tree = markdownLibs().processor.parse([header, delimiter, ...marked.map((l) => l.text)].join("\n")) as Root;
    const [table] = tree.children;
    if (tree.children.length !== 1 || table?.type !== "table" || table.children.length !== marked.length + 1) return undefined;
    headerCells = table.children[0]!.children.map(cellOf);
    for (const row of table.children.slice(1)) markedCells.push(row.children.map(cellOf));
  }
  let k = 0;
  const rows = body.map((l, n) => ({ cells: read[n] ?? markedCells[k++]!, line: l.line }));
  return { block: { kind: "table", header: headerCells, rows, line: lines[i]!.line }, end };
}

/**
 * `[label](destination)` with nothing in either that inline markdown reads: a link, whatever is
 * around it. Not after `!` (an image), nor next to an underscore (whose emphasis the link's
 * brackets could decide).
 */
const SIMPLE_LINK = /(?<![!_])\[([^`*<>&\\[\]_]*)\]\(([^\s()<>&\\"'`]*)\)(?!_)/g;
/** `<br>`, `<br/>`, `<br />`: inline HTML, which the cell's text conversion turns into a space. */
const BR_TAG = /<br\s*\/?>/gi;

/** CommonMark's backslash escape: a backslash before ASCII punctuation stands for that character. */
const ESCAPE = /\\([!-/:-@[-`{-~])/g;
/**
 * While a cell is read, each escaped character stands as a private-use character of its own: no
 * markup, not a letter or digit (so an underscore beside one still counts as markup), put back
 * after. A cell that holds one of these already is left to remark.
 */
const STAND_IN_BASE = 0xe000;
const STAND_INS = /[\ue000-\ue07f]/g;
/** The same test without the global flag, whose `lastIndex` a `test` would carry over. */
const HAS_STAND_IN = /[\ue000-\ue07f]/;
/** The escaped character a stand-in is put back as: in text as remark's text reaches the HTML reader (`<` and `>` as entities), in a link target as itself. */
const putBack = (s: string, inText: boolean) =>
  s.replace(STAND_INS, (c) => {
    const ch = String.fromCharCode(c.charCodeAt(0) - STAND_IN_BASE);
    return inText && ch === "<" ? "&lt;" : inText && ch === ">" ? "&gt;" : ch;
  });

/**
 * A cell as remark would read it, when its only markup is simple links, line breaks and backslash
 * escapes: its text with each link's label for the link, and the links' targets. Undefined for any
 * other markup.
 */
function plainCell(raw: string): Cell | undefined {
  // micromark reads a NUL as U+FFFD: left to it
  if (raw.includes("\u0000")) return undefined;
  let source = raw;
  const escaped = raw.includes("\\");
  if (escaped) {
    if (HAS_STAND_IN.test(raw)) return undefined;
    source = raw.replace(ESCAPE, (_, ch: string) => String.fromCharCode(STAND_IN_BASE + ch.charCodeAt(0)));
  }
  const links: string[] = [];
  const text = source.includes("](")
    ? source.replace(SIMPLE_LINK, (_, label: string, url: string) => {
        links.push(url);
        return label;
      })
    : source;
  if (INLINE_MARKUP.test(text.includes("<") ? text.replace(BR_TAG, " ") : text)) return undefined;
  if (!escaped) return { text: htmlToText(text), links };
  return { text: htmlToText(putBack(text, true)), links: links.map((l) => putBack(l, false)) };
}

/** A line that opens with a letter: it can start no block but a paragraph (or a table, if it holds a pipe). */
const PARAGRAPH_START = /^\p{L}/u;

/**
 * A paragraph at the margin after a blank line (or a heading after one), every line of it plain
 * text (opening with a letter, no pipe, no markup but simple links and line breaks), ending at a
 * blank line: remark's text blocks for it are its lines as text, as for a table cell. Any other
 * line in it, or after it without a blank line between (which could make it a setext heading or
 * a table), leaves it to remark.
 */
function topLevelParagraph(lines: NumberedLine[], i: number): { blocks: Block[]; end: number } | undefined {
  if (!PARAGRAPH_START.test(lines[i]!.text)) return undefined;
  const blocks: Block[] = [];
  let k = i;
  for (; k < lines.length && !BLANK_LINE.test(lines[k]!.text); k++) {
    const t = lines[k]!.text;
    const line = PARAGRAPH_START.test(t) && !t.includes("|") ? plainCell(t) : undefined;
    if (!line) return undefined;
    if (line.text) blocks.push({ kind: "text", text: line.text, line: lines[k]!.line });
  }
  return { blocks, end: k - 1 };
}

/**
 * Whether line `i` may be the text of an HTML block: CommonMark's kinds 6 and 7 (`<div>`, `</pre>`,
 * any tag alone on its line) run to the next blank line, so a line under one, heading-shaped or
 * not, is the block's. Known by a line opening with `<` since the last blank line.
 */
function mayBeInHtmlBlock(lines: NumberedLine[], i: number): boolean {
  for (let k = i - 1; k >= 0 && !BLANK_LINE.test(lines[k]!.text); k--) if (/^ {0,3}</.test(lines[k]!.text)) return true;
  return false;
}

/** Whether line `i` starts a block of its own: the text's first line, or after a blank line, or after a heading that follows one. */
function opensAfterBlank(lines: NumberedLine[], i: number): boolean {
  const blankAt = (k: number) => k < 0 || BLANK_LINE.test(lines[k]!.text);
  return blankAt(i - 1) || (HEADING_LINE.test(lines[i - 1]!.text) && blankAt(i - 2));
}

/** A closed row's cells as GFM splits them: the outer pipes go, every other pipe divides. */
function splitRow(row: string): string[] {
  return row
    .replace(/^\|/, "")
    .replace(/\|[ \t]*$/, "")
    .split("|");
}

/**
 * A text without headings (printed pages read as markdown) is cut at a paragraph that starts at
 * the margin after a blank line: nothing open before it (a list, a quote, a table, indented code)
 * can continue past that line, so the blocks on both sides are the same either way.
 */
function startsFreshBlock(lines: NumberedLine[], i: number): boolean {
  const t = lines[i].text;
  return lines[i - 1]?.text.trim() === "" && /^[^\s>|#<`~*+\-\d]/.test(t);
}

function readPiece(lines: NumberedLine[], out: Block[]): void {
  // the blank lines between two blocks read without remark: remark would find nothing in them
  if (lines.every((l) => BLANK_LINE.test(l.text))) return;
  const tree = markdownLibs().processor.parse(lines.map((l) => l.text).join("\n")) as Root;
  const lineOf = (node: Nodes): number => {
    const l = node.position?.start.line ?? 1;
    return lines[l - 1]?.line ?? lines[0].line;
  };
  const walk = (nodes: RootContent[]) => {
    for (const node of nodes) {
      switch (node.type) {
        case "heading":
          out.push({ kind: "heading", depth: node.depth, text: inlineText(node.children).replace(HEADING_ATTRIBUTES, ""), line: lineOf(node) });
          break;
        case "table": {
          const [head, ...body] = node.children;
          if (!head) break;
          out.push({
            kind: "table",
            header: head.children.map(cellOf),
            rows: body.map((r) => ({ cells: r.children.map(cellOf), line: lineOf(r) })),
            line: lineOf(node),
          });
          break;
        }
        case "code":
          out.push({ kind: "code", lang: codeLanguage(node.lang, node.meta), text: node.value, line: lineOf(node) });
          break;
        case "html": {
          const page = node.value.trim().match(PAGE_MARKER);
          if (page) out.push({ kind: "page", path: page[1], line: lineOf(node) });
          else if (HTML_TABLE.test(node.value)) {
            // the tables' own lines count from the HTML node's first line
            const at = (l: number) => lines[(node.position?.start.line ?? 1) - 1 + l - 1]?.line ?? lineOf(node);
            for (const t of readHtmlTables(node.value))
              out.push({ kind: "table", header: t.header, rows: t.rows.map((r) => ({ cells: r.cells, line: at(r.line) })), line: at(t.line) });
          } else {
            const t = htmlToText(node.value);
            if (t) out.push({ kind: "text", text: t, line: lineOf(node) });
          }
          break;
        }
        case "paragraph": {
          // one text block per printed line: a description paragraph often opens with an
          // "API domain name: …" line, and the lines after it are the description
          const first = node.position?.start.line ?? 1;
          node.children
            .map(inlineRaw)
            .join("")
            .split("\n")
            .forEach((raw, k) => {
              const t = htmlToText(raw);
              if (t) out.push({ kind: "text", text: t, line: lines[first - 1 + k]?.line ?? first + k });
            });
          break;
        }
        case "list":
          for (const item of node.children) walk(item.children);
          break;
        case "blockquote":
          walk(node.children);
          break;
        default:
          break;
      }
    }
  };
  walk(tree.children);
}

function cellOf(cell: TableCell): Cell {
  const links: string[] = [];
  collectLinks(cell.children, links);
  return { text: inlineText(cell.children), links };
}

function collectLinks(nodes: PhrasingContent[], into: string[]): void {
  for (const n of nodes) {
    if (n.type === "link") into.push(n.url);
    else if (n.type === "html") for (const m of n.value.matchAll(/href="([^"]*)"/g)) into.push(m[1]);
    if ("children" in n) collectLinks(n.children as PhrasingContent[], into);
  }
}

/** Inline content as text: raw HTML is kept until the whole run is converted, so `<li>…</li>` pairs meet. */
function inlineText(nodes: PhrasingContent[]): string {
  return htmlToText(nodes.map(inlineRaw).join("").replace(/\n/g, "<br>"));
}

function inlineRaw(n: PhrasingContent): string {
  switch (n.type) {
    case "text":
    case "inlineCode":
      return n.value.replace(/</g, "&lt;").replace(/>/g, "&gt;");
    case "html":
      return n.value;
    case "break":
      return "\n";
    case "image":
      return n.alt ?? "";
    default:
      return "children" in n ? (n.children as PhrasingContent[]).map(inlineRaw).join("") : markdownLibs().toString(n);
  }
}

/** ```` ```json ```` or DITA's ```` ``` {#codeblock_1 .language-json} ````. */
function codeLanguage(lang: string | null | undefined, meta: string | null | undefined): string {
  const all = `${lang ?? ""} ${meta ?? ""}`;
  const dita = all.match(/\.language-([A-Za-z0-9]+)/);
  if (dita) return dita[1].toLowerCase();
  return lang && !lang.startsWith("{") ? lang.toLowerCase() : "";
}
