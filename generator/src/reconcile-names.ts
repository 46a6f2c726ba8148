/**
 * Weighs the docs against themselves: where a table's name differs from the name the examples
 * send only by letter case (tables say `DBInstanceid`, the examples send `DBInstanceId`), the
 * examples win, because they are what was really sent; the disagreement is recorded.
 */
import type { Action, Diagnostic } from "./model.js";

export function reconcileNamesWithExamples(actions: Action[], diagnostics: Diagnostic[]): void {
  for (const action of actions) {
    for (const side of ["input", "output"] as const) {
      const sent = new Map<string, number>();
      for (const ex of action.examples) for (const key of Object.keys(ex[side] ?? {})) sent.set(key, (sent.get(key) ?? 0) + 1);
      for (const field of action[side]) {
        if (sent.has(field.name)) continue;
        const alt = [...sent.keys()].find((k) => k.toLowerCase() === field.name.toLowerCase() && !action[side].some((f) => f.name === k));
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
