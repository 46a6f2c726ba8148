/**
 * Tiny hand-written specs, one per shape the emitters must get right. Each is small enough that its
 * emitted files can be read whole in a snapshot review, and each names the one thing it is about.
 */
import { withDerivedFacts } from "../../generator/src/derive/derive-facts.js";
import type { Protocol, Spec } from "../../generator/src/model.js";
import { action, field, structure } from "../diff/tiny-spec.js";

export interface EmitCase {
  name: string;
  spec: Spec;
  /** Set where the emitted code is known not to compile yet; the reason is the open finding. */
  knownNotToCompile?: string;
  /** The emitters refuse the spec, with a message like this (a clash they cannot name apart). */
  refused?: RegExp;
}

function spec(name: string, over: Partial<Spec> & { protocol?: Protocol; provider?: string } = {}): Spec {
  const { protocol = "tc3-hmac-sha256", provider = "tencentcloud", ...rest } = over;
  // the derived facts (pagination, vendor, region) as `generate` stores them
  return withDerivedFacts({
    service: {
      provider,
      name,
      apiVersion: "2020-01-01",
      protocol,
      endpoint: provider === "aliyun" ? `${name}.aliyuncs.com` : protocol === "tencentcloud-v1" ? `${name}.api.qcloud.com` : `${name}.tencentcloudapi.com`,
      title: `Tiny ${name}`,
      source: { file: `${name}.md` },
    },
    actions: [],
    structures: [],
    errors: [],
    releases: [],
    listedActions: [],
    diagnostics: [],
    ...rest,
  });
}

const int = { type: "integer" } as const;

export const CASES: EmitCase[] = [
  {
    // CleanUpThing starts a task; DescribeTask takes its TaskId and reports Status: a waiter
    name: "waiter-task",
    spec: spec("waiter", {
      actions: [
        action("CleanUpThing", { input: [field("ThingId", { required: true })], output: [field("TaskId", { ...int, required: true })] }),
        action("DescribeTask", {
          input: [field("TaskId", { ...int, required: true })],
          output: [field("Status", { enum: ["preparing", "running", "succeed", "failed"] }), field("Message")],
        }),
      ],
    }),
  },
  {
    name: "pagination-offset",
    spec: spec("offsetpage", {
      actions: [
        action("DescribeThings", {
          input: [field("Offset", { ...int, description: "Offset, default 0." }), field("Limit", int)],
          output: [field("TotalCount", int), field("ThingSet", { type: "Thing", array: true })],
        }),
      ],
      structures: [structure("Thing", [field("ThingId")])],
    }),
  },
  {
    name: "pagination-page-number",
    spec: spec("pagenumber", {
      provider: "aliyun",
      protocol: "aliyun-rpc-v1",
      actions: [
        action("DescribeItems", {
          input: [field("RegionId", { required: true }), field("PageNumber", int), field("PageSize", int)],
          output: [field("TotalCount", int), field("PageNumber", int), field("Items", { type: "ItemList" })],
        }),
      ],
      structures: [structure("ItemList", [field("Item", { type: "Item", array: true })]), structure("Item", [field("ItemId")])],
    }),
  },
  {
    // an "Offset" that the docs call a page number must not be advanced by items received
    name: "pagination-offset-is-page-number",
    spec: spec("offsetpageno", {
      actions: [
        action("DescribeLogs", {
          input: [field("Offset", { ...int, description: "Page number, from 1." }), field("Limit", int)],
          output: [field("TotalCount", int), field("Logs", { array: true })],
        }),
      ],
    }),
  },
  {
    name: "maps",
    spec: spec("maps", {
      actions: [
        action("DescribeQuotas", {
          input: [field("Tags", { map: true })],
          output: [
            field("Quotas", { type: "Quota", map: true }),
            field("History", { type: "Quota", map: true, array: true }),
            field("Counts", { ...int, map: true }),
          ],
        }),
      ],
      structures: [structure("Quota", [field("Used", int), field("Max", int)])],
    }),
  },
  {
    name: "nullable-outputs",
    spec: spec("nullable", {
      actions: [
        action("DescribeNode", {
          input: [field("NodeId", { required: true, nullable: true })],
          output: [
            field("Name"),
            field("Remark", { nullable: true }),
            field("Ports", { ...int, array: true, nullable: true }),
            field("Spec", { type: "NodeSpec", nullable: true }),
          ],
        }),
      ],
      structures: [structure("NodeSpec", [field("Cpu", int), field("Gpu", { ...int, nullable: true })])],
    }),
  },
  {
    name: "enums-open-and-closed",
    spec: spec("enums", {
      actions: [
        action("ModifyMode", {
          input: [
            field("Mode", { enum: ["fast", "slow"], required: true }),
            field("Level", { ...int, enum: ["1", "2", "3"] }),
            field("Odd", { ...int, enum: ["low", "high"] }),
          ],
          output: [field("State", { enum: ["on", "off"] }), field("Flag", { type: "boolean", enum: ["true", "false"] }), field("Setting", { type: "Setting" })],
        }),
      ],
      // reached from the response only: its enum is open like the response's own
      structures: [structure("Setting", [field("Kind", { enum: ["a", "b"] })])],
    }),
  },
  {
    name: "deprecation",
    spec: spec("deprecation", {
      actions: [
        action("DescribeOld", { deprecated: true, input: [field("Id", { required: true })], output: [field("Value")] }),
        action("DescribeNew", {
          input: [field("Id", { required: true }), field("Legacy", { deprecated: true })],
          output: [field("Value"), field("OldValue", { deprecated: true })],
        }),
      ],
    }),
  },
  {
    name: "error-guards",
    spec: spec("errs", {
      actions: [
        action("DeleteThing", { input: [field("ThingId", { required: true })], errors: ["ResourceNotFound.Thing", "FailedOperation"] }),
        action("DescribeThing", { errors: [] }),
      ],
      errors: [
        { code: "ResourceNotFound.Thing", description: "The thing does not exist.", common: false },
        { code: "FailedOperation", description: "Operation failed.", common: false },
        { code: "InternalError", description: "Internal error */ with a comment end.", common: true },
        { code: "Auth-Failure", description: "Code with a dash.", common: true },
      ],
    }),
  },
  {
    name: "error-codes-numeric",
    spec: spec("legacy", {
      protocol: "tencentcloud-v1",
      actions: [
        action("ResetPassword", {
          input: [field("redisId", { required: true })],
          output: [field("code", int), field("message")],
          errors: ["11052", "4100", "11053"],
        }),
      ],
      errors: [
        { code: "11052", description: "Not in the allowlist.", common: false, message: "UserNotInWhiteList" },
        { code: "11053", description: "Also the allowlist.", common: false, message: "UserNotInWhiteList" },
        { code: "4100", description: "Authentication failed.", common: true },
      ],
    }),
  },
  {
    name: "empty-inputs",
    spec: spec("empty", {
      actions: [action("DescribeRegions", { output: [field("Regions", { array: true })] }), action("DescribeZones", { input: [field("Filter")] })],
    }),
  },
  {
    // two wire names that differ by case only become the same method name
    name: "collision-method-case",
    spec: spec("methodcase", {
      actions: [action("DescribeDB", { output: [field("A")] }), action("describeDB", { output: [field("B")] })],
    }),
    refused: /actions DescribeDB and describeDB would both be named describeDB/,
  },
  {
    // a structure whose name is the request type of an action: two interfaces of one name merge
    name: "collision-structure-request",
    spec: spec("structreq", {
      actions: [
        action("CreateThing", { input: [field("Name", { required: true }), field("Spec", { type: "CreateThingRequest" })], output: [field("ThingId")] }),
      ],
      structures: [structure("CreateThingRequest", [field("Cpu", { ...int, required: true })])],
    }),
  },
  {
    name: "collision-keywords-and-globals",
    spec: spec("keywords", {
      actions: [
        action("DescribeDefault", {
          input: [field("default", { required: true }), field("class"), field("delete", { type: "boolean" }), field("Filter.Name")],
          output: [field("new"), field("Error", { type: "Error" }), field("Promise", { type: "Promise", array: true })],
        }),
      ],
      structures: [structure("Error", [field("Code"), field("function")]), structure("Promise", [field("then")])],
    }),
  },
  {
    name: "requestid-documented",
    spec: spec("reqid", {
      protocol: "aliyun-rpc-v1",
      provider: "aliyun",
      actions: [action("DescribeTask", { output: [field("TaskId"), field("RequestId", { description: "The request ID, documented as a field." })] })],
    }),
  },
];
