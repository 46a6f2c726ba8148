/** A line of a source document with its 1-based line number, so every diagnostic can say where. */
export interface SourceLine {
  text: string;
  line: number;
  /** A markdown heading whose marks the line normalizing removed: a heading ends a table. */
  heading?: true;
}

export function toSourceLines(text: string): SourceLine[] {
  // splitting on a string is faster than on a pattern: the pattern only where there are CRs
  return (text.includes("\r") ? text.split(/\r?\n/) : text.split("\n")).map((t, i) => ({ text: t, line: i + 1 }));
}

/**
 * Whether a line of the text that holds `needle` matches `pattern` (anchored to the line). Only
 * the lines around the needle's occurrences are tried: as a multiline pattern it would be tried at
 * every position of the text (about 5 ms of an 800 KB one). Lines end where a multiline pattern's
 * `^` and `$` see them (\n, \r, U+2028, U+2029), so the answer is the same.
 */
export function someLineWith(text: string, needle: string, pattern: RegExp): boolean {
  for (let at = text.indexOf(needle); at >= 0;) {
    let start = at;
    while (start > 0 && !isLineTerminator(text.charCodeAt(start - 1))) start--;
    let end = at;
    while (end < text.length && !isLineTerminator(text.charCodeAt(end))) end++;
    if (pattern.test(text.slice(start, end))) return true;
    at = text.indexOf(needle, end);
  }
  return false;
}

function isLineTerminator(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;
}
