/**
 * The API 3.0 line reader (PDF text, website exports) on damaged layouts: sections in an unexpected
 * order, a document concatenated with itself, rows naming a structure the document never defines,
 * and a document far larger than any reference.
 */
import { describe, expect, it } from "vitest";
import { parseTencentV3 } from "../../generator/src/parse/tencent-v3.js";
import { markdownToLines } from "../../generator/src/recover/markdown-blocks.js";
import { toSourceLines } from "../../generator/src/recover/source-lines.js";

const section = (name: string, extraRow = "") => `1. API Description
This API is used to test ${name}.
2. Input Parameters
Parameter Name Required Type Description
Action Yes String Common Params. The value used for this API: ${name}.
InstanceId Yes String The instance.
${extraRow}
3. Output Parameters
Parameter Name Type Description
TotalCount Integer Count.
RequestId String The request ID.
`;

const structure = `Thing
A thing.
Used by actions: DescribeThings.
Name Type Required Description
Size Integer No Its size.
`;

describe("the API 3.0 line reader on damaged layouts", () => {
  it("reads the endpoint and Version rows however the PDF text spaced them", () => {
    const spaced = section("DescribeThings", "Version  Yes\u00a0String Common Params. The value used for this API: 2020-01-01.").replace(
      "1. API Description",
      "1. API Description\nDomain name for API request:\tthing.tencentcloudapi.com",
    );
    const doc = parseTencentV3("s.txt", toSourceLines(spaced));
    expect(doc.apiVersion).toBe("2020-01-01");
    expect(doc.endpoints).toEqual(["thing.tencentcloudapi.com"]);
  });

  it("reads actions that follow the data structures instead of failing on an empty section", () => {
    const doc = parseTencentV3("o.txt", toSourceLines(section("DescribeThings") + structure + section("DescribeOthers")));
    expect(doc.actions.map((a) => a.name)).toEqual(["DescribeThings", "DescribeOthers"]);
    expect(doc.structures.map((s) => s.name)).toEqual(["Thing"]);
  });

  it("reports an action documented twice and keeps one", () => {
    const once = section("DescribeThings");
    const doc = parseTencentV3("d.txt", toSourceLines(once + once + once));
    expect(doc.actions).toHaveLength(1);
    expect(doc.diagnostics.filter((d) => /documented twice/.test(d.message))).toHaveLength(2);
  });

  it("names a row whose type is a structure the document never defines, with its line", () => {
    const doc = parseTencentV3("u.txt", toSourceLines(section("DescribeThings", "Spec No Array of ThingSpec The specs.")));
    const d = doc.diagnostics.find((x) => /ThingSpec/.test(x.message));
    expect(d?.message).toMatch(/row Spec names type ThingSpec/);
    expect(d?.at).toBe("u.txt:7");
  });

  it("ends an error table at a heading: a website export's next page title is no error code", () => {
    // a website export with tab tables: each page opens with its category and title headings and
    // the page's update time, right after the last row of the previous page's error table
    const page = (name: string, category = "") => `${category}## ${name}

最近更新时间：2023-10-30 11:41:22

### 1. API Description

This API is used to test ${name}.

### 2. Input Parameters

Parameter Name	Required	Type	Description
Action	Yes	String	Common Params. The value used for this API: ${name}.

### 3. Output Parameters

Parameter Name	Type	Description
RequestId	String	The request ID.

### 6. Error Code

Error Code	Description
FailedOperation.Thing	The thing failed.
UnsupportedRegion	The region is not supported.

`;
    const text = page("CreateThings", "# Thing APIs\n\n") + page("DeleteThings") + page("DescribeThings", "# Other APIs\n\n");
    const doc = parseTencentV3("export.md", markdownToLines(text));
    expect(doc.actions.map((a) => [a.name, a.errors])).toEqual([
      ["CreateThings", ["FailedOperation.Thing", "UnsupportedRegion"]],
      ["DeleteThings", ["FailedOperation.Thing", "UnsupportedRegion"]],
      ["DescribeThings", ["FailedOperation.Thing", "UnsupportedRegion"]],
    ]);
  });

  it("ends the common error list at a heading: the next page's title joins no description", () => {
    const text = `## Common Error Codes

Error Code\tDescription
AuthFailure\tCAM signature/authentication error.
UnsupportedRegion\tAPI does not support the requested region.

# Instance APIs

## DescribeThings

最近更新时间：2023-10-13 09:42:55

${section("DescribeThings")}`;
    const doc = parseTencentV3("export.md", markdownToLines(text));
    expect(doc.errors.map((e) => [e.code, e.description, e.common])).toEqual([
      ["AuthFailure", "CAM signature/authentication error.", true],
      ["UnsupportedRegion", "API does not support the requested region.", true],
    ]);
  });

  it("recovers the lines of a document over 6 MB without overflowing the stack", () => {
    const big = "A line of text that is not a table.\n".repeat(200_000);
    expect(big.length).toBeGreaterThan(6_000_000);
    expect(markdownToLines(big).length).toBe(200_001);
  });
});
