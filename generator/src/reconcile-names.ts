/**
 * Weighs the docs against themselves: where a table's name differs from the name the examples
 * send only by letter case (tables say `DBInstanceid`, the examples send `DBInstanceId`), the
 * examples win, because they are what was really sent; the disagreement is recorded. Character
 * damage (`DBInstanceCld`) and pluralisation slips (`DBInstanceIds` for `DBInstanceIdSet`) are
 * weighed the same way, but only between a table name no example sends and an example key no table
 * names, a few edits apart and sharing most of their prefix.
 */
import type { Action, Diagnostic } from "./model.js";

export function reconcileNamesWithExamples(actions: Action[], diagnostics: Diagnostic[]): void {
  for (const action of actions) {
    for (const side of ["input", "output"] as const) {
      const sent = new Map<string, number>();
      for (const ex of action.examples) for (const key of Object.keys(ex[side] ?? {})) sent.set(key, (sent.get(key) ?? 0) + 1);
      for (const field of action[side]) {
        if (sent.has(field.name)) continue;
        const unclaimed = [...sent.keys()].filter((k) => !action[side].some((f) => f.name === k));
        const alt = unclaimed.find((k) => k.toLowerCase() === field.name.toLowerCase()) ?? unclaimed.find((k) => looksAlike(k, field.name));
        if (!alt) continue;
        diagnostics.push({
          severity: "warning",
          message: `${action.name} ${side} field: the table says ${field.name}, ${sent.get(alt)} example(s) send ${alt}; the spec uses ${alt}`,
          at: field.source ?? action.source ?? "",
        });
        field.documentedAs = field.name;
        field.name = alt;
      }
    }
  }
}

function looksAlike(a: string, b: string): boolean {
  let prefix = 0;
  while (prefix < a.length && a[prefix].toLowerCase() === b[prefix]?.toLowerCase()) prefix++;
  return prefix >= 0.6 * Math.max(a.length, b.length) && editDistance(a, b) <= 3;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const next = Math.min(row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = row[j];
      row[j] = next;
    }
  }
  return row[b.length];
}
