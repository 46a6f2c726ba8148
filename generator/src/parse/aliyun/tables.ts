/**
 * Tables of an Alibaba Cloud reference: one row a line, cells separated by tabs (PDF text) or pipes
 * (markdown source). A table starts at a header row; a page break repeats the header after blank
 * lines, which continues the same table; a caption line ("Table 8-3: InstanceNetInfo parameters")
 * or any other text ends it. Columns are found by their header names, in English or Chinese, so the
 * reader copes with every column order the family uses (the error appendix puts Code second).
 */
import type { SourceLine } from "../../recover/source-lines.js";
import { aliyunRpcPrintedWords, wholeLine } from "../../profiles/aliyun-rpc.js";

export type Column = "name" | "type" | "required" | "example" | "description" | "code" | "message" | "status" | "api" | "other";

const COLUMN_NAMES: [Column, RegExp][] = (Object.entries(aliyunRpcPrintedWords.columns) as [Column, string[]][]).map(([role, words]) => [
  role,
  wholeLine(words),
]);

export interface TableRow {
  cells: Partial<Record<Column, string>>;
  raw: string[];
  line: number;
}
export interface Table {
  columns: Column[];
  header: string;
  rows: TableRow[];
  /** The nearest text line above the table: its caption or its section heading. */
  caption: string;
  line: number;
  /** Index in the line array of the header and just past the last row. */
  start: number;
  end: number;
}

export function splitCells(text: string): string[] | undefined {
  if (text.includes("\t")) return text.split("\t").map((c) => c.trim());
  const t = text.trim();
  if (t.startsWith("|") && t.endsWith("|") && t.length > 2)
    return t
      .slice(1, -1)
      .split("|")
      .map((c) => c.trim());
  return undefined;
}

function headerColumns(cells: string[]): Column[] | undefined {
  const cols = cells.map((c) => COLUMN_NAMES.find(([, re]) => re.test(c.replace(/\*\*/g, "").trim()))?.[0] ?? "other");
  const known = cols.filter((c) => c !== "other");
  if (known.length < 2 || known.length < cells.filter(Boolean).length - 1) return undefined;
  return cols;
}

const DELIMITER = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)+\|?\s*$/;

export function readTables(lines: SourceLine[], from = 0, to = lines.length): Table[] {
  const tables: Table[] = [];
  for (let i = from; i < to; i++) {
    const cells = splitCells(lines[i].text);
    const columns = cells && headerColumns(cells);
    if (!columns) continue;
    const header = cells!.join("\t");
    let k = i - 1;
    while (k >= from && lines[k].text.trim() === "") k--;
    const table: Table = { columns, header, rows: [], caption: k >= from ? lines[k].text.trim() : "", line: lines[i].line, start: i, end: i + 1 };
    let j = i + 1;
    for (; j < to; j++) {
      const t = lines[j].text;
      if (t.trim() === "" || DELIMITER.test(t)) continue;
      const row = splitCells(t);
      if (!row) break;
      if (row.join("\t") === header) continue; // the header repeated by a page break
      if (headerColumns(row)) break; // a different table starts
      const rowCells: TableRow["cells"] = {};
      columns.forEach((c, n) => {
        if (c !== "other" && row[n] !== undefined && rowCells[c] === undefined) rowCells[c] = row[n];
      });
      table.rows.push({ cells: rowCells, raw: row, line: lines[j].line });
      table.end = j + 1;
    }
    tables.push(table);
    i = table.end - 1;
  }
  return tables;
}
