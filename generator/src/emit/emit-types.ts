/** Emits src/types.ts: one interface per structure, request and response, and the action map. */
import { StructureKind, type InterfaceDeclarationStructure, type Project } from "ts-morph";
import type { Action, Field, Spec } from "../model.js";
import { fieldType, isOptional, structureNames, structureRoles, type FieldRole } from "./field-types.js";
import { methodName, propertyKey, requestTypeName, responseTypeName, structureTypeName, type PackageIdentity } from "./naming.js";
import { blockDoc, fieldDoc } from "./tsdoc.js";
import { printStatements, type Statement } from "./ts-project.js";

/**
 * Members every object inherits. An optional field with one of these names (`toString`,
 * `hasOwnProperty`) is, when absent, the inherited member: typed as only the field's type, no
 * object literal would satisfy the interface (tsc checks the inherited function against it).
 */
const INHERITED_MEMBERS = new Set(["constructor", "toString", "toLocaleString", "valueOf", "hasOwnProperty", "isPrototypeOf", "propertyIsEnumerable"]);

function properties(fields: Field[], role: FieldRole, structures: ReadonlySet<string>) {
  return fields.map((f) => ({
    name: propertyKey(f.name),
    type: fieldType(f, role, structures) + (isOptional(f, role) && INHERITED_MEMBERS.has(f.name) ? ` | Object[${JSON.stringify(f.name)}]` : ""),
    hasQuestionToken: isOptional(f, role),
    isReadonly: false,
    docs: [fieldDoc(f)],
  }));
}

export function actionMapName(pkg: PackageIdentity): string {
  return `${pkg.prefix}Actions`;
}

export function emitTypes(project: Project, spec: Spec, pkg: PackageIdentity): string {
  const structures = structureNames(spec);
  const roles = structureRoles(spec);
  // built as one batch: ts-morph re-parses the file after every separate insertion
  const interfaces: InterfaceDeclarationStructure[] = [];
  for (const s of spec.structures) {
    const users = s.usedBy.length ? `Used by: ${s.usedBy.join(", ")}.` : undefined;
    interfaces.push({
      kind: StructureKind.Interface,
      name: structureTypeName(s.name),
      isExported: true,
      docs: [blockDoc(s.description || `The ${s.name} data structure.`, users)],
      properties: properties(s.members, roles.get(s.name) ?? "output", structures),
    });
  }
  for (const a of spec.actions) {
    interfaces.push({
      kind: StructureKind.Interface,
      name: requestTypeName(a.name),
      isExported: true,
      docs: [
        blockDoc(
          `Input of ${a.name} (\`${pkg.client}.${methodRef(a)}\`).`,
          a.deprecated ? "@deprecated The reference marks this action as deprecated." : undefined,
        ),
      ],
      properties: properties(a.input, "input", structures),
    });
    interfaces.push({
      kind: StructureKind.Interface,
      name: responseTypeName(a.name),
      isExported: true,
      docs: [blockDoc(`Output of ${a.name} (\`${pkg.client}.${methodRef(a)}\`).`)],
      properties: [
        ...properties(a.output, "output", structures),
        // the one the docs list themselves, where they do, is not declared twice
        ...(a.output.some((f) => f.name === "RequestId")
          ? []
          : [
              {
                name: "RequestId",
                type: "string",
                hasQuestionToken: false,
                isReadonly: false,
                docs: ["The unique request ID, returned with every response; quote it when contacting support."],
              },
            ]),
      ],
    });
  }
  interfaces.push({
    kind: StructureKind.Interface,
    name: actionMapName(pkg),
    isExported: true,
    docs: [blockDoc(`Every action of the ${spec.service.title} API ${spec.service.apiVersion}, by wire name, with its request and response types.`)],
    properties: spec.actions.map((a) => ({
      name: propertyKey(a.name),
      type: `{ request: ${requestTypeName(a.name)}; response: ${responseTypeName(a.name)} }`,
      docs: [blockDoc(a.description || a.name)],
    })),
  });
  const statements: Statement[] = [
    ...interfaces,
    {
      kind: StructureKind.TypeAlias,
      name: `${pkg.prefix}Action`,
      isExported: true,
      type: `keyof ${actionMapName(pkg)}`,
      docs: [blockDoc(`The wire name of any ${spec.service.title} action.`)],
    },
  ];
  return printStatements(project, statements);
}

function methodRef(a: Action): string {
  return methodName(a.name);
}
