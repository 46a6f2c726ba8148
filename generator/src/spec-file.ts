/**
 * A spec file read at the boundary (check, mock, diff, the committed spec `generate` diffs
 * against): valid JSON that passes spec/spec.schema.json, or a one-line DocumentError naming the
 * file and the first problems. A spec of `{}` or `actions: [{}]` used to reach the diff or the mock
 * server and fail there as a TypeError, or serve "undefined undefined" answering 500 to everything.
 */
import type { Ajv as AjvClass, ErrorObject, ValidateFunction } from "ajv";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { packageRoot } from "./package-root.js";
import { join } from "node:path";
import { DocumentError, readInputFile } from "./document-error.js";
import type { Spec } from "./model.js";
import { withDerivedFacts, type SpecDraft } from "./derive/derive-facts.js";
import { isKnownProtocol } from "./profiles/protocols.js";
import { precompiledValidator } from "./spec-validator-precompiled.js";

let validator: ValidateFunction | undefined;

function validate(): ValidateFunction {
  validator ??= precompiledValidator;
  if (!validator) {
    const schema = JSON.parse(readFileSync(join(packageRoot(import.meta.url), "spec/spec.schema.json"), "utf8")) as object;
    // only the sources get here (the compiled CLI carries the precompiled validator), so Ajv is
    // required on demand rather than imported: an import would put all of Ajv in every parse
    const { Ajv } = createRequire(import.meta.url)("ajv") as { Ajv: typeof AjvClass };
    validator = new Ajv({ allErrors: true, strict: false }).compile(schema);
  }
  return validator;
}

function describe(errors: ErrorObject[]): string {
  const shown = errors.slice(0, 3).map((e) => `${e.instancePath || "(top)"} ${e.message ?? "is invalid"}`);
  return shown.join("; ") + (errors.length > 3 ? `; and ${errors.length - 3} more` : "");
}

/**
 * A spec of the first format (`specVersion: 1`, before the derived facts were stored) as the
 * current format: its facts derived as `generate` would. Anything else is returned as it is.
 */
export function upgradeSpecFormat(json: unknown): unknown {
  if (json === null || typeof json !== "object" || Array.isArray(json)) return json;
  const { specVersion, ...rest } = json as Record<string, unknown>;
  if (specVersion !== 1 || "formatVersion" in rest) return json;
  const service = rest.service as { protocol?: unknown } | undefined;
  if (!Array.isArray(rest.actions) || !Array.isArray(rest.structures) || !service || !isKnownProtocol(String(service.protocol))) return json;
  try {
    return withDerivedFacts(rest as unknown as SpecDraft);
  } catch {
    // too damaged to derive anything from: the schema says what is wrong with it
    return json;
  }
}

/** Throws a DocumentError unless `json` is a structurally valid spec (of the current format, or upgraded from the first). */
export function checkSpecShape(raw: unknown, shown: string): Spec {
  const json = upgradeSpecFormat(raw);
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
