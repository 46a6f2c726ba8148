/**
 * Normalizes markdown-ish references (headings, tab-separated or pipe tables, HTML in cells) into the
 * same plain line shape that PDF layout recovery produces, so one section parser reads both:
 * headings lose their `#`, table rows become "cell cell cell", HTML becomes text.
 */
import type { SourceLine } from "./source-lines.js";
import { htmlToText } from "./html-text.js";

const TABLE_RULE = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$|^-{2,}(\t-{2,})*\s*$/;

export function normalizeMarkdown(lines: SourceLine[]): SourceLine[] {
  // at most one line out per line in, so the array is made once at full size (growing it by
  // pushing copied it about twenty times for a PDF text) and cut to what was written at the end
  const out: SourceLine[] = new Array<SourceLine>(lines.length);
  let n = 0;
  let lastRow: { cells: string[]; index: number } | undefined;
  // a document is tens of thousands of lines, nearly all plain text: each test below is guarded
  // by the character its pattern needs, so a plain line costs no regex and no new string (and the
  // loop is indexed: `for…of` makes an iterator result per line until the code is optimized)
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    let t = l.text;
    // half a PDF text's lines are blank: nothing below changes one, and it keeps an open tab row open
    if (t === "") {
      out[n++] = l;
      continue;
    }
    const trimmed = t.trim();
    // a line that starts with a tab continues the previous tab row cell by cell ("Array of" / "BackupPlan")
    if (lastRow && t.startsWith("\t") && trimmed !== "") {
      const cont = t.split("\t").map(htmlToText);
      cont.forEach((c, j) => {
        if (c) lastRow!.cells[j] = lastRow!.cells[j] ? `${lastRow!.cells[j]} ${c}` : c;
      });
      out[lastRow.index] = { ...out[lastRow.index], text: lastRow.cells.filter(Boolean).join(" ") };
      continue;
    }
    if (trimmed !== "") lastRow = undefined;
    // both rules are runs of at least two dashes
    if (t.includes("--") && (TABLE_RULE.test(t) || /^\s*-{3,}\s*$/.test(t))) continue;
    if (trimmed.startsWith("```")) continue;
    let heading = false;
    if (t.startsWith("#")) {
      const title = t.replace(/^#{1,6}\s+/, "");
      heading = title !== t;
      t = title;
    }
    if (t.includes("\t")) {
      const cells = t.split("\t").map(htmlToText);
      lastRow = { cells, index: n };
      t = cells.filter(Boolean).join(" ");
    } else if (t.includes("|") && /\S\s*\|/.test(t))
      t = t
        .split("|")
        .map(htmlToText)
        .filter((c, i, a) => !(c === "" && (i === 0 || i === a.length - 1)))
        .join(" ");
    else t = htmlToText(t);
    // a line the steps above left as it was is passed on as it is, not copied
    out[n++] = heading ? { text: t, line: l.line, heading: true } : t === l.text ? l : { text: t, line: l.line };
  }
  out.length = n;
  return out;
}
