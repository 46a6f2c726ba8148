/**
 * Layout recovery for text extracted from a PDF rendering of a Tencent Cloud reference.
 *
 * Each page ends with furniture: an optional category line ("Instance APIs"), the page's section
 * title, a "最近更新时间：<date>" line and a dump of the page's link targets. The next page's first
 * line then starts with a single space. The furniture is dropped and the content on both sides is
 * kept; the section titles are not needed because every section names itself elsewhere (the Action
 * row of its parameter table, the structure name above "Used by actions").
 */
import { someLineWith, type SourceLine } from "./source-lines.js";

/** The words of a page's update-time line, the footer line every page of a reference prints. */
const UPDATED_WORDS = ["最近更新时间", "Last updated"];
const UPDATED_AT = new RegExp(`^\\s*(${UPDATED_WORDS.join("|")})[：:]`);
const URL_ONLY = /^\s*https?:\/\/\S+\s*$/;
// the print footer: "云数据库 Redis®" / "©2013-2025 腾讯云版权所有 第353" / "共577页"
const COPYRIGHT = /^\s*(©|\(c\)|Copyright ©)\s*\d{4}/i;
const PAGE_COUNT = /^\s*(共\d+页|Page \d+ of \d+|\d+ of \d+)\s*$/;
const CATEGORY = /^(.*APIs|Data Types|API 文档|History|Error Codes|API Category|Introduction|Making API Requests|Calling Methods|Other APIs|Overview)$/;

/**
 * Whether the text carries a PDF page's footer: its update-time line or its copyright line. A
 * website's export of the markdown may keep the update-time lines too, but its code fences with
 * them, which a PDF rendering never keeps: the caller asks about fences first.
 */
export function hasPageFurniture(text: string): boolean {
  return UPDATED_WORDS.some((w) => someLineWith(text, w, UPDATED_AT)) || someLineWith(text, "©", COPYRIGHT);
}

export function removePageFurniture(lines: SourceLine[]): SourceLine[] {
  const drop = new Uint8Array(lines.length);
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i].text;
    // no footer line is blank, and half a PDF text's lines are
    if (text === "") continue;
    if ((URL_ONLY.test(text) && !isExampleRequestUrl(text)) || PAGE_COUNT.test(text)) drop[i] = 1;
    if (COPYRIGHT.test(text)) {
      drop[i] = 1;
      let j = i - 1;
      while (j > 0 && lines[j].text.trim() === "") j--;
      if (j >= 0 && /®|™/.test(lines[j].text)) drop[j] = 1;
    }
    if (!UPDATED_AT.test(text)) continue;
    drop[i] = 1;
    // the page title sits right above the timestamp; a category line may sit above it, after a blank
    let j = i - 1;
    if (j >= 0 && lines[j].text.trim() !== "") drop[j--] = 1;
    while (j >= 0 && lines[j].text.trim() === "") j--;
    if (j >= 0 && CATEGORY.test(lines[j].text.trim())) drop[j] = 1;
  }
  const kept: SourceLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (drop[i]) continue;
    // the first line of a page starts with one space
    const l = lines[i];
    kept.push(l.text.startsWith(" ") && !l.text.startsWith("  ") ? { ...l, text: l.text.slice(1) } : l);
  }
  return kept;
}

/** The section titles that page furniture repeats ("API Category"), with their lines: they mark where sections begin. */
export function pageTitles(lines: SourceLine[]): SourceLine[] {
  const titles: SourceLine[] = [];
  for (let i = 1; i < lines.length; i++) {
    const text = lines[i].text;
    if (text !== "" && UPDATED_AT.test(text) && lines[i - 1].text.trim() !== "") titles.push({ ...lines[i - 1], text: lines[i - 1].text.trim() });
  }
  return titles;
}

// the host, the path (from its "/"), then the query from the first "?": a host that could also
// take the path's characters made the pattern backtrack through every split of a link that has
// no query, a third of the furniture pass over a PDF text's 2,000 links
const EXAMPLE_REQUEST_URL = /^https?:\/\/(?!console\.)[^/?\s]+(?:\/[^?\s]*)?\?Action=/;

/**
 * Link dumps (footers, API Explorer links) are bare URLs and go; a URL whose query starts with
 * `Action=` on an API host is a printed GET example request and stays with its example.
 */
function isExampleRequestUrl(text: string): boolean {
  return EXAMPLE_REQUEST_URL.test(text.trim());
}
