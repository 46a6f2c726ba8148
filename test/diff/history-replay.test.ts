import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { checkSpec } from "../../generator/src/check/check-spec.js";
import { replayHistory, sameUpToTypography } from "../../generator/src/diff/history-replay.js";
import type { Release, Spec } from "../../generator/src/model.js";
import { act, edited, field, fld, struct, structure } from "./tiny-spec.js";

const root = new URL("../..", import.meta.url).pathname;
const load = (id: string) => JSON.parse(readFileSync(`${root}spec/${id}.json`, "utf8")) as Spec;
const release = (n: number, over: Partial<Release>): Release => ({
  release: n,
  date: `2021-0${n}-01`,
  newActions: [],
  modifiedActions: [],
  deprecatedActions: [],
  newStructures: [],
  modifiedStructures: [],
  deprecatedStructures: [],
  ...over,
});

describe("history replay on a hand-made history", () => {
  // current state: release 3 deprecated Tags (still documented) and dropped ThingId; release 2 added
  // DescribeThings, the Size member and the Mode input; release 2 also modified Name
  const spec = edited((s) => {
    fld(act(s, "CreateThing").input, "Tags").deprecated = true;
    act(s, "CreateThing").output.splice(0, 1);
    s.structures.push(structure("Extra", [field("X")]));
    s.releases = [
      release(3, {
        modifiedActions: [
          { action: "CreateThing", changes: ["Deprecate input parameters: Tags", "Deleted output parameters: ThingId", "New input parameters: Ghost"] },
        ],
      }),
      release(2, {
        newActions: ["DescribeThings"],
        newStructures: ["Extra"],
        modifiedActions: [{ action: "CreateThing", changes: ["New input parameters: Mode", "Modified input parameters: Name"] }],
        modifiedStructures: ["ThingDetail"],
        modifiedStructureMembers: [{ structure: "ThingDetail", changes: ["New members: Size"] }],
      }),
    ];
  });
  const h = replayHistory(spec);
  const byNote = new Map(h.releases.flatMap((r) => r.claims.map((c) => [c.note, c])));

  it("reproduces what it can undo, with the diff change that shows it", () => {
    expect(byNote.get("CreateThing: Deprecate input parameters: Tags")).toMatchObject({
      status: "reproduced",
      change: { class: "deprecation", kind: "input-deprecated" },
    });
    expect(byNote.get("CreateThing: Deleted output parameters: ThingId")).toMatchObject({
      status: "reproduced",
      change: { class: "breaking", kind: "output-removed" },
    });
    expect(byNote.get("new action DescribeThings")).toMatchObject({ status: "reproduced", change: { kind: "action-added" } });
    expect(byNote.get("new structure Extra")).toMatchObject({ status: "reproduced", change: { kind: "structure-added" } });
    expect(byNote.get("CreateThing: New input parameters: Mode")).toMatchObject({
      status: "reproduced",
      change: { class: "additive", kind: "input-added-optional" },
    });
    expect(byNote.get("ThingDetail: New members: Size")).toMatchObject({ status: "reproduced", change: { kind: "member-added" } });
  });
  it("explains what it cannot", () => {
    expect(byNote.get("CreateThing: New input parameters: Ghost")).toMatchObject({
      status: "unreproduced",
      explainedBy: "check",
      finding: expect.stringContaining("CreateThing input parameter Ghost"),
    });
    expect(byNote.get("CreateThing: Modified input parameters: Name")).toMatchObject({
      status: "unreproduced",
      explainedBy: "replay",
      reason: expect.stringMatching(/do not say how .*Name was modified/),
    });
    expect(h).toMatchObject({ claims: 8, reproduced: 6, reclassified: 0, unreproduced: 2 });
    expect(h.releases.flatMap((r) => r.unclaimed)).toEqual([]);
  });
  it("reports a deprecation the reference turned into a removal as reclassified", () => {
    const s = edited((x) => {
      x.releases = [release(2, { modifiedActions: [{ action: "CreateThing", changes: ["Deprecate output parameters: Gone"] }] })];
    });
    expect(replayHistory(s).releases[0].claims[0]).toMatchObject({
      status: "reclassified",
      change: { class: "breaking", kind: "output-removed", field: "Gone" },
      explainedBy: "check",
    });
  });
  it("restores a deleted action as it was when a newer release re-added it", () => {
    const s = edited((x) => {
      x.releases = [
        release(4, { newActions: ["DescribeThings"] }),
        release(3, { deprecatedActions: ["DescribeThings"] }),
        release(2, { modifiedActions: [{ action: "DescribeThings", changes: ["New input parameters: Limit"] }] }),
      ];
    });
    const h2 = replayHistory(s);
    expect(h2.releases.map((r) => r.claims.map((c) => `${c.status} ${c.change?.kind}`))).toEqual([
      ["reproduced action-added"],
      ["reproduced action-removed"],
      ["reproduced input-added-optional"],
    ]);
  });
  it("flags a new structure that a field the release does not list already used", () => {
    const s = edited((x) => {
      x.releases = [release(2, { newStructures: ["ThingSpec"] })];
    });
    expect(replayHistory(s).releases[0].findings).toEqual([expect.stringContaining("adds structure ThingSpec, but CreateThing.Spec")]);
    struct(s, "ThingSpec"); // still defined in the current spec: the replay works on a copy
  });
});

describe("sameUpToTypography", () => {
  it("accepts the release notes' spellings of documented names", () => {
    for (const [a, b] of [
      ["lsSupportTDE", "IsSupportTDE"],
      ["Vpclid", "VpcId"],
      ["DBInstanceCld", "DBInstanceId"],
      ["ModifyInstancePassword", "ModfiyInstancePassword"],
      ["DisisolateDBInstances", "DisIsolateDBInstances"],
    ]) {
      expect(sameUpToTypography(a, b), `${a} ~ ${b}`).toBe(true);
    }
  });
  it("keeps different names apart", () => {
    for (const [a, b] of [
      ["InstanceId", "InstanceIds"],
      ["TaskId", "DealId"],
      ["ZoneId", "ZoneName"],
      ["VPort", "VIP"],
      ["Same", "Same"],
    ]) {
      expect(sameUpToTypography(a, b), `${a} ~ ${b}`).toBe(false);
    }
  });
});

for (const id of ["tencentcloud-redis-2018-04-12", "tencentcloud-postgres-2017-03-12"]) {
  describe(`history replay: ${id}`, () => {
    const spec = load(id);
    const messages = new Set(checkSpec(spec).map((d) => d.message));
    for (const last of [10, undefined]) {
      const h = replayHistory(spec, { last });
      const scope = last ? `the last ${last} releases` : "every release";
      it(`${scope}: at least 95% of the listed items are reproduced by diff`, () => {
        expect(h.releases).toHaveLength(last ?? spec.releases.length);
        expect(h.claims).toBeGreaterThan(50);
        expect(h.reproduced + h.reclassified + h.unreproduced).toBe(h.claims);
        expect((h.reproduced + h.reclassified) / h.claims).toBeGreaterThanOrEqual(0.95);
      });
      it(`${scope}: diff reports nothing the notes do not list`, () => {
        expect(h.releases.flatMap((r) => r.unclaimed.map((c) => `release ${r.release}: ${c.summary}`))).toEqual([]);
      });
      it(`${scope}: every item not reproduced as stated is named by check or explained by the replay`, () => {
        const odd = h.releases.flatMap((r) => r.claims).filter((c) => c.status !== "reproduced" || c.respelledAs);
        for (const c of odd) {
          if (c.explainedBy === "check") expect(messages, c.note).toContain(c.finding);
          else expect(c.reason, c.note).toMatch(/^the notes do not say how .* was modified|^the notes name no member change/);
        }
        for (const r of h.releases) for (const f of r.findings) expect(messages).toContain(f);
      });
    }
  });
}

describe("history replay: known items", () => {
  const h = replayHistory(load("tencentcloud-redis-2018-04-12"), { last: 10 });
  const claim = (release: number, note: string) => h.releases.find((r) => r.release === release)!.claims.find((c) => c.note === note);
  it("Redis release 45: a new output parameter is an additive output-added", () => {
    expect(claim(45, "InquiryPriceCreateInstance: New output parameters: HighPrecisionPrice")).toMatchObject({
      status: "reproduced",
      change: { class: "additive", kind: "output-added", field: "HighPrecisionPrice" },
    });
  });
  it("Redis release 43: a deprecated parameter the reference dropped is a breaking removal", () => {
    expect(claim(43, "ModifyInstance: Deprecate input parameters: InstanceName")).toMatchObject({
      status: "reclassified",
      change: { class: "breaking", kind: "input-removed" },
    });
  });
  it("Redis release 42: the notes' ModifyInstancePassword is the wire name ModfiyInstancePassword", () => {
    expect(claim(42, "new action ModifyInstancePassword")).toMatchObject({
      status: "reproduced",
      respelledAs: "ModfiyInstancePassword",
      change: { action: "ModfiyInstancePassword" },
    });
  });
});
