/**
 * spec/sources/manifest.json, read and checked at the boundary: an empty, malformed or
 * incomplete manifest is one `doc2sdk: manifest.json: …` line, not a TypeError deep in the
 * generator. Names that become paths (API ids, package names, source files) are confined: an id
 * or package name of `../../x` would have written outside spec/ and generated/. Checked by hand,
 * not with ajv: this is on the no-op `generate` path, which must not load a schema compiler.
 */
import { readFileSync } from "node:fs";
import { isAbsolute, join, normalize } from "node:path";
import type { ApiEntry } from "./build-spec.js";
import { PROTOCOLS as PROTOCOL_PROFILES } from "./profiles/protocols.js";
import { DocumentError } from "./document-error.js";

export const MANIFEST_FILE = "spec/sources/manifest.json";

const PROTOCOLS: string[] = Object.keys(PROTOCOL_PROFILES);
const DIALECTS = ["pdf-text", "markdown", "auto"];
const FAMILIES = ["tencent-v3", "tencent-v2", "aliyun-rpc"];

/** A name that is safe as one path segment and as an npm name's suffix. */
export const SAFE_NAME = /^[a-z0-9][a-z0-9._-]{0,213}$/;
/** An API id: one path segment (spec/<id>.json). */
const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,200}$/;
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Why a package directory name is unsafe, or undefined when it is fine. */
export function unsafePackageName(name: unknown): string | undefined {
  if (typeof name !== "string") return "must be a string";
  if (!SAFE_NAME.test(name) || name.includes(".."))
    return `"${name}" must be lower-case letters, digits, ".", "_" or "-" (one path segment, an npm name suffix)`;
  return undefined;
}

export function readManifest(root: string): ApiEntry[] {
  let text: string;
  try {
    text = readFileSync(join(root, MANIFEST_FILE), "utf8");
  } catch (e) {
    throw new DocumentError(`${MANIFEST_FILE}: cannot read: ${(e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (e as Error).message}`);
  }
  if (text.trim() === "") throw new DocumentError(`${MANIFEST_FILE}:1: the manifest is empty`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new DocumentError(`${MANIFEST_FILE}: not valid JSON (${(e as Error).message})`);
  }
  return checkManifest(json);
}

/** The manifest's entries, or a DocumentError naming the first problem by its JSON path. */
export function checkManifest(json: unknown): ApiEntry[] {
  const bad = (where: string, what: string) => new DocumentError(`${MANIFEST_FILE}: ${where}: ${what}`);
  if (json === null || typeof json !== "object" || Array.isArray(json)) throw bad("(top)", 'must be an object { "apis": [...] }');
  const apis = (json as { apis?: unknown }).apis;
  if (!Array.isArray(apis)) throw bad("apis", "must be an array of APIs");
  if (apis.length === 0) throw bad("apis", "lists no API");
  const ids = new Set<string>();
  const dirs = new Set<string>();
  // indices, not forEach: forEach skips the holes of a sparse array, which would slip through
  for (let i = 0; i < apis.length; i++) {
    const api: unknown = apis[i];
    const at = `apis[${i}]`;
    if (api === null || typeof api !== "object" || Array.isArray(api)) throw bad(at, "must be an object");
    const e = api as Record<string, unknown>;
    for (const key of ["id", "provider", "service", "apiVersion", "protocol", "title"]) {
      if (typeof e[key] !== "string" || (e[key] as string).trim() === "") throw bad(`${at}.${key}`, "must be a non-empty string");
    }
    const id = e.id as string;
    if (!SAFE_ID.test(id) || id.includes("..")) throw bad(`${at}.id`, `"${id}" must be letters, digits, ".", "_" or "-" (it names spec/<id>.json)`);
    if (ids.has(id)) throw bad(`${at}.id`, `"${id}" is listed twice`);
    ids.add(id);
    if (!PROTOCOLS.includes(e.protocol as string)) throw bad(`${at}.protocol`, `"${e.protocol}" is not one of ${PROTOCOLS.join(", ")}`);
    if (!Array.isArray(e.sources) || e.sources.length === 0) throw bad(`${at}.sources`, "must list at least one source document");
    for (let j = 0; j < e.sources.length; j++) {
      const s: unknown = e.sources[j];
      const sat = `${at}.sources[${j}]`;
      if (s === null || typeof s !== "object") throw bad(sat, "must be an object { file, dialect }");
      const src = s as Record<string, unknown>;
      if (typeof src.file !== "string" || src.file === "") throw bad(`${sat}.file`, "must be a file name under spec/sources/");
      if (isAbsolute(src.file) || normalize(src.file).split(/[\\/]/)[0] === "..") throw bad(`${sat}.file`, `"${src.file}" must be a path inside spec/sources/`);
      if (!DIALECTS.includes(src.dialect as string)) throw bad(`${sat}.dialect`, `must be one of ${DIALECTS.join(", ")}`);
      if (src.family !== undefined && !FAMILIES.includes(src.family as string)) throw bad(`${sat}.family`, `must be one of ${FAMILIES.join(", ")}`);
    }
    if (e.package !== undefined) {
      const pkg = e.package as Record<string, unknown>;
      if (pkg === null || typeof pkg !== "object") throw bad(`${at}.package`, "must be an object { name, client }");
      const why = unsafePackageName(pkg.name);
      if (why) throw bad(`${at}.package.name`, why);
      if (typeof pkg.client !== "string" || !IDENTIFIER.test(pkg.client))
        throw bad(`${at}.package.client`, `"${String(pkg.client)}" must be a class name (an identifier)`);
    }
    const dir = (e.package as { name?: string } | undefined)?.name ?? `${e.provider}-${e.service}`;
    const why = unsafePackageName(dir);
    if (why) throw bad(at, `its package directory ${why}; set package.name`);
    if (dirs.has(dir)) throw bad(at, `its package directory generated/${dir} is already another API's`);
    dirs.add(dir);
  }
  return apis as ApiEntry[];
}
