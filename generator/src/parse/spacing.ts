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

/**
 * `singleSpaced(texts.join(" "))` for texts with no white space at either end (trimmed lines),
 * without a pass over the joined text: each text single-spaced on its own and the empty ones left
 * out, but for the one space a run of them leaves at the start or the end.
 */
export function joinSingleSpaced(texts: string[]): string {
  const parts: string[] = [];
  // indexed: `for…of` makes an iterator result per text until the code is optimized, and an
  // action block is thousands of texts
  for (let i = 0; i < texts.length; i++) if (texts[i] !== "") parts.push(singleSpaced(texts[i]!));
  if (parts.length === 0) return texts.length > 1 ? " " : "";
  return (texts[0] === "" ? " " : "") + parts.join(" ") + (texts[texts.length - 1] === "" ? " " : "");
}
