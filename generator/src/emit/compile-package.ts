/**
 * Compiles a package's generated sources to dist/ (ESM .js + .d.ts) in memory, type-checking them
 * against the runtime's own sources, so a package is publishable straight from the repository.
 */
import { ModuleKind, ModuleResolutionKind, Project, ScriptTarget, ts } from "ts-morph";
import { join } from "node:path";

export class GeneratedCodeError extends Error {}

export function compilePackage(sources: Map<string, string>, runtimeSrcDir: string): Map<string, string> {
  const project = new Project({
    compilerOptions: {
      target: ScriptTarget.ES2022,
      module: ModuleKind.NodeNext,
      moduleResolution: ModuleResolutionKind.NodeNext,
      strict: true,
      declaration: true,
      skipLibCheck: true,
      noEmitOnError: true,
      outDir: "/__out",
      types: ["node"],
      typeRoots: [join(runtimeSrcDir, "../../node_modules/@types")],
      paths: { "@doc2sdk/runtime": [join(runtimeSrcDir, "index.ts")] },
      newLine: ts.NewLineKind.LineFeed,
    },
    skipAddingFilesFromTsConfig: true,
  });
  const files = [...sources].filter(([p]) => p.startsWith("src/") && p.endsWith(".ts"));
  for (const [path, text] of files) project.createSourceFile(`/pkg/${path}`, text, { overwrite: true });
  const diagnostics = project.getPreEmitDiagnostics().filter((d) => d.getSourceFile()?.getFilePath().startsWith("/pkg/"));
  if (diagnostics.length) {
    throw new GeneratedCodeError(`generated code does not type-check:\n${project.formatDiagnosticsWithColorAndContext(diagnostics.slice(0, 10))}`);
  }
  const out = new Map<string, string>();
  const result = project.emitToMemory();
  // The runtime's sources are part of the program (for type-checking), so the common root is "/"
  // and everything is emitted under /__out/<absolute path>; keep only the package's own files.
  for (const f of result.getFiles()) {
    const at = f.filePath.indexOf("/pkg/src/");
    if (!f.filePath.startsWith("/__out/") || at < 0) continue;
    out.set(`dist/${f.filePath.slice(at + "/pkg/src/".length)}`, f.text.endsWith("\n") ? f.text : `${f.text}\n`);
  }
  return out;
}
