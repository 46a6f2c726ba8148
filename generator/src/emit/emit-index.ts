/** Emits src/index.ts: the package's public surface. */
import { StructureKind, type Project } from "ts-morph";
import { printStatements } from "./ts-project.js";

/** Runtime names re-exported so users can catch and configure without importing the runtime. */
const RUNTIME_REEXPORTS = ["ServiceError", "NetworkError", "TimeoutError", "UnexpectedResponseError", "CredentialsError"];
const RUNTIME_TYPE_REEXPORTS = ["CallOptions", "Credentials", "CredentialProvider", "Hooks", "Logger", "Transport"];

export function emitIndex(project: Project): string {
  return printStatements(project, [
    { kind: StructureKind.ExportDeclaration, moduleSpecifier: "./client.js" },
    { kind: StructureKind.ExportDeclaration, moduleSpecifier: "./errors.js" },
    { kind: StructureKind.ExportDeclaration, moduleSpecifier: "./types.js", isTypeOnly: true },
    { kind: StructureKind.ExportDeclaration, moduleSpecifier: "@doc2sdk/runtime", namedExports: RUNTIME_REEXPORTS },
    { kind: StructureKind.ExportDeclaration, moduleSpecifier: "@doc2sdk/runtime", isTypeOnly: true, namedExports: RUNTIME_TYPE_REEXPORTS },
  ]);
}
