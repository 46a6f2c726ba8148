/** Emits src/client.ts: the client class, one method per action, `call`, and paginators. */
import { Scope, StructureKind, type ClassDeclarationStructure, type MethodDeclarationStructure, type Project } from "ts-morph";
import type { Action, Pagination, Spec } from "../model.js";
import { actionMapName } from "./emit-types.js";
import { assertDistinctMethods, methodName, pascalCase, requestTypeName, responseTypeName, type PackageIdentity } from "./naming.js";
import { exampleFit } from "./example-typing.js";
import { blockDoc } from "./tsdoc.js";
import { blankLine, docComment, indented, inlineJson, printStatements, type Statement } from "./ts-project.js";
import { protocolProfile } from "../profiles/protocols.js";
import { compareText } from "../text-order.js";

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
  const input = inlineJson(ex.input).replace(/\*\//g, "*\\/");
  // a long request is shown by its keys; the action's docs page has it whole
  const shown =
    input.length <= 160
      ? input
      : `{ ${Object.keys(ex.input!)
          .map((k) => `${k}: …`)
          .join(", ")} }`;
  return `@example ${ex.title ? ex.title.replace(/\*\//g, "*\\/") : "Documented example"}\n\`\`\`ts\nconst out = await client.${methodName(a.name)}(${shown});\n\`\`\``;
}

/** The waiter method of an action with a derived `waiter` fact. */
export function waiterMethodName(a: Action): string {
  return `waitFor${pascalCase(a.name)}`;
}

function waiterDoc(a: Action): string {
  const w = a.waiter!;
  const list = (xs: string[]) => xs.map((x) => `\`${x}\``).join(", ");
  return blockDoc(
    `Waits for the task ${a.name} started: polls \`${w.taskAction}\` with its \`${w.taskField}\` until \`${w.statusField}\` is ${list(w.success)} and resolves with that report.`,
    `Between polls it sleeps with exponential backoff and jitter (\`minDelayMs\` 2 s doubling up to \`maxDelayMs\` 30 s). ${w.failure.length ? `A state of ${list(w.failure)} rejects with \`WaiterFailedError\`; ` : ""}past \`maxWaitMs\` (default 10 minutes) it rejects with \`WaiterTimeoutError\` naming the last state, and an aborted \`signal\` rejects with \`AbortError\`.`,
    `@param input - the \`${w.taskField}\` of the task, e.g. ${a.name}'s response`,
    "@param options - maxWaitMs, minDelayMs, maxDelayMs, signal, and the call options of each poll (region, timeoutMs, …)",
    `@example\n\`\`\`ts\nconst started = await client.${methodName(a.name)}(${hasRequiredInput(a) ? "{ … }" : ""});\nconst task = await client.${waiterMethodName(a)}(started, { maxWaitMs: 5 * 60_000 });\n\`\`\``,
  );
}

/** Options the generated client sets from the spec: the package identity and whether the API needs a region. */
export interface ClientEmitOptions {
  /** The package version for the User-Agent (default "0.0.0"). */
  version?: string;
}

export function emitClient(project: Project, spec: Spec, pkg: PackageIdentity, opts: ClientEmitOptions = {}): string {
  assertDistinctMethods(spec.actions);
  const statements: Statement[] = [];
  const actionMap = `types.${actionMapName(pkg)}`;
  const actionType = `types.${pkg.prefix}Action`;
  const waiting = spec.actions.some((a) => a.waiter);
  const profile = protocolProfile(spec);
  // the protocol's own request builder: a program bundles only its protocol's signer and wire code
  statements.push({
    kind: StructureKind.ImportDeclaration,
    moduleSpecifier: "@doc2sdk/runtime",
    namedImports: ["ProtocolClient", profile.runtimeWire, ...(waiting ? ["waitFor"] : [])],
  });
  statements.push({
    kind: StructureKind.ImportDeclaration,
    moduleSpecifier: "@doc2sdk/runtime",
    isTypeOnly: true,
    namedImports: waiting ? ["CallOptions", "ServiceClientConfig", "WaitOptions"] : ["CallOptions", "ServiceClientConfig"],
  });
  // one namespace import: a named list of 200 request/response types would be one unreadable line
  statements.push({ kind: StructureKind.ImportDeclaration, moduleSpecifier: "./types.js", isTypeOnly: true, namespaceImport: "types" });
  statements.push(blankLine);
  // written as text, as are TASKS below: ts-morph would hang-indent the closing brace of a multi-line type or initializer
  statements.push(`${docComment(blockDoc(`Options of {@link ${pkg.client}}: region, credentials (default: the provider chain), endpoint, timeouts, retries, hooks and logger.`))}
export type ${configTypeName(pkg)} = Omit<ServiceClientConfig, "protocol" | "service" | "apiVersion" | "endpoint" | "endpointOverride"> & {
  /** A host name (\`${spec.service.endpoint}\`) or a full base URL (\`http://127.0.0.1:8080\`) to send to instead of the default. */
  endpoint?: string;
};`);

  const tasks = taskTable(spec);
  if (tasks) {
    statements.push(blankLine);
    statements.push(
      `${docComment(blockDoc("The task actions of this API and how their reports read: the spec's derived `waiter` facts, once per task action."))}\nconst TASKS = ${tasks};`,
    );
  }

  const cls: ClassDeclarationStructure = {
    kind: StructureKind.Class,
    name: pkg.client,
    isExported: true,
    docs: [
      blockDoc(
        `Client of the ${spec.service.title} API, version ${spec.service.apiVersion} (${spec.service.endpoint}).`,
        "Each method sends one action, signed per request, with retries for transient failures on actions that are safe to repeat. Responses carry `RequestId`; failures throw the runtime's typed errors (see `is" +
          pkg.prefix +
          "Error`).",
        `@example\n\`\`\`ts\nconst client = new ${pkg.client}({ region: "ap-guangzhou" });\n\`\`\``,
      ),
    ],
    properties: [],
    ctors: [],
    methods: [],
  };
  cls.properties!.push({
    name: "service",
    isStatic: true,
    isReadonly: true,
    docs: ["The API this client speaks, as the reference documents it."],
    initializer: `{ name: ${JSON.stringify(spec.service.name)}, apiVersion: ${JSON.stringify(spec.service.apiVersion)}, endpoint: ${JSON.stringify(spec.service.endpoint)}, protocol: ${JSON.stringify(spec.service.protocol)} } as const`,
  });
  cls.properties!.push({
    name: "sdk",
    isStatic: true,
    isReadonly: true,
    docs: ["This package, as the User-Agent and the vendor's client header name it."],
    initializer: `{ name: ${JSON.stringify(pkg.npmName)}, version: ${JSON.stringify(opts.version ?? "0.0.0")} } as const`,
  });
  cls.properties!.push({ name: "#client", isReadonly: true, type: "ProtocolClient" });
  cls.ctors!.push({
    parameters: [{ name: "config", type: configTypeName(pkg), initializer: "{}" }],
    docs: ["@param config - region, credentials, endpoint override, timeouts and retries; all optional."],
    statements: [
      "const { endpoint, ...rest } = config;",
      `const service = ${pkg.client}.service;`,
      'const isUrl = endpoint !== undefined && endpoint.includes("://");',
      `this.#client = new ProtocolClient({
${indented(`sdk: ${pkg.client}.sdk,
requireRegion: ${profile.regionRequired},
...rest,
protocol: service.protocol,
service: service.name,
apiVersion: service.apiVersion,
endpoint: endpoint !== undefined && !isUrl ? endpoint : service.endpoint,
endpointOverride: isUrl ? endpoint : undefined,`)}
}, ${profile.runtimeWire});`,
    ],
  });
  cls.methods!.push({
    name: "call",
    scope: Scope.Public,
    typeParameters: [{ name: "A", constraint: actionType }],
    parameters: [
      { name: "action", type: "A" },
      { name: "params", type: `${actionMap}[A]["request"]` },
      { name: "options", type: "CallOptions", hasQuestionToken: true },
    ],
    returnType: `Promise<${actionMap}[A]["response"]>`,
    docs: [
      blockDoc(
        "Sends any action by its wire name; the request and response are typed by the name.",
        "@param action - the wire action name, e.g. `" + (spec.actions[0]?.name ?? "Action") + "`",
        "@param params - the action's input",
        "@param options - per-call timeout, abort signal, attempts, region",
      ),
    ],
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
    const w = a.waiter;
    if (w) {
      const key = JSON.stringify(w.taskField);
      methods.push({
        kind: StructureKind.Method,
        name: waiterMethodName(a),
        parameters: [
          { name: "input", type: `{ ${key}: types.${requestTypeName(w.taskAction)}[${key}] }` },
          { name: "options", type: "WaitOptions", hasQuestionToken: true },
        ],
        returnType: `Promise<types.${responseTypeName(w.taskAction)}>`,
        docs: [waiterDoc(a)],
        // one line per waiter: the loop is the runtime's, the task's facts are in TASKS, once each
        statements: `return this.#wait(${JSON.stringify(a.name)}, ${JSON.stringify(w.taskAction)}, ${key}, input, options);`,
      });
    }
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
        docs: [
          blockDoc(
            page.style === "offset"
              ? `Every page of ${a.name}, from \`${page.cursor}\` (default 0) until \`${page.total}\` items have been read or a page comes back empty.`
              : `Every page of ${a.name}, from page \`${page.cursor}\` (default 1) until \`${page.total}\` items have been read or a page comes back empty.`,
            `@example\n\`\`\`ts\nfor await (const page of client.paginate${pascalCase(a.name)}(${required ? "{ … }" : ""})) console.log(page.${page.items.join(".")});\n\`\`\``,
          ),
        ],
        statements: paginatorBody(a, page),
      });
    }
  }
  if (tasks) {
    methods.push({
      kind: StructureKind.Method,
      name: "#wait",
      typeParameters: [{ name: "T", constraint: "keyof typeof TASKS" }],
      parameters: [
        { name: "action", type: "string" },
        { name: "taskAction", type: "T" },
        { name: "field", type: "string" },
        { name: "input", type: "Record<string, unknown>" },
        { name: "options", type: "WaitOptions", hasQuestionToken: true },
      ],
      returnType: `Promise<${actionMap}[T]["response"]>`,
      statements: [
        "const t = TASKS[taskAction];",
        `const params = { [field]: input[field] } as unknown as ${actionMap}[T]["request"];`,
        "return waitFor((o) => this.call(taskAction, params, o), { action, taskAction, state: (out) => (out as unknown as Record<string, unknown>)[t.status], success: t.success, failure: t.failure }, options);",
      ],
    });
  }
  cls.methods!.push(...methods);
  statements.push(blankLine, cls);
  return printStatements(project, statements);
}

/** `{ TaskAction: { status, success, failure } }` for every task action a waiter polls, or undefined. */
function taskTable(spec: Spec): string | undefined {
  const tasks = new Map<string, { status: string; success: string[]; failure: string[] }>();
  for (const a of spec.actions) {
    if (a.waiter) tasks.set(a.waiter.taskAction, { status: a.waiter.statusField, success: a.waiter.success, failure: a.waiter.failure });
  }
  if (!tasks.size) return undefined;
  const rows = [...tasks]
    .sort(([x], [y]) => compareText(x, y))
    .map(
      ([name, t]) => `${JSON.stringify(name)}: { status: ${JSON.stringify(t.status)}, success: ${inlineJson(t.success)}, failure: ${inlineJson(t.failure)} },`,
    );
  return `{\n${indented(rows.join("\n"))}\n} as const`;
}

/** The loop of a paginator: by item offset, or by page number counting the items read. */
function paginatorBody(a: Action, page: Pagination): string[] {
  const list = `page.${page.items.join("?.")}`;
  const call = (cursor: string) => `const page = await this.${methodName(a.name)}({ ...params, ${page.cursor}: ${cursor} }, options);`;
  if (page.style === "offset") {
    return [
      `let offset = params.${page.cursor} ?? 0;`,
      loop(
        call("offset"),
        "yield page;",
        `const received = ${list}?.length ?? 0;`,
        "offset += received;",
        `if (received === 0 || offset >= (page.${page.total} ?? 0)) return;`,
      ),
    ];
  }
  return [
    `let pageNumber = params.${page.cursor} ?? 1;`,
    "let read = 0;",
    loop(
      call("pageNumber"),
      "yield page;",
      `const received = ${list}?.length ?? 0;`,
      "read += received;",
      "pageNumber += 1;",
      `if (received === 0 || read >= (page.${page.total} ?? 0)) return;`,
    ),
  ];
}

/** An endless loop around the body, indented: the body's last statement returns. */
function loop(...body: string[]): string {
  return `for (;;) {\n${indented(body.join("\n"))}\n}`;
}
