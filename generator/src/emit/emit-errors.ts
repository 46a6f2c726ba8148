/**
 * Emits src/errors.ts: every documented error code as an enum-like object and a literal union,
 * each action's codes as a type, and a narrowing type guard over the runtime's error classes.
 */
import { StructureKind, type Project } from "ts-morph";
import type { Spec } from "../model.js";
import { errorCodeKey, propertyKey, type PackageIdentity } from "./naming.js";
import { blockDoc, docText, wrap } from "./tsdoc.js";
import { blankLine, docComment, indented, printStatements, type Statement } from "./ts-project.js";

export function errorNames(pkg: PackageIdentity) {
  return {
    codes: `${pkg.prefix}ErrorCode`,
    actionCodes: `${pkg.prefix}ActionErrorCodes`,
    error: `${pkg.prefix}Error`,
    guard: `is${pkg.prefix}Error`,
  };
}

/**
 * Unique object keys for the codes, stable across runs (collisions get a numeric suffix in code
 * order). A numeric code (API 2.0's 11052) is keyed by its documented message where that is a
 * name (`UserNotInWhiteList`), else `Code11052`.
 */
export function errorCodeKeys(codes: string[], messageOf: (code: string) => string | undefined = () => undefined): Map<string, string> {
  const used = new Map<string, number>();
  const out = new Map<string, string>();
  for (const code of [...codes].sort()) {
    const message = messageOf(code);
    const base = /^\d+$/.test(code) && message && /^[A-Z][A-Za-z0-9]+$/.test(message) ? message : errorCodeKey(code);
    const n = used.get(base) ?? 0;
    used.set(base, n + 1);
    out.set(code, n ? `${base}_${n + 1}` : base);
  }
  return out;
}

export function emitErrors(project: Project, spec: Spec, pkg: PackageIdentity): string {
  const names = errorNames(pkg);
  const statements: Statement[] = [{ kind: StructureKind.ImportDeclaration, moduleSpecifier: "@doc2sdk/runtime", namedImports: ["ServiceError"] }, blankLine];
  const codes = [...new Set([...spec.errors.map((e) => e.code), ...spec.actions.flatMap((a) => a.errors)])].sort();
  const described = new Map(spec.errors.map((e) => [e.code, e]));
  const keys = errorCodeKeys(codes, (code) => described.get(code)?.message);
  const entries = codes.map((code) => {
    const e = described.get(code);
    // every wrapped line gets its " * ", so the comment reads as one block in editors
    const doc = e?.description ? wrap(docText(e.description)) : [`Error code ${code}.`];
    if (e?.common) doc.push("", "A common error code: any action may return it.");
    return `/** ${doc.join("\n * ")} */\n${propertyKey(keys.get(code)!)}: ${JSON.stringify(code)},`;
  });
  // written as text: ts-morph would hang-indent a multi-line initializer one level too far
  statements.push(
    `${docComment(blockDoc(`Every error code the ${spec.service.title} reference lists (common, service and per-action codes), as an enum-like object.`))}
export const ${names.codes} = {
${indented(entries.join("\n"))}
} as const;`,
  );
  statements.push(blankLine);
  statements.push({
    kind: StructureKind.TypeAlias,
    name: names.codes,
    isExported: true,
    type: `(typeof ${names.codes})[keyof typeof ${names.codes}]`,
    docs: [blockDoc(`Any documented ${spec.service.title} error code.`)],
  });
  statements.push({
    kind: StructureKind.Interface,
    name: names.actionCodes,
    isExported: true,
    docs: [blockDoc("The error codes each action documents, by action name. Common codes can come from any action and are not repeated here.")],
    properties: spec.actions.map((a) => ({
      name: propertyKey(a.name),
      type: a.errors.length
        ? [...a.errors]
            .sort()
            .map((c) => JSON.stringify(c))
            .join(" | ")
        : "never",
    })),
  });
  statements.push({
    kind: StructureKind.TypeAlias,
    name: names.error,
    isExported: true,
    typeParameters: [{ name: "C", constraint: "string", default: names.codes }],
    type: "ServiceError & { readonly code: C }",
    docs: [blockDoc(`A ${spec.service.title} service error whose \`code\` is known to be \`C\`.`)],
  });
  statements.push({
    kind: StructureKind.Function,
    name: names.guard,
    isExported: true,
    typeParameters: [{ name: "C", constraint: names.codes }],
    parameters: [
      { name: "error", type: "unknown" },
      { name: "code", type: "C", hasQuestionToken: true },
    ],
    returnType: `error is ${names.error}<C>`,
    docs: [
      blockDoc(
        "Narrows a caught value to a service error, optionally with the given documented code.",
        "@example\n```ts\ntry { … } catch (e) {\n  if (" +
          names.guard +
          "(e, " +
          JSON.stringify(codes.find((c) => c.startsWith("ResourceNotFound")) ?? codes[0] ?? "InternalError") +
          ")) { … }\n}\n```",
      ),
    ],
    statements: "return error instanceof ServiceError && (code === undefined || error.code === code);",
  });
  return printStatements(project, statements);
}
