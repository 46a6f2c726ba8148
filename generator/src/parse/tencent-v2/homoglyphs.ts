/**
 * The API 2.0 references were typeset in a font where a capital I and a small l look alike, and
 * their text extraction often chose wrong: `zoneld` for `zoneId`, `typeld` for `typeId`, `vpclId`
 * for `vpcId`. A name is only repaired where the document itself says how it is spelt: the
 * repaired spelling (or its singular or plural) is used elsewhere in the document (another table,
 * an example key or query parameter), so a real word that merely contains "ld" ("field",
 * "threshold") is never touched.
 */

/** The spellings a damaged name could have been, most likely first. */
function candidates(name: string): string[] {
  const out: string[] = [];
  // "...ld" / "...lds" at the end of a word inside the name: an "Id" whose I was read as l
  const id = name.replace(/([a-z])ld(?=s?(?:$|[A-Z0-9]))/g, "$1Id");
  if (id !== name) out.push(id);
  // "vpclId": the I read twice, once as l
  const doubled = name.replace(/([a-z])lI(?=[a-z])/g, "$1I");
  if (doubled !== name) out.push(doubled);
  const both = doubled.replace(/([a-z])ld(?=s?(?:$|[A-Z0-9]))/g, "$1Id");
  if (both !== name && !out.includes(both)) out.push(both);
  return out;
}

/**
 * The repaired spelling of one segment of a name, where the document confirms it; `seen` counts
 * how often each word occurs in the document.
 */
export function repairHomoglyphs(name: string, seen: Map<string, number>): string | undefined {
  for (const c of candidates(name)) {
    const confirmed = [c, c.replace(/s$/, ""), `${c}s`].some((x) => x !== name && (seen.get(x) ?? 0) > 0);
    if (confirmed) return c;
  }
  return undefined;
}

export function countWords(texts: Iterable<string>): Map<string, number> {
  const out = new Map<string, number>();
  for (const t of texts) for (const m of t.matchAll(/[A-Za-z][A-Za-z0-9]*/g)) out.set(m[0], (out.get(m[0]) ?? 0) + 1);
  return out;
}
