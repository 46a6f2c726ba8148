/**
 * The readers' shortcuts must give exactly what the plain versions give: singleSpaced skips the
 * replace when a text is single-spaced already, joinSingleSpaced spaces lines without a pass over
 * their join, and isPhrase turns a text away without normalizing it when it keeps more
 * characters than the longest phrase.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { joinSingleSpaced, singleSpaced } from "../../generator/src/parse/spacing.js";
import { isPhrase, normalizePhrase } from "../../generator/src/profiles/document-profile.js";
import { tencentV3Profile } from "../../generator/src/profiles/tencent-v3.js";

const text = (pieces: string[]) => fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((a) => a.join(""));

describe("singleSpaced", () => {
  it("is replace(/\\s+/g, ' ')", () => {
    const pieces = [" ", "  ", "\t", "\n", "\r\n", "\u00a0", "\u3000", "\u2028", "\ufeff", "a", "Name", "，", "."];
    fc.assert(
      fc.property(text(pieces), (s) => {
        expect(singleSpaced(s)).toBe(s.replace(/\s+/g, " "));
      }),
      { numRuns: 2000 },
    );
  });

  it("returns a single-spaced text itself", () => {
    const s = "Action Yes String Common Params. The value used for this API: CloneInstances.";
    expect(singleSpaced(s)).toBe(s);
    expect(singleSpaced(` ${s} `)).toBe(` ${s} `);
  });
});

describe("joinSingleSpaced", () => {
  it("is singleSpaced of the trimmed texts joined by spaces", () => {
    const pieces = [" ", "  ", "\t", "\u3000", "a", "Name", "，"];
    fc.assert(
      fc.property(
        fc.array(
          text(pieces).map((t) => t.trim()),
          { maxLength: 8 },
        ),
        (texts) => {
          expect(joinSingleSpaced(texts)).toBe(singleSpaced(texts.join(" ")));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe("isPhrase", () => {
  const lists = [tencentV3Profile.dataTypesTitles, tencentV3Profile.actionListRegions[0]!.close, tencentV3Profile.releases.end];
  // profile phrases padded with everything normalizing removes (numbering, spacing, zero-width
  // characters, a closing colon, a plural s), and words that make a line too long to be one
  const pieces = [...lists.flat(), "2.", "10.3 ", " ", "\t", "\u3000", "\u200b", "\ufeff", ":", "：", "。", ".", "s", "S", "x", "The value used", "数据"];
  it("is membership of the normalized text, long lines included", () => {
    fc.assert(
      fc.property(text(pieces), fc.constantFrom(...lists), (s, phrases) => {
        expect(isPhrase(s, phrases)).toBe(phrases.map(normalizePhrase).includes(normalizePhrase(s)));
      }),
      { numRuns: 3000 },
    );
  });

  it("knows a phrase with its numbering and spacing", () => {
    expect(isPhrase("  3. Data  Types：", tencentV3Profile.dataTypesTitles)).toBe(true);
    expect(isPhrase("Data Types are listed below, with every member of each structure.", tencentV3Profile.dataTypesTitles)).toBe(false);
  });
});
