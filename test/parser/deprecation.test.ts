/** What makes an action deprecated: its description says so of the action, not of a parameter. */
import { describe, expect, it } from "vitest";
import { saysActionDeprecated } from "../../generator/src/parse/field-description.js";

describe("action deprecation from the description", () => {
  it.each([
    "This API is used to remove a replication group member. Note: This API is being deprecated. Use RemoveReplicationInstance instead.",
    "This API is used to query the list of Redis instances. It is now deprecated.",
    "This API is no longer used. Please use the DBbrain API instead.",
    "This API is used to get a slow query log. Since it was deprecated on September 1, 2021, it has no longer returned data.",
    "Deprecated. Use DescribeInstances.",
    "该接口已废弃，请使用 DescribeInstances。",
  ])("deprecated: %s", (d) => expect(saysActionDeprecated(d)).toBe(true));
  it.each(["This API is used to query instances. The parameter ProjectId is deprecated; use ProjectIds.", "This API is used to modify the instance name."])(
    "not deprecated: %s",
    (d) => expect(saysActionDeprecated(d)).toBe(false),
  );
});
