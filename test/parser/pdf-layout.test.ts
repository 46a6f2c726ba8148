import { describe, expect, it } from "vitest";
import { toSourceLines } from "../../generator/src/recover/source-lines.js";
import { removePageFurniture } from "../../generator/src/recover/pdf-layout.js";
import { parseFieldRows } from "../../generator/src/parse/field-rows.js";

// cut from the Redis 2018-04-12 PDF extract: a page break inside the input table of AddReplicationInstance
const pageBreakInTable = `InstanceId Yes String
Instance ID. Log in to the Redis console and copy it in the

instance list.

Instance APIs

AddReplicationInstance
最近更新时间：2025-08-13 16:49:09

https://console.intl.cloud.tencent.com/api/explorer?Product=redis&Version=2018-04-12&Action=AddReplicationInstance
https://intl.cloud.tencent.com/document/api/239/32045
 InstanceRole Yes String Assigns roles to instances added to the replication group.

rw: read-write;`;

describe("PDF layout recovery", () => {
  it("drops page furniture and keeps the content on both sides of it", () => {
    const lines = removePageFurniture(toSourceLines(pageBreakInTable)).map((l) => l.text);
    expect(lines).not.toContain("AddReplicationInstance");
    expect(lines).not.toContain("Instance APIs");
    expect(lines.some((l) => l.startsWith("http"))).toBe(false);
    expect(lines).toContain("InstanceRole Yes String Assigns roles to instances added to the replication group.");
    expect(lines).toContain("instance list.");
  });

  it("keeps a printed GET example request, and drops every other bare link", () => {
    const example = "https://cvm.tencentcloudapi.com/?Action=DescribeInstances&Limit=1";
    const links = [
      "https://console.intl.cloud.tencent.com/api/explorer?Product=redis&Action=AddReplicationInstance",
      "https://intl.cloud.tencent.com/document/api/239/32045#.E5.9C.B0.E5.9F.9F.E5.88.97.E8.A1.A8",
      "https://cvm.tencentcloudapi.com/?Version=2017-03-12&Action=DescribeInstances",
      "https://intl.cloud.tencent.com/document/product/239/4106?from_cn_redirect=1",
    ];
    const kept = removePageFurniture(toSourceLines([example, "https://cvm.tencentcloudapi.com?Action=RunInstances", ...links].join("\n")));
    expect(kept.map((l) => l.text)).toEqual([example, "https://cvm.tencentcloudapi.com?Action=RunInstances"]);
  });

  it("keeps original line numbers for diagnostics", () => {
    const lines = removePageFurniture(toSourceLines(pageBreakInTable));
    expect(lines.find((l) => l.text.startsWith("InstanceRole"))?.line).toBe(13);
  });

  it("rebuilds rows across the page break", () => {
    const fields = parseFieldRows(removePageFurniture(toSourceLines(pageBreakInTable)), { file: "f", structureNames: new Set(), required: "always" });
    expect(fields.map((f) => [f.name, f.required])).toEqual([
      ["InstanceId", true],
      ["InstanceRole", true],
    ]);
    expect(fields[0].description).toBe("Instance ID. Log in to the Redis console and copy it in the instance list.");
  });
});

describe("wrapped rows", () => {
  const structs = new Set(["Account", "ReplicaGroup"]);
  it("reads a type split as 'Array of' / 'Account' over lines", () => {
    const f = parseFieldRows(toSourceLines("Accounts\nArray of\n\nAccount\nAccount details.\n\nTotalCount Integer Number of accounts."), {
      file: "f",
      structureNames: structs,
      required: "never",
    });
    expect(f.map((x) => [x.name, x.type, x.array])).toEqual([
      ["Accounts", "Account", true],
      ["TotalCount", "integer", false],
    ]);
    expect(f[0].description).toBe("Account details.");
  });
  it("reads 'Array' / 'of' split and the element type printed after the description starts", () => {
    const text =
      "InstanceIds.N Yes Array\n\nof\n\nInstance ID list, which is an array of one or more instance\n\nIDs. Log in to the Redis console and copy it in the instance\n String list.";
    const f = parseFieldRows(toSourceLines(text), { file: "f", structureNames: structs, required: "always" });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ name: "InstanceIds", type: "string", array: true, required: true });
    expect(f[0].description).toBe(
      "Instance ID list, which is an array of one or more instance IDs. Log in to the Redis console and copy it in the instance list.",
    );
  });
  it("reads structure tables whose Required column follows Type, even when it wraps", () => {
    const text = "Name Type Required Description\n\nRegion String Yes\nThe region of the VPC\n\nVpcList\nArray of\n\nString\nYes\n\nThe list of VPCs";
    const f = parseFieldRows(toSourceLines(text), { file: "f", structureNames: structs, required: "maybe" });
    expect(f.map((x) => [x.name, x.type, x.array, x.required])).toEqual([
      ["Region", "string", false, true],
      ["VpcList", "string", true, true],
    ]);
  });
  it("does not mistake description lines for rows", () => {
    const f = parseFieldRows(toSourceLines("Privilege String\n\nRead/Write permission policy.\n\n- r: read-only.\n\nInstance ID of the node"), {
      file: "f",
      structureNames: structs,
      required: "never",
    });
    expect(f).toHaveLength(1);
  });
  it("marks nullable and deprecated fields from their description", () => {
    const f = parseFieldRows(
      toSourceLines(
        "Foo String Note: This field may return null, indicating that no valid values can be obtained.\nBar Integer This parameter has been deprecated.",
      ),
      { file: "f", structureNames: structs, required: "never" },
    );
    expect(f[0].nullable).toBe(true);
    expect(f[1].deprecated).toBe(true);
  });
});

describe("row heads by their second word", () => {
  // a line is a head only if its second word can follow a name (a Required word, "Array", a type's
  // first word): each kind of table, with each kind of second word, still reads its heads
  const structs = new Set(["Account"]);
  const names = (text: string, required: "always" | "never" | "maybe") =>
    parseFieldRows(toSourceLines(text), { file: "f", structureNames: structs, required }).map((f) => [f.name, f.type, f.array, f.required]);

  it("reads input heads after Yes, No and their Chinese words", () => {
    expect(names("Region Yes String The region.\nLimit No Integer At most.\nZone 是 String 可用区。\nOffset 否 Int64 偏移。", "always")).toEqual([
      ["Region", "string", false, true],
      ["Limit", "integer", false, false],
      ["Zone", "string", false, true],
      ["Offset", "integer", false, false],
    ]);
  });

  it("reads output heads after a type, a two-word type, Array of and a structure", () => {
    expect(
      names("Total Integer Count.\nCreated Timestamp ISO8601 When.\nIds Array of String The IDs.\nOwner Account Who.\nThe instance ID list follows.", "never"),
    ).toEqual([
      ["Total", "integer", false, false],
      ["Created", "string", false, false],
      ["Ids", "string", true, false],
      ["Owner", "Account", false, false],
    ]);
  });

  it("reads structure heads with Required before or after the type", () => {
    expect(names("Name Yes String The name.\nValue String No The value.\nTags Array of Account Yes Tags.", "maybe")).toEqual([
      ["Name", "string", false, true],
      ["Value", "string", false, false],
      ["Tags", "Account", true, true],
    ]);
  });
});
