/**
 * Release notes against the reference: every action, structure and parameter a release says it
 * added must be in the spec; a parameter a release says it deprecated or deleted should be marked
 * deprecated or be gone. The history replay (../diff/history-replay.ts) adds what only undoing the
 * releases one by one shows: deprecations the reference turned into removals, names the notes
 * misspell, items claimed twice.
 */
import type { Action, Diagnostic, Spec } from "../model.js";
import { replayFindings } from "../diff/history-replay.js";

const CLAIM = /^(New|Modified|Deprecate|Deprecated|Deleted|Removed) (input|output) parameters\s*[:：]\s*(.*)$/i;

export function checkReleaseClaims(spec: Spec): Diagnostic[] {
  const out: Diagnostic[] = [];
  const at = `${spec.service.source.file}:1`;
  const actions = new Map(spec.actions.map((a) => [a.name, a]));
  const structures = new Set(spec.structures.map((s) => s.name));
  for (const r of spec.releases) {
    const where = `release ${r.release} (${r.date})`;
    for (const n of r.newActions)
      if (!actions.has(n)) out.push({ severity: "warning", message: `${where} adds action ${n}, which the reference does not document`, at });
    for (const n of r.newStructures)
      if (!structures.has(n)) out.push({ severity: "warning", message: `${where} adds structure ${n}, which the reference does not define`, at });
    for (const m of r.modifiedActions) {
      const action = actions.get(m.action);
      if (!action) {
        out.push({ severity: "warning", message: `${where} modifies action ${m.action}, which the reference does not document`, at });
        continue;
      }
      for (const change of m.changes) {
        const c = change.match(CLAIM);
        if (!c) continue;
        const [, verb, side, list] = c;
        for (const name of list
          .split(/[,，]\s*/)
          .map((x) => x.trim())
          .filter(Boolean)) {
          const field = findField(action, side as "input" | "output", name);
          if (/^(New|Modified)$/i.test(verb) && !field)
            out.push({ severity: "warning", message: `${where} says ${m.action} has ${side} parameter ${name}, which the reference does not document`, at });
          if (/^(Deleted|Removed)$/i.test(verb) && field && !field.deprecated)
            out.push({ severity: "warning", message: `${where} deletes ${m.action} ${side} parameter ${name}, which the reference still documents`, at });
        }
      }
    }
  }
  const said = new Set(out.map((d) => d.message));
  for (const d of replayFindings(spec)) if (!said.has(d.message)) out.push(d);
  return out;
}

function findField(action: Action, side: "input" | "output", name: string) {
  return action[side].find((f) => f.name === name || f.documentedAs === name || f.name.toLowerCase() === name.toLowerCase());
}
