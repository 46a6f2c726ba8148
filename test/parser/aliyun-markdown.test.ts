import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseAliyunRpcMarkdown } from "../../generator/src/parse/aliyun-rpc-markdown.js";
import { parseDocument } from "../../generator/src/build-spec.js";
import { joinRunOnRows } from "../../generator/src/recover/run-on-rows.js";

const corpus = (p: string) => fileURLToPath(new URL(`../corpus/aliyun/${p}`, import.meta.url));
const manifestActions = (p: string): string[] =>
  (JSON.parse(readFileSync(corpus(p), "utf8")) as { pages: { kind: string; action: string | null }[] }).pages
    .filter((x) => x.kind === "action" && x.action)
    .map((x) => x.action!);

const parse = (text: string) => parseAliyunRpcMarkdown("page.md", text);
const struct = (doc: { structures: { name: string; members: { name: string; type: string; array: boolean }[] }[] }, n: string) =>
  doc.structures.find((s) => s.name === n);

describe("Alibaba markdown corpus documents (AlibabaCloudDocs, as published)", () => {
  for (const [doc, manifest] of [
    ["nas-2017-06-26/nas.en.md", "nas-2017-06-26/nas.en.manifest.json"],
    ["eip-2016-04-28/eip.zh.md", "eip-2016-04-28/eip.zh.manifest.json"],
  ]) {
    it(`${doc}: every action page of the manifest is an action of the spec`, () => {
      const parsed = parseDocument(corpus(doc));
      const names = parsed.actions.map((a) => a.name);
      for (const a of manifestActions(manifest)) expect(names).toContain(a);
    });
  }

  it("nas.en.md: DescribeRegions keeps the rows after a run-on cell and nests Regions as the JSON shows", () => {
    const parsed = parseDocument(corpus("nas-2017-06-26/nas.en.md"));
    const a = parsed.actions.find((x) => x.name === "DescribeRegions")!;
    expect(a.input.map((f) => f.name)).toEqual(["FileSystemType", "PageSize", "PageNumber"]);
    expect(a.output.map((f) => f.name).sort()).toEqual(["PageNumber", "PageSize", "Regions", "TotalCount"]);
    const regions = a.output.find((f) => f.name === "Regions")!;
    const wrapper = struct(parsed, regions.type)!;
    expect(wrapper.members.map((m) => m.name)).toEqual(["Region"]);
    expect(
      struct(parsed, "Region")!
        .members.map((m) => m.name)
        .sort(),
    ).toEqual(["LocalName", "RegionEndpoint", "RegionId"]);
  });

  it("eip.zh.md: Chinese headers, an Array of X row with its wrapper row, rows after the nesting back at the root", () => {
    const parsed = parseDocument(corpus("eip-2016-04-28/eip.zh.md"));
    const a = parsed.actions.find((x) => x.name === "DescribeEipAddresses")!;
    expect(a.input.find((f) => f.name === "RegionId")?.required).toBe(true);
    expect(a.output.map((f) => f.name)).toEqual(expect.arrayContaining(["EipAddresses", "TotalCount", "PageNumber", "PageSize"]));
    expect(a.output.map((f) => f.name)).not.toContain("EipAddress");
    const list = struct(parsed, a.output.find((f) => f.name === "EipAddresses")!.type)!;
    const item = list.members[0] as { name: string; type: string; array: boolean };
    expect(item).toMatchObject({ name: "EipAddress", array: true });
    const members = struct(parsed, item.type)!.members.map((m) => m.name);
    expect(members).toEqual(expect.arrayContaining(["AllocationId", "IpAddress", "OperationLocks", "Status"]));
    expect(members).not.toContain("TotalCount");
  });
});

const ATTRIBUTE_PAGE = `<!-- source: ref/DescribeWidgets.md -->

# DescribeWidgets {#concept_1_zh .concept}

Lists widgets.

## Request parameters {#section_abc .section}

|Parameter name|Type|Required|Example|Description|
|--------------|----|--------|-------|-----------|
|Action|String|Yes|DescribeWidgets|The operation. Value: DescribeWidgets.|
|AccessKeyId|String|Yes|key|The key ID.|
|OwnerId|Long|No|1|The owner.|
|ResourceOwnerAccount|String|No|acc|The resource owner.|
|Color|String|No|red| The color of the widgets.

 -   red: red ones
-   blue: blue ones

 |
|PageSize|Integer|No|2|The page size.|

## Response parameters { .section}

|Parameter name|Type|Example|Description|
|--------------|----|-------|-----------|
|Widgets| | |The widgets.|
|WidgetId|String|w-1| The widget ID.

 |
|Size|Integer|3|The size.|
|TotalCount|Integer|4|The total.|
|RequestId|String|A7|The request ID.|

## Example {#section_ex .section}

-   Request example

    \`\`\` {#codeblock_1 .language-shell}
    GET https://widget.cn-hangzhou.aliyuncs.com/?Action=DescribeWidgets
    &Color=red
    &PageSize=2
    &<Public Request Parameter>
    \`\`\`

-   Response example
    -   XML example

        \`\`\` {#codeblock_2 .language-xml}
        <? xml version="1.0" encoding="UTF-8"? >
        <DescribeWidgetsResponse>
          <TotalCount>4</TotalCount>
          <RequestId>A7</RequestId>
          <Widgets>
            <Widget>
              <WidgetId>w-1</WidgetId>
              <Size>3</Size>
            </Widget>
            <Widget>
              <WidgetId>w-2</WidgetId>
              <Size>5</Size>
            </Widget>
          </Widgets>
        </DescribeWidgetsResponse>
        \`\`\`
`;

describe("Alibaba markdown: pages as the docs print them", () => {
  const doc = parse(ATTRIBUTE_PAGE);
  const a = doc.actions[0];

  it("reads headings with attribute blocks ({#… .section}, { .section})", () => {
    expect(doc.actions.map((x) => x.name)).toEqual(["DescribeWidgets"]);
    expect(a.output.length).toBeGreaterThan(0);
  });

  it("keeps a cell that runs over blank lines and a list, closed by a lone |, and the rows after it", () => {
    const color = a.input.find((f) => f.name === "Color")!;
    expect(color.description).toMatch(/blue ones/);
    expect(a.input.map((f) => f.name)).toContain("PageSize");
  });

  it("leaves the common request parameters (signature and owner ones) out of the inputs", () => {
    expect(a.input.map((f) => f.name)).toEqual(["Color", "PageSize"]);
  });

  it("reads a GET request example spread over lines", () => {
    expect(a.examples[0].input).toEqual({ Color: "red", PageSize: "2" });
    expect(a.examples[0].inputFrom).toBe("query");
  });

  it("nests a typeless row's members as the XML example (with <? xml … ?>) shows, rows after it back at the root", () => {
    expect(a.output.map((f) => f.name).sort()).toEqual(["TotalCount", "Widgets"]);
    const widgets = a.output.find((f) => f.name === "Widgets")!;
    expect(struct(doc, widgets.type)!.members.map((m) => m.name)).toEqual(["Widget"]);
    expect(struct(doc, "Widget")!.members.map((m) => m.name)).toEqual(["WidgetId", "Size"]);
  });
});

const ARRAY_PAGE = `# ListGadgets

Lists gadgets.

## Request parameters

|Parameter|Type|Required|Example|Description|
|---------|----|--------|-------|-----------|
|Action|String|Yes|ListGadgets|The operation that you want to perform. Set the value to **ListGadgets**. |
|Tag.N.Key|String|Yes|k|The key of tag N.|
|Tag.N.Value|String|No|v|The value of tag N.|
|GadgetId.N|RepeatList|No|g-1|The IDs.|

## Response parameters

|Parameter|Type|Example|Description|
|---------|----|-------|-----------|
|Owner|Struct| |The owner. |
|OwnerName|String|n|The owner's name. |
|Gadgets|Array of Gadget| |The gadgets. |
|Gadget| | | |
|GadgetId|String|g-1|The gadget ID. |
|Locks|Array of LockReason| |The locks. |
|LockReason| | | |
|LockReason|String|financial|The reason. |
|Zone|String|z|The zone of the gadget. |
|PageNumber|Integer|1|The page. |
|RequestId|String|R|The request ID. |

## Examples

Sample requests

\`\`\`
http(s)://[Endpoint]/? Action=ListGadgets
&Tag.1.Key=k
&GadgetId.N=g-1
&<Common request parameters>
\`\`\`

Sample success responses

\`JSON\` format

\`\`\`
{
    "ListGadgetsResponse": {
        "PageNumber": 1,
        "RequestId": "R",
        "Gadgets": {
            "Gadget": {
                "GadgetId": "g-1",
                "Zone": "z",
                "Locks": { "LockReason": { "LockReason": "financial" } }
            }
        }
    }
}
\`\`\`

Sample error responses

\`\`\`
{ "Code": "Forbidden", "Message": "no" }
\`\`\`
`;

describe("Alibaba markdown: Array of X, wrapper rows, Struct rows and repeated request parameters", () => {
  const doc = parse(ARRAY_PAGE);
  const a = doc.actions[0];

  it("reads Tag.N.Key / Tag.N.Value as a list of items, and a RepeatList .N row as a string list", () => {
    const tag = a.input.find((f) => f.name === "Tag")!;
    expect(tag).toMatchObject({ array: true, required: false });
    expect(struct(doc, tag.type)!.members.map((m) => m.name)).toEqual(["Key", "Value"]);
    expect(a.input.find((f) => f.name === "GadgetId")).toMatchObject({ type: "string", array: true });
    expect(a.examples[0].input).toMatchObject({ GadgetId: ["g-1"] });
  });

  it("folds a wrapper row into its list: the JSON's {Gadget: {...}} is a list of one, not a field", () => {
    expect(a.output.map((f) => f.name)).toEqual(["Owner", "Gadgets", "PageNumber"]);
    const list = struct(doc, a.output[1].type)!;
    expect(list.members).toMatchObject([{ name: "Gadget", type: "Gadget", array: true }]);
    const gadget = struct(doc, "Gadget")!;
    // Zone follows LockReason in the table; the example puts it back in Gadget
    expect(gadget.members.map((m) => m.name)).toEqual(["GadgetId", "Locks", "Zone"]);
    const locks = struct(doc, gadget.members.find((m) => m.name === "Locks")!.type as string)!;
    expect(locks.members[0]).toMatchObject({ name: "LockReason", array: true });
  });

  it("reads a Struct row the example does not show as one nested object, its members after it, the rows the example shows elsewhere not", () => {
    const owner = a.output.find((f) => f.name === "Owner")!;
    expect(owner.array).toBe(false);
    expect(struct(doc, owner.type)!.members.map((m) => m.name)).toEqual(["OwnerName"]);
  });

  it("takes the response example from under its Response envelope, and not the error example", () => {
    expect(a.examples[0].output).toMatchObject({ PageNumber: 1 });
    expect(a.examples[0].output).not.toHaveProperty("Code");
  });
});

describe("Alibaba markdown: Action row, title and example", () => {
  const page = (title: string, action: string) => `# ${title}

## Request parameters

|Parameter|Type|Required|Example|Description|
|---------|----|--------|-------|-----------|
|Action|String|Yes|${action}|The operation.|
|Id|String|Yes|1|The ID.|

## Response parameters

|Parameter|Type|Example|Description|
|---------|----|-------|-----------|
|Stacks|Array of Stack| |The stacks. |
|StackId|String|s|The stack ID. |
|RequestId|String|R|The request ID. |
`;

  it("names the action by its Action row and reports a title that differs in case", () => {
    const doc = parse(page("DescribeThingsEX", "DescribeThingsEx"));
    expect(doc.actions.map((a) => a.name)).toEqual(["DescribeThingsEx"]);
    expect(doc.diagnostics.some((d) => d.severity === "warning" && /title says DescribeThingsEX/.test(d.message))).toBe(true);
  });

  it("says nothing when they agree", () => {
    const doc = parse(page("DescribeThings", "DescribeThings"));
    expect(doc.diagnostics.filter((d) => /title says/.test(d.message))).toEqual([]);
  });

  it("reads an Array of X row no example shows as a plain list of X, its members after it", () => {
    const doc = parse(page("DescribeThings", "DescribeThings"));
    const stacks = doc.actions[0].output.find((f) => f.name === "Stacks")!;
    expect(stacks).toMatchObject({ type: "Stack", array: true });
    expect(struct(doc, "Stack")!.members.map((m) => m.name)).toEqual(["StackId"]);
  });
});

describe("Alibaba markdown: Chinese pages", () => {
  const ZH = `# DeleteThing

删除一个资源。

## 请求参数

|名称|类型|是否必选|示例值|描述|
|--|--|----|---|--|
|Action|String|是|DeleteThing|要执行的操作，取值：**DeleteThing**。

 |
|ThingId|String|是|t-1|资源 ID。

 |
|DryRun|Boolean|否|false|是否只预检此次请求。|

## 返回数据

|名称|类型|示例值|描述|
|--|--|---|--|
|RequestId|String|R|请求 ID。|
|Result|Boolean|true|是否成功。|

## 示例

请求示例

\`\`\`
http(s)://[Endpoint]/?Action=DeleteThing
&ThingId=t-1
&<公共请求参数>
\`\`\`

正常返回示例

\`XML\` 格式

\`\`\`
<DeleteThingResponse>
  <RequestId>R</RequestId>
  <Result>true</Result>
</DeleteThingResponse>
\`\`\`

## 错误码

|HttpCode|错误码|错误信息|描述|
|--------|---|----|--|
|404|InvalidThingId.NotFound|The thing does not exist.|资源不存在。|
`;

  it("reads the sections, columns, Required words and error table in Chinese", () => {
    const doc = parse(ZH);
    const a = doc.actions[0];
    expect(a.name).toBe("DeleteThing");
    expect(a.input.map((f) => [f.name, f.type, f.required])).toEqual([
      ["ThingId", "string", true],
      ["DryRun", "boolean", false],
    ]);
    expect(a.output.map((f) => [f.name, f.type])).toEqual([["Result", "boolean"]]);
    expect(a.errors).toEqual(["InvalidThingId.NotFound"]);
    expect(doc.errors[0]).toMatchObject({ code: "InvalidThingId.NotFound", httpStatus: 404, message: "The thing does not exist." });
    expect(a.examples[0].input).toEqual({ ThingId: "t-1" });
  });
});

describe("run-on table rows with a code block in the cell", () => {
  it("joins the row over the code block and keeps the rows after it", () => {
    const text = [
      "|Parameter|Type|Required|Description|",
      "|--|--|--|--|",
      "|Url|String|No|The callback. A sample notification:",
      "",
      "```",
      '{ "a": 1 }',
      "```",
      "",
      "More text. |",
      "|Next|String|No|The next one. |",
    ].join("\n");
    const lines = joinRunOnRows(text);
    expect(lines.filter((l) => l.text.startsWith("|Url|"))).toHaveLength(1);
    expect(lines.find((l) => l.text.startsWith("|Url|"))!.text).toMatch(/More text\. \|$/);
    expect(lines.find((l) => l.text.startsWith("|Next|"))?.line).toBe(10);
  });
});

describe("table rows without a leading pipe", () => {
  it("joins a run-on row printed without its leading pipe, closed by a lone |, and reads the table", () => {
    const text = [
      "# DoThing",
      "",
      "## Request parameters",
      "",
      "|Parameter|Type|Required|Example|Description|",
      "|--|--|--|--|--|",
      "|Action|String|Yes|DoThing|The operation.|",
      "Mode|String|No|fast|The mode.",
      "",
      "-   fast: quickly",
      "-   slow: slowly",
      "",
      " |",
      "Level|Integer|No|1|The level.|",
      "",
      "## Response parameters",
      "",
      "|Parameter|Type|Example|Description|",
      "|--|--|--|--|",
      "|RequestId|String|R|The request ID.|",
    ].join("\n");
    const doc = parseAliyunRpcMarkdown("page.md", text);
    const input = doc.actions[0].input;
    expect(input.map((f) => f.name)).toEqual(["Mode", "Level"]);
    expect(input[0].description).toMatch(/slowly/);
  });
});

describe("Alibaba markdown: nested request rows", () => {
  const page = (rows: string, query: string) => `# RunThing

## Request parameters

|Parameter|Type|Required|Example|Description|
|---------|----|--------|-------|-----------|
|Action|String|Yes|RunThing|The operation.|
${rows}

## Response parameters

|Parameter|Type|Example|Description|
|---------|----|-------|-----------|
|RequestId|String|R|The request ID.|

## Examples

Sample requests

\`\`\`
http(s)://[Endpoint]/?Action=RunThing
${query}
&<Common request parameters>
\`\`\`
`;

  it("nests the rows the request example sends under a structure row's name", () => {
    const doc = parseAliyunRpcMarkdown(
      "p.md",
      page(
        "|Tag|Array of Tag|No| |The tags.|\n|Key|String|No|k|The key.|\n|Value|String|No|v|The value.|\n|Name|String|Yes|n|The name.|",
        "&Tag.1.Key=k\n&Tag.1.Value=v\n&Name=n",
      ),
    );
    const a = doc.actions[0];
    expect(a.input.map((f) => [f.name, f.type, f.array])).toEqual([
      ["Tag", "Tag", true],
      ["Name", "string", false],
    ]);
    expect(struct(doc, "Tag")!.members.map((m) => m.name)).toEqual(["Key", "Value"]);
  });

  it("nests rows by their tree marks", () => {
    const doc = parseAliyunRpcMarkdown(
      "p.md",
      page(
        "|SystemDisk|Struct|No| |The disk.|\n|└Size|Integer|No|40|The size.|\n|└Category|String|No|cloud|The category.|\n|Name|String|Yes|n|The name.|",
        "&Name=n",
      ),
    );
    const a = doc.actions[0];
    expect(a.input.map((f) => [f.name, f.type, f.array])).toEqual([
      ["SystemDisk", "SystemDisk", false],
      ["Name", "string", false],
    ]);
    expect(struct(doc, "SystemDisk")!.members.map((m) => [m.name, m.type])).toEqual([
      ["Size", "integer"],
      ["Category", "string"],
    ]);
  });

  it("reads a structure row without member rows as a free-form object, and the rows after it as parameters", () => {
    const doc = parseAliyunRpcMarkdown("p.md", page("|Options|Object|No|{}|The options.|\n|Name|String|Yes|n|The name.|", "&Name=n"));
    expect(doc.actions[0].input.map((f) => [f.name, f.type])).toEqual([
      ["Options", "object"],
      ["Name", "string"],
    ]);
  });
});

describe("Alibaba markdown: names the table and the page spell", () => {
  const page = (title: string) => `# ${title}

## Request parameters

|Parameter|Type|Required|Description|
|---------|----|--------|-----------|
|Id|String|Yes|The ID.|

## Response parameters

|Parameter|Type|Example|Description|
|---------|----|-------|-----------|
|Ip|String|1.1.1.1|The address.|
|RequestId|String|R|The request ID.|

## Examples

Sample success responses

\`JSON\` format

\`\`\`
{ "IP": "1.1.1.1", "RequestId": "R" }
\`\`\`
`;

  it("takes the action name from a title that says more than the name", () => {
    expect(parseAliyunRpcMarkdown("p.md", page("GetAddress - 查询地址")).actions.map((a) => a.name)).toEqual(["GetAddress"]);
  });

  it("keeps the table's spelling of a field where the example differs only in case, and says so", () => {
    const doc = parseAliyunRpcMarkdown("p.md", page("GetAddress"));
    expect(doc.actions[0].output.map((f) => f.name)).toEqual(["Ip"]);
    expect(doc.diagnostics.some((d) => /the table says GetAddress\.Ip, the example sends IP/.test(d.message))).toBe(true);
  });
});

describe("Alibaba markdown: response rows with tree marks", () => {
  it("nests by the marks, two levels deep and back", () => {
    const doc = parseAliyunRpcMarkdown(
      "p.md",
      `# ListBoxes

## Request parameters

|Parameter|Type|Required|Description|
|---------|----|--------|-----------|
|Id|String|No|The ID.|

## Response parameters

|Parameter|Type|Example|Description|
|---------|----|-------|-----------|
|Boxes|Array| |The boxes.|
|└BoxId|String|b|The box ID.|
|└Labels|List| |The labels.|
|└└Text|String|t|The text.|
|└Size|Integer|1|The size.|
|Total|Integer|1|The total.|
`,
    );
    const a = doc.actions[0];
    expect(a.output.map((f) => [f.name, f.array])).toEqual([
      ["Boxes", true],
      ["Total", false],
    ]);
    const box = struct(doc, a.output[0].type)!;
    expect(box.members.map((m) => m.name)).toEqual(["BoxId", "Labels", "Size"]);
    const labels = box.members.find((m) => m.name === "Labels")!;
    expect(labels.array).toBe(true);
    expect(struct(doc, labels.type)!.members.map((m) => m.name)).toEqual(["Text"]);
  });
});

describe("Alibaba markdown: a structure row that prints its value in the example cell", () => {
  it("does not open a level: the rows after it stay in the response", () => {
    const doc = parseAliyunRpcMarkdown(
      "p.md",
      `# GetBox

## Request parameters

|Parameter|Type|Required|Description|
|---------|----|--------|-----------|
|Id|String|Yes|The ID.|

## Response parameters

|Parameter|Type|Example|Description|
|---------|----|-------|-----------|
|Outputs|Array of Object|\\[\\{"Key": "a","Value": "b"\\}\\]|The outputs. |
|Color|String|red|The color. |
|Sizes|Array of String|\\["1"\\]|The sizes. |
`,
    );
    expect(doc.actions[0].output.map((f) => [f.name, f.type, f.array])).toEqual([
      ["Outputs", "object", true],
      ["Color", "string", false],
      ["Sizes", "string", true],
    ]);
  });
});

describe("structure names from example keys", () => {
  it("are type names the spec schema accepts", async () => {
    const { structureTypeName } = await import("../../generator/src/parse/aliyun/response-shape.js");
    expect(["cList", "Tag", "x-y", "9Lives"].map(structureTypeName)).toEqual(["CList", "Tag", "Xy", "T9Lives"]);
  });
});
