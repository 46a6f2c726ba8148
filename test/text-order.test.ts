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

  it("is the only way the generator orders text", () => {
    const callers = sourcesUnder(join(root, "generator/src")).filter((f) => /\.localeCompare\(/.test(readFileSync(f, "utf8")));
    expect(callers).toEqual([]);
  });
});
