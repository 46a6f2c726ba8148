/**
 * The committed specs are what the sources parse to now, package block included (versions and
 * changelogs computed against the committed ones, as `generate` does). The rendering is done once
 * per run by test/setup/render.ts; comparing it with files written by an earlier `generate`, in
 * another process, also proves the output deterministic.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readManifest } from "../generator/src/generate-all.js";
import { rendered } from "./rendered.js";

const root = fileURLToPath(new URL("..", import.meta.url));

describe("committed specs are what the sources regenerate", () => {
  for (const entry of readManifest(root)) {
    it(`${entry.id} is up to date`, () => {
      const committed = readFileSync(join(root, "spec", `${entry.id}.json`), "utf8");
      // a mismatch means someone changed the parser or sources without running `npm run generate`
      expect(rendered(entry).specText === committed).toBe(true);
    });
  }
});
