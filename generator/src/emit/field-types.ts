/** How a spec field becomes a TypeScript type. */
import type { Field, Spec } from "../model.js";
import { structureTypeName } from "./naming.js";

/**
 * Where a field's value travels. A structure reached only from requests is "input", only from
 * responses "output"; one reached from both is "shared" and typed so that both directions hold.
 */
export type FieldRole = "input" | "output" | "shared";

const PRIMITIVES: Record<string, string> = {
  string: "string",
  integer: "number",
  number: "number",
  boolean: "boolean",
  binary: "string",
  object: "Record<string, unknown>",
};

/** The element type of a field: a literal union where the docs list values, else the mapped type. */
export function elementType(field: Field, role: FieldRole, structures: ReadonlySet<string>): string {
  const base = PRIMITIVES[field.type] ?? (structures.has(field.type) ? structureTypeName(field.type) : "unknown");
  const literals = enumLiterals(field);
  if (!literals) return base;
  // Inputs accept only documented values; outputs keep the documented ones for completion but
  // stay open, because a service adding a value must not break a client compiled yesterday.
  return role === "input" ? literals.join(" | ") : `${literals.join(" | ")} | (${base} & {})`;
}

/** Documented values as TypeScript literals, if every value fits the field's type. */
export function enumLiterals(field: Field): string[] | undefined {
  if (!field.enum?.length) return undefined;
  if (field.type === "string") return field.enum.map((v) => JSON.stringify(v));
  if (field.type === "integer" || field.type === "number") {
    return field.enum.every((v) => /^-?\d+(\.\d+)?$/.test(v)) ? field.enum.map((v) => String(Number(v))) : undefined;
  }
  if (field.type === "boolean") return field.enum.every((v) => v === "true" || v === "false") ? field.enum : undefined;
  return undefined;
}

/** The full property type: element, array, null. */
export function fieldType(field: Field, role: FieldRole, structures: ReadonlySet<string>): string {
  let t = elementType(field, role, structures);
  if (field.map) t = `Record<string, ${t}>`;
  if (field.array) t = t.includes(" ") ? `Array<${t}>` : `${t}[]`;
  if (field.nullable && role !== "input") t = `${t} | null`;
  return t;
}

/**
 * Whether the property is optional. Inputs: as documented. Outputs: present unless the docs say
 * it may be null or it is deprecated; Tencent documents every returned field and marks the ones
 * that may be absent, so the rest are typed as always there. Shared structures: a caller must
 * not be made to send what the docs call optional, so they follow the input rule.
 */
export function isOptional(field: Field, role: FieldRole): boolean {
  if (role !== "output") return !field.required;
  return !field.required && (field.nullable === true || field.deprecated === true);
}

export function structureNames(spec: Spec): Set<string> {
  return new Set(spec.structures.map((s) => s.name));
}

/** The role of every structure, from the action fields that reach it (directly or nested). */
export function structureRoles(spec: Spec): Map<string, FieldRole> {
  const members = new Map(spec.structures.map((s) => [s.name, s.members]));
  const reached = { input: new Set<string>(), output: new Set<string>() };
  const visit = (type: string, side: Set<string>) => {
    if (!members.has(type) || side.has(type)) return;
    side.add(type);
    for (const m of members.get(type)!) visit(m.type, side);
  };
  for (const a of spec.actions) {
    for (const f of a.input) visit(f.type, reached.input);
    for (const f of a.output) visit(f.type, reached.output);
  }
  const roles = new Map<string, FieldRole>();
  for (const s of spec.structures) {
    const role: FieldRole = reached.input.has(s.name) ? (reached.output.has(s.name) ? "shared" : "input") : "output";
    roles.set(s.name, role);
  }
  return roles;
}
