/**
 * White space as single spaces, the most common step of the readers: it runs on every row,
 * description and section of a document, and most of those texts are single-spaced already.
 */
const NOT_SINGLE_SPACED = /[^\S ]| \s/;

/**
 * `s.replace(/\s+/g, " ")`, returning `s` itself (no new string to allocate and collect) when
 * every run of white space in it is already one space: no white space but spaces, and no space
 * followed by more.
 */
export function singleSpaced(s: string): string {
  return NOT_SINGLE_SPACED.test(s) ? s.replace(/\s+/g, " ") : s;
}
