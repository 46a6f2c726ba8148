/**
 * History replay: a test of the release-note parser and of `diff` against each other.
 *
 * Starting from the current spec and going from the newest release down, each release's listed
 * changes are undone (its new actions, structures and fields removed, what it deprecated
 * un-deprecated, what it deleted restored) to get the spec as it was before that release. Diffing
 * before → after must then report every item the notes list, and nothing they do not list.
 *
 * Where an item cannot be undone, the claim is not reproduced and says why. The reasons are of two
 * kinds: the notes disagree with the reference (or with themselves), which `check` reports through
 * `replayFindings`; or the notes do not say enough to undo the change ("Modified input parameters:
 * X" does not say what X was before), which only the replay's own explanation names.
 *
 * Undo choices:
 * - "Deprecated APIs" (Release.deprecatedActions) still documented are un-deprecated; one the
 *   reference no longer has was deleted after all, and is restored. "Deleted APIs"
 *   (Release.deletedActions) are restored, and diff must see them removed. Restored actions and structures come from a graveyard of what undoing newer
 *   releases removed (Redis deletes 52 actions in release 16 and re-adds them in release 20), else
 *   they are empty stubs: diff only needs them to exist.
 * - A deprecated field the reference no longer documents (Tencent drops deprecated rows) is
 *   restored as a stub, so diff sees a removal where the notes say deprecation: the claim is
 *   "reclassified", and `check` reports it, because the regenerated SDK will break there.
 * - Names are matched by exact wire name or `documentedAs`. Only where the notes say a thing exists
 *   (new or modified) and no such name is documented, a single documented name that differs by
 *   typography (letter case, l for I, a swapped or damaged letter: PostgreSQL's notes say
 *   lsSupportTDE and DBInstanceCld for IsSupportTDE and DBInstanceId, Redis's say
 *   ModifyInstancePassword for the wire name ModfiyInstancePassword) is taken to be it; the claim
 *   then reproduces, and `check` reports the spelling. Deprecations and deletions are never matched
 *   so: Redis release 43 deprecates DescribeSlowLog output InstanceSlowlogDetail, a different field
 *   from the InstanceSlowLogDetail that release 39 added.
 */
import type { Action, Diagnostic, Field, Release, Spec, Structure } from "../model.js";
import { editDistance } from "../edit-distance.js";
import { diffSpecs, type SpecChange } from "./diff-specs.js";

export type ClaimStatus = "reproduced" | "reclassified" | "unreproduced";

export interface ReleaseClaim {
  release: number;
  /** the item in the notes' own words, e.g. "DescribeTaskList: Deprecate input parameters: ProjectIds" */
  note: string;
  action?: string;
  structure?: string;
  field?: string;
  /** the action, structure or field name exactly as the notes spell it */
  named: string;
  /** for a field item: which list it is in */
  side?: "input" | "output" | "member";
  /** the diff kinds that reproduce the item */
  expect: string[];
}

export interface ClaimResult extends ReleaseClaim {
  status: ClaimStatus;
  /** the diff change that reproduced it */
  change?: SpecChange;
  /** why it was not reproduced as stated */
  reason?: string;
  /** the documented name the notes' spelling was matched to, where they differ by typography */
  respelledAs?: string;
  /** "check": a disagreement `check` reports (as `finding`); "replay": the notes say too little to undo it */
  explainedBy?: "check" | "replay";
  finding?: string;
}

export interface ReleaseReplay {
  release: number;
  date: string;
  claims: ClaimResult[];
  /** diff changes no claim accounts for: should be none */
  unclaimed: SpecChange[];
  /** disagreements that do not stop a claim from reproducing, e.g. a new structure an older field uses */
  findings: string[];
}

export interface HistoryReplay {
  releases: ReleaseReplay[];
  claims: number;
  reproduced: number;
  reclassified: number;
  unreproduced: number;
  /** reproduced claims whose name the notes misspell */
  respelled: number;
}

const FIELD_CLAIM = /^\**\s*(New|Added|Modified|Deprecate|Deprecated|Deleted|Removed) (input|output) parameters\s*\**\s*[:：]\s*\**\s*(.*)$/i;
const MEMBER_CLAIM = /^\**\s*(New|Added|Modified|Deprecate|Deprecated|Deleted|Removed) members\s*\**\s*[:：]\s*\**\s*(.*)$/i;

const names = (list: string) =>
  list
    .split(/[,，]/)
    .map((x) =>
      x
        .trim()
        .replace(/[*.;。]+$/, "")
        .trim(),
    )
    .filter(Boolean);

/** Replays the newest `last` releases (all by default), newest first. */
export function replayHistory(spec: Spec, opts: { last?: number } = {}): HistoryReplay {
  const releases = [...spec.releases].sort((a, b) => b.release - a.release).slice(0, opts.last ?? Infinity);
  const state = new ReplayState(structuredClone(spec));
  const out = releases.map((r) => state.undo(r));
  const all = out.flatMap((r) => r.claims);
  return {
    releases: out,
    claims: all.length,
    reproduced: all.filter((c) => c.status === "reproduced").length,
    reclassified: all.filter((c) => c.status === "reclassified").length,
    unreproduced: all.filter((c) => c.status === "unreproduced").length,
    respelled: all.filter((c) => c.respelledAs && c.status === "reproduced").length,
  };
}

/** What `check` should report: every disagreement the replay found, as warnings. */
export function replayFindings(spec: Spec, replay: HistoryReplay = replayHistory(spec)): Diagnostic[] {
  const at = `${spec.service.source.file}:1`;
  const messages = new Set<string>();
  for (const r of replay.releases) {
    for (const c of r.claims) if (c.finding) messages.add(c.finding);
    for (const f of r.findings) messages.add(f);
  }
  return [...messages].map((message) => ({ severity: "warning" as const, message, at }));
}

type Pending = ReleaseClaim & { status?: ClaimStatus; reason?: string; explainedBy?: "check" | "replay"; finding?: string; respelledAs?: string };

class ReplayState {
  /** what undoing newer releases removed, newest removal last: the best guess for a later restore */
  private graveActions = new Map<string, { action: Action; release: number }>();
  private graveStructures = new Map<string, { structure: Structure; release: number }>();
  /** fields removed by undoing a "New … parameters" item: to tell a claim made twice from a missing field */
  private removedFields = new Map<string, number>();

  constructor(private spec: Spec) {}

  undo(r: Release): ReleaseReplay {
    const after = this.spec;
    const before = structuredClone(after);
    const where = `release ${r.release} (${r.date})`;
    const claims: Pending[] = [];
    const findings: string[] = [];
    const action = (n: string) => before.actions.find((a) => a.name === n);
    const structure = (n: string) => before.structures.find((s) => s.name === n);
    const disagree = (c: Pending, reason: string, finding = `${where}: ${reason}`, status: ClaimStatus = "unreproduced") =>
      Object.assign(c, { status, reason, explainedBy: "check" as const, finding });

    for (const n of r.newActions) {
      const c: Pending = { release: r.release, note: `new action ${n}`, action: n, named: n, expect: ["action-added"] };
      claims.push(c);
      const a = action(n) ?? this.respell(c, "action", n, before.actions, where);
      if (a) {
        before.actions = before.actions.filter((x) => x !== a);
        this.graveActions.set(a.name, { action: a, release: r.release });
        continue;
      }
      const g = this.graveActions.get(n);
      disagree(
        c,
        g
          ? `adds action ${n}, which release ${g.release} adds again with no deletion between`
          : `adds action ${n}, which the reference does not document${closest(
              n,
              before.actions.map((x) => x.name),
            )}`,
      );
    }
    for (const n of r.deprecatedActions) {
      const c: Pending = {
        release: r.release,
        note: `deprecated or deleted action ${n}`,
        action: n,
        named: n,
        expect: ["action-deprecated", "action-removed"],
      };
      claims.push(c);
      const a = action(n);
      if (a?.deprecated) a.deprecated = false;
      else if (a) disagree(c, `deprecates or deletes action ${n}, which the reference documents and does not mark deprecated`);
      else before.actions.push(this.graveActions.get(n)?.action ?? stubAction(n, r.release));
    }
    for (const n of r.deletedActions ?? []) {
      const c: Pending = { release: r.release, note: `deleted action ${n}`, action: n, named: n, expect: ["action-removed"] };
      claims.push(c);
      if (action(n)) disagree(c, `deletes action ${n}, which the reference still documents`);
      else before.actions.push(this.graveActions.get(n)?.action ?? stubAction(n, r.release));
    }
    for (const n of r.newStructures) {
      const c: Pending = { release: r.release, note: `new structure ${n}`, structure: n, named: n, expect: ["structure-added"] };
      claims.push(c);
      const s = structure(n) ?? this.respell(c, "structure", n, before.structures, where);
      if (s) {
        before.structures = before.structures.filter((x) => x !== s);
        this.graveStructures.set(s.name, { structure: s, release: r.release });
        continue;
      }
      const g = this.graveStructures.get(n);
      disagree(
        c,
        g
          ? `adds structure ${n}, which release ${g.release} adds again with no deletion between`
          : `adds structure ${n}, which the reference does not define${closest(
              n,
              before.structures.map((x) => x.name),
            )}`,
      );
    }
    for (const n of r.deprecatedStructures) {
      const c: Pending = {
        release: r.release,
        note: `deprecated or deleted structure ${n}`,
        structure: n,
        named: n,
        expect: ["structure-deprecated", "structure-removed"],
      };
      claims.push(c);
      const s = structure(n);
      if (s?.deprecated) s.deprecated = false;
      else if (s) disagree(c, `deprecates or deletes structure ${n}, which the reference defines and does not mark deprecated`);
      else before.structures.push(this.graveStructures.get(n)?.structure ?? { name: n, description: "", members: [], usedBy: [] });
    }
    for (const n of r.deletedStructures ?? []) {
      const c: Pending = { release: r.release, note: `deleted structure ${n}`, structure: n, named: n, expect: ["structure-removed"] };
      claims.push(c);
      if (structure(n)) disagree(c, `deletes structure ${n}, which the reference still defines`);
      else before.structures.push(this.graveStructures.get(n)?.structure ?? { name: n, description: "", members: [], usedBy: [] });
    }
    for (const m of r.modifiedActions) {
      const probe: Pending = { release: r.release, note: "", named: m.action, expect: [] };
      const a = action(m.action) ?? this.respell(probe, "action", m.action, before.actions, where);
      if (probe.finding) findings.push(probe.finding);
      for (const text of m.changes) {
        const parsed = text.match(FIELD_CLAIM);
        if (!parsed) {
          claims.push(
            Object.assign(
              { release: r.release, note: `${m.action}: ${text}`, action: m.action, named: m.action, expect: [] },
              { status: "unreproduced" as const, reason: "the replay does not understand this change line", explainedBy: "replay" as const },
            ),
          );
          continue;
        }
        const [, verb, side, list] = parsed as unknown as [string, string, "input" | "output", string];
        for (const name of names(list)) {
          const c: Pending = {
            release: r.release,
            note: `${m.action}: ${verb} ${side} parameters: ${name}`,
            action: a?.name ?? m.action,
            field: name,
            named: name,
            side,
            expect: [],
          };
          claims.push(c);
          if (!a) {
            const g = this.graveActions.get(m.action);
            disagree(
              c,
              g ? `modifies action ${m.action}, which release ${g.release} lists as new` : `modifies action ${m.action}, which the reference does not document`,
            );
            continue;
          }
          this.undoField(c, verb, side, a[side], `${m.action} ${side} parameter`, `${m.action}.${side}`, where, disagree);
        }
      }
    }
    for (const m of r.modifiedStructureMembers ?? []) {
      const s = structure(m.structure);
      for (const text of m.changes) {
        const parsed = text.match(MEMBER_CLAIM);
        if (!parsed) {
          claims.push(
            Object.assign(
              { release: r.release, note: `${m.structure}: ${text}`, structure: m.structure, named: m.structure, expect: [] },
              { status: "unreproduced" as const, reason: "the replay does not understand this change line", explainedBy: "replay" as const },
            ),
          );
          continue;
        }
        const [, verb, list] = parsed;
        for (const name of names(list)) {
          const c: Pending = {
            release: r.release,
            note: `${m.structure}: ${verb} members: ${name}`,
            structure: m.structure,
            field: name,
            named: name,
            side: "member",
            expect: [],
          };
          claims.push(c);
          if (!s) {
            disagree(c, `modifies structure ${m.structure}, which the reference does not define`);
            continue;
          }
          this.undoField(c, verb, "member", s.members, `${m.structure} member`, `${m.structure}.member`, where, disagree);
        }
      }
    }
    // a modified structure with no member lines: nothing to undo, and nothing to compare
    for (const n of r.modifiedStructures) {
      if ((r.modifiedStructureMembers ?? []).some((m) => m.structure === n)) continue;
      claims.push({
        release: r.release,
        note: `modified structure ${n}`,
        structure: n,
        named: n,
        expect: [],
        status: "unreproduced",
        reason: "the notes name no member change",
        explainedBy: "replay",
      });
    }

    // a structure the release adds must not be used by a field the release leaves in place
    for (const n of r.newStructures) {
      if (structure(n)) continue;
      const users = [
        ...before.actions.flatMap((a) => [...a.input, ...a.output].filter((f) => f.type === n).map((f) => `${a.name}.${f.name}`)),
        ...before.structures.flatMap((s) => s.members.filter((f) => f.type === n).map((f) => `${s.name}.${f.name}`)),
      ];
      if (users.length) findings.push(`${where}: adds structure ${n}, but ${users.join(", ")}, which the notes do not list as new then, already used it`);
    }

    // deprecations the reference turned into removals: one finding per release, not one per item
    const dropped = claims.filter((c) => c.status === "reclassified");
    const list = dropped.map((c) => `${c.action ?? c.structure} ${c.side === "member" ? "member" : `${c.side} parameter`} ${c.field}`);
    for (const c of dropped)
      c.finding = `${where}: deprecates what the reference no longer documents, so the SDK loses it (breaking removals, not deprecations): ${list.join(", ")}`;

    const changes = diffSpecs(before, after);
    const used = new Set<SpecChange>();
    const results: ClaimResult[] = claims.map((c) => {
      if (c.status === "unreproduced") return c as ClaimResult;
      const hit = changes.find(
        (x) =>
          !used.has(x) &&
          c.expect.includes(x.kind) &&
          (c.action === undefined || x.action === c.action) &&
          (c.structure === undefined || x.structure === c.structure) &&
          (c.field === undefined || x.field === c.field),
      );
      if (!hit) return { ...c, status: "unreproduced", reason: c.reason ?? `diff reports no ${c.expect.join(" or ")}`, explainedBy: c.explainedBy ?? "replay" };
      used.add(hit);
      return { ...c, status: c.status ?? "reproduced", change: hit };
    });
    this.spec = before;
    return { release: r.release, date: r.date, claims: results, unclaimed: changes.filter((x) => !used.has(x)), findings };
  }

  /** Undoes one field item in `fields` (mutated) and sets what diff should then report. */
  /** The one documented thing whose name differs from the notes' only by typography; records the finding. */
  private respell<T extends { name: string }>(c: Pending, noun: string, name: string, candidates: T[], where: string): T | undefined {
    const alike = candidates.filter((x) => sameUpToTypography(name, x.name));
    if (alike.length !== 1) return undefined;
    c.respelledAs = alike[0].name;
    if (noun === "action") c.action = alike[0].name;
    if (noun === "structure") c.structure = alike[0].name;
    c.finding = `${where}: names ${noun} ${name}, which the reference documents as ${alike[0].name}`;
    c.explainedBy = "check";
    return alike[0];
  }

  private undoField(
    c: Pending,
    verb: string,
    side: "input" | "output" | "member",
    fields: Field[],
    noun: string,
    key: string,
    where: string,
    disagree: (c: Pending, reason: string, finding?: string, status?: ClaimStatus) => void,
  ) {
    const name = c.field!;
    const v = verb.toLowerCase();
    let i = fields.findIndex((f) => f.name === name || f.documentedAs === name);
    // only a claim that the field exists now may be matched by a respelling (see the file comment)
    if (i < 0 && /^(new|added|modified)$/.test(v)) {
      const f = this.respell(c, noun, name, fields, where);
      if (f) {
        i = fields.indexOf(f);
        c.field = f.name;
      }
    }
    const f = i >= 0 ? fields[i] : undefined;
    const missing = () =>
      `says ${noun} ${name} exists, which the reference does not document${closest(
        name,
        fields.map((x) => x.name),
      )}`;
    if (v === "new" || v === "added") {
      c.expect = side === "input" ? ["input-added-optional", "input-added-required"] : [`${side}-added`, "member-added-required"];
      if (f) {
        fields.splice(i, 1);
        this.removedFields.set(`${key}.${f.name}`, c.release);
        return;
      }
      const again = this.removedFields.get(`${key}.${name}`);
      disagree(c, again ? `adds ${noun} ${name}, which release ${again} adds again` : missing());
    } else if (v === "deprecate" || v === "deprecated") {
      c.expect = [`${side}-deprecated`];
      if (f?.deprecated) {
        f.deprecated = false;
        return;
      }
      if (f) {
        disagree(c, `deprecates ${noun} ${name}, which the reference does not mark deprecated`);
        return;
      }
      // the reference dropped it: it existed before, so restore it; diff then sees a removal
      fields.push(stubField(name, c.release));
      c.expect = [`${side}-removed`];
      // the finding is one per release, listing them all (set in undo)
      disagree(
        c,
        `deprecates ${noun} ${name}, which the reference no longer documents: the SDK loses it (a breaking removal, not a deprecation)`,
        undefined,
        "reclassified",
      );
    } else if (v === "deleted" || v === "removed") {
      c.expect = [`${side}-removed`];
      if (!f) {
        fields.push(stubField(name, c.release));
        return;
      }
      disagree(
        c,
        f.deprecated
          ? `deletes ${noun} ${name}, which the reference still documents as deprecated`
          : `deletes ${noun} ${name}, which the reference still documents`,
      );
    } else {
      // "Modified": the notes do not say what the field was before, so there is nothing to undo
      c.expect = [];
      if (!f) {
        disagree(c, missing());
        return;
      }
      Object.assign(c, {
        status: "unreproduced",
        reason: `the notes do not say how ${noun} ${name} was modified, so the change cannot be undone`,
        explainedBy: "replay",
      });
    }
  }
}

/**
 * Two spellings of one name: equal ignoring case and l/I confusion, or (ignoring case) one letter
 * swap, or at most two damaged letters after a shared prefix of most of the name.
 */
export function sameUpToTypography(a: string, b: string): boolean {
  if (a === b) return false;
  const x = a.toLowerCase().replace(/l/g, "i"),
    y = b.toLowerCase().replace(/l/g, "i");
  if (x === y) return true;
  // a singular and its plural are two parameters (InstanceId, InstanceIds), not a slip
  if (x + "s" === y || y + "s" === x) return false;
  const d = editDistance(x, y);
  if (d === 2 && x.length === y.length && [...x].sort().join("") === [...y].sort().join("")) {
    const at = [...x].findIndex((ch, i) => ch !== y[i]);
    if (x[at] === y[at + 1] && x[at + 1] === y[at] && x.slice(at + 2) === y.slice(at + 2)) return true;
  }
  let prefix = 0;
  while (prefix < x.length && x[prefix] === y[prefix]) prefix++;
  return d <= 2 && prefix >= 0.6 * Math.max(x.length, y.length) && Math.abs(x.length - y.length) <= 1;
}

/** " (closest: X)" when a documented name is one or two edits away: the notes' typo or the parser's. */
function closest(name: string, candidates: string[]): string {
  let best: string | undefined,
    d = 3;
  for (const x of candidates) {
    const e = editDistance(name.toLowerCase(), x.toLowerCase());
    if (e < d) {
      d = e;
      best = x;
    }
  }
  return best && best !== name ? ` (closest: ${best})` : "";
}

function stubField(name: string, release: number): Field {
  return { name, type: "string", array: false, required: false, description: `restored by the history replay: release ${release} changes it` };
}

function stubAction(name: string, release: number): Action {
  return {
    name,
    description: `restored by the history replay: release ${release} deletes it`,
    input: [],
    output: [],
    errors: [],
    examples: [],
    deprecated: false,
  };
}
