/**
 * Weighs the docs against themselves: where a table's name differs from the name the examples
 * send only by letter case (tables say `DBInstanceid`, the examples send `DBInstanceId`), the
 * examples win, because they are what was really sent; the disagreement is recorded. Character
 * damage (`DBInstanceCld`) and pluralisation slips (`DBInstanceIds` for `DBInstanceIdSet`) are
 * weighed the same way, but only between a table name no example sends and an example key no table
 * names, a few edits apart and sharing most of their prefix.
 */
import type { Action, Diagnostic, Field, Structure } from "./model.js";
import { editDistance } from "./edit-distance.js";

export function reconcileNamesWithExamples(actions: Action[], diagnostics: Diagnostic[], structures: Structure[] = []): void {
  const structs = new Map(structures.map((s) => [s.name, s]));
  const keysByStructure = new Map<string, Map<string, number>>();
  // each table's fields by lower-case name (the first of a name), made once: a large example sends
  // the same keys hundreds of times. No name changes while examples are collected: an action's
  // own fields are reconciled before its examples are read, structure members only at the end.
  const byLowerName = new Map<Field[], Map<string, Field>>();
  const fieldNamed = (fields: Field[], key: string) => {
    let named = byLowerName.get(fields);
    if (!named) {
      named = new Map();
      for (const f of fields) if (!named.has(f.name.toLowerCase())) named.set(f.name.toLowerCase(), f);
      byLowerName.set(fields, named);
    }
    return named.get(key.toLowerCase());
  };
  const collect = (value: unknown, fields: Field[]) => {
    if (!value || typeof value !== "object" || Array.isArray(value)) return;
    for (const [k, v] of Object.entries(value)) {
      // the first field named k in any letter case, as find(exact name or same lower case) would give
      const f = fieldNamed(fields, k);
      const s = f && structs.get(f.type);
      if (!s) continue;
      for (const item of Array.isArray(v) ? v : [v]) {
        if (!item || typeof item !== "object") continue;
        const keys = keysByStructure.get(s.name) ?? keysByStructure.set(s.name, new Map()).get(s.name)!;
        for (const key of Object.keys(item)) keys.set(key, (keys.get(key) ?? 0) + 1);
        collect(item, s.members);
      }
    }
  };
  for (const action of actions) {
    for (const side of ["input", "output"] as const) {
      const sent = new Map<string, number>();
      for (const ex of action.examples) for (const key of Object.keys(ex[side] ?? {})) sent.set(key, (sent.get(key) ?? 0) + 1);
      reconcile(action[side], sent, `${action.name} ${side} field`, action.source, diagnostics);
      for (const ex of action.examples) collect(ex[side], action[side]);
    }
  }
  for (const [name, keys] of keysByStructure) reconcile(structs.get(name)!.members, keys, `structure ${name} member`, structs.get(name)!.source, diagnostics);
}

function reconcile(fields: Field[], sent: Map<string, number>, label: string, fallbackAt: string | undefined, diagnostics: Diagnostic[]): void {
  // the keys sent that no field names, made once: a field renamed below claims its key
  let unclaimed: string[] | undefined;
  for (const field of fields) {
    if (sent.has(field.name)) continue;
    unclaimed ??= [...sent.keys()].filter((k) => !fields.some((f) => f.name === k));
    const alt = unclaimed.find((k) => k.toLowerCase() === field.name.toLowerCase()) ?? unclaimed.find((k) => looksAlike(k, field.name));
    if (!alt) continue;
    unclaimed = unclaimed.filter((k) => k !== alt);
    diagnostics.push({
      severity: "warning",
      message: `${label}: the table says ${field.name}, ${sent.get(alt)} example(s) send ${alt}; the spec uses ${alt}`,
      at: field.source ?? fallbackAt ?? "",
    });
    field.documentedAs = field.name;
    field.name = alt;
  }
}

function looksAlike(a: string, b: string): boolean {
  // a singular and its plural are two parameters (InstanceId, InstanceIds), not a slip
  if (a + "s" === b || b + "s" === a) return false;
  let prefix = 0;
  while (prefix < a.length && a[prefix].toLowerCase() === b[prefix]?.toLowerCase()) prefix++;
  return prefix >= 0.6 * Math.max(a.length, b.length) && editDistance(a, b) <= 3;
}
