/**
 * `doc2sdk diff`: every change between two specs of one API, classified by what it does to a
 * program compiled against the SDK generated from the old spec.
 *
 * Rules (the emitters in ../emit decide what a spec field becomes in TypeScript, so they decide
 * what breaks; see field-types.ts):
 * - An input field is a property a caller writes. Removing, renaming or retyping it (type or
 *   array-ness), making it required, adding it as required, introducing a value list where there
 *   was none, or removing a listed value breaks callers. Dropping a value list, making it optional,
 *   adding it as optional or adding a listed value is additive.
 * - An output field is a property a caller reads. Removing, renaming or retyping it, or making it
 *   nullable (the type gains `| null`) breaks readers. Adding it is additive. Output value lists
 *   are emitted open (`"a" | "b" | (string & {})`), so adding a value is additive and removing one
 *   or changing `required` is documentation only.
 * - Structures are shared. A member follows the input rules when the structure is reached from an
 *   input of either spec (it is "input-facing": the emitter then types it by the input rule), and
 *   the output rules otherwise. A removed or retyped member breaks either way.
 * - Removing an action, a structure or an error code (the emitted `…ErrorCode` object loses a key)
 *   is breaking; so is changing the endpoint, protocol, API version or service. New actions,
 *   structures, error codes and per-action error codes are additive.
 * - Newly deprecated actions, fields and structures are deprecations; an un-deprecation is docs.
 * - A derived waiter (`waitFor<Action>`) added is additive; removed, or polling another action or
 *   field, is breaking; other terminal states are docs.
 * - Descriptions, examples, titles, rate limits, categories, formats (the emitters do not type
 *   them), error descriptions and a code leaving one action's list (it stays in the error object)
 *   are docs. Release notes, diagnostics, source locations and `usedBy` are not compared: they
 *   describe the documents, not the API.
 * - Fields are matched by wire name; an unmatched pair whose `documentedAs` links them (or whose
 *   names differ only in case) is one renamed field. Anything else is reported as removed + added.
 */
import type { Action, ErrorCode, Example, Field, Spec, Structure } from "../model.js";

/** "dependency": the package, not the API, changed (the runtime it is built against). */
export type ChangeClass = "breaking" | "additive" | "deprecation" | "docs" | "dependency";
export interface SpecChange {
  class: ChangeClass;
  /** stable machine kind, e.g. "action-removed", "input-added-required", "output-retyped", "enum-value-removed", "endpoint-changed", "error-code-added", "description-changed", "example-changed" */
  kind: string;
  action?: string;
  structure?: string;
  field?: string;
  errorCode?: string;
  /** one readable line, e.g. "DescribeInstances: new optional input parameter Foo (String)" */
  summary: string;
}
export type Bump = "major" | "minor" | "patch";

/** The classes of API changes, in the order they are reported; a "dependency" change is the release's, never the diff's. */
export type ApiChangeClass = Exclude<ChangeClass, "dependency">;
export const CLASS_ORDER: readonly ApiChangeClass[] = ["breaking", "additive", "deprecation", "docs"];

/** API classes in CLASS_ORDER, then a release's dependency changes. */
const classRank = (c: SpecChange): number => (c.class === "dependency" ? CLASS_ORDER.length : CLASS_ORDER.indexOf(c.class));

/** Every change from oldSpec to newSpec, in a deterministic order (breaking, additive, deprecation, docs; then by action/structure/field name). */
export function diffSpecs(oldSpec: Spec, newSpec: Spec): SpecChange[] {
  const out: SpecChange[] = [];
  diffService(oldSpec, newSpec, out);
  diffActions(oldSpec, newSpec, out);
  diffStructures(oldSpec, newSpec, out);
  diffErrors(oldSpec, newSpec, out);
  return sortChanges(out);
}

/** major if any breaking, minor if any additive or deprecation, patch if only docs; undefined when there are no changes. */
export function bumpFor(changes: SpecChange[]): Bump | undefined {
  if (!changes.length) return undefined;
  if (changes.some((c) => c.class === "breaking")) return "major";
  if (changes.some((c) => c.class === "additive" || c.class === "deprecation")) return "minor";
  return "patch";
}

/** semver bump: 1.2.3 + minor → 1.3.0. A prerelease or build suffix is dropped. */
export function nextVersion(version: string, bump: Bump): string {
  const m = version.trim().match(/^v?(\d+)\.(\d+)\.(\d+)(?:[-+].*)?$/);
  if (!m) throw new Error(`not a semantic version: ${JSON.stringify(version)}`);
  const [major, minor, patch] = m.slice(1, 4).map(Number);
  if (bump === "major") return `${major + 1}.0.0`;
  if (bump === "minor") return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

/** Plain code-unit comparison, so the order does not depend on the machine's locale. */
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Service-level changes first, then actions, structures, error codes; within each by name. */
function sortChanges(changes: SpecChange[]): SpecChange[] {
  const scope = (c: SpecChange) => (c.action !== undefined ? 1 : c.structure !== undefined ? 2 : c.errorCode !== undefined ? 3 : 0);
  const key = (c: SpecChange) => [c.action ?? c.structure ?? c.errorCode ?? "", c.field ?? "", c.kind, c.summary];
  return changes
    .map((c, i) => ({ c, i }))
    .sort((x, y) => {
      const d = classRank(x.c) - classRank(y.c) || scope(x.c) - scope(y.c);
      if (d) return d;
      const kx = key(x.c),
        ky = key(y.c);
      for (let i = 0; i < kx.length; i++) {
        const e = cmp(kx[i], ky[i]);
        if (e) return e;
      }
      return x.i - y.i;
    })
    .map((x) => x.c);
}

function diffService(o: Spec, n: Spec, out: SpecChange[]) {
  const s = (kind: string, cls: ChangeClass, what: string, a: string, b: string) => {
    if (a !== b) out.push({ class: cls, kind, summary: `${what} changed from ${JSON.stringify(a)} to ${JSON.stringify(b)}` });
  };
  s("service-changed", "breaking", "service", `${o.service.provider}/${o.service.name}`, `${n.service.provider}/${n.service.name}`);
  s("api-version-changed", "breaking", "API version", o.service.apiVersion, n.service.apiVersion);
  s("protocol-changed", "breaking", "signing protocol", o.service.protocol, n.service.protocol);
  s("endpoint-changed", "breaking", "endpoint", o.service.endpoint, n.service.endpoint);
  // further regional endpoints are documentation: the client is configured with one endpoint
  s("endpoints-changed", "docs", "documented endpoints", (o.service.endpoints ?? []).join(", "), (n.service.endpoints ?? []).join(", "));
  s("title-changed", "docs", "title", o.service.title, n.service.title);
}

/** Which structures a spec reaches from inputs (directly or nested): those follow the input rules. */
function inputFacing(spec: Spec): Set<string> {
  const members = new Map(spec.structures.map((s) => [s.name, s.members]));
  const seen = new Set<string>();
  const visit = (type: string) => {
    if (!members.has(type) || seen.has(type)) return;
    seen.add(type);
    for (const m of members.get(type)!) visit(m.type);
  };
  for (const a of spec.actions) for (const f of a.input) visit(f.type);
  return seen;
}

const byName = <T extends { name: string }>(xs: T[]) => new Map(xs.map((x) => [x.name, x]));
const typeText = (f: Field) => `${f.array ? "Array of " : ""}${f.map ? "map of " : ""}${f.type}`;

function diffActions(o: Spec, n: Spec, out: SpecChange[]) {
  const olds = byName(o.actions),
    news = byName(n.actions);
  for (const name of olds.keys())
    if (!news.has(name)) out.push({ class: "breaking", kind: "action-removed", action: name, summary: `${name}: action removed` });
  for (const [name, b] of news) {
    const a = olds.get(name);
    if (!a) {
      out.push({ class: "additive", kind: "action-added", action: name, summary: `${name}: new action${b.deprecated ? " (deprecated)" : ""}` });
      continue;
    }
    diffAction(a, b, out);
  }
}

function diffAction(a: Action, b: Action, out: SpecChange[]) {
  const at = { action: a.name };
  const push = (cls: ChangeClass, kind: string, summary: string, extra: Partial<SpecChange> = {}) =>
    out.push({ class: cls, kind, ...at, ...extra, summary: `${a.name}: ${summary}` });
  if (!a.deprecated && b.deprecated) push("deprecation", "action-deprecated", "action deprecated");
  if (a.deprecated && !b.deprecated) push("docs", "action-undeprecated", "action no longer deprecated");
  if (a.description !== b.description) push("docs", "description-changed", "description changed");
  if (a.rateLimit !== b.rateLimit)
    push("docs", "rate-limit-changed", `rate limit changed from ${a.rateLimit ?? "none"} to ${b.rateLimit ?? "none"} per second`);
  if ((a.category ?? "") !== (b.category ?? ""))
    push("docs", "category-changed", `category changed from ${JSON.stringify(a.category ?? "")} to ${JSON.stringify(b.category ?? "")}`);
  diffFields(a.input, b.input, "input", false, (cls, kind, field, summary) => push(cls, kind, summary, { field }));
  diffFields(a.output, b.output, "output", false, (cls, kind, field, summary) => push(cls, kind, summary, { field }));
  diffExamples(a.examples, b.examples, (kind, summary) => push("docs", kind, summary));
  diffWaiter(a, b, push);
  const oldErr = new Set(a.errors),
    newErr = new Set(b.errors);
  for (const e of [...newErr].filter((x) => !oldErr.has(x)).sort(cmp))
    push("additive", "action-error-added", `may now return error code ${e}`, { errorCode: e });
  for (const e of [...oldErr].filter((x) => !newErr.has(x)).sort(cmp))
    push("docs", "action-error-removed", `no longer lists error code ${e}`, { errorCode: e });
}

/**
 * The derived waiter is a client method (`waitFor<Action>`): a new one is additive, a lost one is
 * breaking, and one that now polls another action or field is breaking too (its parameter type
 * changes); other terminal states change what it waits for, not how it is called: docs.
 */
function diffWaiter(a: Action, b: Action, push: (cls: ChangeClass, kind: string, summary: string) => void) {
  const o = a.waiter,
    n = b.waiter;
  const states = (w: NonNullable<Action["waiter"]>) => `${w.statusField} ${w.success.join("/")} | ${w.failure.join("/")}`;
  if (!o && n) push("additive", "waiter-added", `new waiter: polls ${n.taskAction} by ${n.taskField} until ${n.statusField} is ${n.success.join(" or ")}`);
  else if (o && !n) push("breaking", "waiter-removed", `waiter removed (it polled ${o.taskAction})`);
  else if (o && n && (o.taskAction !== n.taskAction || o.taskField !== n.taskField))
    push("breaking", "waiter-changed", `waiter now polls ${n.taskAction} by ${n.taskField} (was ${o.taskAction} by ${o.taskField})`);
  else if (o && n && states(o) !== states(n)) push("docs", "waiter-states-changed", `waiter states changed from ${states(o)} to ${states(n)}`);
}

type Emit = (cls: ChangeClass, kind: string, field: string, summary: string) => void;
type Side = "input" | "output" | "member";

/** Pairs old and new fields: by wire name, then by `documentedAs` or a case-only difference (a rename). */
export function pairFields(olds: Field[], news: Field[]): { pairs: [Field, Field][]; removed: Field[]; added: Field[] } {
  const pairs: [Field, Field][] = [];
  const newByName = byName(news);
  const restOld: Field[] = [];
  const usedNew = new Set<Field>();
  for (const f of olds) {
    const g = newByName.get(f.name);
    if (g) {
      pairs.push([f, g]);
      usedNew.add(g);
    } else restOld.push(f);
  }
  let restNew = news.filter((g) => !usedNew.has(g));
  const removed: Field[] = [];
  for (const f of restOld) {
    const linked = (g: Field) =>
      g.documentedAs === f.name ||
      f.documentedAs === g.name ||
      (f.documentedAs !== undefined && f.documentedAs === g.documentedAs) ||
      g.name.toLowerCase() === f.name.toLowerCase();
    const g = restNew.find(linked);
    if (g) {
      pairs.push([f, g]);
      restNew = restNew.filter((x) => x !== g);
    } else removed.push(f);
  }
  return { pairs, removed, added: restNew };
}

/**
 * Field list changes. `side` is the rule set; for members, `inputFacingStruct` says whether the
 * structure is reached from an input (then the input rules apply).
 */
function diffFields(olds: Field[], news: Field[], side: Side, inputFacingStruct: boolean, emit: Emit) {
  const isInput = side === "input" || (side === "member" && inputFacingStruct);
  const noun = side === "member" ? "member" : `${side} parameter`;
  const { pairs, removed, added } = pairFields(olds, news);
  for (const f of removed) emit("breaking", `${side}-removed`, f.name, `${noun} ${f.name} removed`);
  for (const g of added) {
    if (side === "input")
      emit(
        g.required ? "breaking" : "additive",
        g.required ? "input-added-required" : "input-added-optional",
        g.name,
        `new ${g.required ? "required" : "optional"} input parameter ${g.name} (${typeText(g)})`,
      );
    else if (side === "member" && isInput && g.required)
      emit("breaking", "member-added-required", g.name, `new required member ${g.name} (${typeText(g)}) in a structure used by an input`);
    else emit("additive", `${side}-added`, g.name, `new ${noun} ${g.name} (${typeText(g)})`);
  }
  for (const [f, g] of pairs) {
    const name = g.name;
    const e = (cls: ChangeClass, what: string, summary: string) => emit(cls, `${side}-${what}`, name, `${noun} ${name}: ${summary}`);
    if (f.name !== g.name) emit("breaking", `${side}-renamed`, name, `${noun} ${f.name} renamed to ${g.name}`);
    if (f.type !== g.type || f.array !== g.array || !!f.map !== !!g.map) e("breaking", "retyped", `type changed from ${typeText(f)} to ${typeText(g)}`);
    if (f.required !== g.required) {
      if (isInput) e(g.required ? "breaking" : "additive", g.required ? "made-required" : "made-optional", g.required ? "now required" : "now optional");
      else
        e("docs", g.required ? "made-required" : "made-optional", g.required ? "now documented as always returned" : "no longer documented as always returned");
    }
    if (!!f.nullable !== !!g.nullable && !isInput)
      e(g.nullable ? "breaking" : "additive", g.nullable ? "made-nullable" : "made-non-nullable", g.nullable ? "may now be null" : "no longer null");
    if (!!f.nullable !== !!g.nullable && isInput)
      e("docs", g.nullable ? "made-nullable" : "made-non-nullable", g.nullable ? "documented as nullable" : "no longer documented as nullable");
    if (!f.deprecated && g.deprecated) e("deprecation", "deprecated", "deprecated");
    if (f.deprecated && !g.deprecated) e("docs", "undeprecated", "no longer deprecated");
    if ((f.format ?? "") !== (g.format ?? "")) e("docs", "format-changed", `format changed from ${f.format ?? "none"} to ${g.format ?? "none"}`);
    if (f.description !== g.description) emit("docs", "description-changed", name, `${noun} ${name}: description changed`);
    diffEnum(f, g, isInput, (cls, kind, summary) => emit(cls, kind, name, `${noun} ${name}: ${summary}`));
  }
}

function diffEnum(f: Field, g: Field, isInput: boolean, emit: (cls: ChangeClass, kind: string, summary: string) => void) {
  const a = f.enum ?? [],
    b = g.enum ?? [];
  if (!a.length && b.length) {
    emit(isInput ? "breaking" : "additive", "enum-introduced", `now limited to ${b.join(", ")}`);
    return;
  }
  if (a.length && !b.length) {
    emit(isInput ? "additive" : "docs", "enum-dropped", `no longer limited to listed values`);
    return;
  }
  const removed = a.filter((v) => !b.includes(v)),
    added = b.filter((v) => !a.includes(v));
  for (const v of removed) emit(isInput ? "breaking" : "docs", "enum-value-removed", `value ${JSON.stringify(v)} removed`);
  for (const v of added) emit("additive", "enum-value-added", `new value ${JSON.stringify(v)}`);
}

/** Examples are matched by title (the n-th of a title with the n-th); the parse location is ignored. */
function diffExamples(olds: Example[], news: Example[], emit: (kind: string, summary: string) => void) {
  const keyed = (xs: Example[]) => {
    const seen = new Map<string, number>();
    return new Map(
      xs.map((x) => {
        const n = seen.get(x.title) ?? 0;
        seen.set(x.title, n + 1);
        return [`${x.title}#${n}`, x];
      }),
    );
  };
  const body = (x: Example) => JSON.stringify({ ...x, source: undefined });
  const a = keyed(olds),
    b = keyed(news);
  const label = (k: string) => JSON.stringify(k.replace(/#0$/, ""));
  for (const [k] of a) if (!b.has(k)) emit("example-removed", `example ${label(k)} removed`);
  for (const [k, x] of b) {
    const y = a.get(k);
    if (!y) emit("example-added", `new example ${label(k)}`);
    else if (body(x) !== body(y)) emit("example-changed", `example ${label(k)} changed`);
  }
}

function diffStructures(o: Spec, n: Spec, out: SpecChange[]) {
  const olds = byName(o.structures),
    news = byName(n.structures);
  const facing = new Set([...inputFacing(o), ...inputFacing(n)]);
  for (const [name] of olds)
    if (!news.has(name)) out.push({ class: "breaking", kind: "structure-removed", structure: name, summary: `structure ${name} removed` });
  for (const [name, b] of news) {
    const a = olds.get(name);
    if (!a) {
      out.push({ class: "additive", kind: "structure-added", structure: name, summary: `new structure ${name}` });
      continue;
    }
    diffStructure(a, b, facing.has(name), out);
  }
}

function diffStructure(a: Structure, b: Structure, isInputFacing: boolean, out: SpecChange[]) {
  const push = (cls: ChangeClass, kind: string, summary: string, field?: string) =>
    out.push({ class: cls, kind, structure: a.name, ...(field ? { field } : {}), summary: `${a.name}: ${summary}` });
  if (!a.deprecated && b.deprecated) push("deprecation", "structure-deprecated", "structure deprecated");
  if (a.deprecated && !b.deprecated) push("docs", "structure-undeprecated", "structure no longer deprecated");
  if (a.description !== b.description) push("docs", "description-changed", "description changed");
  diffFields(a.members, b.members, "member", isInputFacing, (cls, kind, field, summary) => push(cls, kind, summary, field));
}

function diffErrors(o: Spec, n: Spec, out: SpecChange[]) {
  // the emitted error object holds the union of the service's and every action's codes
  const union = (s: Spec) => new Set([...s.errors.map((e) => e.code), ...s.actions.flatMap((a) => a.errors)]);
  const a = union(o),
    b = union(n);
  for (const c of a) if (!b.has(c)) out.push({ class: "breaking", kind: "error-code-removed", errorCode: c, summary: `error code ${c} removed` });
  for (const c of b) if (!a.has(c)) out.push({ class: "additive", kind: "error-code-added", errorCode: c, summary: `new error code ${c}` });
  const olds = new Map(o.errors.map((e) => [e.code, e])),
    news = new Map(n.errors.map((e) => [e.code, e]));
  for (const [code, y] of news) {
    const x = olds.get(code);
    if (!x) continue;
    const docs = (kind: string, summary: string) => out.push({ class: "docs", kind, errorCode: code, summary: `error code ${code}: ${summary}` });
    if (x.description !== y.description) docs("description-changed", "description changed");
    if (x.common !== y.common) docs("error-scope-changed", y.common ? "now a common error code" : "no longer a common error code");
    if (errorDetail(x) !== errorDetail(y)) docs("error-detail-changed", "HTTP status or message changed");
  }
}

const errorDetail = (e: ErrorCode) => JSON.stringify([e.httpStatus, e.message, e.variants]);
