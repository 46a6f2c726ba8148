/**
 * Tab tables of a Tencent Cloud API 2.0 reference. A table starts at a header row whose cells are
 * the family's column names ("Parameter Name / Required / Type / Description", "Error Code / Error
 * Message / Error Description", "API / Action Name / Description"); a page break repeats the header
 * after blank lines, which continues the same table; any other text ends it. The pages' damage is
 * read as the page meant it: a row whose first cell is empty continues the row above (a wrapped
 * description), cells past the header's last column belong to the description, and rows of dashes
 * (the extractor's rendering of a rule) are skipped.
 */
import type { SourceLine } from "../../recover/source-lines.js";
import { splitCells } from "../aliyun/tables.js";
import { oneOf, tencentV2Profile, type V2Column } from "../../profiles/tencent-v2.js";

export type Column = V2Column | "other";

const COLUMN_NAMES: [Column, RegExp][] = (Object.entries(tencentV2Profile.columns) as [V2Column, string[]][]).map(([role, words]) => [role, oneOf(words)]);

export interface TableRow {
  cells: Partial<Record<Column, string>>;
  line: number;
}
export interface Table {
  columns: Column[];
  rows: TableRow[];
  /** The nearest non-blank line above the table (its caption: "Array data is composed as follows:"). */
  caption: string;
  line: number;
  /** Index in the line array of the header, and just past the last row. */
  start: number;
  end: number;
}

const RULE = /^-+$/;

function headerColumns(cells: string[]): Column[] | undefined {
  const cols = cells.map((c) => COLUMN_NAMES.find(([, re]) => re.test(c.replace(/\*\*/g, "").trim()))?.[0] ?? "other");
  const known = cols.filter((c) => c !== "other");
  if (known.length < 2 || known.length < cells.filter(Boolean).length) return undefined;
  return cols;
}

export function readTables(lines: SourceLine[]): Table[] {
  const tables: Table[] = [];
  for (let i = 0; i < lines.length; i++) {
    const cells = splitCells(lines[i].text);
    const columns = cells && headerColumns(cells);
    if (!columns) continue;
    const header = cells!.filter(Boolean).join("\t");
    let k = i - 1;
    while (k >= 0 && lines[k].text.trim() === "") k--;
    const table: Table = { columns, rows: [], caption: k >= 0 ? lines[k].text.trim() : "", line: lines[i].line, start: i, end: i + 1 };
    const last = columns.reduce((n, c, j) => (c !== "other" ? j : n), 0);
    for (let j = i + 1; j < lines.length; j++) {
      const t = lines[j].text;
      if (t.trim() === "") continue;
      const row = splitCells(t);
      if (!row) break;
      if (row.filter(Boolean).join("\t") === header) {
        table.end = j + 1;
        continue;
      } // repeated by a page break
      if (headerColumns(row)) break;
      table.end = j + 1;
      if (row.every((c) => c === "" || RULE.test(c))) continue;
      const rowCells: TableRow["cells"] = {};
      columns.forEach((c, n) => {
        if (c === "other" || row[n] === undefined) return;
        // the cells past the header's last column are the description's continuation
        const v = n === last && c === "description" ? row.slice(n).filter(Boolean).join(" ") : row[n];
        if (rowCells[c] === undefined) rowCells[c] = v;
      });
      if (!row[0] && table.rows.length) {
        // a wrapped description: its text sits under the description column, or wherever it fell
        const prev = table.rows.at(-1)!;
        const extra = row.filter(Boolean).join(" ");
        const col: Column = columns.includes("description") ? "description" : columns[last];
        prev.cells[col] = [prev.cells[col], extra].filter(Boolean).join(" ");
        continue;
      }
      table.rows.push({ cells: rowCells, line: lines[j].line });
    }
    tables.push(table);
    i = table.end - 1;
  }
  return tables;
}
