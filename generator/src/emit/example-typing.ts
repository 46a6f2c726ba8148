/**
 * Whether a documented example fits the emitted types exactly (what `tsc --strict` will say), and
 * if not, why. Stricter than `check`, which accepts what the service coerces ("10" for 10); the
 * generated tests type-check only the examples that fit, and name the others with the reason.
 */
import type { Action, Example, Field, Spec } from "../model.js";
import { enumLiterals, isOptional, structureRoles, type FieldRole } from "./field-types.js";

export interface ExampleFit {
  /** Problems that make the example not type-check. */
  problems: string[];
  /** Output fields the example leaves out although the type says they are always present. */
  omitted: string[];
}

/** Structures by name, each with the role its type was emitted for. */
type Structs = Map<string, { members: Field[]; role: FieldRole }>;

export function exampleFit(spec: Spec, action: Action, example: Example): ExampleFit {
  const roles = structureRoles(spec);
  const structs: Structs = new Map(spec.structures.map((s) => [s.name, { members: s.members, role: roles.get(s.name) ?? "output" }]));
  const fit: ExampleFit = { problems: [], omitted: [] };
  if (example.parseError) fit.problems.push(`its JSON does not parse (${example.parseError})`);
  if (!example.input) fit.problems.push("it has no request");
  else walk(example.input, action.input, "input", "input", structs, fit);
  const output = example.output as Record<string, unknown> | undefined;
  if (!output) fit.problems.push("it has no response");
  else if (output.Error) fit.problems.push("it documents an error response");
  else
    walk(output, [...action.output, { name: "RequestId", type: "string", array: false, required: false, description: "" }], "output", "output", structs, fit);
  return fit;
}

function walk(value: unknown, fields: Field[], role: FieldRole, path: string, structs: Structs, fit: ExampleFit): void {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    fit.problems.push(`${path} is not an object`);
    return;
  }
  const byName = new Map(fields.map((f) => [f.name, f]));
  const obj = value as Record<string, unknown>;
  for (const [k, v] of Object.entries(obj)) {
    const f = byName.get(k);
    if (!f) fit.problems.push(`${path}.${k} is not a documented field`);
    else field(v, f, role, `${path}.${k}`, structs, fit);
  }
  for (const f of fields) {
    if (f.name in obj || isOptional(f, role) || (role === "output" && f.name === "RequestId")) continue;
    // a request has no DeepPartial to fall back on; a response example may leave fields out
    const inRequest = path.startsWith("input");
    (inRequest ? fit.problems : fit.omitted).push(inRequest ? `${path}.${f.name} is required but missing` : `${path}.${f.name}`);
  }
}

function field(v: unknown, f: Field, role: FieldRole, path: string, structs: Structs, fit: ExampleFit): void {
  if (v === null) {
    if (!(role !== "input" && f.nullable)) fit.problems.push(`${path} is null, which the docs do not allow`);
    return;
  }
  if (f.array) {
    if (!Array.isArray(v)) fit.problems.push(`${path} should be an array`);
    else v.forEach((item, i) => mapOrElement(item, f, role, `${path}[${i}]`, structs, fit));
  } else mapOrElement(v, f, role, path, structs, fit);
}

/** A map's values are each an element of the field's type. */
function mapOrElement(v: unknown, f: Field, role: FieldRole, path: string, structs: Structs, fit: ExampleFit): void {
  if (!f.map) return element(v, f, role, path, structs, fit);
  if (typeof v !== "object" || v === null || Array.isArray(v)) fit.problems.push(`${path} should be an object keyed by ID`);
  else for (const [k, item] of Object.entries(v)) element(item, f, role, `${path}[${JSON.stringify(k)}]`, structs, fit);
}

function element(v: unknown, f: Field, role: FieldRole, path: string, structs: Structs, fit: ExampleFit): void {
  const expected = f.type === "integer" ? "number" : f.type === "binary" ? "string" : f.type;
  if (["string", "number", "boolean"].includes(expected)) {
    if (typeof v !== expected) {
      fit.problems.push(`${path} is ${JSON.stringify(v)}, documented as ${f.type}`);
      return;
    }
    const literals = enumLiterals(f);
    if (role === "input" && literals && !literals.includes(typeof v === "string" ? JSON.stringify(v) : String(v))) {
      fit.problems.push(`${path} is ${JSON.stringify(v)}, not one of the documented values ${literals.join(", ")}`);
    }
    return;
  }
  if (expected === "object") {
    if (typeof v !== "object" || Array.isArray(v)) fit.problems.push(`${path} should be an object`);
    return;
  }
  const struct = structs.get(f.type);
  if (struct) walk(v, struct.members, struct.role, path, structs, fit);
}
