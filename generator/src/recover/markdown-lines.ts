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
  for (const l of lines) {
    let t = l.text;
    if (TABLE_RULE.test(t) || /^\s*-{3,}\s*$/.test(t)) continue;
    if (/^```/.test(t.trim())) continue;
    t = t.replace(/^#{1,6}\s+/, "");
    if (t.includes("\t")) t = t.split("\t").map(htmlToText).join(" ");
    else if (/\|/.test(t) && /\S\s*\|/.test(t)) t = t.split("|").map(htmlToText).filter((c, i, a) => !(c === "" && (i === 0 || i === a.length - 1))).join(" ");
    else t = htmlToText(t);
    out.push({ text: t, line: l.line });
  }
  return out;
}
