import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { act, edited, field, tinySpec } from "./tiny-spec.js";

const root = new URL("../..", import.meta.url).pathname;
const run = (...args: string[]) => spawnSync("npx", ["tsx", "generator/src/cli.ts", "diff", ...args], { cwd: root, encoding: "utf8" });

describe("doc2sdk diff", () => {
  const dir = mkdtempSync(join(tmpdir(), "doc2sdk-diff-"));
  const a = join(dir, "a.json"),
    b = join(dir, "b.json");
  writeFileSync(a, JSON.stringify(tinySpec()));
  writeFileSync(
    b,
    JSON.stringify(
      edited((s) => {
        act(s, "DescribeThings").input.push(field("Offset", { type: "integer" }));
      }),
    ),
  );

  it("--json prints the classified changes and the bump, and exits 0", () => {
    const r = run(a, b, "--json");
    expect(r.status, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.bump).toBe("minor");
    expect(doc.changes).toEqual([
      {
        class: "additive",
        kind: "input-added-optional",
        action: "DescribeThings",
        field: "Offset",
        summary: "DescribeThings: new optional input parameter Offset (integer)",
      },
    ]);
    expect(run(a, b, "--json").stdout).toBe(r.stdout);
  });
  it("prints a readable report without --json", () => {
    const r = run(b, a);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain("Breaking changes (1)");
    expect(r.stdout).toContain("DescribeThings: input parameter Offset removed");
  });
  it("fails with a message naming a missing file", () => {
    const r = run(a, join(dir, "nope.json"));
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/nope\.json: cannot read: no such file/);
  });
  it("fails with a message naming a file that is not a spec", () => {
    const bad = join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify({ hello: "world" }));
    const r = run(bad, b);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/bad\.json: not a doc2sdk spec: \(top\) must have required property 'formatVersion'/);
    writeFileSync(bad, "{ not json");
    expect(run(a, bad).stderr).toMatch(/bad\.json: not valid JSON/);
  });
});
