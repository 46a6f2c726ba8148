/**
 * Examples printed as GET URLs (`https://host/?Action=X&InstanceIds.0=a&Limit=10&<Common request
 * parameters>`), wrapped over several lines in PDF text. The query becomes the request object:
 * `Foo.0`/`Foo.1` become arrays, `Foo.Bar` nested objects. Every value of a query is a string, so
 * once the action's fields are known the values are typed by them ("10" → 10 for an Integer).
 */
import type { Action, Field, Structure } from "../model.js";
import { profileOfFamily } from "../profiles/protocols.js";

/**
 * The query's common parameters: GET-URL examples (of API 2.0 documents, and of API 3.0 documents
 * that kept them) carry those of the protocol the API 2.0 family describes.
 */
const COMMON = new Set(profileOfFamily("tencent-v2").commonParameters.map((p) => p.name));

/**
 * The request parameters of the first `?…Action=…` query in the text (one printed line per
 * element of `lines`), as nested strings.
 */
export function queryExample(lines: string[]): Record<string, unknown> | undefined {
  const q = joinWrappedQuery(lines);
  if (q === undefined) return undefined;
  const out: Record<string, unknown> = {};
  for (const kv of q.split("&")) {
    const eq = kv.indexOf("=");
    if (eq <= 0) continue; // "<Common request parameters>" and other placeholders
    const key = safeDecode(kv.slice(0, eq));
    if (COMMON.has(key) || key.startsWith("<")) continue;
    // a value never ends in the blank a printed line ends with ("OrderBy=createtime ")
    assign(out, key.split("."), safeDecode(kv.slice(eq + 1)).trim());
  }
  return out;
}

/**
 * A printed URL continues on the next line either with "&name=value" or, where the PDF wrapped it at
 * the page width, mid-token ("…&InstanceI" / "d=crs-1&…"). Values may hold unencoded spaces
 * ("BeginTime=2019-09-08 12:12:41"), so a line is one run of parameters and is never split on spaces.
 */
function joinWrappedQuery(lines: string[]): string | undefined {
  const start = lines.findIndex((l) => /\?\s*Action=/.test(l));
  if (start < 0) return undefined;
  let query = lines[start].slice(lines[start].indexOf("?") + 1).trim();
  for (const line of lines.slice(start + 1)) {
    const t = line.trim();
    if (!t) continue;
    if (t.startsWith("&") || /^[^\s&=<]+[=&]/.test(t)) query += t;
    else break;
  }
  return query.replace(/\s+$/, "");
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, " "));
  } catch {
    return s;
  }
}

function assign(target: Record<string, unknown> | unknown[], path: string[], value: string): void {
  const [head, ...rest] = path;
  const index = /^\d+$/.test(head) ? Number(head) : undefined;
  const slot = target as Record<string, unknown>;
  const key = index ?? head;
  if (!rest.length) {
    slot[key] = value;
    return;
  }
  if (slot[key] === undefined) slot[key] = /^\d+$/.test(rest[0]) ? [] : {};
  assign(slot[key] as Record<string, unknown>, rest, value);
}

/** Types a query example's string values by the action's documented fields. */
export function typeQueryValues(action: Action, structures: Structure[]): void {
  // made only for an action with a query example: most examples are JSON, and this runs per action
  let members: Map<string, Field[]> | undefined;
  for (const ex of action.examples) {
    if (ex.inputFrom === "query" && ex.input) ex.input = typeObject(ex.input, action.input, (members ??= new Map(structures.map((s) => [s.name, s.members]))));
  }
}

function typeObject(value: Record<string, unknown>, fields: Field[], members: Map<string, Field[]>): Record<string, unknown> {
  const byName = new Map(fields.map((f) => [f.name, f]));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    const f = byName.get(k);
    out[k] = f ? typeValue(v, f, members) : v;
  }
  return out;
}

function typeValue(v: unknown, f: Field, members: Map<string, Field[]>): unknown {
  if (Array.isArray(v)) return f.array ? v.map((x) => typeScalar(x, f, members)) : v;
  // a single value for an array parameter was written without its ".0"
  return f.array ? [typeScalar(v, f, members)] : typeScalar(v, f, members);
}

function typeScalar(v: unknown, f: Field, members: Map<string, Field[]>): unknown {
  if (typeof v === "string") {
    if ((f.type === "integer" || f.type === "number") && /^-?\d+(\.\d+)?$/.test(v)) return Number(v);
    if (f.type === "boolean" && (v === "true" || v === "false")) return v === "true";
    return v;
  }
  const m = members.get(f.type);
  if (m && v && typeof v === "object" && !Array.isArray(v)) return typeObject(v as Record<string, unknown>, m, members);
  return v;
}
