import { describe, expect, it } from "vitest";
import { toSourceLines } from "../../generator/src/recover/source-lines.js";
import { normalizeMarkdown } from "../../generator/src/recover/markdown-lines.js";
import { parseTencentV3 } from "../../generator/src/parse/tencent-v3.js";

// cut from the PostgreSQL 2017-03-12 reference: tab tables, HTML in cells, a row continued on a tab-led line
const action = [
  "# DescribeBackupPlans",
  "",
  "## 1. API Description",
  "",
  "Domain name for API request: postgres.tencentcloudapi.com.",
  "",
  "This API is used to query the backup plans.",
  "",
  "A maximum of 20 requests can be initiated per second for this API.",
  "",
  "## 2. Input Parameters",
  "",
  "Parameter Name\tRequired\tType\tDescription",
  'Action\tYes\tString\t<a href="#">Common Params</a> . The value used for this API: DescribeBackupPlans.',
  "DBInstanceId\tYes\tString\tInstance ID, such as <code>postgres-xxx</code>",
  "Mode\tNo\tString\tMode. Valid values: <ul><li><code>PREPAID</code> : Monthly.</li><li><code>POSTPAID</code> : Hourly.</li></ul>",
  "",
  "### 3. Output Parameters",
  "",
  "Parameter Name\tType\tDescription",
  "Plans\tArray of\tThe set of instance backup plans",
  "",
  "\tBackupPlan\t",
  "RequestId\tString\tThe unique request ID.",
  "",
  "### 4. Example",
  "",
  "#### Example1 Querying",
  "",
  "#### Input Example",
  "",
  "```",
  'POST / HTTP/1.1Host: postgres.tencentcloudapi.com<common request parameters>{ "DBInstanceId": "postgres-1" }',
  "```",
  "",
  "#### Output Example",
  "",
  "```",
  '{ "Response": { "Plans": [], "RequestId": "r" }}',
  "```",
  "",
  "## 6. Error Code",
  "",
  "Error Code\tDescription",
  "FailedOperation.DatabaseAccessError\tFailed to access database.",
  "OperationDenied.InstanceStatusLimitError\tThis operation cannot be performed on an instance in",
  "---",
  "\tthis status.",
  "",
  "BackupPlan",
  "",
  "Backup plan",
  "",
  "Used by actions: DescribeBackupPlans.",
  "",
  "Name\tType\tDescription",
  "BackupPeriod\tString\tBackup cycle",
  "",
].join("\n");

describe("markdown Tencent references", () => {
  const doc = parseTencentV3("pg.md", normalizeMarkdown(toSourceLines(action)));
  it("reads the action, its tables, examples and errors", () => {
    expect(doc.actions).toHaveLength(1);
    const a = doc.actions[0];
    expect(a.name).toBe("DescribeBackupPlans");
    expect(a.rateLimit).toBe(20);
    expect(a.input.map((f) => f.name)).toEqual(["DBInstanceId", "Mode"]);
    expect(a.input[0].description).toBe("Instance ID, such as postgres-xxx");
    expect(a.input[1].enum).toEqual(["PREPAID", "POSTPAID"]);
    expect(a.output).toMatchObject([{ name: "Plans", type: "BackupPlan", array: true }]);
    expect(a.examples[0].input).toEqual({ DBInstanceId: "postgres-1" });
    expect(a.examples[0].output).toEqual({ Plans: [], RequestId: "r" });
    expect(a.errors).toEqual(["FailedOperation.DatabaseAccessError", "OperationDenied.InstanceStatusLimitError"]);
  });
  it("reads structures with their Used by actions", () => {
    expect(doc.structures).toMatchObject([{ name: "BackupPlan", usedBy: ["DescribeBackupPlans"], members: [{ name: "BackupPeriod", type: "string" }] }]);
  });
  it("finds the endpoint", () => expect(doc.endpoints).toEqual(["postgres.tencentcloudapi.com"]));
});
