import { describe, expect, it } from "vitest";
import { toSourceLines } from "../../generator/src/recover/source-lines.js";
import { normalizeMarkdown } from "../../generator/src/recover/markdown-lines.js";
import { parseTencentV3 } from "../../generator/src/parse/tencent-v3.js";

// the shape of Tencent's Chinese markdown source: pipe tables, <br> and <li> in cells, 是/否
const doc = `## 1. 接口描述

接口请求域名： cvm.tencentcloudapi.com 。

本接口用于查询实例。

默认接口请求频率限制：40次/秒。

## 2. 输入参数

| 参数名称 | 必选 | 类型 | 描述 |
|---------|---------|---------|---------|
| Action | 是 | String | 公共参数，本接口取值：DescribeThings。 |
| Version | 是 | String | 公共参数，本接口取值：2017-03-12。 |
| ThingIds.N | 否 | Array of String | 实例ID。<br>每次请求的实例的上限为100。 |
| Mode | 是 | String | 模式。取值范围：<li>FAST：快速</li><li>SLOW：慢速</li> |

## 3. 输出参数

| 参数名称 | 类型 | 描述 |
|---------|---------|---------|
| ThingSet | Array of Thing | 实例详细信息列表。<br>注意：此字段可能返回 null，表示取不到有效值。 |
| RequestId | String | 唯一请求 ID。 |

## 4. 示例

### 示例1 查询实例

#### 输入示例

\`\`\`
POST / HTTP/1.1
Host: cvm.tencentcloudapi.com
<公共请求参数>

{"ThingIds": ["ins-1"], "Mode": "FAST"}
\`\`\`

#### 输出示例

\`\`\`json
{"Response": {"ThingSet": [{"ThingId": "ins-1"}], "RequestId": "r"}}
\`\`\`

## 6. 错误码

| 错误码 | 描述 |
|---------|---------|
| InvalidParameterValue.LimitExceeded | 参数值数量超过限制。 |

## Thing

实例

被如下接口引用：DescribeThings。

| 名称 | 类型 | 描述 |
|---------|---------|---------|
| ThingId | String | 实例ID。 |
`;

describe("Chinese markdown source", () => {
  const parsed = parseTencentV3("cvm.md", normalizeMarkdown(toSourceLines(doc)));
  const a = parsed.actions[0];
  it("reads the action", () => {
    expect(a.name).toBe("DescribeThings");
    expect(a.rateLimit).toBe(40);
    expect(parsed.endpoints).toEqual(["cvm.tencentcloudapi.com"]);
    expect(parsed.apiVersion).toBe("2017-03-12");
  });
  it("reads pipe-table rows with 是/否, Foo.N arrays, <br>/<li> in cells", () => {
    expect(a.input).toMatchObject([
      { name: "ThingIds", type: "string", array: true, required: false, description: "实例ID。 每次请求的实例的上限为100。" },
      { name: "Mode", type: "string", required: true, enum: ["FAST", "SLOW"] },
    ]);
    expect(a.output).toMatchObject([{ name: "ThingSet", type: "Thing", array: true, nullable: true }]);
  });
  it("reads examples, errors and structures", () => {
    expect(a.examples[0]).toMatchObject({
      title: "查询实例",
      input: { ThingIds: ["ins-1"], Mode: "FAST" },
      output: { ThingSet: [{ ThingId: "ins-1" }], RequestId: "r" },
    });
    expect(a.errors).toEqual(["InvalidParameterValue.LimitExceeded"]);
    expect(parsed.structures).toMatchObject([{ name: "Thing", usedBy: ["DescribeThings"], members: [{ name: "ThingId", type: "string" }] }]);
  });
});
