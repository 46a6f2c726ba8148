/**
 * The OpenAPI export is checked by a real OpenAPI 3.1 validator (schema and $refs), on the four
 * committed specs and on a small hand-made spec whose every shape (nullable, array of structures,
 * map, enum, deprecation, errors, examples) is asserted where it lands in the document.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { compileErrors, validate } from "@readme/openapi-parser";
import { describe, expect, it } from "vitest";
import { withDerivedFacts } from "../../generator/src/derive/derive-facts.js";
import type { Protocol, Spec } from "../../generator/src/model.js";
import { serializeOpenApi, toOpenApi } from "../../generator/src/openapi/to-openapi.js";
import { action, field, structure } from "../diff/tiny-spec.js";
import { CASES } from "../emit/cases.js";

const root = join(import.meta.dirname, "../..");
const specFiles = readdirSync(join(root, "spec"))
  .filter((f) => f.endsWith(".json") && f !== "spec.schema.json" && f !== "generate.lock.json")
  .sort();

type Json = Record<string, any>;

async function validation(doc: Json): Promise<string> {
  // the validator dereferences in place: give it a copy
  const result = await validate(structuredClone(doc) as never);
  return result.valid ? "" : compileErrors(result);
}

function smallSpec(protocol: Protocol = "tc3-hmac-sha256", provider = "tencentcloud"): Spec {
  return withDerivedFacts({
    service: { provider, name: "small", apiVersion: "2021-01-01", protocol, endpoint: "small.example.com", title: "Small", source: { file: "small.md" } },
    actions: [
      action("DescribeBoxes", {
        input: [field("Offset", { type: "integer" }), field("Limit", { type: "integer" }), field("Kind", { enum: ["big", "small"], required: true })],
        output: [
          field("TotalCount", { type: "integer", format: "uint64" }),
          field("BoxSet", { type: "Box", array: true }),
          field("Owner", { nullable: true }),
          field("Labels", { type: "Label", map: true }),
          field("Note", { type: "Box", nullable: true }),
        ],
        errors: ["ResourceNotFound.Box", "InvalidParameter"],
        examples: [{ title: "List boxes", input: { Kind: "big" }, output: { TotalCount: 0, BoxSet: [] } }],
      }),
      action("DeleteBox", { deprecated: true, input: [field("BoxId", { required: true }), field("Force", { type: "boolean", deprecated: true })] }),
      // a structure named like this action's request: both must survive as separate schemas
      action("Ping"),
    ],
    structures: [
      structure("Box", [field("BoxId", { required: true }), field("State", { enum: ["on", "off"] }), field("Size", { type: "integer", format: "int64" })]),
      structure("Label", [field("Value")]),
      structure("PingRequest", [field("Echo")]),
    ],
    errors: [
      { code: "ResourceNotFound.Box", description: "No such box.", common: false },
      { code: "InternalError", description: "Internal error.", common: true },
    ],
    releases: [],
    listedActions: [],
    diagnostics: [],
  });
}

/** Every `$ref` in the document, resolved by its JSON pointer; the ones that lead nowhere. */
function danglingRefs(doc: Json): string[] {
  const refs: string[] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") {
      for (const [k, x] of Object.entries(v)) {
        if (k === "$ref" && typeof x === "string") refs.push(x);
        else walk(x);
      }
    }
  };
  walk(doc);
  expect(refs.length).toBeGreaterThan(0);
  return refs.filter((ref) => {
    let at: unknown = doc;
    for (const part of ref.replace(/^#\//, "").split("/"))
      at = at && typeof at === "object" ? (at as Json)[part.replace(/~1/g, "/").replace(/~0/g, "~")] : undefined;
    return at === undefined;
  });
}

describe("openapi export of the committed specs", () => {
  it.each(specFiles)("%s validates as OpenAPI 3.1 with an operation per action", async (file) => {
    const spec = JSON.parse(readFileSync(join(root, "spec", file), "utf8")) as Spec;
    const doc = toOpenApi(spec);
    expect(await validation(doc)).toBe("");
    const ops = Object.values(doc.paths as Json).flatMap((p) => Object.values(p as Json)) as Json[];
    expect(ops.map((o) => o.operationId)).toEqual(spec.actions.map((a) => a.name));
    expect(danglingRefs(doc)).toEqual([]);
    // the derived waiters travel as x-doc2sdk-waiter, naming an operation of the same document
    const waiters = ops.filter((o) => o["x-doc2sdk-waiter"]);
    expect(waiters.map((o) => o.operationId)).toEqual(spec.actions.filter((a) => a.waiter).map((a) => a.name));
    for (const o of waiters) expect(ops.map((x) => x.operationId)).toContain(o["x-doc2sdk-waiter"].taskAction);
  });
});

describe("openapi export of the emitter tests' tiny specs", () => {
  it.each(CASES.map((c) => [c.name, c.spec] as const))("%s validates, every $ref resolves", async (_name, spec) => {
    const doc = toOpenApi(spec);
    expect(await validation(doc)).toBe("");
    expect(danglingRefs(doc)).toEqual([]);
    expect(Object.keys(doc.paths as Json)).toHaveLength(spec.actions.length);
  });
});

describe("openapi export of a small spec", () => {
  const doc = toOpenApi(smallSpec()) as Json;
  const schemas = doc.components.schemas as Json;
  const op = (name: string) => (Object.values(doc.paths[`/${name}`]) as Json[])[0];

  it("validates, and the validator does reject a broken document", async () => {
    expect(await validation(doc)).toBe("");
    const broken = structuredClone(doc);
    delete broken.components.schemas.Box;
    expect(await validation(broken)).toMatch(/Box/);
  });

  it("has one operation per action at /<Action>, the wire form in x-doc2sdk-wire", () => {
    expect(Object.keys(doc.paths)).toEqual(["/DescribeBoxes", "/DeleteBox", "/Ping"]);
    expect(op("DescribeBoxes").operationId).toBe("DescribeBoxes");
    expect(op("DescribeBoxes")["x-doc2sdk-wire"]).toEqual({ method: "POST", path: "/", action: { in: "header", name: "X-TC-Action" }, body: "json" });
    expect(op("DescribeBoxes").parameters[0]).toMatchObject({ name: "X-TC-Action", in: "header", schema: { const: "DescribeBoxes" } });
    expect(op("DescribeBoxes").requestBody.content["application/json"].schema).toEqual({ $ref: "#/components/schemas/DescribeBoxesRequest" });
  });

  it("resolves every $ref, and keeps a structure named like a request apart from the request", () => {
    expect(danglingRefs(doc)).toEqual([]);
    expect(schemas.PingRequest.properties).toHaveProperty("Echo");
    expect(schemas.PingRequest2.description).toBe("Input of Ping.");
    expect(op("Ping").requestBody.content["application/json"].schema.$ref).toBe("#/components/schemas/PingRequest2");
  });

  it("types nullable, arrays of structures, maps, enums and 64-bit integers", () => {
    const out = schemas.DescribeBoxesResponse.properties;
    expect(out.Owner.type).toEqual(["string", "null"]);
    expect(out.Note.anyOf).toEqual([{ $ref: "#/components/schemas/Box" }, { type: "null" }]);
    expect(out.BoxSet).toMatchObject({ type: "array", items: { $ref: "#/components/schemas/Box" } });
    expect(out.Labels).toMatchObject({ type: "object", additionalProperties: { $ref: "#/components/schemas/Label" } });
    expect(out.TotalCount).toMatchObject({ type: "integer", format: "uint64" });
    expect(schemas.Box.properties.Size).toMatchObject({ type: "integer", format: "int64" });
    expect(schemas.DescribeBoxesRequest.properties.Kind.enum).toEqual(["big", "small"]);
    expect(schemas.DescribeBoxesRequest.required).toEqual(["Kind"]);
    // an output enum stays open: a new value from the service must still validate
    expect(schemas.Box.properties.State.enum).toBeUndefined();
    expect(schemas.Box.properties.State["x-doc2sdk-enum"]).toEqual(["on", "off"]);
    expect(schemas.DescribeBoxesResponse.required).toEqual(["RequestId"]);
  });

  it("marks deprecated actions and fields", () => {
    expect(op("DeleteBox").deprecated).toBe(true);
    expect(op("DescribeBoxes").deprecated).toBeUndefined();
    expect(schemas.DeleteBoxRequest.properties.Force.deprecated).toBe(true);
  });

  it("lists each action's error codes under a default response with the vendor's envelope", () => {
    const def = op("DescribeBoxes").responses.default;
    expect(def.content["application/json"].schema).toEqual({ $ref: "#/components/schemas/ErrorResponse" });
    expect(def["x-doc2sdk-errors"]).toEqual([{ code: "InvalidParameter" }, { code: "ResourceNotFound.Box", description: "No such box." }]);
    expect(schemas.ErrorResponse.properties.Response.properties.Error.required).toEqual(["Code", "Message"]);
    expect(doc["x-doc2sdk-common-errors"]).toEqual([{ code: "InternalError", description: "Internal error." }]);
  });

  it("carries the examples, the output inside Tencent's Response envelope", () => {
    expect(op("DescribeBoxes").requestBody.content["application/json"].examples).toEqual({ "example-1": { summary: "List boxes", value: { Kind: "big" } } });
    expect(op("DescribeBoxes").responses["200"].content["application/json"].examples["example-1"].value).toEqual({ Response: { TotalCount: 0, BoxSet: [] } });
  });

  it("states the signing scheme", () => {
    expect(doc.security).toEqual([{ "tc3-hmac-sha256": [] }]);
    expect(doc.components.securitySchemes["tc3-hmac-sha256"]).toMatchObject({
      type: "apiKey",
      in: "header",
      name: "Authorization",
      "x-doc2sdk-signing": "tc3-hmac-sha256",
    });
  });

  it("sends Alibaba RPC actions as GET with the action and parameters in the query", async () => {
    const ali = toOpenApi(smallSpec("aliyun-rpc-v1", "aliyun")) as Json;
    expect(await validation(ali)).toBe("");
    const get = ali.paths["/DescribeBoxes"].get;
    expect(get["x-doc2sdk-wire"]).toEqual({ method: "GET", path: "/", action: { in: "query", name: "Action" }, body: "query" });
    expect(get.parameters.find((p: Json) => p.name === "Kind")).toEqual({
      name: "Kind",
      in: "query",
      description: "Kind field",
      required: true,
      schema: { type: "string", enum: ["big", "small"] },
    });
    // the signature is the security scheme's parameter, not listed again
    expect(Object.keys(ali.components.parameters)).not.toContain("Signature");
    expect(Object.keys(ali.components.parameters)).toContain("SignatureNonce");
    expect(get.requestBody).toBeUndefined();
    expect(ali.components.schemas.ErrorResponse.required).toEqual(["Code", "Message", "RequestId"]);
    expect(ali.components.securitySchemes["aliyun-rpc-v1"]).toMatchObject({ in: "query", name: "Signature" });
  });

  it("puts Tencent API 2.0 on its legacy path, with no Version parameter there", async () => {
    const spec = smallSpec("tencentcloud-v1");
    spec.service.endpoint = "small.api.qcloud.com";
    const v1 = toOpenApi(spec) as Json;
    expect(await validation(v1)).toBe("");
    expect(v1.paths["/Ping"].post["x-doc2sdk-wire"]).toMatchObject({ path: "/v2/index.php", action: { in: "query", name: "Action" } });
    expect(Object.keys(v1.components.parameters)).not.toContain("Version");
  });

  it("is deterministic: the same bytes every time, components in name order", () => {
    const again = serializeOpenApi(toOpenApi(smallSpec()));
    expect(again).toBe(serializeOpenApi(doc));
    expect(Object.keys(schemas)).toEqual([...Object.keys(schemas)].sort());
  });
});

describe("doc2sdk openapi", () => {
  it("writes the export of a spec file to --out, byte for byte what toOpenApi gives", () => {
    const dir = mkdtempSync(join(tmpdir(), "doc2sdk-openapi-"));
    try {
      const specPath = join(root, "spec", specFiles[0]);
      const out = join(dir, "api.json");
      execFileSync(process.execPath, [join(root, "bin/doc2sdk.js"), "openapi", specPath, "--out", out], { stdio: "pipe" });
      expect(readFileSync(out, "utf8")).toBe(serializeOpenApi(toOpenApi(JSON.parse(readFileSync(specPath, "utf8")))));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
