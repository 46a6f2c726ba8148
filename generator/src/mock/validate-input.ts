/**
 * Checks a request's parameters against the action's documented input: unknown fields, missing
 * required fields and values of the wrong type are errors, as a real endpoint would answer.
 */
import type { Field, Spec } from "../model.js";

export interface InputProblem {
  kind: "unknown" | "missing" | "type";
  path: string;
  message: string;
}

/**
 * @param textValues the values came from a query or form, so every scalar is a string: "10" is a
 *   valid Integer and "true" a valid Boolean there, but not in a JSON body.
 */
export function validateInput(spec: Spec, fields: Field[], params: Record<string, unknown>, textValues: boolean): InputProblem[] {
  const members = new Map(spec.structures.map((s) => [s.name, s.members]));
  return checkObject(fields, params, "", { members, textValues });
}

interface Context {
  members: Map<string, Field[]>;
  textValues: boolean;
}

function checkObject(fields: Field[], value: Record<string, unknown>, prefix: string, ctx: Context): InputProblem[] {
  const problems: InputProblem[] = [];
  const byName = new Map(fields.map((f) => [f.name, f]));
  for (const [name, v] of Object.entries(value)) {
    const f = byName.get(name);
    const path = prefix + name;
    if (!f) problems.push({ kind: "unknown", path, message: `unknown parameter ${path}` });
    else if (v !== null && v !== undefined) problems.push(...checkField(f, v, path, ctx));
  }
  for (const f of fields) {
    // own properties only: a required field named toString must not be "present" by inheritance
    const given = Object.hasOwn(value, f.name) ? value[f.name] : undefined;
    if (f.required && (given === undefined || given === null))
      problems.push({ kind: "missing", path: prefix + f.name, message: `missing required parameter ${prefix + f.name}` });
  }
  return problems;
}

function checkField(f: Field, v: unknown, path: string, ctx: Context): InputProblem[] {
  if (!f.array) return checkMapOrValue(f, v, path, ctx);
  if (!Array.isArray(v)) return [{ kind: "type", path, message: `${path} must be an array of ${f.type}` }];
  return v.flatMap((item, i) => checkMapOrValue(f, item, `${path}.${i}`, ctx));
}

function checkMapOrValue(f: Field, v: unknown, path: string, ctx: Context): InputProblem[] {
  if (!f.map) return checkValue(f, v, path, ctx);
  if (!v || typeof v !== "object" || Array.isArray(v)) return [{ kind: "type", path, message: `${path} must be an object keyed by ID` }];
  return Object.entries(v).flatMap(([k, item]) => checkValue(f, item, `${path}.${k}`, ctx));
}

function checkValue(f: Field, v: unknown, path: string, ctx: Context): InputProblem[] {
  const wrong = (what: string): InputProblem[] => [{ kind: "type", path, message: `${path} must be ${what}, got ${JSON.stringify(v)}` }];
  switch (f.type) {
    case "string":
      return typeof v === "string" ? enumProblem(f, v, path) : wrong("a string");
    case "integer":
      if (typeof v === "number") return Number.isInteger(v) ? enumProblem(f, v, path) : wrong("an integer");
      return ctx.textValues && typeof v === "string" && /^-?\d+$/.test(v) ? enumProblem(f, Number(v), path) : wrong("an integer");
    case "number":
      if (typeof v === "number") return [];
      return ctx.textValues && typeof v === "string" && v.trim() !== "" && !Number.isNaN(Number(v)) ? [] : wrong("a number");
    case "boolean":
      if (typeof v === "boolean") return [];
      return ctx.textValues && (v === "true" || v === "false") ? [] : wrong("a boolean");
    case "object":
    case "binary":
      return [];
    default: {
      const members = ctx.members.get(f.type);
      if (!members) return [];
      if (!v || typeof v !== "object" || Array.isArray(v)) return wrong(`an object (${f.type})`);
      return checkObject(members, v as Record<string, unknown>, `${path}.`, ctx);
    }
  }
}

/** Inputs with documented values accept only those (the generated types are closed unions too). */
function enumProblem(f: Field, v: string | number, path: string): InputProblem[] {
  if (!f.enum?.length) return [];
  // integer fields whose "valid values" are not all numbers are not closed in the types either
  if (f.type === "integer" && !f.enum.every((e) => /^-?\d+$/.test(e))) return [];
  const allowed = f.type === "integer" ? f.enum.map((e) => String(Number(e))) : f.enum;
  return allowed.includes(String(v)) ? [] : [{ kind: "type", path, message: `${path} must be one of ${allowed.join(", ")}, got ${JSON.stringify(v)}` }];
}
