/**
 * The per-file emitters (types, errors, client) on tiny specs: each case's output is kept as a
 * file snapshot, so a change to the emitters shows up as a readable diff of small files, and one
 * assertion per case states what the case is about, so a snapshot updated without thought still
 * fails. One `tsc --strict` pass over all cases together proves the output compiles.
 */
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Ajv } from "ajv";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";
import { emitClient } from "../../generator/src/emit/emit-client.js";
import { emitErrors } from "../../generator/src/emit/emit-errors.js";
import { emitTypes } from "../../generator/src/emit/emit-types.js";
import { packageIdentity } from "../../generator/src/emit/naming.js";
import { createEmitProject } from "../../generator/src/emit/ts-project.js";
import { CASES, type EmitCase } from "./cases.js";

interface Emitted {
  types: string;
  errors: string;
  client: string;
}

function emit(c: EmitCase): Emitted {
  const project = createEmitProject();
  const pkg = packageIdentity(c.spec);
  return { types: emitTypes(project, c.spec, pkg), errors: emitErrors(project, c.spec, pkg), client: emitClient(project, c.spec, pkg) };
}

const emitted = new Map(CASES.filter((c) => !c.refused).map((c) => [c.name, emit(c)]));
const out = (name: string) => emitted.get(name)!;

/** The text of one interface declaration, from its `export interface` line to its closing brace. */
function iface(text: string, name: string): string {
  const m = new RegExp(`export interface ${name} \\{\\n(?:\\}|[\\s\\S]*?\\n\\})`).exec(text);
  expect(m, `interface ${name}`).not.toBeNull();
  return m![0];
}

/** Property lines of an interface without their doc comments. */
function props(text: string, name: string): string[] {
  return iface(text, name)
    .split("\n")
    .slice(1, -1)
    .map((l) => l.trim())
    .filter((l) => l && !/^(\/\*\*|\*)/.test(l));
}

const validateSpec = new Ajv({ allErrors: true }).compile(JSON.parse(readFileSync(join(import.meta.dirname, "../../spec/spec.schema.json"), "utf8")));

describe.each(CASES.filter((c) => c.refused))("emit $name", (c) => {
  it("is refused with one message naming the clash", () => {
    expect(() => emit(c)).toThrow(c.refused!);
  });
});

describe.each(CASES.filter((c) => !c.refused))("emit $name", (c) => {
  it("is a spec by the contract (spec/spec.schema.json)", () => {
    validateSpec(c.spec);
    expect(validateSpec.errors ?? []).toEqual([]);
  });

  it("matches the file snapshots", async () => {
    const e = out(c.name);
    await expect(e.types).toMatchFileSnapshot(`__snapshots__/${c.name}/types.ts.snap`);
    await expect(e.errors).toMatchFileSnapshot(`__snapshots__/${c.name}/errors.ts.snap`);
    await expect(e.client).toMatchFileSnapshot(`__snapshots__/${c.name}/client.ts.snap`);
  });

  it("is deterministic: emitting again gives the same text", () => {
    expect(emit(c)).toEqual(out(c.name));
  });
});

describe("what each case is about", () => {
  it("waiter-task: waitForCleanUpThing wires DescribeTask to the runtime's waitFor", () => {
    const { client } = out("waiter-task");
    expect(client).toContain('import { ProtocolClient, tc3Wire, waitFor } from "@doc2sdk/runtime";');
    expect(client).toContain(
      'waitForCleanUpThing(input: { "TaskId": types.DescribeTaskRequest["TaskId"] }, options?: WaitOptions): Promise<types.DescribeTaskResponse>',
    );
    expect(client).toContain('return this.#wait("CleanUpThing", "DescribeTask", "TaskId", input, options);');
    expect(client).toContain('"DescribeTask": { status: "Status", success: ["succeed"], failure: ["failed"] },');
    // the task action itself starts nothing: no waiter of its own
    expect(client).not.toContain("waitForDescribeTask(");
    // identity and region come from the package and the protocol profile
    expect(client).toContain('static readonly sdk = { name: "@doc2sdk/tencentcloud-waiter", version: "0.0.0" } as const;');
    expect(client).toContain("requireRegion: true,");
  });

  it("pagination-offset: a paginator advancing the offset by the items received", () => {
    const { client } = out("pagination-offset");
    expect(client).toContain(
      "async *paginateDescribeThings(params: types.DescribeThingsRequest = {}, options?: CallOptions): AsyncGenerator<types.DescribeThingsResponse, void, undefined>",
    );
    expect(client).toContain("let offset = params.Offset ?? 0;");
    expect(client).toContain("const received = page.ThingSet?.length ?? 0;");
    expect(client).toContain("offset >= (page.TotalCount ?? 0)");
  });

  it("pagination-page-number: a paginator by page number over a wrapped list", () => {
    const { client } = out("pagination-page-number");
    // RegionId is required, so the paginator's params have no default
    expect(client).toContain("async *paginateDescribeItems(params: types.DescribeItemsRequest, options?: CallOptions)");
    expect(client).toContain("let pageNumber = params.PageNumber ?? 1;");
    expect(client).toContain("const received = page.Items?.Item?.length ?? 0;");
    expect(client).not.toContain("let offset");
  });

  it("pagination-offset-is-page-number: no offset paginator when the offset is documented as a page number", () => {
    expect(out("pagination-offset-is-page-number").client).not.toContain("paginate");
  });

  it("maps: Record<string, T>, arrays of maps", () => {
    const { types } = out("maps");
    expect(props(types, "DescribeQuotasResponse")).toEqual([
      "Quotas: Record<string, Quota>;",
      "History: Array<Record<string, Quota>>;",
      "Counts: Record<string, number>;",
      "RequestId: string;",
    ]);
    expect(props(types, "DescribeQuotasRequest")).toEqual(["Tags?: Record<string, string>;"]);
  });

  it("nullable-outputs: `| null` and optional in outputs, never in inputs", () => {
    const { types } = out("nullable-outputs");
    expect(props(types, "DescribeNodeResponse")).toEqual([
      "Name: string;",
      "Remark?: string | null;",
      "Ports?: number[] | null;",
      "Spec?: NodeSpec | null;",
      "RequestId: string;",
    ]);
    expect(props(types, "DescribeNodeRequest")).toEqual(["NodeId: string;"]);
    expect(props(types, "NodeSpec")).toContain("Gpu?: number | null;");
  });

  it("enums-open-and-closed: inputs a closed union of literals, outputs open", () => {
    const { types } = out("enums-open-and-closed");
    expect(props(types, "ModifyModeRequest")).toEqual([
      'Mode: "fast" | "slow";',
      "Level?: 1 | 2 | 3;",
      // values that are not integers cannot be integer literals: the plain type stays
      "Odd?: number;",
    ]);
    expect(props(types, "ModifyModeResponse")).toEqual([
      'State: "on" | "off" | (string & {});',
      "Flag: true | false | (boolean & {});",
      "Setting: Setting;",
      "RequestId: string;",
    ]);
    expect(props(types, "Setting")).toEqual(['Kind: "a" | "b" | (string & {});']);
  });

  it("deprecation: @deprecated on the action's method and request, and on fields", () => {
    const { types, client } = out("deprecation");
    const method = client.slice(0, client.indexOf("describeOld(params"));
    expect(method.slice(method.lastIndexOf("/**"))).toContain("@deprecated The reference marks this action as deprecated.");
    expect(client.slice(client.lastIndexOf("/**", client.indexOf("describeNew(params")), client.indexOf("describeNew(params"))).not.toContain("@deprecated");
    expect(
      types.slice(types.lastIndexOf("/**", types.indexOf("export interface DescribeOldRequest")), types.indexOf("export interface DescribeOldRequest")),
    ).toContain("@deprecated");
    expect(iface(types, "DescribeNewRequest")).toMatch(/@deprecated The reference marks this field as deprecated\.\s*\*\/\s*Legacy\?: string;/);
    // a deprecated output may be left out by the service: optional
    expect(props(types, "DescribeNewResponse")).toContain("OldValue?: string;");
  });

  it("error-guards: every code in the enum-like object, per-action codes, a narrowing guard", () => {
    const { errors } = out("error-guards");
    expect(errors).toContain('ResourceNotFound_Thing: "ResourceNotFound.Thing",');
    expect(errors).toContain('Auth_Failure: "Auth-Failure",');
    expect(errors).toContain("export function isErrsError<C extends ErrsErrorCode>(error: unknown, code?: C): error is ErrsError<C>");
    expect(props(errors, "ErrsActionErrorCodes")).toEqual(['DeleteThing: "FailedOperation" | "ResourceNotFound.Thing";', "DescribeThing: never;"]);
    // a description closing the comment must not end it early
    expect(errors).toContain("Internal error *\\/ with a comment end.");
    expect(errors).toContain("A common error code: any action may return it.");
  });

  it("error-codes-numeric: numeric codes keyed by their message, clashes numbered, else CodeNNNN", () => {
    const { errors } = out("error-codes-numeric");
    expect(errors).toContain('UserNotInWhiteList: "11052",');
    expect(errors).toContain('UserNotInWhiteList_2: "11053",');
    expect(errors).toContain('Code4100: "4100",');
  });

  it("empty-inputs: an empty request interface and a parameter that defaults to {}", () => {
    const { types, client } = out("empty-inputs");
    expect(iface(types, "DescribeRegionsRequest")).toBe("export interface DescribeRegionsRequest {\n}");
    expect(client).toContain("describeRegions(params: types.DescribeRegionsRequest = {}, options?: CallOptions)");
    // only optional inputs: still callable with no argument
    expect(client).toContain("describeZones(params: types.DescribeZonesRequest = {}, options?: CallOptions)");
  });

  it("collision-keywords-and-globals: keywords as property names, globals renamed, odd names quoted", () => {
    const { types } = out("collision-keywords-and-globals");
    expect(props(types, "DescribeDefaultRequest")).toEqual(["default: string;", "class?: string;", "delete?: boolean;", '"Filter.Name"?: string;']);
    expect(props(types, "DescribeDefaultResponse")).toEqual(["new: string;", "Error: ErrorStructure;", "Promise: PromiseStructure[];", "RequestId: string;"]);
    expect(types).not.toMatch(/export interface (Error|Promise) /);
  });

  it("requestid-documented: a documented RequestId is declared once", () => {
    expect(props(out("requestid-documented").types, "DescribeTaskResponse").filter((p) => p.startsWith("RequestId"))).toEqual(["RequestId: string;"]);
  });

  // Open finding: this fails today. When naming.ts resolves the clash, turn `it.fails` into `it`.
  it.fails("collision-structure-request: a structure named like a request type stays apart (open: the two interfaces merge)", () => {
    expect(out("collision-structure-request").types.match(/export interface CreateThingRequest \{/g)?.length).toBe(1);
  });
});

describe("tsc --strict over every case", () => {
  const dir = mkdtempSync(join(tmpdir(), "doc2sdk-emit-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("compiles every case but the known-broken ones, which do not", () => {
    const files: string[] = [];
    for (const c of CASES.filter((x) => !x.refused)) {
      const caseDir = join(dir, c.name);
      mkdirSync(caseDir);
      for (const [name, text] of Object.entries(out(c.name))) {
        writeFileSync(join(caseDir, `${name}.ts`), text);
        files.push(join(caseDir, `${name}.ts`));
      }
    }
    const runtime = join(import.meta.dirname, "../../runtime/src/index.ts");
    const program = ts.createProgram(files, {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      types: ["node"],
      typeRoots: [join(import.meta.dirname, "../../node_modules/@types")],
      paths: { "@doc2sdk/runtime": [runtime] },
    });
    const byCase = new Map<string, string[]>();
    for (const d of ts.getPreEmitDiagnostics(program)) {
      const file = d.file?.fileName ?? "";
      const name = CASES.find((c) => file.startsWith(join(dir, c.name) + "/"))?.name ?? "(other)";
      byCase.set(name, [...(byCase.get(name) ?? []), `${file.slice(dir.length + 1)}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`]);
    }
    const broken = CASES.filter((c) => c.knownNotToCompile).map((c) => c.name);
    expect(Object.fromEntries([...byCase].filter(([name]) => !broken.includes(name)))).toEqual({});
    // a fixed case must lose its knownNotToCompile mark, so that it is compiled from then on
    for (const name of broken) expect(byCase.get(name), name).toBeDefined();
  }, 60000);
});
