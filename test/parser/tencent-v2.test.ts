import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { removePageFurniture } from "../../generator/src/recover/pdf-layout.js";
import { toSourceLines } from "../../generator/src/recover/source-lines.js";
import { parseTencentV2 } from "../../generator/src/parse/tencent-v2.js";
import { closeLostItems } from "../../generator/src/parse/tencent-v2/examples.js";
import { countWords, repairHomoglyphs } from "../../generator/src/parse/tencent-v2/homoglyphs.js";
import { typeQueryValues } from "../../generator/src/parse/query-example.js";
import { validateExamples } from "../../generator/src/check/validate-examples.js";
import type { Spec } from "../../generator/src/model.js";
import type { ParsedDocument } from "../../generator/src/parse/parsed-document.js";

const fixture = (f: string) => readFileSync(new URL(`../fixtures/tencent-v2/${f}`, import.meta.url), "utf8");
const parseText = (name: string, text: string) => parseTencentV2(name, removePageFurniture(toSourceLines(text)));
const parse = (f: string) => parseText(f, fixture(f));
const asSpec = (doc: ParsedDocument) => {
  for (const a of doc.actions) typeQueryValues(a, doc.structures);
  return { service: { source: { file: "f" } }, actions: doc.actions, structures: doc.structures, errors: doc.errors } as unknown as Spec;
};
const messages = (doc: ParsedDocument) => doc.diagnostics.map((d) => d.message);

describe("API 2.0 family: the document's lists against its body (contents, overview, two sections)", () => {
  const doc = parse("lists.txt");
  it("names actions by their Action field, not by the overview", () => {
    expect(doc.actions.map((a) => a.name)).toEqual(["ResetRedisPassword", "DescribeTaskInfo"]);
  });
  it("says the overview names ResetMongoDBPassword where the body documents ResetRedisPassword", () => {
    expect(messages(doc)).toContain(
      'the API overview table names ResetMongoDBPassword for "Reset CRS Instance Password", where the body documents ResetRedisPassword; the spec keeps ResetRedisPassword',
    );
  });
  it("counts every list: the contents' titles (bullets lost after a page break), the overview's names", () => {
    expect(messages(doc)).toContain("the document's action lists disagree: the contents lists 20, the API overview table lists 20; the body documents 2");
    // the 18 contents titles this cut has no section for are named one by one; the category line is no action
    const unmatched = messages(doc).filter((m) => /^the contents list ".*", which no section of the body has$/.test(m));
    expect(unmatched).toHaveLength(18);
    expect(unmatched).toContain('the contents list "Export Backup of CRS Instance", which no section of the body has');
    expect(unmatched.some((m) => m.includes('"Instance API"'))).toBe(false);
    expect(doc.listedActions).toEqual(expect.arrayContaining(["ResetMongoDBPassword", "ResetRedisPassword", "DescribeTaskInfo"]));
  });
  it("reads the endpoint and the latest update date", () => {
    expect(doc.endpoints).toEqual(["redis.api.qcloud.com"]);
    expect(doc.released).toBe("2017-12-06");
  });
});

describe("API 2.0 family: dotted response paths over several tables (DescribeRedisProduct)", () => {
  const doc = parse("dotted-response.txt");
  const a = doc.actions[0];
  it("repairs names whose capital I was extracted as l, where the document spells them right elsewhere", () => {
    expect(a.input).toMatchObject([
      { name: "zoneIds", documentedAs: "zonelds", type: "string", array: true, required: false },
      { name: "typeId", documentedAs: "typeld", type: "integer", array: false, required: false },
    ]);
  });
  it('rebuilds data[] from the "Array data is composed as follows" tables, the example deciding list or object', () => {
    expect(a.output.map((f) => [f.name, f.type, f.array])).toEqual([
      ["code", "integer", false],
      ["message", "string", false],
      ["codeDesc", "string", false],
      ["data", "DescribeRedisProductData", true],
    ]);
    const data = doc.structures.find((s) => s.name === "DescribeRedisProductData")!;
    expect(data.members.map((m) => [m.name, m.type, m.array, m.map ?? false])).toEqual([
      ["zoneId", "integer", false, false],
      ["name", "string", false, false],
      ["types", "DescribeRedisProductDataTypes", false, true],
    ]);
    expect(data.usedBy).toEqual(["DescribeRedisProduct"]);
  });
  it("reads data.types.typeId.* as a map keyed by type ID (as the example shows), its values a structure of the typeId.* rows", () => {
    const types = doc.structures.find((s) => s.name === "DescribeRedisProductData")!.members.find((m) => m.name === "types")!;
    expect(types).toMatchObject({ type: "DescribeRedisProductDataTypes", map: true, array: false });
    expect(types.description).toMatch(/Keyed by typeId\.$/);
    const value = doc.structures.find((s) => s.name === "DescribeRedisProductDataTypes")!;
    expect(value.members.map((m) => [m.name, m.type])).toEqual([
      ["type", "integer"],
      ["typeName", "string"],
      ["minMemSize", "integer"],
      ["maxMemSize", "integer"],
      ["minBuyNum", "integer"],
      ["maxBuyNum", "integer"],
    ]);
    expect(messages(doc).some((m) => /keys data\.types by typeId .* as a map of DescribeRedisProductDataTypes/.test(m))).toBe(true);
  });
  it("validates the example; the request's misspelt zonedId is named", () => {
    expect(validateExamples(asSpec(doc)).map((d) => d.message)).toEqual(["DescribeRedisProduct example 1: unknown field input.zonedId"]);
    expect(a.errors).toEqual(["11201", "11052"]);
  });
});

describe("API 2.0 family: a JSON example broken by page breaks, alternative member tables (DescribeRedisDealDetail)", () => {
  const doc = parse("page-broken-json.txt");
  const a = doc.actions[0];
  const struct = (n: string) => doc.structures.find((s) => s.name === n)!;
  it("puts back a list item's lost closing brace", () => {
    expect(closeLostItems('{"a": [{"b": {"c": 1},\n{"b": 2}]}')).toEqual({ text: '{"a": [{"b": {"c": 1}},\n{"b": 2}]}', count: 1 });
    expect(closeLostItems('{"a": [{"b": 1}, {"b": 2}]}').count).toBe(0);
    expect(a.examples[0].repaired).toMatch(/a list item's closing brace lost/);
    expect((a.examples[0].output as any).dealDetails).toHaveLength(3);
  });
  it("joins the three goodsDetail tables (created, renewed, upgraded) into one object the example shows", () => {
    const deal = struct("DescribeRedisDealDetailDealDetails");
    expect(deal.members.find((m) => m.name === "goodsDetail")).toMatchObject({ type: "DescribeRedisDealDetailDealDetailsGoodsDetail", array: false });
    expect(struct("DescribeRedisDealDetailDealDetailsGoodsDetail").members.map((m) => m.name)).toEqual([
      "memSize",
      "timeSpan",
      "timeUnit",
      "redisIds",
      "curDeadline",
      "oldMemSize",
      "newMemsize",
    ]);
    expect(struct("DescribeRedisDealDetailDealDetailsGoodsDetail").members.find((m) => m.name === "redisIds")).toMatchObject({ type: "string", array: true });
  });
  it("takes the example's zoneId for the table's zonId, but keeps creatTime, which one example item sends", () => {
    const deal = struct("DescribeRedisDealDetailDealDetails");
    expect(deal.members.find((m) => m.name === "zoneId")?.documentedAs).toBe("zonId");
    expect(deal.members.some((m) => m.name === "creatTime")).toBe(true);
    expect(validateExamples(asSpec(doc)).map((d) => d.message)).toContain("DescribeRedisDealDetail example 1: unknown field output.dealDetails.createTime");
  });
});

describe("API 2.0 family: damaged request rows (DescribeRedis, GetRedisTaskList)", () => {
  const doc = parse("damaged-input-rows.txt");
  const action = (n: string) => doc.actions.find((a) => a.name === n)!;
  it("reads a row that lost its Required cell as optional, and says so", () => {
    expect(action("DescribeRedis").input.find((f) => f.name === "redisId")).toMatchObject({ type: "string", required: false, description: "Instance ID" });
    expect(messages(doc)).toContain("DescribeRedis.redisId: the row has no Required cell; read as optional");
  });
  it("renames a copied row to the parameter its description and the example name", () => {
    const input = action("GetRedisTaskList").input;
    expect(input.filter((f) => f.name === "redisId")).toHaveLength(1);
    expect(input.find((f) => f.name === "redisName")).toMatchObject({ documentedAs: "redisId", required: false });
  });
  it('types "Array" parameters without .n by the example\'s values', () => {
    const input = action("GetRedisTaskList").input;
    expect(input.find((f) => f.name === "taskStatus")).toMatchObject({ type: "integer", array: true });
    expect(input.find((f) => f.name === "taskType")).toMatchObject({ type: "string", array: true });
  });
  it("takes the GET URL as the request (spaces in values kept, common parameters left out) and both examples validate", () => {
    const spec = asSpec(doc);
    const ex = action("GetRedisTaskList").examples[0];
    expect(ex.input).toMatchObject({
      limit: 10,
      beginTime: "2016-12-28 00:03:52",
      redisName: "for API test",
      taskStatus: [2],
      taskType: ["task_restoreBackup", "task_backupInstance", "task_cleanInstance"],
    });
    const stats = { total: 0, valid: 0 };
    expect(validateExamples(spec, stats)).toEqual([]);
    expect(stats).toEqual({ total: 2, valid: 2 });
    expect(action("DescribeRedis").output.find((f) => f.name === "data")?.array).toBe(false);
  });
});

describe("API 2.0 family: error tables", () => {
  const doc = parse("error-tables.txt");
  const e = (c: string) => doc.errors.find((x) => x.code === c);
  it("reads the common numeric codes with their Error Type, from both common tables", () => {
    expect(e("4000")).toMatchObject({ common: true, description: expect.stringMatching(/^Invalid request parameters: Required parameters are missing/) });
    for (const c of ["4100", "4101", "4102", "4103", "4104", "4110", "4200", "4500", "5100", "6200"]) expect(e(c)?.common).toBe(true);
    expect(e("4100")?.variants?.[0].description).toMatch(/^Identity verification failed/);
  });
  it("reads an action's module codes with their message, rows split by a page break and over-long rows", () => {
    const a = doc.actions[0];
    expect(a.name).toBe("RestoreInstance");
    expect(a.errors).toEqual(["11201", "10701", "10707", "10702", "10711", "10710", "10712", "11213"]);
    expect(e("10711")).toMatchObject({
      common: false,
      message: "BackupStatusAbnormal",
      description: "The operation is impossible due to an abnormal backup status The backup may be expired or deleted",
    });
  });
});

describe("API 2.0 family: name repairs need the document's word", () => {
  it("leaves real words that contain ld alone", () => {
    const words = countWords(["fieldName threshold zoneId"]);
    expect(repairHomoglyphs("fieldName", words)).toBeUndefined();
    expect(repairHomoglyphs("threshold", words)).toBeUndefined();
    expect(repairHomoglyphs("zoneld", words)).toBe("zoneId");
    expect(repairHomoglyphs("zonelds", words)).toBe("zoneIds");
  });
});

describe("API 2.0 family: the whole Redis 2017 reference", () => {
  const text = readFileSync(new URL("../../spec/sources/tencentcloud-redis-2017.txt", import.meta.url), "utf8");
  const doc = parseText("tencentcloud-redis-2017.txt", text);
  it("documents every action whose section states its Action field", () => {
    const stated = [...text.matchAll(/The Action field for this API is ([A-Za-z]+)\./g)].map((m) => m[1]);
    expect(stated).toHaveLength(22);
    expect(doc.actions.map((a) => a.name).sort()).toEqual([...new Set(stated)].sort());
  });
  it("has every error code of the document's error tables", () => {
    // every row of a table headed "Error Code\t…" starts with its code
    const codes = new Set<string>();
    let inTable = false;
    for (const line of text.split("\n")) {
      if (/^Error Code\t/.test(line)) {
        inTable = true;
        continue;
      }
      const m = line.match(/^(\d+)\t/);
      if (inTable && m) codes.add(m[1]);
      else if (line.trim() && !m) inTable = false;
    }
    expect(codes.size).toBeGreaterThan(40);
    expect(doc.errors.map((x) => x.code).sort()).toEqual([...codes].sort());
  });
  it("keeps every documented request parameter row", () => {
    const a = doc.actions.find((x) => x.name === "CreateRedis")!;
    expect(a.input.map((f) => f.name)).toEqual([
      "zoneId",
      "typeId",
      "memSize",
      "goodsNum",
      "period",
      "password",
      "vpcId",
      "unVpcId",
      "subnetId",
      "unSubnetId",
      "projectId",
    ]);
    expect(doc.actions.find((x) => x.name === "DescribeRedisZones")!.input).toEqual([]);
  });
  it("reports the lists' disagreements: overview 20, contents 22, body 22, ResetMongoDBPassword for ResetRedisPassword", () => {
    const m = messages(doc);
    expect(m).toContain("the document's action lists disagree: the contents lists 22, the API overview table lists 20; the body documents 22");
    expect(m).toContain(
      'the API overview table names ResetMongoDBPassword for "Reset CRS Instance Password", where the body documents ResetRedisPassword; the spec keeps ResetRedisPassword',
    );
    expect(m.some((x) => x.startsWith("the contents list"))).toBe(false);
    expect(doc.actions.some((a) => a.name === "ResetMongoDBPassword")).toBe(false);
  });
  it("reads no action from the tutorial chapters", () => {
    expect(doc.actions.some((x) => x.name === "DescribeInstances")).toBe(false);
    expect(doc.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });
});
