/**
 * Every phrasing in the Tencent API 3.0 profile is recognised: one small page per phrasing, built
 * from the profile's own lists, so a line added to the profile is tested by the line itself.
 */
import { describe, expect, it } from "vitest";
import { parseTencentV3Markdown } from "../../generator/src/parse/tencent-v3-markdown.js";
import { findEndpoint, parseReleases } from "../../generator/src/parse/tencent-v3.js";
import { tencentV3Profile as P } from "../../generator/src/profiles/tencent-v3.js";
import { toSourceLines } from "../../generator/src/recover/source-lines.js";

interface Words {
  name?: string;
  required?: string;
  type?: string;
  description?: string;
  input?: string;
  output?: string;
  yes?: string;
  typeWord?: string;
  common?: string;
  referencedBy?: string;
}

function page(w: Words): string {
  return `
# DescribeThings

## 1. API Description

This API is used to describe things.

## 2. ${w.input ?? "Input Parameters"}

| ${w.name ?? "Parameter Name"} | ${w.required ?? "Required"} | ${w.type ?? "Type"} | ${w.description ?? "Description"} |
|---|---|---|---|
| Action | Yes | String | Common parameter. The value used for this API: DescribeThings. |
| Region | No | String | ${w.common ?? "Common parameter"}. Not needed. |
| ThingId | ${w.yes ?? "Yes"} | ${w.typeWord ?? "String"} | The thing. |
| Spec | No | [ThingSpec](#ThingSpec) | A spec. |

## 3. ${w.output ?? "Output Parameters"}

| ${w.name ?? "Parameter Name"} | ${w.type ?? "Type"} | ${w.description ?? "Description"} |
|---|---|---|
| Count | Integer | Count. |
| RequestId | String | Request. |

# Data Types

## ThingSpec

A spec.

${w.referencedBy ?? "Referenced by"}: DescribeThings, DescribeOthers.

| Name | Type | Description |
|---|---|---|
| Size | Integer | Size. |
`;
}

const parse = (w: Words) => parseTencentV3Markdown("p.md", page(w));
const inputs = (w: Words) => parse(w).actions[0]?.input.map((f) => f.name) ?? [];

describe("Tencent API 3.0 profile phrasings", () => {
  it.each(P.columns.name)("name column %j", (name) => expect(inputs({ name })).toEqual(["ThingId", "Spec"]));
  it.each(P.columns.type)("type column %j", (type) => expect(inputs({ type })).toEqual(["ThingId", "Spec"]));
  it.each(P.columns.description)("description column %j", (description) => expect(inputs({ description })).toEqual(["ThingId", "Spec"]));
  it.each(P.columns.required)("required column %j", (required) => {
    expect(parse({ required }).actions[0].input.find((f) => f.name === "ThingId")?.required).toBe(true);
  });
  it.each(P.sections.input ?? [])("input section %j", (input) => expect(inputs({ input })).toEqual(["ThingId", "Spec"]));
  it.each(P.sections.output ?? [])("output section %j", (output) => {
    expect(parse({ output }).actions[0].output.map((f) => f.name)).toEqual(["Count"]);
  });
  it.each(P.yes)("yes word %j", (yes) => expect(parse({ yes }).actions[0].input[0].required).toBe(true));
  it.each(P.no)("no word %j", (no) => expect(parse({ yes: no }).actions[0].input[0].required).toBe(false));
  it.each(Object.entries(P.types))("type word %j", (typeWord, meaning) => {
    expect(parse({ typeWord }).actions[0].input[0]).toMatchObject({ type: meaning.type, ...(meaning.format ? { format: meaning.format } : {}) });
  });
  it.each(P.arrayOf)("array phrasing %j", (arrayOf) => {
    expect(parse({ typeWord: `${arrayOf} Integer` }).actions[0].input[0]).toMatchObject({ type: "integer", array: true });
  });
  it.each(P.commonParameters.markers)("common-parameter marker %j", (common) => expect(inputs({ common })).not.toContain("Region"));
  it.each(P.referencedBy)("referenced-by phrasing %j", (referencedBy) => {
    expect(parse({ referencedBy }).structures.map((s) => [s.name, s.usedBy])).toEqual([["ThingSpec", ["DescribeThings", "DescribeOthers"]]]);
  });
  it.each(P.endpointLabels)("endpoint label %j", (label) => expect(findEndpoint(`${label}: cvm.tencentcloudapi.com.`)).toBe("cvm.tencentcloudapi.com"));

  const releaseLists = [
    "newActions",
    "modifiedActions",
    "deprecatedActions",
    "deletedActions",
    "newStructures",
    "modifiedStructures",
    "deprecatedStructures",
    "deletedStructures",
  ] as const;
  it.each(releaseLists.flatMap((list) => P.releases[list].map((label) => [list, label] as const)))("release list %s %j", (list, label) => {
    const [release] = parseReleases(toSourceLines(`Release 3\n\n${P.releases.date[0]}: 2024-01-02 10:00:00\n\n${label}:\n\nDescribeThings`));
    expect(release.release).toBe(3);
    expect(release.date).toBe("2024-01-02");
    const got = list === "modifiedActions" ? release.modifiedActions.map((m) => m.action) : (release[list] ?? []);
    expect(got).toEqual(["DescribeThings"]);
  });

  it("a Chinese release heading from a markdown page", () => {
    const doc = parseTencentV3Markdown(
      "h.md",
      `${page({})}\n# 更新历史\n\n## 第 2 次发布\n\n发布时间：2019-04-25 17:03:55\n\n新增接口：\n\n* [DescribeThings](https://example.test/1)\n`,
    );
    expect(doc.releases.map((r) => [r.release, r.date, r.newActions])).toEqual([[2, "2019-04-25", ["DescribeThings"]]]);
  });
});
