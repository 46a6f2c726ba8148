/**
 * Emits test/examples.test.ts for a package: every documented example that fits the types is
 * type-checked as its request and response (`satisfies`), and called through the client against
 * the mock server built from the same spec (which answers with the example whose request matches);
 * an example of a failed call must fail with its documented code, narrowed by the type guard; the
 * others are listed with the reason they do not fit.
 */
import type { Action, Example, Field, Spec } from "../model.js";
import { exampleFit } from "./example-typing.js";
import { methodName, requestTypeName, responseTypeName, type PackageIdentity } from "./naming.js";
import { indented, inlineJson, withBanner } from "./ts-project.js";

export function emitExampleTests(spec: Spec, pkg: PackageIdentity, specFile: string): string {
  const fitting: string[] = [];
  const rejected: { action: string; example: number; reasons: string[] }[] = [];
  let partial = false;
  let usesGuard = false;
  for (const a of spec.actions) {
    const before = fitting.length;
    a.examples.forEach((ex, i) => {
      const title = JSON.stringify(`${a.name} example ${i + 1}: ${ex.title}`);
      // several examples may show outcomes of one and the same request: the test picks its own
      const pick = a.examples.slice(0, i).some((other) => JSON.stringify(other.input) === JSON.stringify(ex.input))
        ? [`server.useExample(${JSON.stringify(a.name)}, ${i});`]
        : [];
      const errorCode = documentedErrorCode(ex);
      const fit = exampleFit(spec, a, ex);
      if (errorCode && fit.problems.length === 1 && spec.errors.some((e) => e.code === errorCode)) {
        usesGuard = true;
        // an error example: the call must fail with that code, typed
        fitting.push(
          testCase(title, [
            `const input = ${inlineJson(ex.input)} satisfies types.${requestTypeName(a.name)};`,
            ...pick,
            `const error: unknown = await client.${methodName(a.name)}(input).then(() => undefined, (e: unknown) => e);`,
            `expect(is${pkg.prefix}Error(error, ${JSON.stringify(errorCode)})).toBe(true);`,
          ]),
        );
        return;
      }
      if (fit.problems.length) {
        rejected.push({ action: a.name, example: i, reasons: fit.problems });
        return;
      }
      partial ||= fit.omitted.length > 0;
      // many examples print no RequestId: the rest of the response must still match its type exactly
      const hasRequestId = typeof (ex.output as Record<string, unknown>).RequestId === "string";
      const exact = hasRequestId ? `types.${responseTypeName(a.name)}` : `Omit<types.${responseTypeName(a.name)}, "RequestId">`;
      const responseType = fit.omitted.length ? `DeepPartial<types.${responseTypeName(a.name)}>` : exact;
      const note = fit.omitted.length ? [`// the example leaves out ${fit.omitted.join(", ")}`] : [];
      fitting.push(
        testCase(title, [
          `const input = ${inlineJson(ex.input)} satisfies types.${requestTypeName(a.name)};`,
          ...note,
          `const expected = ${inlineJson(ex.output)} satisfies ${responseType};`,
          ...pick,
          `const out = await client.${methodName(a.name)}(input);`,
          "expect(withoutRequestId(out)).toEqual(withoutRequestId(expected));",
        ]),
      );
    });
    // every action is called at least once: with its required parameters where no example fits
    if (fitting.length === before) fitting.push(requiredOnlyCall(spec, a));
  }
  // plain text, written indented: nothing here needs a syntax tree
  return withBanner(`import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exampleFit } from "../../../generator/src/emit/example-typing.js";
import { startMockServer, type MockServer } from "../../../generator/src/mock/mock-server.js";
import type { Spec } from "../../../generator/src/model.js";
import { ${pkg.client}${usesGuard ? `, is${pkg.prefix}Error` : ""} } from "../src/index.js";
import type * as types from "../src/types.js";

${partial ? "/** Examples may leave fields out; what they show must still have the documented names and types. */\ntype DeepPartial<T> = T extends (infer U)[] ? DeepPartial<U>[] : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;\n" : ""}
const spec = JSON.parse(readFileSync(new URL(${JSON.stringify(specFile)}, import.meta.url), "utf8")) as Spec;
const credentials = { secretId: "AKIDEXAMPLEexample", secretKey: "example-secret-key-for-the-mock" };
let server: MockServer;
let client: ${pkg.client};

function withoutRequestId(value: object): object {
  const { RequestId: _ignored, ...rest } = value as Record<string, unknown>;
  return rest;
}

beforeAll(async () => {
  server = await startMockServer({ spec, credentials });
  client = new ${pkg.client}({ region: ${JSON.stringify(spec.service.defaultRegion)}, endpoint: server.url, credentials, maxAttempts: 1 });
});
afterAll(async () => {
  await server.close();
});

describe(${JSON.stringify(`${pkg.npmName}: documented examples through the client and the mock server`)}, () => {
${indented(fitting.join("\n\n"))}
});

/** Documented examples that do not fit the reference's own tables, and why: defects of the docs. */
const rejected: { action: string; example: number; reasons: string[] }[] = ${JSON.stringify(rejected, null, 2)};

describe(${JSON.stringify(`${pkg.npmName}: examples the types reject`)}, () => {
  it("are still rejected, for the reasons named", () => {
    const now = rejected.map((r) => {
      const action = spec.actions.find((a) => a.name === r.action)!;
      return { ...r, reasons: exampleFit(spec, action, action.examples[r.example]).problems };
    });
    expect(now).toEqual(rejected);
  });
});
`);
}

/** One test of the examples suite: `it(title, async () => { …lines })`, its body indented. */
function testCase(title: string, lines: string[]): string {
  return `it(${title}, async () => {\n${indented(lines.join("\n"))}\n});`;
}

/** The code of an example that documents a failed call, when its input is otherwise sound. */
function documentedErrorCode(example: Example): string | undefined {
  const error = (example.output as { Error?: { Code?: unknown } } | undefined)?.Error;
  return typeof error?.Code === "string" && example.input ? error.Code : undefined;
}

/**
 * A call of an action no documented example fits: its required parameters with placeholder
 * values of the documented types. The mock answers with the action's documented response (the
 * types reject that example, but the runtime must still deliver it), or a generic success.
 */
function requiredOnlyCall(spec: Spec, action: Action): string {
  const members = new Map(spec.structures.map((s) => [s.name, s.members]));
  const input = placeholderObject(action.input, members, 0);
  const answering = action.examples.findIndex((ex) => ex.output && !(ex.output as { Error?: unknown }).Error);
  const title = JSON.stringify(`${action.name}: called with its required parameters (no documented example fits its types)`);
  const expected =
    answering >= 0
      ? [
          `server.useExample(${JSON.stringify(action.name)}, ${answering});`,
          `const out = await client.${methodName(action.name)}(input);`,
          `expect(withoutRequestId(out)).toEqual(withoutRequestId(${inlineJson(action.examples[answering].output)}));`,
        ]
      : [`const out = await client.${methodName(action.name)}(input);`, "expect(out.RequestId).toEqual(expect.any(String));"];
  return testCase(title, [`const input = ${inlineJson(input)} satisfies types.${requestTypeName(action.name)};`, ...expected]);
}

function placeholderObject(fields: Field[], members: Map<string, Field[]>, depth: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    if (!f.required) continue;
    const value = placeholderValue(f, members, depth);
    const entry = f.map ? { example: value } : value;
    out[f.name] = f.array ? [entry] : entry;
  }
  return out;
}

function placeholderValue(f: Field, members: Map<string, Field[]>, depth: number): unknown {
  const literal = f.enum?.[0];
  switch (f.type) {
    case "string":
    case "binary":
      return literal ?? "example";
    case "integer":
    case "number":
      return literal !== undefined && /^-?\d+(\.\d+)?$/.test(literal) ? Number(literal) : 1;
    case "boolean":
      return literal !== undefined ? literal === "true" : true;
    case "object":
      return {};
    default:
      return depth < 4 ? placeholderObject(members.get(f.type) ?? [], members, depth + 1) : {};
  }
}
