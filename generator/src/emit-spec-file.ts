/**
 * `doc2sdk emit`: a package from a spec file and nothing else. The generator's own templates and
 * runtime sources are the only other inputs; what the package is (name, client, version,
 * changelog, provenance) is in the spec's package block, which `generate` writes.
 */
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { DocumentError } from "./document-error.js";
import { emitPackage, packageInfo } from "./emit/emit-package.js";
import { writePackageDir } from "./emit/write-package-dir.js";
import type { Spec } from "./model.js";

/** The generator's resources, from the directory the doc2sdk package is installed in (or a checkout). */
export function emitResources(cliRoot: string): { templatesDir: string; runtimeSrcDir: string } {
  return { templatesDir: join(cliRoot, "templates/package"), runtimeSrcDir: join(cliRoot, "runtime/src") };
}

export async function emitSpecFile(spec: Spec, outDir: string, cliRoot: string): Promise<{ written: boolean; files: number }> {
  packageInfo(spec);
  if (existsSync(outDir) && !statSync(outDir).isDirectory()) throw new DocumentError(`--out ${outDir}: not a directory`);
  const { files } = await emitPackage(spec, emitResources(cliRoot));
  return { written: writePackageDir(outDir, files), files: files.size };
}
