/**
 * Words of many capitals and digits where the readers look for action names. The action-name
 * patterns were written as "a capital, then letters and digits" repeated, which a regex engine
 * may split at any capital: on a word of n capitals followed by a character that ends no match,
 * it tried all 2^n splits before giving up. A 40-capital word in an overview row, a heading or a
 * title then hung the parse for hours (42 characters took 98 s). Each reader meets one here and
 * still reads its document; before the fix, each of these tests hung (a match in progress cannot
 * be interrupted).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseAliyunRpc } from "../../generator/src/parse/aliyun-rpc.js";
import { parseAliyunRpcMarkdown } from "../../generator/src/parse/aliyun-rpc-markdown.js";
import { parseTencentV3 } from "../../generator/src/parse/tencent-v3.js";
import { toSourceLines } from "../../generator/src/recover/source-lines.js";

// 8 + 40 + 21 characters: 61 capitals and digits after "Describe"
const longWord = "Describe" + "A1".repeat(20) + "XYZ".repeat(7);

describe("a word of many capitals where action names are looked for", () => {
  it("in an API 3.0 overview row, followed by a full-width comma", () => {
    const text = `API Category
Name Feature
DescribeThings Queries things.
${longWord}，a row that names no action.
Making API Requests
1. API Description
This API is used to query things.
2. Input Parameters
Parameter Name Required Type Description
Action Yes String Common Params. The value used for this API: DescribeThings.
InstanceId Yes String The instance.
3. Output Parameters
Parameter Name Type Description
RequestId String The request ID.
`;
    const doc = parseTencentV3("overview.txt", toSourceLines(text));
    expect(doc.actions.map((a) => a.name)).toEqual(["DescribeThings"]);
    expect(doc.listedActions).toEqual(["DescribeThings"]);
  });

  it("in an Alibaba PDF text's numbered heading, followed by a note (a heading is at most 80 characters)", () => {
    const page = readFileSync(new URL("../fixtures/aliyun/instance-attribute.txt", import.meta.url), "utf8");
    const doc = parseAliyunRpc("attribute.txt", toSourceLines(`8.1 ${longWord} (old)\n\nNo longer documented.\n\n${page}`));
    expect(doc.actions.map((a) => a.name)).toEqual(["DescribeInstanceAttribute"]);
  });

  it("in an Alibaba markdown page's title, followed by an underscore", () => {
    const page = `# DescribeWidgets - ${longWord}_v2

Lists widgets.

## Request parameters

|Parameter name|Type|Required|Example|Description|
|--------------|----|--------|-------|-----------|
|Action|String|Yes| |The operation.|
|PageSize|Integer|No|2|The page size.|

## Response parameters

|Parameter name|Type|Example|Description|
|--------------|----|-------|-----------|
|RequestId|String|A7|The request ID.|
`;
    const doc = parseAliyunRpcMarkdown("page.md", page);
    expect(doc.actions.map((a) => a.name)).toEqual(["DescribeWidgets"]);
  });
});
