/** Emits the prose of a package from templates: README.md and docs/<Action>.md. */
import type { Action, Field, Spec } from "../model.js";
import { errorNames } from "./emit-errors.js";
import { exampleFit } from "./example-typing.js";
import { fieldType, structureNames } from "./field-types.js";
import { methodName, pascalCase, type PackageIdentity } from "./naming.js";
import { waiterMethodName } from "./emit-client.js";
import { protocolProfile } from "../profiles/protocols.js";
import { renderTemplate, tableCell } from "./render-template.js";

const READ_ONLY = /^(Describe|Inquiry|Get|List|Query|Check)/;

function firstSentence(text: string): string {
  const s = text.replace(/\s+/g, " ").trim();
  const m = s.match(/^(.{20,}?[.。])(\s|$)/);
  return m ? m[1] : s;
}

function rows(fields: Field[], role: "input" | "output", structures: ReadonlySet<string>) {
  return fields.map((f) => ({
    name: f.name,
    type: tableCell(fieldType(f, role, structures)),
    required: f.required,
    description: tableCell(f.description || "—"),
  }));
}

export function emitReadme(templatesDir: string, spec: Spec, pkg: PackageIdentity): string {
  const names = errorNames(pkg);
  const quick = spec.actions.find((a) => READ_ONLY.test(a.name) && !a.input.some((f) => f.required)) ?? spec.actions[0];
  const sampleError = spec.errors.find((e) => /NotFound|NotExist/.test(e.code))?.code ?? spec.errors[0]?.code ?? "InternalError";
  // the vendor's and the protocol's facts come from the profile as plain values: the template tests no vendor
  const profile = protocolProfile(spec);
  return renderTemplate(templatesDir, "README.md.hbs", {
    npmName: pkg.npmName,
    client: pkg.client,
    title: spec.service.title,
    apiVersion: spec.service.apiVersion,
    provider: spec.service.vendor,
    endpoint: spec.service.endpoint,
    credentials: profile.credentials,
    clientHeader: profile.clientHeader ?? null,
    signingParagraph: profile.docs.signingParagraph,
    paginators: spec.actions.flatMap((a) => {
      const page = a.pagination;
      return page ? [{ action: a.name, method: `paginate${pascalCase(a.name)}`, cursor: page.cursor, size: page.size, items: page.items.join(".") }] : [];
    }),
    exampleRegion: spec.service.defaultRegion,
    actionCount: spec.actions.length,
    structureCount: spec.structures.length,
    errorCount: new Set([...spec.errors.map((e) => e.code), ...spec.actions.flatMap((a) => a.errors)]).size,
    quickStart: quick ? { action: quick.name, method: methodName(quick.name), input: quick.input.some((f) => f.required) ? "{ /* … */ }" : "{}" } : null,
    sampleField: quick?.output[0]?.name ?? quick?.input[0]?.name ?? "RequestId",
    readOnlyExamples: [...new Set(spec.actions.map((a) => a.name.match(READ_ONLY)?.[1]).filter(Boolean))].map((p) => `${p}*`).join(", ") || "Describe*",
    errorCodes: names.codes,
    actionErrorCodes: names.actionCodes,
    errorGuard: names.guard,
    sampleError,
    waiters: spec.actions.flatMap((a) =>
      a.waiter
        ? [
            {
              action: a.name,
              method: waiterMethodName(a),
              start: methodName(a.name),
              startInput: a.input.some((f) => f.required) ? "{ /* … */ }" : "{}",
              ...a.waiter,
              success: codeList(a.waiter.success),
              failure: codeList(a.waiter.failure),
            },
          ]
        : [],
    ),
    waiterExample: waiterExample(spec),
    regionEnv: profile.regionEnv,
    regionRequired: profile.regionRequired,
    regionParameter: profile.regionParameter,
    actions: spec.actions.map((a) => ({ name: a.name, method: methodName(a.name), summary: tableCell(firstSentence(a.description || a.name)) })),
  });
}

function codeList(xs: string[]): string {
  return xs.length ? xs.map((x) => `\`${x}\``).join(", ") : "—";
}

/**
 * The README's waiter example: the first action with a waiter whose documented example fits the
 * types, called with that example's input, so the snippet runs against the mock server as printed.
 */
function waiterExample(spec: Spec): { action: string; method: string; start: string; input: string; taskField: string; statusField: string } | null {
  for (const a of spec.actions) {
    if (!a.waiter) continue;
    const ex = a.examples.find((e) => e.input && e.output && !exampleFit(spec, a, e).problems.length);
    if (!ex) continue;
    return {
      action: a.name,
      method: waiterMethodName(a),
      start: methodName(a.name),
      input: JSON.stringify(ex.input),
      taskField: a.waiter.taskField,
      statusField: a.waiter.statusField,
    };
  }
  return null;
}

export function emitActionDoc(templatesDir: string, spec: Spec, action: Action): string {
  const structures = structureNames(spec);
  const described = new Map(spec.errors.map((e) => [e.code, e.description]));
  const page = action.pagination;
  return renderTemplate(templatesDir, "action.md.hbs", {
    name: action.name,
    description: action.description || action.name,
    method: methodName(action.name),
    title: spec.service.title,
    apiVersion: spec.service.apiVersion,
    endpoint: spec.service.endpoint,
    rateLimit: action.rateLimit ?? null,
    deprecated: action.deprecated,
    paginator: page ? `paginate${pascalCase(action.name)}` : null,
    waiter: action.waiter
      ? { method: waiterMethodName(action), ...action.waiter, success: codeList(action.waiter.success), failure: codeList(action.waiter.failure) }
      : null,
    input: rows(action.input, "input", structures),
    output: rows(action.output, "output", structures),
    examples: action.examples.map((ex, i) => {
      const fit = exampleFit(spec, action, ex);
      return {
        title: ex.title || `Example ${i + 1}`,
        input: JSON.stringify(ex.input ?? {}, null, 2),
        output: ex.output ? JSON.stringify(ex.output, null, 2) : null,
        broken: fit.problems.length ? fit.problems.join("; ") : null,
      };
    }),
    errors: [...action.errors].sort().map((code) => ({ code, description: tableCell(described.get(code) || "—") })),
  });
}
