/**
 * The API 3.0 markdown reader on real references it was not fitted to (one English, one Chinese,
 * copied from the corpus with their SOURCE.md) and on small fixtures for each layout case.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { buildSpec, type ApiEntry } from "../../generator/src/build-spec.js";
import { parseTencentV3Markdown } from "../../generator/src/parse/tencent-v3-markdown.js";
import type { Spec } from "../../generator/src/model.js";

const corpus = fileURLToPath(new URL("../corpus/tencent/", import.meta.url));

interface Manifest {
  pages: { kind: string; action: string | null }[];
}

function corpusSpec(dir: string, file: string, service: string, apiVersion: string): { spec: Spec; manifest: Manifest } {
  const entry: ApiEntry = {
    id: `tencentcloud-${service}-${apiVersion}`,
    provider: "tencentcloud",
    service,
    apiVersion,
    protocol: "tc3-hmac-sha256",
    title: service,
    sources: [{ file: `${dir}/${file}`, dialect: "markdown" }],
  };
  const manifest = JSON.parse(readFileSync(`${corpus}${dir}/${file.replace(/\.md$/, ".manifest.json")}`, "utf8")) as Manifest;
  return { spec: buildSpec(entry, corpus), manifest };
}

const documents = [
  { dir: "cam-2019-01-16", file: "cam.en.md", service: "cam", apiVersion: "2019-01-16" },
  { dir: "dc-2018-04-10", file: "dc.zh.md", service: "dc", apiVersion: "2018-04-10" },
];

describe.each(documents)("corpus document $file", ({ dir, file, service, apiVersion }) => {
  const { spec, manifest } = corpusSpec(dir, file, service, apiVersion);
  const structures = new Map(spec.structures.map((s) => [s.name, s]));

  it("has every action the manifest names, and no other", () => {
    const expected = [...new Set(manifest.pages.filter((p) => p.kind === "action" && p.action).map((p) => p.action!))].sort();
    expect(expected.length).toBeGreaterThan(5);
    expect(spec.actions.map((a) => a.name).sort()).toEqual(expected);
  });

  it("reads the service's identity from the document's own lines", () => {
    expect(spec.service.endpoint).toBe(`${service}.tencentcloudapi.com`);
    expect(spec.diagnostics.filter((d) => /manifest says version/.test(d.message))).toEqual([]);
  });

  it("keeps common parameters and the response envelope out of the actions", () => {
    for (const a of spec.actions) {
      expect(a.input.map((f) => f.name)).not.toContain("Action");
      expect(a.input.map((f) => f.name)).not.toContain("Version");
      expect(a.output.map((f) => f.name)).not.toContain("RequestId");
    }
  });

  it("resolves every structure-typed row to a documented structure with members", () => {
    const refs = spec.actions.flatMap((a) => [...a.input, ...a.output]).filter((f) => /^[A-Z]/.test(f.type));
    expect(refs.length).toBeGreaterThan(3);
    for (const f of refs) expect(structures.get(f.type)?.members.length, f.type).toBeGreaterThan(0);
    expect(spec.diagnostics.filter((d) => /is not documented/.test(d.message))).toEqual([]);
  });

  it("reads every documented action's parameter rows (no row skipped)", () => {
    expect(spec.diagnostics.filter((d) => /row skipped/.test(d.message))).toEqual([]);
    expect(spec.actions.every((a) => a.input.length + a.output.length > 0)).toBe(true);
  });

  it("collects error codes, common ones marked", () => {
    expect(spec.errors.length).toBeGreaterThan(10);
    expect(spec.errors.some((e) => e.common)).toBe(true);
    expect(spec.errors.some((e) => !e.common)).toBe(true);
  });
});

describe("the structure-first reader", () => {
  const page = (body: string) => parseTencentV3Markdown("fixture.md", body);

  const action = (opts: { title?: string; actionRow?: string; extraInput?: string; output?: string; examples?: string }) => `
# ${opts.title ?? "DescribeWidgets"}

## 1. API Description

API domain name: widget.tencentcloudapi.com.

This API is used to query widgets.

## 2. Input Parameters

| Parameter Name | Required | Type | Description |
|---------|---------|---------|---------|
| Action | Yes | String | ${opts.actionRow ?? "Common parameter. The value used for this API: DescribeWidgets."} |
| Version | Yes | String | Common parameter. The value used for this API: 2020-01-01. |
| Region | No | String | Common parameter. This parameter is not required for this API. |
| WidgetIds.N | No | Array of String | Widget IDs. |
| Filters | No | Array of [Filter](https://example.test/document/api#Filter) | Filters. |${opts.extraInput ?? ""}

## 3. Output Parameters

| Parameter Name | Type | Description |
|---------|---------|---------|
${opts.output ?? "| TotalCount | Integer | Count. |"}
| RequestId | String | The request ID. |

## 4. Example

${opts.examples ?? ""}
`;
  const dataTypes = `
# Data Types

## Filter

A filter.

Referenced by: DescribeWidgets.

| Name | Type | Required | Description |
|------|------|----------|------|
| Name | String | Yes | Field. |
| Values | Array of String | No | Values. |
`;

  it("names the action by its Action row, drops common parameters, reads .N and Array of rows", () => {
    const doc = page(action({}) + dataTypes);
    expect(doc.actions).toHaveLength(1);
    const a = doc.actions[0];
    expect(a.name).toBe("DescribeWidgets");
    expect(a.input.map((f) => [f.name, f.type, f.array, f.required])).toEqual([
      ["WidgetIds", "string", true, false],
      ["Filters", "Filter", true, false],
    ]);
    expect(a.output.map((f) => f.name)).toEqual(["TotalCount"]);
    expect(doc.endpoints).toEqual(["widget.tencentcloudapi.com"]);
    expect(doc.apiVersion).toBe("2020-01-01");
    expect(doc.structures.map((s) => [s.name, s.usedBy, s.members.map((m) => [m.name, m.required])])).toEqual([
      [
        "Filter",
        ["DescribeWidgets"],
        [
          ["Name", true],
          ["Values", false],
        ],
      ],
    ]);
  });

  it("reads the Action row through a zero-width space and any phrasing before the colon", () => {
    for (const row of [
      "Common parameter. Value\u200bused in this API: DescribeWidgets",
      "公共参数，本接口取值：DescribeWidgets。",
      "Common parameter. The name of this API: DescribeWidgets",
    ]) {
      expect(page(action({ actionRow: row })).actions.map((a) => a.name)).toEqual(["DescribeWidgets"]);
    }
  });

  it("takes the wire name from the Action row when the heading disagrees, and says so", () => {
    const doc = page(action({ title: "DescribeWidgetsEX", actionRow: "Common parameter. The value used for this API: DescribeWidgetsEx." }));
    expect(doc.actions[0].name).toBe("DescribeWidgetsEx");
    expect(doc.diagnostics.map((d) => d.message).join("\n")).toMatch(/heading says DescribeWidgetsEX/);
  });

  it("names an action page without an Action row by its heading", () => {
    const doc = page(action({ actionRow: "Common parameter." }));
    expect(doc.actions.map((a) => a.name)).toEqual(["DescribeWidgets"]);
  });

  it("reads a row whose Type and Required cells are swapped by their content", () => {
    const doc = page(action({ extraInput: "\n| Password | String | Yes | Password. |" }));
    expect(doc.actions[0].input.find((f) => f.name === "Password")).toMatchObject({ type: "string", required: true });
  });

  it("reads a member row that carries a Required cell its table's header does not have", () => {
    const doc = page(
      action({}) +
        dataTypes +
        "\n## Widget\n\nA widget.\n\n| Name | Type | Description |\n|---|---|---|\n| Origin | No | String | Where it starts. |\n| Size | Integer | Size. |\n",
    );
    const widget = doc.structures.find((s) => s.name === "Widget");
    expect(widget?.members.map((m) => [m.name, m.type, m.required, m.description])).toEqual([
      ["Origin", "string", false, "Where it starts."],
      ["Size", "integer", false, "Size."],
    ]);
  });

  it("repairs a name with a stray full stop and a type word in the plural", () => {
    const doc = page(action({ extraInput: "\n| HostIds. | No | Array of Strings | Hosts. |" }));
    expect(doc.actions[0].input.find((f) => f.name === "HostIds")).toMatchObject({ type: "string", array: true });
  });

  it("reports a row it cannot read with its line instead of dropping it", () => {
    const doc = page(action({ extraInput: "\n| Bad Name With Spaces In It | No | String | x |" }));
    const d = doc.diagnostics.find((x) => /row skipped/.test(x.message));
    expect(d?.at).toMatch(/^fixture\.md:\d+$/);
  });

  it("reads a heading preceded by a byte-order mark (a page concatenated with its BOM)", () => {
    const doc = page(action({}) + dataTypes.replace("## Filter", "\uFEFF## Filter"));
    expect(doc.structures.map((s) => s.name)).toEqual(["Filter"]);
  });

  it("reports an action documented twice and keeps the first", () => {
    const doc = page(action({}) + action({}));
    expect(doc.actions).toHaveLength(1);
    expect(doc.diagnostics.some((d) => d.severity === "error" && /documented twice/.test(d.message))).toBe(true);
  });

  it("reads examples: a GET query as the request, the Response object as the output", () => {
    const examples = [
      "### Example 1 Query widgets",
      "",
      "#### Input Example",
      "",
      "```",
      "https://widget.tencentcloudapi.com/?Action=DescribeWidgets",
      "&WidgetIds.0=w-1",
      "&<Common request parameters>",
      "```",
      "",
      "#### Output Example",
      "",
      "```json",
      '{ "Response": { "TotalCount": 1, "RequestId": "r" } }',
      "```",
    ].join("\n");
    const a = page(action({ examples })).actions[0];
    expect(a.examples).toHaveLength(1);
    expect(a.examples[0]).toMatchObject({ title: "Query widgets", input: { WidgetIds: ["w-1"] }, output: { TotalCount: 1 } });
  });

  it("splits two tables printed without a blank line between them, and text that followed a table", () => {
    const single = [
      "Domain name for API request: widget.tencentcloudapi.com.",
      "This API is used to make widgets.",
      "Parameter Name | Required | Type | Description |",
      "---|---|---|---|",
      "Action | Yes | String | Common Params. The value used for this API: CreateWidget. |",
      "Name | Yes | String | Name. |",
      "Parameter Name | Type | Description |",
      "---|---|---|",
      "WidgetId | String | ID. |",
      "This example shows you how to make a widget.",
    ].join("\n");
    const doc = page(single);
    expect(doc.actions.map((a) => [a.name, a.input.map((f) => f.name), a.output.map((f) => f.name)])).toEqual([["CreateWidget", ["Name"], ["WidgetId"]]]);
    expect(doc.diagnostics.filter((d) => d.severity === "warning")).toEqual([]);
    expect(doc.endpoints).toEqual(["widget.tencentcloudapi.com"]);
  });
});
