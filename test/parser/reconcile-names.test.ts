/**
 * Table names weighed against the keys the examples send: a key goes to one table name only,
 * even when several are a case away from it.
 */
import { describe, expect, it } from "vitest";
import type { Action, Diagnostic, Field } from "../../generator/src/model.js";
import { reconcileNamesWithExamples } from "../../generator/src/reconcile-names.js";

const field = (name: string): Field => ({ name, type: "string", array: false, required: false, description: "" });

function action(input: string[], sent: Record<string, unknown>): Action {
  return {
    name: "DescribeThings",
    description: "",
    input: input.map(field),
    output: [],
    errors: [],
    examples: [{ title: "Example 1", input: sent }],
    deprecated: false,
    source: "doc.md:1",
  };
}

describe("reconcileNamesWithExamples", () => {
  it("gives a key sent to the first table name a case away, and not to a second one", () => {
    const a = action(["RegionID", "Regionid", "Limit"], { RegionId: "ap-guangzhou", Limit: 10 });
    const diagnostics: Diagnostic[] = [];
    reconcileNamesWithExamples([a], diagnostics);
    expect(a.input.map((f) => [f.name, f.documentedAs])).toEqual([
      ["RegionId", "RegionID"],
      ["Regionid", undefined],
      ["Limit", undefined],
    ]);
    expect(diagnostics.map((d) => d.message)).toEqual([
      "DescribeThings input field: the table says RegionID, 1 example(s) send RegionId; the spec uses RegionId",
    ]);
  });

  it("renames two table names to the two keys they stand for", () => {
    const a = action(["Zoneid", "InstanceID"], { ZoneId: "z", InstanceId: "i" });
    reconcileNamesWithExamples([a], []);
    expect(a.input.map((f) => f.name)).toEqual(["ZoneId", "InstanceId"]);
  });
});
