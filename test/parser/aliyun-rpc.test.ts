import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { toSourceLines } from "../../generator/src/recover/source-lines.js";
import { removeAliyunPageFurniture } from "../../generator/src/recover/aliyun-pdf-layout.js";
import { parseAliyunRpc } from "../../generator/src/parse/aliyun-rpc.js";
import { parseLenientJson } from "../../generator/src/parse/aliyun/lenient-json.js";
import { enumeratedValues } from "../../generator/src/parse/aliyun/field-text.js";
import { validateExamples } from "../../generator/src/check/validate-examples.js";
import { checkSpec } from "../../generator/src/check/check-spec.js";
import type { Spec } from "../../generator/src/model.js";

const fixture = (f: string) => readFileSync(new URL(`../fixtures/aliyun/${f}`, import.meta.url), "utf8");
const parse = (f: string) => parseAliyunRpc(f, toSourceLines(fixture(f)));

describe("Alibaba RPC family: one action section (cut from R-KVStore DescribeInstanceAttribute)", () => {
  const doc = parse("instance-attribute.txt");
  const action = doc.actions[0];
  const struct = (n: string) => doc.structures.find((s) => s.name === n);

  it("finds the action and leaves Action and the common parameters out of its input", () => {
    expect(doc.actions.map((a) => a.name)).toEqual(["DescribeInstanceAttribute"]);
    expect(action.input.map((f) => [f.name, f.required])).toEqual([["InstanceId", true]]);
  });

  it("nests by position and by the example: Instances → DBInstanceAttribute[], Tags → Tag[]", () => {
    expect(action.output.map((f) => [f.name, f.type])).toEqual([["Instances", "DBInstanceAttributeList"]]);
    expect(struct("DBInstanceAttributeList")!.members).toMatchObject([{ name: "DBInstanceAttribute", type: "DBInstanceAttribute", array: true }]);
    const attr = struct("DBInstanceAttribute")!.members;
    expect(attr.find((m) => m.name === "Tags")?.type).toBe("TagList");
    expect(struct("Tag")!.members.map((m) => m.name)).toEqual(["Key", "Value"]);
    // VpcId and ZoneId follow Tags in the table, but the example shows them in DBInstanceAttribute
    expect(attr.map((m) => m.name)).toEqual(expect.arrayContaining(["VpcId", "ZoneId"]));
    expect(doc.diagnostics.some((d) => /puts .*VpcId.* in DBInstanceAttribute, not under Tags/.test(d.message))).toBe(true);
  });

  it("repairs a wrap-damaged name and keeps the table's spelling", () => {
    const f = struct("DBInstanceAttribute")!.members.find((m) => m.name === "ConnectionDomain");
    expect(f?.documentedAs).toBe("Connection Domain");
  });

  it("reads types and Valid values", () => {
    const attr = struct("DBInstanceAttribute")!.members;
    expect(attr.find((m) => m.name === "Bandwidth")).toMatchObject({ type: "integer", format: "int64" });
    expect(attr.find((m) => m.name === "ChargeType")?.enum).toEqual(["PrePaid", "PostPaid"]);
  });

  it("joins a JSON example split by a page break, and it validates against the nested types", () => {
    const ex = action.examples[0];
    expect(ex.input).toEqual({ InstanceId: "r-bp1xxxxxxxxxxxxx" });
    expect((ex.output as any).Instances.DBInstanceAttribute[0].ZoneId).toBe("cn-hangzhou-e");
    const spec = { service: { source: { file: "f" } }, actions: doc.actions, structures: doc.structures, errors: doc.errors } as unknown as Spec;
    const st = { total: 0, valid: 0 };
    expect(validateExamples(spec, st)).toEqual([]);
    expect(st).toEqual({ total: 1, valid: 1 });
  });

  it("reads the action's own error table with HTTP status and message", () => {
    expect(action.errors).toEqual(["IncorrectDBInstanceState"]);
    expect(doc.errors[0]).toMatchObject({
      code: "IncorrectDBInstanceState",
      httpStatus: 403,
      message: "Current DB instance state does not support this operation.",
    });
  });
});

describe("Alibaba RPC family: the error-code appendix", () => {
  const doc = parseAliyunRpc("appendix.txt", toSourceLines(fixture("instance-attribute.txt") + "\n" + fixture("error-appendix.txt")));
  it("reads Code/message/httpStatusCode in the appendix's column order and repairs wrapped codes", () => {
    const e = (c: string) => doc.errors.find((x) => x.code === c);
    expect(e("Forbidden.NotSupportRAM")).toMatchObject({ httpStatus: 403, description: "The operation is unavailable in RAM mode.", common: false });
    expect(e("InvalidInstanceId.NotFound")?.httpStatus).toBe(404);
  });
  it("keeps a code documented with several messages once, with its variants", () => {
    const m = doc.errors.filter((x) => x.code === "MissingParameter");
    expect(m).toHaveLength(1);
    expect(m[0].variants?.map((v) => v.message)).toEqual(["InstanceName /NewPassword at least one is mandatory for this action."]);
  });
});

describe("Alibaba RPC family: an ECS-style section with Chinese headings", () => {
  const doc = parse("ecs-chinese.txt");
  const a = doc.actions[0];
  it("makes Foo.N an array named Foo, and continues the table across a page break", () => {
    expect(a.name).toBe("DescribeSecurityGroups");
    expect(a.input.map((f) => [f.name, f.array])).toEqual([
      ["RegionId", false],
      ["SecurityGroupIds", true],
      ["NetworkType", false],
      ["PageSize", false],
    ]);
    expect(a.input.find((f) => f.name === "NetworkType")?.enum).toEqual(["vpc", "classic"]);
    expect(a.examples[0].input).toEqual({ RegionId: "cn-hangzhou", SecurityGroupIds: ["sg-1", "sg-2"] });
    expect(doc.endpoints).toEqual(["ecs.aliyuncs.com"]);
  });
});

describe("Alibaba PDF furniture", () => {
  const text = [
    "ApsaraDB for Redis API Reference / 8 Manage instances",
    "",
    "```",
    '{ "A": 1,',
    "```",
    "",
    "Issue: 20191030 29",
    "",
    "```",
    '"B": 2 }',
    "```",
    "",
    "29",
    "",
  ].join("\n");
  const lines = removeAliyunPageFurniture(toSourceLines(text));
  it("drops running headers, footers and page numbers and joins a code block split by a page", () => {
    const kept = lines.map((l) => l.text).filter((t) => t.trim());
    expect(kept).toEqual(["```", '{ "A": 1,', '"B": 2 }', "```"]);
    expect(lines.find((l) => l.text.startsWith('"B"'))?.line).toBe(10);
  });
});

describe("lenient JSON of the family's examples", () => {
  it("repairs what the pages lose and names each repair", () => {
    const r = parseLenientJson(
      [
        '"MonitorItems" : {',
        '  "MonitorItem" : [{',
        '    "MonitorKey" : "GetQ",',
        '    "Unit" : "Counts/s"',
        "",
        '    "MonitorKey" : "Flush",',
        '    "Unit" : "Counts/s"',
        "  ]",
        "",
        '  "RequestId" : "B906"',
      ].join("\n"),
      { topLevelKeys: new Set(["MonitorItems", "RequestId"]) },
    );
    expect(r.value).toEqual({
      MonitorItems: {
        MonitorItem: [
          { MonitorKey: "GetQ", Unit: "Counts/s" },
          { MonitorKey: "Flush", Unit: "Counts/s" },
        ],
      },
      RequestId: "B906",
    });
    expect(r.repairs).toEqual(expect.arrayContaining(["missing outer braces", "missing commas", 'missing "}, {" between list items']));
  });
  it("ends a string cut off at the page edge and joins one wrapped onto the next line", () => {
    const r = parseLenientJson('{\n "Config": "{\\"a\\":\n "Host": "r-1.redis.rds.\naliyuncs.com"\n}');
    expect(r.value).toEqual({ Config: '{"a":', Host: "r-1.redis.rds.aliyuncs.com" });
  });
  it("reads Valid values lists, not ranges", () => {
    expect(enumeratedValues("Retention period. Supported values: 14, 30, 60, and 120.")).toEqual(["14", "30", "60", "120"]);
    expect(enumeratedValues("Valid values: 1024 to 65535.")).toBeUndefined();
    expect(enumeratedValues("Unit: month. Supported values: 1-9, 12, 24, and 36.")).toBeUndefined();
  });
});

describe("the full R-KVStore 2015-01-01 spec", () => {
  const spec = JSON.parse(readFileSync(new URL("../../spec/aliyun-r-kvstore-2015-01-01.json", import.meta.url), "utf8")) as Spec;
  const text = readFileSync(new URL("../../spec/sources/aliyun-r-kvstore-2015-01-01.pdf.txt", import.meta.url), "utf8");
  it("has every action the contents list", () => {
    const contents = [...text.matchAll(/^\d+\.\d+ ([A-Za-z]+)\.{3,}\t\d+$/gm)].map((m) => m[1]);
    expect(contents).toHaveLength(31);
    expect(spec.actions.map((a) => a.name).sort()).toEqual([...contents].sort());
    expect(spec.service).toMatchObject({
      provider: "aliyun",
      name: "r-kvstore",
      apiVersion: "2015-01-01",
      protocol: "aliyun-rpc-v1",
      endpoint: "r-kvstore.aliyuncs.com",
    });
  });
  it("every JSON example response validates against its action's response type", () => {
    const outputProblems = validateExamples(spec).filter((d) =>
      /unknown field output|: output\.\S+ should be|output is not|JSON does not parse/.test(d.message),
    );
    expect(outputProblems).toEqual([]);
    expect(spec.actions.every((a) => a.examples.length === 1 && a.examples[0].output)).toBe(true);
  });
  it("has the appendix and per-action error codes, with HTTP status", () => {
    expect(spec.errors.length).toBeGreaterThanOrEqual(50);
    expect(spec.errors.find((e) => e.code === "Forbidden.RAM")?.httpStatus).toBe(403);
    expect(spec.actions.find((a) => a.name === "ModifyInstanceSpec")?.errors).toEqual(["PaymentMethodNotFound", "HasRenewChangeOrder"]);
  });
  it("reports the document's disagreements with itself", () => {
    const report = checkSpec(spec).map((d) => `${d.at} ${d.message}`);
    const has = (re: RegExp) => expect(report.some((m) => re.test(m))).toBe(true);
    has(/:\d+ the document's action lists disagree: the contents lists 31, .*"RAM authorization" table lists 21, .*"API overview" table lists 23/);
    has(/"API overview" table lists 23 .*misses DescribeDBInstanceNetInfo/);
    has(/pdf\.txt:191 the document says API version 2016-11-01 here, but 2015-01-01/);
    has(/printed signature BIPOMlu8LXBeZtLQkJTw6iFvw1E= does not match its printed parameters: .* gives YUCAgocaSol6ljT\/RiHFG2T0Zlk=/);
    expect(checkSpec(spec).filter((d) => d.severity === "error")).toEqual([]);
  });
  it("weighs the tables against the examples", () => {
    const s = (n: string) => spec.structures.find((x) => x.name === n)!;
    expect(s("Instance").members.find((m) => m.name === "UserName")?.documentedAs).toBe("Username");
    const backups = spec.actions.find((a) => a.name === "DescribeBackups")!;
    expect(backups.input.find((f) => f.documentedAs === "PagSize")?.name).toBe("PageSize");
    // the table's plural is kept; the example's InstanceId is reported, not adopted
    expect(spec.actions.find((a) => a.name === "DescribeInstances")!.input.some((f) => f.name === "InstanceIds")).toBe(true);
  });
});

describe("Alibaba RPC family: another product's reference as markdown source (pipe tables, newer type names)", () => {
  // written in the style of Alibaba's markdown API pages (KMS DescribeKey), not cut from the corpus
  const doc = parse("kms-describe-key.md");
  const action = doc.actions.find((a) => a.name === "DescribeKey")!;
  it("reads the pipe tables, and Tags.N.Key rows as a list of Tag structures", () => {
    expect(action.input.map((f) => [f.name, f.type, f.array, f.required])).toEqual([
      ["KeyId", "string", false, true],
      ["Tags", "Tag", true, false],
    ]);
    expect(doc.structures.find((s) => s.name === "Tag")?.members.map((m) => m.name)).toEqual(["Key"]);
  });
  it("reads a Struct row as an object structure named for itself, its members placed by the example", () => {
    expect(action.output.map((f) => [f.name, f.type, f.array])).toEqual([["KeyMetadata", "KeyMetadata", false]]);
    expect(doc.structures.find((s) => s.name === "KeyMetadata")?.members.map((m) => [m.name, m.enum])).toEqual([["KeyState", ["Enabled", "Disabled"]]]);
  });
  it("reads the example request URL and the error table", () => {
    expect(action.examples[0].input).toEqual({ KeyId: "1234abcd-12ab-34cd-56ef-12345678****" });
    expect(doc.errors.find((e) => e.code === "Forbidden.KeyNotFound")).toMatchObject({ httpStatus: 404 });
  });
});
