/**
 * A spec file read at the boundary (check, mock, diff, the committed spec `generate` diffs
 * against): valid JSON that passes spec/spec.schema.json, or a one-line DocumentError naming the
 * file and the first problems. A spec of `{}` or `actions: [{}]` used to reach the diff or the mock
 * server and fail there as a TypeError, or serve "undefined undefined" answering 500 to everything.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import { readFileSync } from "node:fs";
import { packageRoot } from "./package-root.js";
import { join } from "node:path";
import { DocumentError, readInputFile } from "./document-error.js";
import type { Spec } from "./model.js";
import { precompiledValidator } from "./spec-validator-precompiled.js";

let validator: ValidateFunction | undefined;

function validate(): ValidateFunction {
  validator ??= precompiledValidator;
  if (!validator) {
    const schema = JSON.parse(readFileSync(join(packageRoot(import.meta.url), "spec/spec.schema.json"), "utf8")) as object;
    validator = new Ajv({ allErrors: true, strict: false }).compile(schema);
  }
  return validator;
}

function describe(errors: ErrorObject[]): string {
  const shown = errors.slice(0, 3).map((e) => `${e.instancePath || "(top)"} ${e.message ?? "is invalid"}`);
  return shown.join("; ") + (errors.length > 3 ? `; and ${errors.length - 3} more` : "");
}

/** Throws a DocumentError unless `json` is a structurally valid spec. */
export function checkSpecShape(json: unknown, shown: string): Spec {
  const v = validate();
  if (!v(json)) throw new DocumentError(`${shown}: not a doc2sdk spec: ${describe(v.errors ?? [])}`);
  const spec = json as Spec;
  const seen = new Set<string>();
  for (const a of spec.actions) {
    if (seen.has(a.name)) throw new DocumentError(`${shown}: not a usable spec: action ${a.name} is listed twice`);
    seen.add(a.name);
  }
  return spec;
}

/** Reads and checks a spec file; every failure is a DocumentError naming it. */
export function readSpecFile(path: string, shown: string = path): Spec {
  const text = readInputFile(path, shown).toString("utf8");
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new DocumentError(`${shown}: not valid JSON (${(e as Error).message})`);
  }
  return checkSpecShape(json, shown);
}
