/**
 * Layout recovery for text extracted from a PDF rendering of an Alibaba Cloud reference.
 *
 * Alibaba's PDFs carry a running header ("ApsaraDB for Redis API Reference / 7 Lifecycle management"),
 * a running footer ("Issue: 20191030 15", "文档版本：20191030 15") and lone page numbers; a page
 * break inside a code block closes the fence and opens a new one, so one JSON example arrives as
 * two fenced blocks with only blank lines between them. The furniture is dropped, split fences are
 * joined, and every kept line keeps its original line number for diagnostics. Tables are left as
 * they are: a page break repeats the table's header row, which the table reader skips.
 */
import type { SourceLine } from "./source-lines.js";

const ISSUE = /^\s*(Issue|Document Version|文档版本)\s*[:：]?\s*\d{8}(\s+[IVXLC\d]+)?\s*$/i;
const RUNNING_HEADER = /^\s*[^\t]{2,80}\s(API Reference|API 参考|API参考)\s*\/\s*\d+(\.\d+)*\s+\S.*$/;
const PAGE_NUMBER = /^\s*([IVXLC]+|\d{1,4})\s*$/;
const FENCE = /^\s*```/;

export function removeAliyunPageFurniture(lines: SourceLine[]): SourceLine[] {
  // first the furniture, outside code blocks only, so that a footer between two halves of a split
  // block leaves only blank lines between them
  const drop = new Set<number>();
  let inCode = false;
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i].text;
    if (FENCE.test(t)) {
      inCode = !inCode;
      continue;
    }
    if (inCode) continue;
    if (ISSUE.test(t) || RUNNING_HEADER.test(t)) drop.add(i);
    // a lone number between blank lines is a page number, not content (tables are tab rows)
    else if (PAGE_NUMBER.test(t) && (lines[i - 1]?.text.trim() ?? "") === "" && (lines[i + 1]?.text.trim() ?? "") === "") drop.add(i);
  }
  const kept = lines
    .filter((_, i) => !drop.has(i))
    // the extractor leaves non-breaking spaces and lone spaces where the layout had empty boxes
    .map((l) => (/^[\s\u00a0]+$/.test(l.text) ? { ...l, text: "" } : l));
  // then the split blocks: a fence closed and reopened across nothing but blank lines is one block
  const joined = new Set<number>();
  inCode = false;
  for (let i = 0; i < kept.length; i++) {
    if (!FENCE.test(kept[i].text)) continue;
    if (inCode) {
      let j = i + 1;
      while (j < kept.length && kept[j].text.trim() === "") j++;
      if (j < kept.length && /^\s*```\s*$/.test(kept[j].text)) {
        for (let k = i; k <= j; k++) joined.add(k);
        i = j;
        continue;
      }
    }
    inCode = !inCode;
  }
  return kept.filter((_, i) => !joined.has(i));
}
