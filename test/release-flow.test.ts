/**
 * The main command as a docs release sees it, run over a copy of the project: unchanged docs
 * write nothing; one new optional parameter row regenerates only that API, bumps its minor
 * version and names the parameter in its changelog; a required one bumps the major version.
 */
import { execFile, spawnSync } from "node:child_process";
import { promisify } from "node:util";
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateAll } from "../generator/src/generate-all.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const POSTGRES = "tencentcloud-postgres-2017-03-12";
const doc = "spec/sources/tencentcloud-postgres-2017-03-12.md";
const anchor = "DBInstanceId\tYes\tString\tInstance ID\n";

let copy: string;
const version = () => (JSON.parse(readFileSync(join(copy, "generated/tencentcloud-postgres/package.json"), "utf8")) as { version: string }).version;
const changelog = () => readFileSync(join(copy, "generated/tencentcloud-postgres/CHANGELOG.md"), "utf8");

/** Adds a row to the input table of DescribeDBInstanceHAConfig, the action the anchor row opens. */
function addInputRow(row: string): void {
  const path = join(copy, doc);
  const text = readFileSync(path, "utf8");
  const at = text.indexOf("The value used for this API: DescribeDBInstanceHAConfig.");
  const rowAt = text.indexOf(anchor, at);
  expect(rowAt).toBeGreaterThan(at);
  writeFileSync(path, text.slice(0, rowAt + anchor.length) + row + "\n" + text.slice(rowAt + anchor.length));
}

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), "doc2sdk-release-"));
  for (const dir of ["spec", "templates", "generated", "runtime/src", "runtime/package.json"]) cpSync(join(root, dir), join(copy, dir), { recursive: true });
});
afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe("the main command on a docs release", () => {
  it("writes no file when nothing changed", async () => {
    const lock = join(copy, "spec/generate.lock.json");
    const before = statSync(lock).mtimeMs;
    const results = await generateAll({ root: copy, log: () => {} });
    // fails also when the generator changed and `npm run generate` was not run (a stale lock)
    expect(
      results.filter((r) => !r.skipped).map((r) => r.id),
      "rebuilt although the committed lock says nothing changed",
    ).toEqual([]);
    expect(statSync(lock).mtimeMs).toBe(before);
  });

  it("an output deleted or edited by hand is rebuilt, and only its API", async () => {
    const doc = join(copy, "generated/tencentcloud-redis-legacy/docs/DescribeRedis.md");
    const original = readFileSync(doc, "utf8");
    rmSync(doc);
    writeFileSync(join(copy, "generated/aliyun-r-kvstore/README.md"), "edited by hand\n");
    const results = await generateAll({ root: copy, log: () => {} });
    expect(
      results
        .filter((r) => !r.skipped)
        .map((r) => r.id)
        .sort(),
    ).toEqual(["aliyun-r-kvstore-2015-01-01", "tencentcloud-redis-2017"]);
    expect(readFileSync(doc, "utf8")).toBe(original);
    expect(readFileSync(join(copy, "generated/aliyun-r-kvstore/README.md"), "utf8")).not.toContain("edited by hand");
  }, 60_000);

  it("one new optional parameter: only that API regenerates, minor bump, changelog names it", async () => {
    const from = version();
    addInputRow("IncludeStandby\tNo\tBoolean\tWhether to include the standby node. Added by this test.");
    const results = await generateAll({ root: copy, log: () => {} });
    expect(results.filter((r) => !r.skipped).map((r) => r.id)).toEqual([POSTGRES]);
    const [major, minor] = from.split(".").map(Number);
    expect(version()).toBe(`${major}.${minor + 1}.0`);
    const entry = changelog().split(/^## /m)[1];
    expect(entry.startsWith(version())).toBe(true);
    expect(entry).toContain("IncludeStandby");
    expect(readFileSync(join(copy, "generated/tencentcloud-postgres/src/types.ts"), "utf8")).toMatch(/IncludeStandby\?: boolean/);
  }, 60_000);

  it("a new runtime version: a patch release of the package, its CHANGELOG naming the runtime", async () => {
    const [major, minor, patch] = version().split(".").map(Number);
    const runtimePkg = join(copy, "runtime/package.json");
    const runtime = JSON.parse(readFileSync(runtimePkg, "utf8")) as { version: string };
    const [rMajor, rMinor] = runtime.version.split(".").map(Number);
    const next = `${rMajor}.${rMinor! + 1}.0`;
    writeFileSync(runtimePkg, JSON.stringify({ ...runtime, version: next }, null, 2));
    try {
      await generateAll({ root: copy, only: [POSTGRES], log: () => {} });
      expect(version()).toBe(`${major}.${minor}.${patch! + 1}`);
      const entry = changelog().split(/^## /m)[1]!;
      expect(entry).toMatch(/### Dependencies\n\n- Requires @doc2sdk\/runtime \^[\d.]+ \(was \^[\d.]+\)/);
      const pkg = JSON.parse(readFileSync(join(copy, "generated/tencentcloud-postgres/package.json"), "utf8")) as { dependencies: Record<string, string> };
      expect(pkg.dependencies["@doc2sdk/runtime"]).toBe(`^${next}`);
    } finally {
      writeFileSync(runtimePkg, JSON.stringify(runtime, null, 2));
    }
  }, 60_000);

  it("one new required parameter: major bump", async () => {
    const [major] = version().split(".").map(Number);
    addInputRow("StandbyZone\tYes\tString\tZone of the standby node. Added by this test.");
    await generateAll({ root: copy, log: () => {} });
    expect(version()).toBe(`${major + 1}.0.0`);
    const entry = changelog().split(/^## /m)[1];
    expect(entry).toMatch(/Breaking/);
    expect(entry).toContain("StandbyZone");
  }, 60_000);
});

describe("a damaged previous output", () => {
  it("stops the run with the file named, rather than guess a version", async () => {
    const specPath = join(copy, "spec/tencentcloud-redis-2017.json");
    writeFileSync(specPath, "{ damaged");
    await expect(generateAll({ root: copy, only: ["tencentcloud-redis-2017"], force: true, log: () => {} })).rejects.toThrow(
      /tencentcloud-redis-2017\.json: not valid JSON/,
    );
    expect(readFileSync(specPath, "utf8")).toBe("{ damaged");
  });
});

describe("release --dry-run", () => {
  it("shows every package with its version and ships nothing but build output and docs", async () => {
    const { readManifest } = await import("../generator/src/generate-all.js");
    const entries = readManifest(root);
    // through the CLI in a child process: packing six packages synchronously in this worker
    // would block it past vitest's 60 s RPC deadline on a loaded machine
    const { stdout } = await promisify(execFile)(process.execPath, ["bin/doc2sdk.js", "release", "--all"], { cwd: root, encoding: "utf8", timeout: 240_000 });
    const lines = stdout.trim().split("\n");
    expect(lines.filter((l) => l.startsWith("  would also ship"))).toEqual([]);
    for (const e of entries) {
      const pkg = JSON.parse(readFileSync(join(root, "generated", e.package!.name, "package.json"), "utf8")) as { name: string; version: string };
      expect(lines.some((l) => l.startsWith(`${pkg.name}@${pkg.version}: `))).toBe(true);
    }
    expect(lines.at(-1)).toBe(`${entries.length + 1} package(s) would be published (dry run: nothing was published)`);
    expect(lines.some((l) => l.startsWith("@doc2sdk/runtime@"))).toBe(true);
  }, 300_000);
});

describe("generate --source: a new docs release applied without hand edits", () => {
  it("replaces the document, records its origin and date in the manifest, package.json and the CHANGELOG entry", async () => {
    const { applySource } = await import("../generator/src/release/provenance.js");
    const from = version();
    const release = join(copy, "new-release.md");
    const text = readFileSync(join(copy, doc), "utf8");
    const rowAt = text.indexOf(anchor, text.indexOf("The value used for this API: DescribeDBInstanceHAConfig.")) + anchor.length;
    writeFileSync(release, `${text.slice(0, rowAt)}WithReplicas\tNo\tBoolean\tWhether to list replicas. Added by this test.\n${text.slice(rowAt)}`);
    const origin = "https://www.tencentcloud.com/document/api/409/16761";
    applySource(copy, POSTGRES, release, { url: origin, released: "2026-01-15" });
    expect(readFileSync(join(copy, doc), "utf8")).toBe(readFileSync(release, "utf8"));
    const manifest = JSON.parse(readFileSync(join(copy, "spec/sources/manifest.json"), "utf8")) as {
      apis: { id: string; sources: { released?: string; origin?: { url?: string; commit?: string } }[] }[];
    };
    // the old document's origin (a repository commit) does not carry over to the new one
    expect(manifest.apis.find((a) => a.id === POSTGRES)!.sources[0]).toMatchObject({ released: "2026-01-15", origin: { url: origin } });
    expect(manifest.apis.find((a) => a.id === POSTGRES)!.sources[0].origin!.commit).toBeUndefined();

    // (only this API: an earlier test left another one's spec damaged in the copy)
    const results = await generateAll({ root: copy, only: [POSTGRES], log: () => {} });
    expect(results.filter((r) => !r.skipped).map((r) => r.id)).toEqual([POSTGRES]);
    const [major, minor] = from.split(".").map(Number);
    expect(version()).toBe(`${major}.${minor + 1}.0`);
    const entry = changelog().split(/^## /m)[1];
    expect(entry.split("\n")[0]).toBe(`${version()} (2026-01-15)`);
    expect(entry).toContain(`released 2026-01-15`);
    expect(entry).toContain(origin);
    const pkg = JSON.parse(readFileSync(join(copy, "generated/tencentcloud-postgres/package.json"), "utf8")) as {
      doc2sdk: { docs: { released: string; sources: { origin?: { url?: string } }[] } };
    };
    expect(pkg.doc2sdk.docs.released).toBe("2026-01-15");
    expect(pkg.doc2sdk.docs.sources[0].origin?.url).toBe(origin);
  }, 60_000);

  it("bad input is a one-line error: a missing file, a bad date, no single --only", async () => {
    const { applySource } = await import("../generator/src/release/provenance.js");
    expect(() => applySource(copy, POSTGRES, join(copy, "no-such.md"), {})).toThrow(/--source .*no-such\.md: no such file/);
    expect(() => applySource(copy, POSTGRES, join(copy, doc), { released: "15/01/2026" })).toThrow(/not a date/);
    const cli = spawnSync(process.execPath, ["--import", "tsx", "generator/src/cli.ts", "generate", "--source", "x.md"], { cwd: root, encoding: "utf8" });
    expect(cli.status).toBe(2);
    expect(cli.stderr.trim()).toBe("doc2sdk: --source needs --only with exactly one API id (the API the document is a release of)");
  });
});
