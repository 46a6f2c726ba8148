/** Emits src/client.ts: the client class, one method per action, `call`, and paginators. */
import type { Project } from "ts-morph";
import { Scope, StructureKind, type MethodDeclarationStructure } from "ts-morph";
import type { Action, Pagination, Spec } from "../model.js";
import { actionMapName } from "./emit-types.js";
import { assertDistinctMethods, methodName, pascalCase, requestTypeName, responseTypeName, type PackageIdentity } from "./naming.js";
import { exampleFit } from "./example-typing.js";
import { blockDoc } from "./tsdoc.js";
import { printed } from "./ts-project.js";

export function configTypeName(pkg: PackageIdentity): string {
  return `${pkg.client}Config`;
}

function hasRequiredInput(a: Action): boolean {
  return a.input.some((f) => f.required);
}

function actionDoc(spec: Spec, a: Action, pkg: PackageIdentity): string {
  return blockDoc(
    a.description || a.name,
    a.rateLimit ? `Rate limit: ${a.rateLimit} requests per second.` : undefined,
    a.errors.length ? `Documented errors: see \`${pkg.prefix}ActionErrorCodes["${a.name}"]\`.` : undefined,
    `Wire action: \`${a.name}\` (${spec.service.name} ${spec.service.apiVersion}).`,
    exampleTag(spec, a),
    a.deprecated ? "@deprecated The reference marks this action as deprecated." : undefined,
  );
}

/** The reference's first example that fits the types, as a call: what an editor shows on hover. */
function exampleTag(spec: Spec, a: Action): string | undefined {
  const ex = a.examples.find((e) => e.input && !exampleFit(spec, a, e).problems.length);
  if (!ex) return undefined;
  const input = JSON.stringify(ex.input, null, 1).replace(/\n\s*/g, " ").replace(/\*\//g, "*\\/");
  // a long request is shown by its keys; the action's docs page has it whole
  const shown = input.length <= 160 ? input : `{ ${Object.keys(ex.input!).map((k) => `${k}: …`).join(", ")} }`;
  return `@example ${ex.title ? ex.title.replace(/\*\//g, "*\\/") : "Documented example"}\n\`\`\`ts\nconst out = await client.${methodName(a.name)}(${shown});\n\`\`\``;
}

export function emitClient(project: Project, spec: Spec, pkg: PackageIdentity): string {
  assertDistinctMethods(spec.actions);
  const file = project.createSourceFile("src/client.ts", "", { overwrite: true });
  const actionMap = `types.${actionMapName(pkg)}`;
  const actionType = `types.${pkg.prefix}Action`;
  file.addImportDeclaration({ moduleSpecifier: "@doc2sdk/runtime", namedImports: ["ServiceClient"] });
  file.addImportDeclaration({ moduleSpecifier: "@doc2sdk/runtime", isTypeOnly: true, namedImports: ["CallOptions", "ServiceClientConfig"] });
  // one namespace import: a named list of 200 request/response types would be one unreadable line
  file.addImportDeclaration({ moduleSpecifier: "./types.js", isTypeOnly: true, namespaceImport: "types" });

  file.addTypeAlias({
    name: configTypeName(pkg),
    isExported: true,
    type: `Omit<ServiceClientConfig, "protocol" | "service" | "apiVersion" | "endpoint" | "endpointOverride"> & {\n/** A host name (\`${spec.service.endpoint}\`) or a full base URL (\`http://127.0.0.1:8080\`) to send to instead of the default. */\nendpoint?: string;\n}`,
    docs: [blockDoc(
      `Options of {@link ${pkg.client}}: region, credentials (default: the provider chain), endpoint, timeouts, retries, hooks and logger.`,
    )],
  });

  const cls = file.addClass({
    name: pkg.client,
    isExported: true,
    docs: [blockDoc(
      `Client of the ${spec.service.title} API, version ${spec.service.apiVersion} (${spec.service.endpoint}).`,
      "Each method sends one action, signed per request, with retries for transient failures on actions that are safe to repeat. Responses carry `RequestId`; failures throw the runtime's typed errors (see `is" + pkg.prefix + "Error`).",
      `@example\n\`\`\`ts\nconst client = new ${pkg.client}({ region: "ap-guangzhou" });\n\`\`\``,
    )],
  });
  cls.addProperty({
    name: "service",
    isStatic: true,
    isReadonly: true,
    docs: ["The API this client speaks, as the reference documents it."],
    initializer: `{ name: ${JSON.stringify(spec.service.name)}, apiVersion: ${JSON.stringify(spec.service.apiVersion)}, endpoint: ${JSON.stringify(spec.service.endpoint)}, protocol: ${JSON.stringify(spec.service.protocol)} } as const`,
  });
  cls.addProperty({ name: "#client", isReadonly: true, type: "ServiceClient" });
  cls.addConstructor({
    parameters: [{ name: "config", type: configTypeName(pkg), initializer: "{}" }],
    docs: ["@param config - region, credentials, endpoint override, timeouts and retries; all optional."],
    statements: [
      "const { endpoint, ...rest } = config;",
      `const service = ${pkg.client}.service;`,
      "const isUrl = endpoint !== undefined && endpoint.includes(\"://\");",
      "this.#client = new ServiceClient({\n...rest,\nprotocol: service.protocol,\nservice: service.name,\napiVersion: service.apiVersion,\nendpoint: endpoint !== undefined && !isUrl ? endpoint : service.endpoint,\nendpointOverride: isUrl ? endpoint : undefined,\n});",
    ],
  });
  cls.addMethod({
    name: "call",
    scope: Scope.Public,
    typeParameters: [{ name: "A", constraint: actionType }],
    parameters: [
      { name: "action", type: "A" },
      { name: "params", type: `${actionMap}[A]["request"]` },
      { name: "options", type: "CallOptions", hasQuestionToken: true },
    ],
    returnType: `Promise<${actionMap}[A]["response"]>`,
    docs: [blockDoc(
      "Sends any action by its wire name; the request and response are typed by the name.",
      "@param action - the wire action name, e.g. `" + (spec.actions[0]?.name ?? "Action") + "`",
      "@param params - the action's input",
      "@param options - per-call timeout, abort signal, attempts, region",
    )],
    statements: `return this.#client.request<${actionMap}[A]["response"]>(action, params as unknown as Record<string, unknown>, options);`,
  });
  const methods: MethodDeclarationStructure[] = [];
  for (const a of spec.actions) {
    const required = hasRequiredInput(a);
    methods.push({
      kind: StructureKind.Method,
      name: methodName(a.name),
      parameters: [
        { name: "params", type: `types.${requestTypeName(a.name)}`, ...(required ? {} : { initializer: "{}" }) },
        { name: "options", type: "CallOptions", hasQuestionToken: true },
      ],
      returnType: `Promise<types.${responseTypeName(a.name)}>`,
      docs: [actionDoc(spec, a, pkg)],
      statements: `return this.call(${JSON.stringify(a.name)}, params, options);`,
    });
    const page = a.pagination;
    if (page) {
      methods.push({
        kind: StructureKind.Method,
        name: `paginate${pascalCase(a.name)}`,
        isAsync: true,
        isGenerator: true,
        parameters: [
          { name: "params", type: `types.${requestTypeName(a.name)}`, ...(required ? {} : { initializer: "{}" }) },
          { name: "options", type: "CallOptions", hasQuestionToken: true },
        ],
        returnType: `AsyncGenerator<types.${responseTypeName(a.name)}, void, undefined>`,
        docs: [blockDoc(
          page.style === "offset"
            ? `Every page of ${a.name}, from \`${page.cursor}\` (default 0) until \`${page.total}\` items have been read or a page comes back empty.`
            : `Every page of ${a.name}, from page \`${page.cursor}\` (default 1) until \`${page.total}\` items have been read or a page comes back empty.`,
          `@example\n\`\`\`ts\nfor await (const page of client.paginate${pascalCase(a.name)}(${required ? "{ … }" : ""})) console.log(page.${page.items.join(".")});\n\`\`\``,
        )],
        statements: paginatorBody(a, page),
      });
    }
  }
  cls.addMethods(methods);
  return printed(file);
}

/** The loop of a paginator: by item offset, or by page number counting the items read. */
function paginatorBody(a: Action, page: Pagination): string[] {
  const list = `page.${page.items.join("?.")}`;
  const call = (cursor: string) => `const page = await this.${methodName(a.name)}({ ...params, ${page.cursor}: ${cursor} }, options);`;
  if (page.style === "offset") {
    return [
      `let offset = params.${page.cursor} ?? 0;`,
      "for (;;) {",
      call("offset"),
      "yield page;",
      `const received = ${list}?.length ?? 0;`,
      "offset += received;",
      `if (received === 0 || offset >= (page.${page.total} ?? 0)) return;`,
      "}",
    ];
  }
  return [
    `let pageNumber = params.${page.cursor} ?? 1;`,
    "let read = 0;",
    "for (;;) {",
    call("pageNumber"),
    "yield page;",
    `const received = ${list}?.length ?? 0;`,
    "read += received;",
    "pageNumber += 1;",
    `if (received === 0 || read >= (page.${page.total} ?? 0)) return;`,
    "}",
  ];
}
