/**
 * Turns the HTML that docs put inside table cells into readable plain text, links kept as "text (url)".
 *
 * Every step is linear in the text's length. The obvious regexes (`<[^>]+>`, `\[([^\]]*)\]\(#\)`,
 * `<a …>(.*?)</a>`) are not: on a run of `[` or `<` with no closing character each start position
 * scans to the end, and a 400 KB code fence of nested brackets took over a minute. So tags, anchors
 * and empty-target links are found by scanners that never look at a character twice for one match.
 */
const MARKUP = /[<&[\\\u200b\u200c]/;
/** Zero-width characters, and the escape `\\u200c` some exports print instead of one. */
const ZERO_WIDTH = /\\u200c|\u200c|\u200b/;
const ZERO_WIDTH_ALL = new RegExp(ZERO_WIDTH.source, "g");

export function htmlToText(s: string): string {
  // most cells are plain text: nothing below can change one without these characters
  if (!MARKUP.test(s)) return collapseSpaces(s);
  // and each group of steps below only where its own character is: a cell with a link has no
  // entity to decode, a cell with an entity no tag to strip
  let t = s;
  if (t.includes("<")) {
    t = t.replace(/<br\s*\/?>/gi, " ");
    t = replaceTags(t, /<li/gi, 0, " - ");
    t = replaceAnchors(t);
    t = replaceTags(t, /</g, 1, "");
  }
  if (t.includes("&"))
    t = t
      .replace(/&nbsp;/g, " ")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, "&");
  if (ZERO_WIDTH.test(t)) t = t.replace(ZERO_WIDTH_ALL, "");
  // twice, as `[[a](#)](#)` needs: the first pass leaves `[a](#)`
  if (t.includes("](")) {
    t = unlinkEmptyTargets(t, true);
    t = unlinkEmptyTargets(t, false);
  }
  return collapseSpaces(t);
}

/** Runs of spaces and tabs as one space, the ends trimmed; a line that has no tab and no double space is only trimmed (no new string). */
function collapseSpaces(s: string): string {
  return (s.includes("\t") || s.includes("  ") ? s.replace(/[ \t]+/g, " ") : s).trim();
}

/**
 * The next match of `re` (global) at or after a position, remembering the last answer: callers ask
 * with positions that only grow, so all their searches together read the text about once.
 */
function nextMatch(s: string, re: RegExp): (from: number) => number {
  let askedFrom = -1;
  let found = -1;
  return (from) => {
    if (askedFrom >= 0 && from >= askedFrom && (found < 0 || from <= found)) return found;
    re.lastIndex = from;
    const m = re.exec(s);
    askedFrom = from;
    found = m ? m.index : -1;
    return found;
  };
}

/**
 * What `s.replace(/<open>[^>]{min,}>/g, replacement)` does, in linear time: each tag opener
 * reaches to the next `>`; when there is no `>` left, no later opener can match either.
 */
function replaceTags(s: string, open: RegExp, minInner: number, replacement: string): string {
  const nextGt = nextMatch(s, />/g);
  let out = "";
  let last = 0;
  let pos = 0;
  for (;;) {
    open.lastIndex = pos;
    const m = open.exec(s);
    if (!m) break;
    const innerStart = m.index + m[0].length;
    const gt = nextGt(innerStart);
    if (gt < 0) break;
    if (gt - innerStart < minInner) {
      pos = m.index + 1;
      continue;
    }
    out += s.slice(last, m.index) + replacement;
    last = pos = gt + 1;
  }
  return out + s.slice(last);
}

/**
 * `<a … href="url" …>text</a>` → "text (url)" for a real target (not empty, not `#…`), the text
 * on the tag's own line. An opener that does not make such a link is left for the tag stripper;
 * every `<a` inside its tag is skipped with it.
 */
function replaceAnchors(s: string): string {
  const open = /<a\s/gi;
  const nextGt = nextMatch(s, />/g);
  const nextClose = nextMatch(s, /<\/a>/gi);
  const nextNewline = nextMatch(s, /\n/g);
  let out = "";
  let last = 0;
  for (let m: RegExpExecArray | null; (m = open.exec(s));) {
    const tagEnd = nextGt(m.index);
    if (tagEnd < 0) break;
    open.lastIndex = tagEnd + 1;
    const href = /href="([^"#][^"]*)"/gi;
    let url: string | undefined;
    for (let h: RegExpExecArray | null; (h = href.exec(s.slice(m.index, tagEnd)));) url = h[1];
    if (url === undefined) continue;
    const close = nextClose(tagEnd + 1);
    if (close < 0) continue;
    const newline = nextNewline(tagEnd + 1);
    if (newline >= 0 && newline < close) continue;
    out += `${s.slice(last, m.index)}${s.slice(tagEnd + 1, close)} (${url})`;
    last = close + 4;
    open.lastIndex = last;
  }
  return out + s.slice(last);
}

/**
 * `[text](#)` (and `[text]()` when `allowEmpty`) → "text", as `/\[([^\]]*)\]\(#?\)/g` would: the
 * link text runs from the first `[` after the previous `]` to the next `]`.
 */
function unlinkEmptyTargets(s: string, allowEmpty: boolean): string {
  let out = "";
  let last = 0;
  let open = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x5b /* [ */) {
      if (open < 0) open = i;
    } else if (c === 0x5d /* ] */) {
      if (open >= 0) {
        const tail = s.startsWith("(#)", i + 1) ? 3 : allowEmpty && s.startsWith("()", i + 1) ? 2 : 0;
        if (tail) {
          out += s.slice(last, open) + s.slice(open + 1, i);
          last = i + 1 + tail;
          i = last - 1;
        }
      }
      open = -1;
    }
  }
  return out + s.slice(last);
}
