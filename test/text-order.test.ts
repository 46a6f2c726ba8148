/**
 * Specs list actions, structures and error codes in one order whatever the user's locale: the
 * same documents must give the same spec in a Danish shell (where a locale-following sort puts
 * "Ab" before "ab" and "aa" after "zz") as in CI.
 */
import { execFile } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareText } from "../generator/src/text-order.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const NAMES = ["zz", "aa", "Ab", "ab", "b_c", "bC", "b.c"];

/** The names sorted by compareText in a child process whose environment names `locale`. */
async function sortedUnder(locale: string): Promise<{ locale: string; sorted: string }> {
  const script = `const { compareText } = await import(${JSON.stringify(join(root, "generator/src/text-order.ts"))});
console.log(JSON.stringify({ locale: Intl.DateTimeFormat().resolvedOptions().locale, sorted: ${JSON.stringify(NAMES)}.sort(compareText).join(" ") }));`;
  const { stdout } = await promisify(execFile)(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
    cwd: root,
    env: { ...process.env, LANG: locale, LC_ALL: locale },
  });
  return JSON.parse(stdout) as { locale: string; sorted: string };
}

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourcesUnder(path) : path.endsWith(".ts") ? [path] : [];
  });
}

describe("compareText", () => {
  it("sorts in English order under a locale whose own order differs", async () => {
    const danish = await sortedUnder("da_DK.UTF-8");
    // the child really ran under Danish rules, so this would fail for a locale-following sort
    expect(danish.locale).toBe("da-DK");
    expect(["ab", "Ab", "aa"].sort((a, b) => a.localeCompare(b, "da"))).toEqual(["Ab", "ab", "aa"]);
    expect(danish.sorted).toBe([...NAMES].sort(compareText).join(" "));
    expect(danish.sorted).toBe("aa ab Ab b_c b.c bC zz");
  });

  // ASCII names are compared without ICU: by hand-kept rules that must give the collator's answers
  const english = new Intl.Collator("en");
  const sign = (n: number) => Math.sign(n);
  const ASCII = Array.from({ length: 128 }, (_, i) => String.fromCharCode(i));

  it("compares any two ASCII characters as the English collator does", () => {
    const wrong = ASCII.flatMap((a) => ASCII.filter((b) => sign(compareText(a, b)) !== sign(english.compare(a, b))).map((b) => [a, b]));
    expect(wrong).toEqual([]);
  });

  it("compares ASCII strings as the English collator does (prefixes, case, ignorable controls)", () => {
    // names are mostly letters and digits; punctuation, spaces and controls make the hard cases
    const char = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(..."aAbBzZ09_.-") }, { weight: 1, arbitrary: fc.constantFrom(...ASCII) });
    const text = fc.array(char, { maxLength: 8 }).map((cs) => cs.join(""));
    fc.assert(
      fc.property(text, text, (a, b) => sign(compareText(a, b)) === sign(english.compare(a, b))),
      { numRuns: 20000 },
    );
  });

  it("falls back to the collator for text outside ASCII", () => {
    for (const [a, b] of [
      ["é", "e"],
      ["éa", "eb"],
      ["名称", "Name"],
      ["Zoë", "zoe"],
      ["a", "ä"],
    ] as const)
      expect(sign(compareText(a, b))).toBe(sign(english.compare(a, b)));
  });

  it("is the only way the generator orders text", () => {
    const callers = sourcesUnder(join(root, "generator/src")).filter((f) => /\.localeCompare\(/.test(readFileSync(f, "utf8")));
    expect(callers).toEqual([]);
  });
});
