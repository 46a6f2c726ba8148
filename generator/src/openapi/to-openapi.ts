/**
 * Exports a spec as an OpenAPI 3.1 document, so tools that speak OpenAPI (viewers, other
 * generators, contract testers) can read what doc2sdk read from the docs. These are RPC APIs: every
 * action is sent to the same path with its name in a header or the query, which OpenAPI cannot
 * key operations by. Each action therefore gets its own path, `/<Action>`, and its real wire form
 * is stated in `x-doc2sdk-wire`. Output is built in a fixed key order so that one spec always
 * gives the same bytes.
 */
import type { Action, ErrorCode, Field, Spec } from "../model.js";
import { structureRoles, type FieldRole } from "../emit/field-types.js";
import { protocolProfile, wirePath, type JsonSchema, type ProtocolProfile } from "../profiles/protocols.js";

export type OpenApiDocument = Record<string, unknown>;

const PRIMITIVES: Record<string, JsonSchema> = {
  string: { type: "string" },
  integer: { type: "integer" },
  number: { type: "number" },
  boolean: { type: "boolean" },
  // the docs do not say how binary travels; the SDK types it as a string too
  binary: { type: "string", "x-doc2sdk-type": "binary" },
  object: { type: "object" },
};

/** Component names may hold only letters, digits, ".", "-" and "_". */
function componentName(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]+/g, "_") || "_";
}

/** Schema names for structures, requests and responses; a clash gets a numeric suffix, structures first. */
function schemaNames(spec: Spec): { structure: Map<string, string>; request: Map<string, string>; response: Map<string, string> } {
  const used = new Set<string>(["ErrorResponse"]);
  const take = (base: string) => {
    let name = componentName(base);
    for (let n = 2; used.has(name); n++) name = `${componentName(base)}${n}`;
    used.add(name);
    return name;
  };
  const structure = new Map(spec.structures.map((s) => [s.name, take(s.name)]));
  const request = new Map<string, string>(),
    response = new Map<string, string>();
  for (const a of spec.actions) {
    request.set(a.name, take(`${a.name}Request`));
    response.set(a.name, take(`${a.name}Response`));
  }
  return { structure, request, response };
}

/** Documented values in the field's own type, if every value fits it. */
function enumValues(field: Field): (string | number | boolean)[] | undefined {
  if (!field.enum?.length) return undefined;
  if (field.type === "string") return [...field.enum];
  if (field.type === "integer" || field.type === "number") return field.enum.every((v) => /^-?\d+(\.\d+)?$/.test(v)) ? field.enum.map(Number) : undefined;
  if (field.type === "boolean") return field.enum.every((v) => v === "true" || v === "false") ? field.enum.map((v) => v === "true") : undefined;
  return undefined;
}

class SchemaBuilder {
  constructor(private readonly refs: Map<string, string>) {}

  /**
   * One field: element (with its format and enum), map, array, null. Inputs list their documented
   * values as a closed `enum`; elsewhere the values stay open (a service may add one), so they are
   * listed in `x-doc2sdk-enum` and as examples.
   */
  field(f: Field, role: FieldRole): JsonSchema {
    const ref = this.refs.get(f.type);
    let element: JsonSchema = ref ? { $ref: `#/components/schemas/${ref}` } : { ...(PRIMITIVES[f.type] ?? {}) };
    if (!ref && f.format) element.format = f.format;
    const values = enumValues(f);
    if (values && !ref) {
      element = role === "input" ? { ...element, enum: values } : { ...element, examples: values, "x-doc2sdk-enum": values };
    }
    let schema: JsonSchema = element;
    if (f.map) schema = { type: "object", additionalProperties: schema };
    if (f.array) schema = { type: "array", items: schema };
    if (f.nullable) schema = typeof schema.type === "string" ? { ...schema, type: [schema.type, "null"] } : { anyOf: [schema, { type: "null" }] };
    return {
      ...schema,
      ...(f.description ? { description: f.description } : {}),
      ...(f.deprecated ? { deprecated: true } : {}),
      ...(f.documentedAs && f.documentedAs !== f.name ? { "x-doc2sdk-documented-as": f.documentedAs } : {}),
    };
  }

  object(fields: Field[], role: FieldRole, extra: { description?: string; deprecated?: boolean; tail?: [string, JsonSchema, boolean][] } = {}): JsonSchema {
    const properties: Record<string, JsonSchema> = {};
    const required: string[] = [];
    for (const f of fields) {
      properties[f.name] = this.field(f, role);
      if (f.required) required.push(f.name);
    }
    for (const [name, schema, isRequired] of extra.tail ?? []) {
      if (Object.hasOwn(properties, name)) continue;
      properties[name] = schema;
      if (isRequired) required.push(name);
    }
    return {
      type: "object",
      ...(extra.description ? { description: extra.description } : {}),
      ...(extra.deprecated ? { deprecated: true } : {}),
      ...(required.length ? { required } : {}),
      properties,
    };
  }
}

function errorEntry(code: string, described: Map<string, ErrorCode>): JsonSchema {
  const e = described.get(code);
  return {
    code,
    ...(e?.description ? { description: e.description } : {}),
    ...(e?.message ? { message: e.message } : {}),
    ...(e?.httpStatus !== undefined ? { httpStatus: e.httpStatus } : {}),
  };
}

/** An example's output as it travels: inside `Response` for Tencent API 3.0. */
function wireOutput(profile: ProtocolProfile, output: Record<string, unknown>): unknown {
  return profile.successEnvelope === "Response" && !("Response" in output) ? { Response: output } : output;
}

function exampleKey(i: number): string {
  return `example-${i + 1}`;
}

function operation(
  spec: Spec,
  a: Action,
  profile: ProtocolProfile,
  builder: SchemaBuilder,
  names: ReturnType<typeof schemaNames>,
  described: Map<string, ErrorCode>,
): JsonSchema {
  const { wire } = profile;
  const requestRef = { $ref: `#/components/schemas/${names.request.get(a.name)}` };
  const responseRef = { $ref: `#/components/schemas/${names.response.get(a.name)}` };
  const inputExamples = a.examples.filter((e) => e.input);
  const outputExamples = a.examples.filter((e) => e.output);

  const parameters: JsonSchema[] = [
    { name: wire.action.name, in: wire.action.in, required: true, description: "The action name.", schema: { type: "string", const: a.name } },
    // an action parameter of a common parameter's name (Alibaba's RegionId) is the action's own
    ...commonParameters(spec, profile)
      .filter((p) => !(wire.body === "query" && a.input.some((f) => f.name === p.name)))
      .map((p) => ({ $ref: `#/components/parameters/${componentName(p.name)}` })),
  ];
  let requestBody: JsonSchema | undefined;
  if (wire.body === "query") {
    // GET: the action's own parameters travel in the query, nested values flattened (Foo.1, Foo.Bar)
    for (const f of a.input) {
      const { description, deprecated, ...schema } = builder.field(f, "input");
      parameters.push({
        name: f.name,
        in: "query",
        ...(description ? { description } : {}),
        ...(f.required ? { required: true } : {}),
        ...(deprecated ? { deprecated: true } : {}),
        schema,
        ...(f.array || f.map || !PRIMITIVES[f.type] ? { style: "form", explode: true } : {}),
      });
    }
  } else {
    const media = wire.body === "json" ? "application/json" : "application/x-www-form-urlencoded";
    requestBody = {
      required: true,
      content: {
        [media]: {
          schema: requestRef,
          ...(inputExamples.length ? { examples: Object.fromEntries(inputExamples.map((e, i) => [exampleKey(i), { summary: e.title, value: e.input }])) } : {}),
        },
      },
    };
  }

  const successSchema =
    profile.successEnvelope === "Response" ? { type: "object", required: ["Response"], properties: { Response: responseRef } } : responseRef;
  const codes = [...a.errors].sort();
  return {
    operationId: a.name,
    ...(a.category ? { tags: [a.category] } : {}),
    summary: a.name,
    ...(a.description ? { description: a.description } : {}),
    ...(a.deprecated ? { deprecated: true } : {}),
    parameters,
    ...(requestBody ? { requestBody } : {}),
    responses: {
      "200": {
        description: `${a.name} succeeded.`,
        content: {
          "application/json": {
            schema: successSchema,
            ...(outputExamples.length
              ? { examples: Object.fromEntries(outputExamples.map((e, i) => [exampleKey(i), { summary: e.title, value: wireOutput(profile, e.output!) }])) }
              : {}),
          },
        },
      },
      default: {
        description: codes.length ? `An error: one of the codes in x-doc2sdk-errors, or a common error code.` : "An error: a common error code.",
        content: { "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } } },
        "x-doc2sdk-errors": codes.map((c) => errorEntry(c, described)),
      },
    },
    "x-doc2sdk-wire": {
      method: wire.method,
      path: wirePath(spec),
      action: { in: wire.action.in, name: wire.action.name },
      body: wire.body,
    },
    ...(wire.body === "query" && inputExamples.length
      ? { "x-doc2sdk-request-examples": inputExamples.map((e) => ({ summary: e.title, value: e.input })) }
      : {}),
    ...(a.rateLimit ? { "x-doc2sdk-rate-limit": a.rateLimit } : {}),
    // the derived task fact: which operation reports on the task this one starts, and when it is done
    ...(a.waiter ? { "x-doc2sdk-waiter": { ...a.waiter } } : {}),
    ...(a.source ? { "x-doc2sdk-source": a.source } : {}),
  };
}

export function toOpenApi(spec: Spec): OpenApiDocument {
  const profile = protocolProfile(spec);
  const names = schemaNames(spec);
  const builder = new SchemaBuilder(names.structure);
  const roles = structureRoles(spec);
  const described = new Map(spec.errors.map((e) => [e.code, e]));
  const method = profile.wire.method.toLowerCase();

  const schemas: Record<string, JsonSchema> = {};
  for (const s of spec.structures) {
    schemas[names.structure.get(s.name)!] = builder.object(s.members, roles.get(s.name) ?? "output", {
      description: s.description || undefined,
      deprecated: s.deprecated,
    });
  }
  const requestId: [string, JsonSchema, boolean][] =
    profile.successEnvelope === "Response" || profile.requestIdField === "RequestId"
      ? [["RequestId", { type: "string", description: "The unique request ID, returned with every response." }, true]]
      : [];
  for (const a of spec.actions) {
    schemas[names.request.get(a.name)!] = builder.object(a.input, "input", { description: `Input of ${a.name}.`, deprecated: a.deprecated });
    schemas[names.response.get(a.name)!] = builder.object(a.output, "output", { description: `Output of ${a.name}.`, tail: requestId });
  }
  const allCodes = [...new Set([...spec.errors.map((e) => e.code), ...spec.actions.flatMap((a) => a.errors)])].sort();
  schemas.ErrorResponse = profile.errorEnvelope({ type: "string", description: "The error code.", examples: allCodes.slice(0, 5) });

  const parameters: Record<string, JsonSchema> = {};
  for (const p of commonParameters(spec, profile)) {
    parameters[componentName(p.name)] = {
      name: p.name,
      in: p.in,
      ...(p.required ? { required: true } : {}),
      description: p.description,
      schema: p.name === profile.wire.version.name ? { type: "string", const: spec.service.apiVersion } : { type: p.type },
    };
  }

  const paths: Record<string, JsonSchema> = {};
  for (const a of spec.actions) paths[`/${a.name}`] = { [method]: operation(spec, a, profile, builder, names, described) };

  const servers = [...new Set([spec.service.endpoint, ...(spec.service.endpoints ?? [])])].map((host) => ({ url: `https://${host}` }));
  return {
    openapi: "3.1.0",
    info: {
      title: `${spec.service.title} API`,
      version: spec.service.apiVersion,
      description: `The ${spec.service.vendor} ${spec.service.title} API ${spec.service.apiVersion}, exported by doc2sdk from the spec read from the vendor's API reference (${spec.service.source.file}). Each action has its own path here; x-doc2sdk-wire says how it is really sent.`,
    },
    servers,
    security: [{ [securitySchemeName(profile)]: [] }],
    paths,
    components: {
      schemas: sortedKeys(schemas),
      parameters: sortedKeys(parameters),
      securitySchemes: {
        [securitySchemeName(profile)]: {
          type: "apiKey",
          ...signatureParameter(profile),
          description: profile.signing,
          "x-doc2sdk-signing": profile.protocol,
        },
      },
    },
    "x-doc2sdk-service": { provider: spec.service.provider, name: spec.service.name, protocol: spec.service.protocol, endpoint: spec.service.endpoint },
    "x-doc2sdk-common-errors": spec.errors
      .filter((e) => e.common)
      .map((e) => e.code)
      .sort()
      .map((c) => errorEntry(c, described)),
  };
}

/** Where the signature travels: the security scheme's parameter. */
function signatureParameter(profile: ProtocolProfile): { in: "header" | "query"; name: string } {
  return profile.wire.action.in === "header" ? { in: "header", name: "Authorization" } : { in: "query", name: "Signature" };
}

/**
 * The common parameters an operation lists beside its action: not the action (each operation has
 * its own, a constant), not the signature (the security scheme stands for it; OpenAPI ignores a
 * header parameter named Authorization anyway), and no Version where the legacy API 2.0 path
 * takes none.
 */
function commonParameters(spec: Spec, profile: ProtocolProfile) {
  const legacy = wirePath(spec) === "/v2/index.php";
  const signature = signatureParameter(profile).name;
  return spec.service.commonParameters.filter(
    (p) => p.name !== profile.wire.action.name && p.name !== signature && !(legacy && p.name === profile.wire.version.name),
  );
}

function securitySchemeName(profile: ProtocolProfile): string {
  return componentName(profile.protocol);
}

function sortedKeys<T>(o: Record<string, T>): Record<string, T> {
  return Object.fromEntries(
    Object.keys(o)
      .sort()
      .map((k) => [k, o[k]]),
  );
}

/** The document as written to disk: two-space JSON, a final newline. */
export function serializeOpenApi(doc: OpenApiDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}
