/**
 * `parse --out` and `generate` write through writeFileAtomic, which compares the bytes already on
 * disk with the new content (encoded once) and writes only when they differ.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeFileAtomic } from "../../generator/src/write-atomic.js";

const dir = mkdtempSync(join(tmpdir(), "doc2sdk-write-atomic-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("writeFileAtomic", () => {
  it("writes new or changed content, leaves equal bytes alone, and leaves no temp file", () => {
    const path = join(dir, "sub", "spec.json");
    const text = '{ "title": "云数据库 Redis®", "note": "naïve – ok" }\n';
    expect(writeFileAtomic(path, text)).toBe(true);
    expect(readFileSync(path, "utf8")).toBe(text);
    expect(writeFileAtomic(path, text)).toBe(false);
    expect(writeFileAtomic(path, text.replace("ok", "changed"))).toBe(true);
    expect(readFileSync(path, "utf8")).toBe(text.replace("ok", "changed"));
    // a file that differs only in length, or in bytes that decode alike, is rewritten
    writeFileSync(path, Buffer.concat([Buffer.from(text), Buffer.from([0xff])]));
    expect(writeFileAtomic(path, text)).toBe(true);
    expect(readFileSync(path)).toEqual(Buffer.from(text));
    expect(readdirSync(join(dir, "sub"))).toEqual(["spec.json"]);
  });
});
