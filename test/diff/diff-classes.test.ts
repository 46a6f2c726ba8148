import { describe, expect, it } from "vitest";
import { diffSpecs, type SpecChange } from "../../generator/src/diff/diff-specs.js";
import type { Spec } from "../../generator/src/model.js";
import { act, edited, field, fld, struct, structure, tinySpec } from "./tiny-spec.js";

/** The one change an edit makes, so each case also proves nothing else is reported. */
function only(edit: (s: Spec) => void): SpecChange {
  const changes = diffSpecs(tinySpec(), edited(edit));
  expect(changes, JSON.stringify(changes, null, 1)).toHaveLength(1);
  return changes[0];
}

describe("diffSpecs: no change", () => {
  it("reports nothing for equal specs, and ignores releases, diagnostics, sources and usedBy", () => {
    expect(diffSpecs(tinySpec(), tinySpec())).toEqual([]);
    expect(
      diffSpecs(
        tinySpec(),
        edited((s) => {
          s.releases.push({
            release: 2,
            date: "2021-01-01",
            newActions: [],
            modifiedActions: [],
            deprecatedActions: [],
            newStructures: [],
            modifiedStructures: [],
            deprecatedStructures: [],
          });
          s.diagnostics.push({ severity: "warning", message: "x", at: "tiny.md:3" });
          act(s, "CreateThing").source = "tiny.md:10";
          act(s, "CreateThing").examples[0].source = "tiny.md:12";
          struct(s, "ThingSpec").usedBy = ["CreateThing"];
        }),
      ),
    ).toEqual([]);
  });
});

describe("diffSpecs: breaking", () => {
  const cases: [string, (s: Spec) => void, Partial<SpecChange>][] = [
    [
      "action removed",
      (s) => {
        s.actions = s.actions.filter((a) => a.name !== "DescribeThings");
      },
      { kind: "action-removed", action: "DescribeThings" },
    ],
    [
      "input removed",
      (s) => {
        act(s, "CreateThing").input.splice(3, 1);
      },
      { kind: "input-removed", action: "CreateThing", field: "Tags" },
    ],
    [
      "input retyped",
      (s) => {
        fld(act(s, "DescribeThings").input, "Limit").type = "string";
      },
      { kind: "input-retyped", field: "Limit" },
    ],
    [
      "input array-ness changed",
      (s) => {
        fld(act(s, "CreateThing").input, "Tags").array = false;
      },
      { kind: "input-retyped", field: "Tags" },
    ],
    [
      "input made required",
      (s) => {
        fld(act(s, "CreateThing").input, "Tags").required = true;
      },
      { kind: "input-made-required", field: "Tags" },
    ],
    [
      "input added as required",
      (s) => {
        act(s, "CreateThing").input.push(field("Zone", { required: true }));
      },
      { kind: "input-added-required", field: "Zone" },
    ],
    [
      "input renamed (linked by documentedAs)",
      (s) => {
        Object.assign(fld(act(s, "CreateThing").input, "Tags"), { name: "TagList", documentedAs: "Tags" });
      },
      { kind: "input-renamed", field: "TagList" },
    ],
    [
      "input enum value removed",
      (s) => {
        fld(act(s, "CreateThing").input, "Mode").enum = ["fast"];
      },
      { kind: "enum-value-removed", field: "Mode" },
    ],
    [
      "input limited to listed values",
      (s) => {
        fld(act(s, "CreateThing").input, "Tags").enum = ["a"];
      },
      { kind: "enum-introduced", field: "Tags" },
    ],
    [
      "output removed",
      (s) => {
        act(s, "CreateThing").output.splice(0, 1);
      },
      { kind: "output-removed", field: "ThingId" },
    ],
    [
      "output retyped",
      (s) => {
        fld(act(s, "CreateThing").output, "ThingId").type = "integer";
      },
      { kind: "output-retyped", field: "ThingId" },
    ],
    [
      "output may now be null",
      (s) => {
        fld(act(s, "CreateThing").output, "ThingId").nullable = true;
      },
      { kind: "output-made-nullable", field: "ThingId" },
    ],
    [
      "member removed",
      (s) => {
        struct(s, "ThingDetail").members.pop();
      },
      { kind: "member-removed", structure: "ThingDetail", field: "Size" },
    ],
    [
      "member retyped",
      (s) => {
        fld(struct(s, "ThingDetail").members, "Size").type = "number";
      },
      { kind: "member-retyped", structure: "ThingDetail", field: "Size" },
    ],
    [
      "required member added to an input-facing structure",
      (s) => {
        struct(s, "ThingSpec").members.push(field("Gpu", { required: true }));
      },
      { kind: "member-added-required", structure: "ThingSpec", field: "Gpu" },
    ],
    [
      "member of an input-facing structure made required",
      (s) => {
        fld(struct(s, "ThingSpec").members, "Disk").required = true;
      },
      { kind: "member-made-required", structure: "ThingSpec" },
    ],
    [
      "enum value removed from an input-facing member",
      (s) => {
        fld(struct(s, "ThingSpec").members, "Disk").enum = ["ssd"];
      },
      { kind: "enum-value-removed", structure: "ThingSpec", field: "Disk" },
    ],
    [
      "endpoint changed",
      (s) => {
        s.service.endpoint = "tiny.ap-guangzhou.tencentcloudapi.com";
      },
      { kind: "endpoint-changed" },
    ],
    [
      "protocol changed",
      (s) => {
        s.service.protocol = "tencentcloud-v1";
      },
      { kind: "protocol-changed" },
    ],
    [
      "API version changed",
      (s) => {
        s.service.apiVersion = "2021-01-01";
      },
      { kind: "api-version-changed" },
    ],
    [
      "error code removed",
      (s) => {
        s.errors.pop();
      },
      { kind: "error-code-removed", errorCode: "InternalError" },
    ],
  ];
  for (const [name, edit, want] of cases) {
    it(name, () => expect(only(edit)).toMatchObject({ class: "breaking", ...want }));
  }
  // removed in the reverse direction: a structure the tiny spec uses cannot go without its fields changing
  it("structure removed", () => {
    const withOrphan = edited((s) => {
      s.structures.push(structure("Orphan", []));
    });
    expect(diffSpecs(withOrphan, tinySpec())).toEqual([
      { class: "breaking", kind: "structure-removed", structure: "Orphan", summary: "structure Orphan removed" },
    ]);
  });
  it("a field renamed with no evidence is removed + added", () => {
    const changes = diffSpecs(
      tinySpec(),
      edited((s) => {
        fld(act(s, "CreateThing").output, "ThingId").name = "Identifier";
      }),
    );
    expect(changes.map((c) => `${c.class} ${c.kind} ${c.field}`)).toEqual(["breaking output-removed ThingId", "additive output-added Identifier"]);
  });
});

describe("diffSpecs: additive", () => {
  const cases: [string, (s: Spec) => void, Partial<SpecChange>][] = [
    [
      "new action",
      (s) => {
        s.actions.push({ ...act(s, "DescribeThings"), name: "DeleteThing" });
      },
      { kind: "action-added", action: "DeleteThing" },
    ],
    [
      "new optional input",
      (s) => {
        act(s, "DescribeThings").input.push(field("Offset", { type: "integer" }));
      },
      { kind: "input-added-optional", action: "DescribeThings", field: "Offset", summary: "DescribeThings: new optional input parameter Offset (integer)" },
    ],
    [
      "input made optional",
      (s) => {
        fld(act(s, "CreateThing").input, "Name").required = false;
      },
      { kind: "input-made-optional", field: "Name" },
    ],
    [
      "new output field",
      (s) => {
        act(s, "CreateThing").output.push(field("TaskId", { type: "integer" }));
      },
      { kind: "output-added", field: "TaskId" },
    ],
    [
      "new structure",
      (s) => {
        s.structures.push(structure("Orphan", []));
      },
      { kind: "structure-added", structure: "Orphan" },
    ],
    [
      "new member of an output-only structure, even required",
      (s) => {
        struct(s, "ThingDetail").members.push(field("Zone", { required: true }));
      },
      { kind: "member-added", structure: "ThingDetail", field: "Zone" },
    ],
    [
      "new optional member of an input-facing structure",
      (s) => {
        struct(s, "ThingSpec").members.push(field("Gpu"));
      },
      { kind: "member-added", structure: "ThingSpec", field: "Gpu" },
    ],
    [
      "new error code",
      (s) => {
        s.errors.push({ code: "LimitExceeded", description: "too many", common: false });
      },
      { kind: "error-code-added", errorCode: "LimitExceeded" },
    ],
    [
      "new enum value on an input",
      (s) => {
        fld(act(s, "CreateThing").input, "Mode").enum = ["fast", "slow", "auto"];
      },
      { kind: "enum-value-added", field: "Mode" },
    ],
    [
      "new enum value on an output",
      (s) => {
        fld(act(s, "CreateThing").output, "State").enum = ["on", "off", "busy"];
      },
      { kind: "enum-value-added", field: "State" },
    ],
    [
      "input no longer limited to listed values",
      (s) => {
        delete fld(act(s, "CreateThing").input, "Mode").enum;
      },
      { kind: "enum-dropped", field: "Mode" },
    ],
  ];
  for (const [name, edit, want] of cases) {
    it(name, () => expect(only(edit)).toMatchObject({ class: "additive", ...want }));
  }
  it("output no longer nullable", () => {
    const nullable = edited((s) => {
      fld(act(s, "DescribeThings").output, "Things").nullable = true;
    });
    expect(diffSpecs(nullable, tinySpec())).toMatchObject([{ class: "additive", kind: "output-made-non-nullable", field: "Things" }]);
  });
  it("an existing code newly listed by an action", () => {
    expect(
      only((s) => {
        act(s, "DescribeThings").errors.push("InternalError");
      }),
    ).toMatchObject({ class: "additive", kind: "action-error-added", action: "DescribeThings", errorCode: "InternalError" });
  });
  it("a code first listed by an action is a new code and a new action error", () => {
    const changes = diffSpecs(
      tinySpec(),
      edited((s) => {
        act(s, "DescribeThings").errors.push("ResourceNotFound");
      }),
    );
    expect(changes.map((c) => c.kind).sort()).toEqual(["action-error-added", "error-code-added"]);
  });
});

describe("diffSpecs: deprecation", () => {
  const cases: [string, (s: Spec) => void, Partial<SpecChange>][] = [
    [
      "action",
      (s) => {
        act(s, "DescribeThings").deprecated = true;
      },
      { kind: "action-deprecated", action: "DescribeThings" },
    ],
    [
      "input",
      (s) => {
        fld(act(s, "CreateThing").input, "Tags").deprecated = true;
      },
      { kind: "input-deprecated", field: "Tags" },
    ],
    [
      "output",
      (s) => {
        fld(act(s, "CreateThing").output, "ThingId").deprecated = true;
      },
      { kind: "output-deprecated", field: "ThingId" },
    ],
    [
      "member",
      (s) => {
        fld(struct(s, "ThingDetail").members, "Id").deprecated = true;
      },
      { kind: "member-deprecated", structure: "ThingDetail", field: "Id" },
    ],
    [
      "structure",
      (s) => {
        struct(s, "ThingDetail").deprecated = true;
      },
      { kind: "structure-deprecated", structure: "ThingDetail" },
    ],
  ];
  for (const [name, edit, want] of cases) it(name, () => expect(only(edit)).toMatchObject({ class: "deprecation", ...want }));
});

describe("diffSpecs: docs", () => {
  const cases: [string, (s: Spec) => void, Partial<SpecChange>][] = [
    [
      "action description",
      (s) => {
        act(s, "CreateThing").description = "Creates a thing.";
      },
      { kind: "description-changed", action: "CreateThing" },
    ],
    [
      "field description",
      (s) => {
        fld(act(s, "CreateThing").input, "Name").description = "The name.";
      },
      { kind: "description-changed", field: "Name" },
    ],
    [
      "structure description",
      (s) => {
        struct(s, "ThingSpec").description = "How big.";
      },
      { kind: "description-changed", structure: "ThingSpec" },
    ],
    [
      "error description",
      (s) => {
        s.errors[0].description = "try later";
      },
      { kind: "description-changed", errorCode: "FailedOperation.Busy" },
    ],
    [
      "example changed",
      (s) => {
        act(s, "CreateThing").examples[0].output = { ThingId: "t-2" };
      },
      { kind: "example-changed", action: "CreateThing" },
    ],
    [
      "example added",
      (s) => {
        act(s, "DescribeThings").examples.push({ title: "List", output: { Things: [] } });
      },
      { kind: "example-added", action: "DescribeThings" },
    ],
    [
      "example removed",
      (s) => {
        act(s, "CreateThing").examples = [];
      },
      { kind: "example-removed" },
    ],
    [
      "title",
      (s) => {
        s.service.title = "Tiny Things";
      },
      { kind: "title-changed" },
    ],
    [
      "rate limit",
      (s) => {
        act(s, "CreateThing").rateLimit = 10;
      },
      { kind: "rate-limit-changed", summary: "CreateThing: rate limit changed from 20 to 10 per second" },
    ],
    [
      "format",
      (s) => {
        fld(act(s, "CreateThing").output, "ThingId").format = "uuid";
      },
      { kind: "output-format-changed" },
    ],
    [
      "enum value removed from an output (emitted open)",
      (s) => {
        fld(act(s, "CreateThing").output, "State").enum = ["on"];
      },
      { kind: "enum-value-removed", field: "State" },
    ],
    [
      "a code leaving one action's list while still documented",
      (s) => {
        act(s, "CreateThing").errors = [];
      },
      { kind: "action-error-removed", errorCode: "FailedOperation.Busy" },
    ],
  ];
  for (const [name, edit, want] of cases) it(name, () => expect(only(edit)).toMatchObject({ class: "docs", ...want }));
  it("un-deprecation", () => {
    const old = edited((s) => {
      act(s, "CreateThing").deprecated = true;
    });
    expect(diffSpecs(old, tinySpec())).toMatchObject([{ class: "docs", kind: "action-undeprecated", action: "CreateThing" }]);
  });
});

describe("diffSpecs: order", () => {
  it("sorts by class, then scope and name, whatever the edit order", () => {
    const changes = diffSpecs(
      tinySpec(),
      edited((s) => {
        act(s, "CreateThing").description = "x";
        s.actions.push({ ...act(s, "DescribeThings"), name: "AddThing" });
        struct(s, "ThingDetail").members.pop();
        s.actions = s.actions.filter((a) => a.name !== "DescribeThings");
        fld(act(s, "CreateThing").input, "Tags").deprecated = true;
        s.service.endpoint = "other.example.com";
      }),
    );
    expect(changes.map((c) => `${c.class}:${c.kind}:${c.action ?? c.structure ?? ""}`)).toEqual([
      "breaking:endpoint-changed:",
      "breaking:action-removed:DescribeThings",
      "breaking:member-removed:ThingDetail",
      "additive:action-added:AddThing",
      "deprecation:input-deprecated:CreateThing",
      "docs:description-changed:CreateThing",
    ]);
  });
});

describe("diffSpecs: derived waiters", () => {
  const waiter = { taskField: "ThingId", taskAction: "DescribeThings", statusField: "State", success: ["on"], failure: ["off"] };
  const withWaiter = (s: Spec) => {
    act(s, "CreateThing").waiter = { ...waiter };
  };
  const from = (edit: (s: Spec) => void) =>
    diffSpecs(
      edited(withWaiter),
      edited((s) => {
        withWaiter(s);
        edit(s);
      }),
    );

  it("a new waiter is additive (a new client method), a lost one breaking", () => {
    expect(only(withWaiter)).toMatchObject({ class: "additive", kind: "waiter-added", action: "CreateThing" });
    expect(diffSpecs(edited(withWaiter), tinySpec())).toMatchObject([{ class: "breaking", kind: "waiter-removed", action: "CreateThing" }]);
  });

  it("polling another action or field is breaking; other terminal states are docs", () => {
    expect(
      from((s) => {
        act(s, "CreateThing").waiter!.taskAction = "DescribeOther";
      }),
    ).toMatchObject([{ class: "breaking", kind: "waiter-changed" }]);
    expect(
      from((s) => {
        act(s, "CreateThing").waiter!.failure = [];
      }),
    ).toMatchObject([{ class: "docs", kind: "waiter-states-changed" }]);
    expect(from(() => {})).toEqual([]);
  });
});
