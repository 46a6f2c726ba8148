import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { buildSpec, type ApiEntry } from "../generator/src/build-spec.js";
import { serializeSpec } from "../generator/src/serialize-spec.js";

const sources = new URL("../spec/sources/", import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(sources + "manifest.json", "utf8")) as { apis: ApiEntry[] };

describe("committed specs are what the sources regenerate", () => {
  for (const entry of manifest.apis) {
    it(`${entry.id} is up to date and deterministic`, () => {
      const first = serializeSpec(buildSpec(entry, sources));
      const second = serializeSpec(buildSpec(entry, sources));
      expect(second).toBe(first);
      const committed = readFileSync(new URL(`../spec/${entry.id}.json`, import.meta.url), "utf8");
      // a mismatch means someone changed the parser or sources without running `npm run generate`
      expect(committed === first).toBe(true);
    });
  }
});
