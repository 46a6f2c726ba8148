/**
 * Normalizes markdown-ish references (headings, tab-separated or pipe tables, HTML in cells) into the
 * same plain line shape that PDF layout recovery produces, so one section parser reads both:
 * headings lose their `#`, table rows become "cell cell cell", HTML becomes text.
 */
import type { SourceLine } from "./source-lines.js";
import { htmlToText } from "./html-text.js";

const TABLE_RULE = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$|^-{2,}(\t-{2,})*\s*$/;

export function normalizeMarkdown(lines: SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  let lastRow: { cells: string[]; index: number } | undefined;
  for (const l of lines) {
    let t = l.text;
    // a line that starts with a tab continues the previous tab row cell by cell ("Array of" / "BackupPlan")
    if (lastRow && /^\t/.test(t) && t.trim() !== "") {
      const cont = t.split("\t").map(htmlToText);
      cont.forEach((c, j) => {
        if (c) lastRow!.cells[j] = lastRow!.cells[j] ? `${lastRow!.cells[j]} ${c}` : c;
      });
      out[lastRow.index] = { ...out[lastRow.index], text: lastRow.cells.filter(Boolean).join(" ") };
      continue;
    }
    if (t.trim() !== "") lastRow = undefined;
    if (TABLE_RULE.test(t) || /^\s*-{3,}\s*$/.test(t)) continue;
    if (/^```/.test(t.trim())) continue;
    t = t.replace(/^#{1,6}\s+/, "");
    if (t.includes("\t")) {
      const cells = t.split("\t").map(htmlToText);
      lastRow = { cells, index: out.length };
      t = cells.filter(Boolean).join(" ");
    } else if (/\|/.test(t) && /\S\s*\|/.test(t))
      t = t
        .split("|")
        .map(htmlToText)
        .filter((c, i, a) => !(c === "" && (i === 0 || i === a.length - 1)))
        .join(" ");
    else t = htmlToText(t);
    out.push({ text: t, line: l.line });
  }
  return out;
}
