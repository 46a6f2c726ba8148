/** Emits src/index.ts: the package's public surface. */
import type { Project } from "ts-morph";
import { printed } from "./ts-project.js";

/** Runtime names re-exported so users can catch and configure without importing the runtime. */
const RUNTIME_REEXPORTS = ["ServiceError", "NetworkError", "TimeoutError", "UnexpectedResponseError", "CredentialsError"];
const RUNTIME_TYPE_REEXPORTS = ["CallOptions", "Credentials", "CredentialProvider", "Hooks", "Logger", "Transport"];

export function emitIndex(project: Project): string {
  const file = project.createSourceFile("src/index.ts", "", { overwrite: true });
  file.addExportDeclaration({ moduleSpecifier: "./client.js" });
  file.addExportDeclaration({ moduleSpecifier: "./errors.js" });
  file.addExportDeclaration({ moduleSpecifier: "./types.js", isTypeOnly: true });
  file.addExportDeclaration({ moduleSpecifier: "@doc2sdk/runtime", namedExports: RUNTIME_REEXPORTS });
  file.addExportDeclaration({ moduleSpecifier: "@doc2sdk/runtime", isTypeOnly: true, namedExports: RUNTIME_TYPE_REEXPORTS });
  return printed(file, { formatted: false });
}
