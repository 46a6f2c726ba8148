/**
 * CHANGELOG.md entries: the first version carries the docs' own release history; every later
 * version lists what `diff` found between the committed spec and the new one. Each names the
 * docs release it was generated from (documents, origins, date).
 */
import type { ChangeClass, SpecChange } from "../diff/diff-specs.js";
import type { Release, Spec } from "../model.js";

const HEADINGS: Record<ChangeClass, string> = {
  breaking: "Breaking changes",
  additive: "Added",
  deprecation: "Deprecated",
  docs: "Documentation",
  dependency: "Dependencies",
};

/** The date a version is dated by: the docs' release, else the newest release in their history. */
export function docsReleaseDate(spec: Spec): string | undefined {
  return (
    spec.service.source.released ??
    spec.releases
      .map((r) => r.date)
      .sort()
      .at(-1)
  );
}

/** One version's entry from the changes `diff` found. */
export function changesEntry(version: string, date: string | undefined, changes: SpecChange[], from?: string): string {
  const lines = [`## ${version}${date ? ` (${date})` : ""}`, "", ...(from ? [from, ""] : [])];
  for (const cls of Object.keys(HEADINGS) as ChangeClass[]) {
    const own = changes.filter((c) => c.class === cls);
    if (!own.length) continue;
    lines.push(`### ${HEADINGS[cls]}`, "", ...own.map((c) => `- ${c.summary}`), "");
  }
  return lines.join("\n").trimEnd();
}

/** The first version's entry: what it covers, then the API's own release history, newest first. */
export function firstEntry(spec: Spec, version: string, from?: { date?: string; line: string }): string {
  const date = from?.date ?? docsReleaseDate(spec);
  const lines = [
    `## ${version}${date ? ` (${date})` : ""}`,
    "",
    `First version, generated from the ${spec.service.title} API ${spec.service.apiVersion} reference: ${spec.actions.length} actions, ${spec.structures.length} data structures, ${spec.errors.length} error codes.`,
    ...(from ? ["", from.line] : []),
  ];
  const releases = [...spec.releases].sort((a, b) => b.release - a.release);
  if (releases.length) {
    lines.push("", "### The API's release history, as the reference tells it", "");
    for (const r of releases) lines.push(...releaseLines(r));
  }
  return lines.join("\n").trimEnd();
}

function releaseLines(r: Release): string[] {
  const items: string[] = [];
  const list = (label: string, names: string[]) => names.length && items.push(`  - ${label}: ${names.join(", ")}`);
  list("New actions", r.newActions);
  for (const m of r.modifiedActions) items.push(`  - Modified ${m.action}${m.changes.length ? `: ${m.changes.join("; ")}` : ""}`);
  list("Deprecated actions", r.deprecatedActions);
  list("Deleted actions", r.deletedActions ?? []);
  list("New data structures", r.newStructures);
  list("Modified data structures", r.modifiedStructures);
  list("Deprecated data structures", r.deprecatedStructures);
  list("Deleted data structures", r.deletedStructures ?? []);
  return [`- Release ${r.release} (${r.date})`, ...items];
}

/** The entries of an existing CHANGELOG.md (everything from the first version heading on). */
export function existingEntries(changelog: string | undefined): string {
  if (!changelog) return "";
  const at = changelog.search(/^## /m);
  return at < 0 ? "" : changelog.slice(at).trimEnd();
}

/** A new entry on top of the existing ones. */
export function prependEntry(entry: string, existing: string): string {
  return existing ? `${entry}\n\n${existing}` : entry;
}
