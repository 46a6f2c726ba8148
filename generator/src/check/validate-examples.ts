/** Validates every documented example against its action's input and output fields. */
import type { Diagnostic, Field, Spec } from "../model.js";

export interface ExampleStats {
  total: number;
  valid: number;
}

export function validateExamples(spec: Spec, stats?: ExampleStats): Diagnostic[] {
  const out: Diagnostic[] = [];
  const structs = new Map(spec.structures.map((s) => [s.name, s.members]));
  for (const a of spec.actions)
    a.examples.forEach((ex, n) => {
      const at = ex.source ?? spec.service.source.file;
      const problems: string[] = [];
      if (ex.parseError) problems.push(`JSON does not parse (${ex.parseError})`);
      if (ex.input) problems.push(...checkObject(ex.input, a.input, structs, "input", true));
      // an example of a failed call answers with Response.Error: check its code is documented instead
      const error = (ex.output as { Error?: { Code?: string } } | undefined)?.Error;
      if (error) {
        if (error.Code && !a.errors.includes(error.Code) && !spec.errors.some((e) => e.code === error.Code))
          problems.push(`error example answers with undocumented code ${error.Code}`);
      } else if (ex.output)
        problems.push(
          ...checkObject(
            ex.output,
            a.output.concat([{ name: "RequestId", type: "string", array: false, required: false, description: "" }]),
            structs,
            "output",
            false,
          ),
        );
      if (ex.repaired) out.push({ severity: "warning", message: `${a.name} example ${n + 1}: ${ex.repaired}`, at });
      if (stats) {
        stats.total++;
        if (!problems.length) stats.valid++;
      }
      for (const p of problems) out.push({ severity: "warning", message: `${a.name} example ${n + 1}: ${p}`, at });
    });
  return out;
}

function checkObject(value: Record<string, unknown>, fields: Field[], structs: Map<string, Field[]>, path: string, checkRequired: boolean): string[] {
  const problems: string[] = [];
  if (typeof value !== "object" || value === null || Array.isArray(value)) return [`${path} is not an object`];
  const byName = new Map(fields.map((f) => [f.name, f]));
  for (const [k, v] of Object.entries(value)) {
    const f = byName.get(k);
    if (!f) {
      problems.push(`unknown field ${path}.${k}`);
      continue;
    }
    if (v === null) {
      continue;
    }
    let items: unknown[] = [v];
    if (f.array) {
      items = Array.isArray(v) ? v : [];
      if (!Array.isArray(v)) problems.push(`${path}.${k} should be an array`);
    }
    // a map's values are each of the field's type
    const isMap = (m: unknown): m is Record<string, unknown> => Boolean(m) && typeof m === "object" && !Array.isArray(m);
    if (f.map) for (const m of items) if (!isMap(m)) problems.push(`${path}.${k} should be an object keyed by ID`);
    const values = f.map ? items.flatMap((m) => (isMap(m) ? Object.values(m) : [])) : items;
    for (const item of values) problems.push(...checkValue(item, f, structs, `${path}.${k}`, checkRequired));
  }
  if (checkRequired) for (const f of fields) if (f.required && !(f.name in value)) problems.push(`missing required field ${path}.${f.name}`);
  return problems;
}

function checkValue(v: unknown, f: Field, structs: Map<string, Field[]>, path: string, checkRequired: boolean): string[] {
  if (v === null) return [];
  switch (f.type) {
    case "string":
      return typeof v === "string" ? [] : [`${path} should be a string, got ${JSON.stringify(v)}`];
    case "integer":
    case "number":
      return typeof v === "number" || (typeof v === "string" && /^-?\d+(\.\d+)?$/.test(v)) ? [] : [`${path} should be a number, got ${JSON.stringify(v)}`];
    // like "10" for 10, API 3.0 reads "true"/"false" for a Boolean; the typed tests stay strict
    case "boolean":
      return typeof v === "boolean" || v === "true" || v === "false" ? [] : [`${path} should be a boolean, got ${JSON.stringify(v)}`];
    case "object":
    case "binary":
      return [];
    default: {
      const members = structs.get(f.type);
      if (!members) return [];
      return checkObject(v as Record<string, unknown>, members, structs, path, checkRequired);
    }
  }
}
