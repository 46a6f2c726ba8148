/**
 * The read boundary under fast-check: whatever bytes a document holds and whatever JSON a manifest,
 * spec or lock holds, reading it gives text / a value or a one-line DocumentError, never another
 * exception (which the CLI would print as a stack trace), and documents are read in linear time.
 */
import fc from "fast-check";
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DocumentError, assertReadableText } from "../../generator/src/document-error.js";
import { checkManifest } from "../../generator/src/manifest.js";
import { readLock } from "../../generator/src/release/input-lock.js";
import { checkSpecShape } from "../../generator/src/spec-file.js";

const source = (f: string) => readFileSync(new URL(`../../spec/sources/${f}`, import.meta.url));
const doc = source("tencentcloud-redis-2018-04-12.clone-instances.md");

/** Runs `fn`; a DocumentError is an accepted outcome, anything else thrown fails the property. */
function documentErrorOr<T>(fn: () => T): T | DocumentError {
  try {
    return fn();
  } catch (e) {
    if (e instanceof DocumentError) {
      expect(e.message).not.toContain("\n");
      return e;
    }
    throw e;
  }
}

const mutatedBytes = fc.oneof(
  fc.uint8Array({ maxLength: 2000 }).map((b) => Buffer.from(b)),
  fc.nat({ max: doc.length }).map((n) => doc.subarray(0, n)),
  fc
    .tuple(fc.nat({ max: doc.length }), fc.uint8Array({ minLength: 1, maxLength: 16 }))
    .map(([at, ins]) => Buffer.concat([doc.subarray(0, at), Buffer.from(ins), doc.subarray(at)])),
  fc.constantFrom("utf16le", "latin1").map((enc) => Buffer.from(doc.toString("utf8"), enc as BufferEncoding)),
  fc.constantFrom("\r\n", "\r").map((eol) => Buffer.from(doc.toString("utf8").replace(/\n/g, eol))),
);

describe("documents", () => {
  it("any bytes: text with \\n line endings, or a DocumentError", () => {
    fc.assert(
      fc.property(mutatedBytes, (bytes) => {
        const out = documentErrorOr(() => assertReadableText(bytes, "fuzz.md"));
        if (typeof out === "string") {
          expect(out).not.toContain("\r");
          expect(out).not.toContain("\0");
        } else expect(out.message).toMatch(/^fuzz\.md:\d+: /);
      }),
      { numRuns: 500 },
    );
  });

  it("50 MB with CR-only line endings is read in linear time (seconds, not minutes)", () => {
    const big = Buffer.from(
      doc
        .toString("utf8")
        .replace(/\n/g, "\r")
        .repeat(Math.ceil((50 * 1024 * 1024) / doc.length)),
    );
    const t0 = performance.now();
    const text = assertReadableText(big, "big.md");
    expect(text.length).toBeGreaterThan(40 * 1024 * 1024);
    expect(text.includes("\r")).toBe(false);
    expect(performance.now() - t0).toBeLessThan(20_000);
  }, 60_000);
});

/** The real JSON with one value somewhere replaced by something else, or one key dropped. */
function mutations(json: unknown): fc.Arbitrary<unknown> {
  const paths: (string | number)[][] = [];
  const walk = (v: unknown, path: (string | number)[]) => {
    if (paths.length > 400) return;
    paths.push(path);
    if (Array.isArray(v)) v.slice(0, 3).forEach((x, i) => walk(x, [...path, i]));
    else if (v && typeof v === "object") for (const k of Object.keys(v).slice(0, 12)) walk((v as Record<string, unknown>)[k], [...path, k]);
  };
  walk(json, []);
  return fc
    .tuple(fc.constantFrom(...paths), fc.oneof(fc.constant(undefined), fc.jsonValue({ maxDepth: 2 }), fc.constantFrom("../../x", "*/", "constructor", "", -1)))
    .map(([path, value]) => {
      const copy = structuredClone(json);
      if (path.length === 0) return value;
      let at = copy as Record<string | number, unknown>;
      for (const k of path.slice(0, -1)) at = at[k] as Record<string | number, unknown>;
      const last = path[path.length - 1]!;
      if (value === undefined) delete at[last];
      else at[last] = value;
      return copy;
    });
}

describe("JSON inputs", () => {
  it("a damaged manifest: entries or a DocumentError, and no path outside the project", () => {
    const manifest = JSON.parse(source("manifest.json").toString("utf8"));
    fc.assert(
      fc.property(fc.oneof(mutations(manifest), fc.jsonValue({ maxDepth: 3 })), (json) => {
        const out = documentErrorOr(() => checkManifest(json));
        if (Array.isArray(out))
          for (const e of out) {
            expect(e.id).not.toMatch(/\.\.|\//);
            expect(e.package?.name ?? "").not.toMatch(/\.\.|\//);
          }
      }),
      { numRuns: 400 },
    );
  });

  it("a damaged spec: a valid spec or a DocumentError", () => {
    const spec = JSON.parse(readFileSync(new URL("../../spec/tencentcloud-redis-2017.json", import.meta.url), "utf8"));
    fc.assert(
      fc.property(mutations(spec), (json) => void documentErrorOr(() => checkSpecShape(json, "fuzz.json"))),
      { numRuns: 300 },
    );
  });

  const dir = mkdtempSync(join(tmpdir(), "doc2sdk-lockfuzz-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  it("a damaged lock: its entries, or {} and one warning", () => {
    mkdirSync(join(dir, "spec"), { recursive: true });
    const lock = readFileSync(new URL("../../spec/generate.lock.json", import.meta.url), "utf8");
    let i = 0;
    fc.assert(
      fc.property(
        fc.oneof(
          fc.nat({ max: lock.length }).map((n) => lock.slice(0, n)),
          mutations(JSON.parse(lock)).map((j) => JSON.stringify(j) ?? ""),
        ),
        (text) => {
          const root = join(dir, String(i++));
          mkdirSync(join(root, "spec"), { recursive: true });
          writeFileSync(join(root, "spec/generate.lock.json"), text);
          const warnings: string[] = [];
          const out = readLock(root, (l) => warnings.push(l));
          expect(warnings.length).toBeLessThanOrEqual(1);
          if (warnings.length) expect(out).toEqual({});
          for (const e of Object.values(out)) expect(typeof e.version).toBe("string");
        },
      ),
      { numRuns: 200 },
    );
  });
});
