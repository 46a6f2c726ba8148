/**
 * Every structure a field names must be defined (the spec contract). A structure the documents
 * name but never document gets an empty placeholder and a warning, so the field keeps its type
 * and the gap is reported with the row that named it. Run after a spec's documents are merged.
 */
import type { Action, Diagnostic, Field, Structure } from "../model.js";

export function resolveStructureTypes(actions: Action[], structures: Structure[], diagnostics: Diagnostic[], file: string): void {
  const known = new Set(structures.map((s) => s.name));
  const basic = new Set(["string", "integer", "number", "boolean", "object", "binary"]);
  const check = (f: Field, owner: string) => {
    if (basic.has(f.type) || known.has(f.type)) return;
    diagnostics.push({
      severity: "warning",
      message: `${owner}.${f.name}: structure ${f.type} is not documented; kept as a structure without members`,
      at: f.source ?? file,
    });
    structures.push({ name: f.type, description: "", members: [], usedBy: [], source: f.source });
    known.add(f.type);
  };
  for (const a of actions) for (const f of [...a.input, ...a.output]) check(f, a.name);
  for (const s of [...structures]) for (const f of s.members) check(f, s.name);
}
