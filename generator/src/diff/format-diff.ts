/** Renderings of a spec diff: one for people (grouped by class, with counts), one stable JSON. */
import type { Spec } from "../model.js";
import { bumpFor, CLASS_ORDER, type ApiChangeClass, type ChangeClass, type SpecChange } from "./diff-specs.js";

const HEADINGS: Record<ChangeClass, string> = {
  breaking: "Breaking changes",
  additive: "Additions",
  deprecation: "Deprecations",
  docs: "Documentation only",
  dependency: "Dependencies",
};

/** Which spec a side of the diff is: enough to tell two versions of one API apart. */
export function specIdentity(spec: Spec) {
  // fixed key order: the JSON rendering must be byte-identical from run to run
  return {
    id: `${spec.service.provider}-${spec.service.name}-${spec.service.apiVersion}`,
    provider: spec.service.provider,
    service: spec.service.name,
    apiVersion: spec.service.apiVersion,
    released: spec.service.source.released ?? null,
    actions: spec.actions.length,
    structures: spec.structures.length,
  };
}

/** Changes per API class (a diff of two specs has no "dependency" changes: those are a release's). */
export function countByClass(changes: SpecChange[]): Record<ApiChangeClass, number> {
  const counts = { breaking: 0, additive: 0, deprecation: 0, docs: 0 };
  for (const c of changes) if (c.class !== "dependency") counts[c.class]++;
  return counts;
}

export function formatDiffText(oldSpec: Spec, newSpec: Spec, changes: SpecChange[]): string {
  const from = specIdentity(oldSpec),
    to = specIdentity(newSpec);
  const when = (x: ReturnType<typeof specIdentity>) => (x.released ? ` (${x.released})` : "");
  const lines = [`${from.id}${when(from)} → ${to.id}${when(to)}`];
  if (!changes.length) return [...lines, "no changes"].join("\n") + "\n";
  const counts = countByClass(changes);
  lines.push(`${changes.length} changes: ${CLASS_ORDER.map((c) => `${counts[c]} ${c}`).join(", ")}; version bump: ${bumpFor(changes)}`);
  for (const cls of CLASS_ORDER) {
    const group = changes.filter((c) => c.class === cls);
    if (!group.length) continue;
    lines.push("", `${HEADINGS[cls]} (${group.length})`, ...group.map((c) => `  - ${c.summary}`));
  }
  return lines.join("\n") + "\n";
}

/** One change with its keys in a fixed order and absent keys left out. */
function orderedChange(c: SpecChange) {
  const out: Record<string, string> = { class: c.class, kind: c.kind };
  for (const k of ["action", "structure", "field", "errorCode"] as const) if (c[k] !== undefined) out[k] = c[k]!;
  out.summary = c.summary;
  return out;
}

export function formatDiffJson(oldSpec: Spec, newSpec: Spec, changes: SpecChange[]): string {
  const doc = {
    from: specIdentity(oldSpec),
    to: specIdentity(newSpec),
    bump: bumpFor(changes) ?? null,
    counts: countByClass(changes),
    changes: changes.map(orderedChange),
  };
  return JSON.stringify(doc, null, 2) + "\n";
}
