import { describe, expect, it } from "vitest";
import { diffSpecs } from "../../generator/src/diff/diff-specs.js";
import { formatDiffJson, formatDiffText } from "../../generator/src/diff/format-diff.js";
import { act, edited, field, tinySpec } from "./tiny-spec.js";

const newer = () =>
  edited((s) => {
    s.service.source.released = "2020-02-01";
    act(s, "CreateThing").input.push(field("Zone", { required: true }));
    act(s, "DescribeThings").output.push(field("TotalCount", { type: "integer" }));
    act(s, "DescribeThings").description = "Lists things.";
  });

describe("formatDiffJson", () => {
  it("is byte-identical on two runs and whatever the key order of the inputs", () => {
    const a = formatDiffJson(tinySpec(), newer(), diffSpecs(tinySpec(), newer()));
    // the same specs with every object's keys in reverse order
    const reversed = <T>(x: T): T =>
      (Array.isArray(x)
        ? x.map(reversed)
        : x && typeof x === "object"
          ? Object.fromEntries(
              Object.entries(x)
                .reverse()
                .map(([k, v]) => [k, reversed(v)]),
            )
          : x) as T;
    const o = reversed(tinySpec()),
      n = reversed(newer());
    const b = formatDiffJson(o, n, diffSpecs(o, n));
    expect(b).toBe(a);
  });
  it("has from, to, bump, counts and changes, in that order", () => {
    const doc = JSON.parse(formatDiffJson(tinySpec(), newer(), diffSpecs(tinySpec(), newer())));
    expect(Object.keys(doc)).toEqual(["from", "to", "bump", "counts", "changes"]);
    expect(doc.from).toEqual({
      id: "tencentcloud-tiny-2020-01-01",
      provider: "tencentcloud",
      service: "tiny",
      apiVersion: "2020-01-01",
      released: "2020-01-01",
      actions: 2,
      structures: 2,
    });
    expect(doc.to.released).toBe("2020-02-01");
    expect(doc.bump).toBe("major");
    expect(doc.counts).toEqual({ breaking: 1, additive: 1, deprecation: 0, docs: 1 });
    expect(doc.changes.map((c: object) => Object.keys(c))).toEqual([
      ["class", "kind", "action", "field", "summary"],
      ["class", "kind", "action", "field", "summary"],
      ["class", "kind", "action", "summary"],
    ]);
    expect(doc.changes[0]).toEqual({
      class: "breaking",
      kind: "input-added-required",
      action: "CreateThing",
      field: "Zone",
      summary: "CreateThing: new required input parameter Zone (string)",
    });
  });
  it("says bump null and lists nothing for equal specs", () => {
    const doc = JSON.parse(formatDiffJson(tinySpec(), tinySpec(), []));
    expect(doc.bump).toBeNull();
    expect(doc.changes).toEqual([]);
  });
});

describe("formatDiffText", () => {
  it("groups by class with counts, breaking first", () => {
    const text = formatDiffText(tinySpec(), newer(), diffSpecs(tinySpec(), newer()));
    expect(text.split("\n")).toEqual([
      "tencentcloud-tiny-2020-01-01 (2020-01-01) → tencentcloud-tiny-2020-01-01 (2020-02-01)",
      "3 changes: 1 breaking, 1 additive, 0 deprecation, 1 docs; version bump: major",
      "",
      "Breaking changes (1)",
      "  - CreateThing: new required input parameter Zone (string)",
      "",
      "Additions (1)",
      "  - DescribeThings: new output parameter TotalCount (integer)",
      "",
      "Documentation only (1)",
      "  - DescribeThings: description changed",
      "",
    ]);
  });
  it("says so when nothing changed", () => expect(formatDiffText(tinySpec(), tinySpec(), [])).toMatch(/\nno changes\n$/));
});
