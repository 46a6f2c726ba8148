/**
 * The main job: for every API in the manifest, parse its sources into spec/<id>.json and emit
 * its package into generated/<package>/. Prints progress per API and a summary.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { buildSpec, type ApiEntry } from "./build-spec.js";
import { emitPackage } from "./emit/emit-package.js";
import { packageIdentity, type PackageIdentity } from "./emit/naming.js";
import { writePackageDir } from "./emit/write-package-dir.js";
import type { Spec } from "./model.js";
import { serializeSpec } from "./serialize-spec.js";
import { writeFileAtomic } from "./write-atomic.js";

export interface GenerateOptions {
  root: string;
  /** Only these API ids (default: all). */
  only?: string[];
  log?: (line: string) => void;
}

export interface ApiResult {
  id: string;
  specChanged: boolean;
  packageChanged: boolean;
  version: string;
  ms: number;
}

export function readManifest(root: string): ApiEntry[] {
  return (JSON.parse(readFileSync(join(root, "spec/sources/manifest.json"), "utf8")) as { apis: ApiEntry[] }).apis;
}

function readJson<T>(path: string): T | undefined {
  return existsSync(path) ? (JSON.parse(readFileSync(path, "utf8")) as T) : undefined;
}

export interface RenderedApi {
  entry: ApiEntry;
  spec: Spec;
  specPath: string;
  specText: string;
  pkg: PackageIdentity;
  packageDir: string;
  version: string;
  files: Map<string, string>;
}

/** Everything one API produces, in memory: the spec and every file of its package. */
export function renderApi(root: string, entry: ApiEntry): RenderedApi {
  const spec = buildSpec(entry, join(root, "spec/sources"));
  const specPath = join(root, "spec", `${entry.id}.json`);
  const pkg = packageIdentity(spec, entry.package);
  const packageDir = join(root, "generated", pkg.dir);
  const version = readJson<{ version: string }>(join(packageDir, "package.json"))?.version ?? "1.0.0";
  const runtimeVersion = readJson<{ version: string }>(join(root, "runtime/package.json"))!.version;
  const { files } = emitPackage(spec, entry.package, {
    root,
    templatesDir: join(root, "templates/package"),
    runtimeSrcDir: join(root, "runtime/src"),
    specPath,
    packageDir,
    version,
    runtimeVersion,
    changelog: firstChangelog(spec, version),
    repositoryUrl: "https://github.com/doc2sdk/doc2sdk",
  });
  return { entry, spec, specPath, specText: serializeSpec(spec), pkg, packageDir, version, files };
}

export function generateAll(o: GenerateOptions): ApiResult[] {
  const log = o.log ?? ((l: string) => console.log(l));
  const entries = readManifest(o.root).filter((e) => !o.only || o.only.includes(e.id));
  const results: ApiResult[] = [];
  entries.forEach((entry, i) => {
    const t0 = Date.now();
    const step = `[${i + 1}/${entries.length}] ${entry.id}`;
    log(`${step}: parsing ${entry.sources.map((s) => s.file).join(", ")} and emitting its package`);
    const r = renderApi(o.root, entry);
    // the spec first: a package is only ever written beside the spec it came from
    const specChanged = writeFileAtomic(r.specPath, r.specText);
    const packageChanged = writePackageDir(r.packageDir, r.files);
    const errors = r.spec.diagnostics.filter((d) => d.severity === "error").length;
    const ms = Date.now() - t0;
    log(`${step}: ${summary(r.spec)}, ${errors} errors; ${r.pkg.npmName}@${r.version}; spec ${specChanged ? "written" : "unchanged"}, package ${packageChanged ? "written" : "unchanged"} (${ms} ms)`);
    results.push({ id: entry.id, specChanged, packageChanged, version: r.version, ms });
  });
  return results;
}

function summary(spec: Spec): string {
  return `${spec.actions.length} actions, ${spec.structures.length} structures, ${spec.errors.length} error codes`;
}

/** Placeholder until the release flow lands: the first version and the docs' own history. */
function firstChangelog(spec: Spec, version: string): string {
  const lines = [`## ${version}${spec.service.source.released ? ` (${spec.service.source.released})` : ""}`, "", `First version, generated from the ${spec.service.title} reference.`];
  return lines.join("\n");
}
