/**
 * Type-checks the sources of freshly emitted packages against the runtime's sources, all of them
 * in one TypeScript program: TypeScript's lib, @types/node and the runtime are read and bound
 * once, however many packages are checked. Each package lives under its own virtual directory,
 * marked ESM as its package.json says. Only the packages' own files are checked: the runtime is
 * checked by its own build.
 */
import { join } from "node:path";
import ts from "typescript";
import { packageRoot } from "../package-root.js";
import { GeneratedCodeError } from "./compile-package.js";

export interface PackageSources {
  /** The package's directory name under generated/. */
  dir: string;
  /** Its files by path (`src/client.ts`, …); only src/*.ts are checked. */
  files: Map<string, string>;
}

const VIRTUAL_ROOT = "/__doc2sdk_packages/";

export function checkPackages(packages: PackageSources[], runtimeSrcDir: string): void {
  if (!packages.length) return;
  const virtual = new Map<string, string>();
  for (const p of packages) {
    virtual.set(`${VIRTUAL_ROOT}${p.dir}/package.json`, '{ "type": "module" }');
    for (const [path, text] of p.files) if (path.startsWith("src/") && path.endsWith(".ts")) virtual.set(`${VIRTUAL_ROOT}${p.dir}/${path}`, text);
  }
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: ["node"],
    // the generator's own @types (the project being generated may be a copy without node_modules)
    typeRoots: [join(packageRoot(import.meta.url), "node_modules/@types")],
    paths: { "@doc2sdk/runtime": [join(runtimeSrcDir, "index.ts")] },
  };
  const host = ts.createCompilerHost(options, true);
  const isVirtual = (path: string) => path.startsWith(VIRTUAL_ROOT);
  const { getSourceFile, fileExists, readFile, directoryExists } = host;
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    const text = virtual.get(fileName);
    if (text !== undefined) return ts.createSourceFile(fileName, text, languageVersion, true);
    return isVirtual(fileName) ? undefined : getSourceFile.call(host, fileName, languageVersion, onError, shouldCreate);
  };
  host.fileExists = (fileName) => virtual.has(fileName) || (!isVirtual(fileName) && fileExists.call(host, fileName));
  host.readFile = (fileName) => virtual.get(fileName) ?? (isVirtual(fileName) ? undefined : readFile.call(host, fileName));
  host.directoryExists = (dir) => isVirtual(`${dir}/`) || (directoryExists ? directoryExists.call(host, dir) : true);
  const rootNames = [...virtual.keys()].filter((p) => p.endsWith(".ts"));
  const program = ts.createProgram({ rootNames, options, host });
  const own = program.getSourceFiles().filter((f) => isVirtual(f.fileName));
  const diagnostics = [
    ...program.getOptionsDiagnostics(),
    ...program.getGlobalDiagnostics(),
    ...own.flatMap((f) => [...program.getSyntacticDiagnostics(f), ...program.getSemanticDiagnostics(f)]),
  ];
  if (!diagnostics.length) return;
  const report = diagnostics.slice(0, 10).map(describe).join("\n");
  throw new GeneratedCodeError(`generated code does not type-check (${diagnostics.length} errors):\n${report}\n`);
}

/** `generated/<pkg>/src/client.ts(5,12): error TS2322: …`, as tsc prints it. */
function describe(d: ts.Diagnostic): string {
  const message = ts.flattenDiagnosticMessageText(d.messageText, " ");
  if (!d.file || d.start === undefined) return `error TS${d.code}: ${message}`;
  const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
  const name = d.file.fileName.startsWith(VIRTUAL_ROOT) ? `generated/${d.file.fileName.slice(VIRTUAL_ROOT.length)}` : d.file.fileName;
  return `${name}(${line + 1},${character + 1}): error TS${d.code}: ${message}`;
}
