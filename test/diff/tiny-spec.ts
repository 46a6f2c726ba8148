/** A tiny hand-made spec for the diff tests: two actions, one input-facing and one output-only structure. */
import { withDerivedFacts } from "../../generator/src/derive/derive-facts.js";
import type { Action, Field, Spec, Structure } from "../../generator/src/model.js";

export const field = (name: string, over: Partial<Field> = {}): Field => ({
  name,
  type: "string",
  array: false,
  required: false,
  description: `${name} field`,
  ...over,
});

export const action = (name: string, over: Partial<Action> = {}): Action => ({
  name,
  description: `${name} does things`,
  input: [],
  output: [],
  errors: [],
  examples: [],
  deprecated: false,
  ...over,
});

export const structure = (name: string, members: Field[], over: Partial<Structure> = {}): Structure => ({
  name,
  description: `${name} structure`,
  members,
  usedBy: [],
  ...over,
});

export function tinySpec(): Spec {
  return withDerivedFacts({
    service: {
      provider: "tencentcloud",
      name: "tiny",
      apiVersion: "2020-01-01",
      protocol: "tc3-hmac-sha256",
      endpoint: "tiny.tencentcloudapi.com",
      title: "Tiny",
      source: { file: "tiny.md", released: "2020-01-01" },
    },
    actions: [
      action("CreateThing", {
        input: [
          field("Name", { required: true }),
          field("Mode", { enum: ["fast", "slow"] }),
          field("Spec", { type: "ThingSpec" }),
          field("Tags", { array: true }),
        ],
        output: [field("ThingId"), field("Detail", { type: "ThingDetail" }), field("State", { enum: ["on", "off"] })],
        errors: ["FailedOperation.Busy"],
        examples: [{ title: "Example 1", input: { Name: "a" }, output: { ThingId: "t-1" } }],
        rateLimit: 20,
      }),
      action("DescribeThings", { input: [field("Limit", { type: "integer" })], output: [field("Things", { type: "ThingDetail", array: true })] }),
    ],
    structures: [
      structure("ThingSpec", [field("Cpu", { type: "integer", required: true }), field("Disk", { enum: ["ssd", "hdd"] })]),
      structure("ThingDetail", [field("Id"), field("Size", { type: "integer" })]),
    ],
    errors: [
      { code: "FailedOperation.Busy", description: "busy", common: false },
      { code: "InternalError", description: "internal", common: true },
    ],
    releases: [],
    listedActions: [],
    diagnostics: [],
  });
}

/** The tiny spec changed by `edit`, on a fresh copy. */
export function edited(edit: (s: Spec) => void): Spec {
  const s = tinySpec();
  edit(s);
  return s;
}

export const act = (s: Spec, name: string) => s.actions.find((a) => a.name === name)!;
export const struct = (s: Spec, name: string) => s.structures.find((x) => x.name === name)!;
export const fld = (fields: Field[], name: string) => fields.find((f) => f.name === name)!;
