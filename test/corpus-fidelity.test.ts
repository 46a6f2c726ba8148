import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import type { Spec } from "../generator/src/model.js";
import { checkSpec } from "../generator/src/check/check-spec.js";
import { validateExamples } from "../generator/src/check/validate-examples.js";

const load = (id: string) => JSON.parse(readFileSync(new URL(`../spec/${id}.json`, import.meta.url), "utf8")) as Spec;
const source = (f: string) => readFileSync(new URL(`../spec/sources/${f}`, import.meta.url), "utf8");

describe("Redis 2018-04-12", () => {
  const spec = load("tencentcloud-redis-2018-04-12");
  const text = source("tencentcloud-redis-2018-04-12.pdf.txt");
  it("has every documented action section", () => {
    const documented = [...text.matchAll(/The value used for\s+this\s+API:\s+([A-Za-z]+)\./g)].map((m) => m[1]);
    expect(new Set(spec.actions.map((a) => a.name))).toEqual(new Set(documented));
    expect(spec.actions).toHaveLength(108);
  });
  it("keeps real misspelled wire names", () => expect(spec.actions.some((a) => a.name === "ModfiyInstancePassword")).toBe(true));
  it("has every error code printed in any error table", () => {
    const codes = new Set(spec.errors.map((e) => e.code));
    const actionCodes = spec.actions.flatMap((a) => a.errors);
    expect(actionCodes.filter((c) => !codes.has(c))).toEqual([]);
    for (const c of ["AuthFailure.SignatureFailure", "ResourceNotFound.InstanceNotExists", "UnsupportedOperation.OnlyClusterInstanceCanExportBackup"])
      expect(codes.has(c)).toBe(true);
    expect(spec.errors.find((e) => e.code === "AuthFailure.SignatureFailure")?.common).toBe(true);
  });
  it("reports the endpoint disagreement between its two sources", () => {
    expect(spec.service.endpoints).toEqual(expect.arrayContaining(["redis.intl.tencentcloudapi.com", "redis.tencentcloudapi.com"]));
    expect(spec.diagnostics.some((d) => /endpoint disagreement/.test(d.message))).toBe(true);
  });
  it("check names the action the history lists but the reference does not document", () => {
    expect(checkSpec(spec).some((d) => /ModifyInstancePassword/.test(d.message))).toBe(true);
  });
  it("reads the release history", () => {
    expect(spec.releases.map((r) => r.release)).toEqual(expect.arrayContaining([45, 2]));
    expect(spec.releases.find((r) => r.release === 45)?.newActions).toEqual([
      "DescribeSecondLevelBackupInfo",
      "ModifyInstanceBackupMode",
      "RemoveReplicationGroup",
    ]);
  });
  it("most printed examples validate against the spec", () => {
    const st = { total: 0, valid: 0 };
    validateExamples(spec, st);
    expect(st.total).toBeGreaterThan(100);
    expect(st.valid / st.total).toBeGreaterThanOrEqual(0.95);
  });
});

describe("PostgreSQL 2017-03-12", () => {
  const spec = load("tencentcloud-postgres-2017-03-12");
  it("has every error code of every list, action tables included", () => {
    const codes = new Set(spec.errors.map((e) => e.code));
    expect(spec.actions.flatMap((a) => a.errors).filter((c) => !codes.has(c))).toEqual([]);
    expect(codes.has("FailedOperation.DatabaseAccessError")).toBe(true);
  });
  it("has all 89 action sections and 42 structures", () => {
    expect(spec.actions).toHaveLength(89);
    expect(spec.structures).toHaveLength(42);
  });
  it("weighs tables against examples: DBInstanceid in tables, DBInstanceId on the wire", () => {
    const a = spec.actions.find((x) => x.name === "RestartDBInstance")!;
    expect(a.input.find((f) => f.name === "DBInstanceId")?.documentedAs).toBe("DBInstanceid");
    expect(spec.diagnostics.some((d) => /RestartDBInstance input field: the table says DBInstanceid/.test(d.message))).toBe(true);
  });
});

describe("names weighed against the examples", () => {
  const spec = load("tencentcloud-postgres-2017-03-12");
  it("repairs character damage (DBInstanceCld) and plural slips (DBInstanceIds) from the examples", () => {
    const chargeType = spec.actions.find((a) => a.name === "ModifyDBInstanceChargeType")!;
    expect(chargeType.input.find((f) => f.documentedAs === "DBInstanceCld")?.name).toBe("DBInstanceId");
    const init = spec.actions.find((a) => a.name === "InitDBInstances")!;
    expect(init.input.find((f) => f.documentedAs === "DBInstanceIds")?.name).toBe("DBInstanceIdSet");
  });
  it("most printed examples validate against the spec", () => {
    const st = { total: 0, valid: 0 };
    validateExamples(spec, st);
    expect(st.total).toBeGreaterThan(100);
    expect(st.valid / st.total).toBeGreaterThanOrEqual(0.95);
  });
});

describe("the documents' own action lists", () => {
  for (const id of ["tencentcloud-redis-2018-04-12", "tencentcloud-postgres-2017-03-12"]) {
    it(`${id}: every listed action is documented, or named by check`, () => {
      const spec = load(id);
      expect(spec.listedActions.length).toBeGreaterThan(50);
      const documented = new Set(spec.actions.map((a) => a.name));
      const report = checkSpec(spec).map((d) => d.message);
      for (const name of spec.listedActions.filter((n) => !documented.has(n))) {
        expect(report).toContain(`${name} is listed by the document but not documented`);
      }
    });
  }
});

describe("release notes against the reference", () => {
  it("PostgreSQL history parses from markdown lists and its claims are checked", () => {
    const spec = load("tencentcloud-postgres-2017-03-12");
    expect(spec.releases.find((r) => r.release === 26)).toMatchObject({
      date: "2023-10-13",
      newActions: ["DescribeDBInstanceHAConfig", "ModifyDBInstanceHAConfig", "SwitchDBInstancePrimary"],
      modifiedActions: [
        { action: "CloneDBInstance", changes: ["New input parameters: SyncMode"] },
        { action: "CreateInstances", changes: ["New input parameters: SyncMode"] },
      ],
    });
    const report = checkSpec(spec).map((d) => d.message);
    expect(report).toContain("release 6 (2021-04-26) adds action DisisolateDBInstances, which the reference does not document");
  });
  it("almost every release claim holds on the parsed Redis spec", () => {
    const spec = load("tencentcloud-redis-2018-04-12");
    const claims = spec.releases.flatMap((r) => r.modifiedActions.flatMap((m) => m.changes)).length + spec.releases.flatMap((r) => r.newActions).length;
    const broken = checkSpec(spec).filter((d) => /^release \d+/.test(d.message)).length;
    expect(claims).toBeGreaterThan(100);
    expect(broken / claims).toBeLessThan(0.05);
  });
});

describe("examples the generated tests leave out", () => {
  for (const id of ["tencentcloud-redis-2018-04-12", "tencentcloud-postgres-2017-03-12", "tencentcloud-redis-2017", "aliyun-r-kvstore-2015-01-01"]) {
    it(`${id}: check names every one, with its reason`, async () => {
      const { exampleFit } = await import("../generator/src/emit/example-typing.js");
      const spec = load(id);
      const report = checkSpec(spec).map((d) => d.message);
      for (const a of spec.actions)
        a.examples.forEach((ex, n) => {
          const problems = exampleFit(spec, a, ex).problems.filter((p) => !/^it documents an error response/.test(p));
          if (problems.length)
            expect(
              report.some((m) => m.startsWith(`${a.name} example ${n + 1}:`)),
              `${a.name} example ${n + 1}`,
            ).toBe(true);
        });
    });
  }
});
