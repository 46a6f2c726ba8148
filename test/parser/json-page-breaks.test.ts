/** Example JSON damaged by page breaks, as the PostgreSQL reference prints it. */
import { describe, expect, it } from "vitest";
import { firstJsonObject, tryParseJson } from "../../generator/src/parse/json-blocks.js";

const parse = (text: string) => {
  const found = firstJsonObject(text)!;
  return { ...tryParseJson(found.json), found };
};

describe("example JSON split over pages", () => {
  it("drops a closing bracket a page break left before a key (DescribeDBInstances)", () => {
    const r = parse('{ "Limit": "10", "Filters": [ { "Values": [ "postgres-x" ], } "Name": "db-instance-id" } ], "Offset": "0" }');
    expect(r.value).toEqual({ Limit: "10", Filters: [{ Values: ["postgres-x"], Name: "db-instance-id" }], Offset: "0" });
    expect(r.found.repaired).toMatch(/displaced/);
  });
  it("drops a stray closer inside an array and closes what the page cut off (DescribeSlowQueryList)", () => {
    const r = parse('{ "Response": { "List": [ { "A": 1 }, } { "A": 2 } ], "RequestId": "r" ');
    expect(r.value).toEqual({ Response: { List: [{ A: 1 }, { A: 2 }], RequestId: "r" } });
  });
  it("closes an array whose ] was lost when a key follows (DescribeServerlessDBInstances)", () => {
    const r = parse('{ "Response": { "Set": [ { "Id": "x", "List": null }, "RequestId": "r" } }');
    expect(r.value).toEqual({ Response: { Set: [{ Id: "x", List: null }], RequestId: "r" } });
  });
  it("reads a key whose opening quote the markdown export printed as > (DescribeDBInstanceSecurityGroups)", () => {
    const r = parse('{ "Set": [ { "CidrIp": "10.0.0.0/8", >Description": "Enable the private network", "Port": "ALL" } ] }');
    expect(r.value).toEqual({ Set: [{ CidrIp: "10.0.0.0/8", Description: "Enable the private network", Port: "ALL" }] });
    expect(r.found.repaired).toMatch(/key quote\(s\) printed as ">"/);
  });
  it("leaves well-formed JSON alone", () => {
    const r = parse('text before { "A": [1, {"B": "}"}], "C": "]" } text after');
    expect(r.value).toEqual({ A: [1, { B: "}" }], C: "]" });
    expect(r.found.repaired).toBeUndefined();
  });
});
