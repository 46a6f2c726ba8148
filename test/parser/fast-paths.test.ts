/**
 * The readers' shortcuts must give exactly what the plain versions give: singleSpaced skips the
 * replace when a text is single-spaced already, joinSingleSpaced spaces lines without a pass over
 * their join, isPhrase turns a text away without normalizing it when it keeps more
 * characters than the longest phrase, hasDelimiterRow tries only the lines with a pipe, and
 * normalizeMarkdown passes blank lines on untouched.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { joinSingleSpaced, singleSpaced } from "../../generator/src/parse/spacing.js";
import { isColumnHeaderLine, isPhrase, normalizePhrase, phraseListOf } from "../../generator/src/profiles/document-profile.js";
import { tencentV3Profile } from "../../generator/src/profiles/tencent-v3.js";
import { DELIMITER_ROW, hasDelimiterRow, hasMarkdownTable } from "../../generator/src/recover/run-on-rows.js";
import { normalizeMarkdown } from "../../generator/src/recover/markdown-lines.js";

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
  const pieces = [
    ...lists.flat(),
    "2.",
    "10.3 ",
    " ",
    "\t",
    "\u3000",
    "\u200b",
    "\ufeff",
    ":",
    "：",
    "。",
    ".",
    "s",
    "S",
    "x",
    "The value used",
    "数据",
    "Σ",
    "İ",
    "ǅ",
    "A",
    "d",
  ];
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

describe("phraseListOf", () => {
  it("names the first list a text is a phrase of, as a search of the lists would", () => {
    const r = tencentV3Profile.releases;
    const lists = [
      ["new", r.newActions],
      ["modified", r.modifiedActions],
      ["deleted", r.deletedActions],
      ["newStructures", r.newStructures],
    ] as const;
    const listOf = phraseListOf(lists);
    const pieces = [...lists.flatMap(([, p]) => p), "1.", " ", "\u200b", ":", "s", "x", "New members of the structure"];
    fc.assert(
      fc.property(text(pieces), (s) => {
        expect(listOf(s)).toBe(lists.find(([, phrases]) => isPhrase(s, phrases))?.[0]);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("isColumnHeaderLine", () => {
  const words = [...new Set(Object.values(tencentV3Profile.columns).flat().map(normalizePhrase))].filter(Boolean);
  /** Whether the normalized text is made of column words, with no shortcut. */
  const madeOfColumnWords = (s: string) => {
    if (/^\s*[a-z]|[.。,，;；:：]\s*$/.test(s)) return false;
    const t = normalizePhrase(s);
    const ok = [true];
    for (let i = 0; i < t.length; i++) if (ok[i]) for (const w of words) if (t.startsWith(w, i)) ok[i + w.length] = true;
    return t !== "" && ok[t.length] === true;
  };
  it("is a text made of column words, long rows turned away early included", () => {
    const pieces = [
      ...Object.values(tencentV3Profile.columns).flat(),
      " ",
      "\t",
      "\u3000",
      "\u00a0",
      "\ufeff",
      "\u200b",
      "\u200d",
      "2.",
      "InstanceId",
      "Yes",
      "String",
      "参数",
      "İ",
      "Ｐ",
      "x",
      ".",
    ];
    fc.assert(
      fc.property(text(pieces), (s) => {
        expect(isColumnHeaderLine(s, tencentV3Profile)).toBe(madeOfColumnWords(s));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("hasDelimiterRow", () => {
  const delimiterInText = new RegExp(DELIMITER_ROW.source, "m");
  const pieces = ["|", "-", "--", ":", " ", "\t", "\n", "\r", "\r\n", "\u2028", "\u2029", "a", "| --- |", "-|-", "<table>", "\n<TABLE "];

  it("is the delimiter-row pattern tried on every line of the text", () => {
    fc.assert(
      fc.property(text(pieces), (s) => {
        expect(hasDelimiterRow(s)).toBe(delimiterInText.test(s));
        expect(hasMarkdownTable(s)).toBe(delimiterInText.test(s) || /^\s*<table[\s>]/im.test(s));
      }),
      { numRuns: 3000 },
    );
  });

  it("finds a row among long lines of pipes and dashes", () => {
    const prose = "a | b - c | d\n".repeat(1000);
    expect(hasDelimiterRow(prose)).toBe(false);
    expect(hasDelimiterRow(`${prose}| --- | :-: |\n${prose}`)).toBe(true);
    expect(hasDelimiterRow(`${prose}--|--\r${prose}`)).toBe(true);
  });
});

describe("normalizeMarkdown", () => {
  it("gives a blank line back as it is, and a tab row still continues past it", () => {
    const lines = ["Name\tType\tDescription", "", "\tArray of", "", "# Title", "a <b>b</b>"].map((text, i) => ({ text, line: i + 1 }));
    const out = normalizeMarkdown(lines);
    expect(out[1]).toBe(lines[1]);
    expect(out.map((l) => l.text)).toEqual(["Name Type Array of Description", "", "", "Title", "a b"]);
  });
});
