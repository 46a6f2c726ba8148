/**
 * htmlToText runs on every table cell and fence line: it must be linear in its input. The old
 * regexes were quadratic on runs of `[` or `<` with nothing closing them (a 400 KB fence of
 * nested brackets ran past 60 s); the scanners must also give exactly what those regexes gave.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { htmlToText } from "../../generator/src/recover/html-text.js";

/** The regex version this replaced, kept as the oracle (fine on short inputs). */
function regexOracle(s: string): string {
  return s
    .replace(/<br\s*\/?>/gi, " ")
    .replace(/<li[^>]*>/gi, " - ")
    .replace(/<a\s[^>]*href="([^"#][^"]*)"[^>]*>(.*?)<\/a>/gi, "$2 ($1)")
    .replace(/<[^>]+>/g, "")
    .replace(/&nbsp;/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/\\u200c|\u200c|\u200b/g, "")
    .replace(/\[([^\]]*)\]\(#?\)/g, "$1")
    .replace(/\[([^\]]*)\]\(#\)/g, "$1")
    .replace(/[ \t]+/g, " ")
    .trim();
}

const piece = fc.constantFrom(
  "[",
  "]",
  "(",
  ")",
  "#",
  "<",
  ">",
  "li",
  "br",
  "/",
  " ",
  // a tab or a double space takes the collapsing path; text without them is only trimmed
  "\t",
  "  ",
  "\n",
  "x",
  "&lt;",
  "&amp;",
  "](#)",
  "]()",
  "<br/>",
  '<li class="c">',
  "<b>",
  "</b>",
);

describe("htmlToText", () => {
  it("gives what the regexes gave (tags, list items, empty-target links)", () => {
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 40 }).map((a) => a.join("")),
        (s) => {
          expect(htmlToText(s)).toBe(regexOracle(s));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("keeps links as text (url) like before", () => {
    for (const s of [
      'see <a href="https://x.y/z">the page</a> now',
      '<A HREF="u">t</A> and <a class="k" href="v" target="_blank">w</a>',
      '<a href="#frag">in page</a>',
      '<a href="u">no close',
      '<a href="u">two\nlines</a>',
    ])
      expect(htmlToText(s)).toBe(regexOracle(s));
  });

  it("is linear: 200,000 nested brackets, unclosed tags and anchors in well under a second each", () => {
    const n = 200_000;
    for (const s of ["[".repeat(n), "<".repeat(n), "<li".repeat(n / 3), "<a ".repeat(n / 3), '<a href="x">'.repeat(n / 12), "[(#)".repeat(n / 4) + "]"]) {
      const t0 = performance.now();
      htmlToText(s);
      // quadratic took 40 s and more here; linear takes milliseconds (bound loose for a loaded machine)
      expect(performance.now() - t0).toBeLessThan(5000);
    }
  });
});
