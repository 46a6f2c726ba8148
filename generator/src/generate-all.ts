/**
 * The main job: for every API in the manifest, parse its sources into spec/<id>.json and emit
 * its package into generated/<package>/. The new spec is compared with the committed one: the
 * package version bumps by what changed (major / minor / patch) and CHANGELOG.md gets an entry.
 * An API whose inputs are unchanged (spec/generate.lock.json) is skipped unless forced.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { buildSpec, type ApiEntry } from "./build-spec.js";
import { bumpFor, diffSpecs, nextVersion, type Bump, type SpecChange } from "./diff/diff-specs.js";
import { emitPackage } from "./emit/emit-package.js";
import { packageIdentity, type PackageIdentity } from "./emit/naming.js";
import { writePackageDir } from "./emit/write-package-dir.js";
import type { Spec } from "./model.js";
import { changesEntry, docsReleaseDate, existingEntries, firstEntry, prependEntry } from "./release/changelog.js";
import { docsProvenance, provenanceLine, type SourceProvenance } from "./release/provenance.js";
import { GENERATOR_ROOT, generatorHash, isUpToDate, LOCK_FILE, lockText, outputsHash, readLock, sourcesHash } from "./release/input-lock.js";
import { serializeSpec } from "./serialize-spec.js";
import { writeFileAtomic } from "./write-atomic.js";
import { DocumentError } from "./document-error.js";
import { readManifest } from "./manifest.js";
import { checkSpecShape } from "./spec-file.js";

export interface GenerateOptions {
  root: string;
  /** Only these API ids (default: all). */
  only?: string[];
  /** Rebuild even where the lock says nothing changed. */
  force?: boolean;
  log?: (line: string) => void;
}

export interface ApiResult {
  id: string;
  /** Skipped: the lock says its inputs are unchanged. */
  skipped: boolean;
  specChanged: boolean;
  packageChanged: boolean;
  version: string;
  previousVersion?: string;
  bump?: Bump;
  changes: SpecChange[];
  ms: number;
}

export { readManifest } from "./manifest.js";

/** A previous output (committed spec, package.json), if there is one; a damaged one stops the run. */
function readJson<T>(path: string): T | undefined {
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, "utf8")) as T;
  } catch (e) {
    // versions and changelogs are computed against it: guessing would publish a wrong version
    throw new DocumentError(`${path}: not valid JSON (${(e as Error).message}); restore it from git, or delete it to start that package over at 1.0.0`);
  }
}

function checkSpecShapeOrStop(json: unknown, path: string): Spec {
  try {
    return checkSpecShape(json, path);
  } catch (e) {
    throw new DocumentError(`${(e as Error).message}; restore it from git, or delete it to start that package over at 1.0.0`);
  }
}

export interface RenderedApi {
  entry: ApiEntry;
  spec: Spec;
  specPath: string;
  specText: string;
  pkg: PackageIdentity;
  packageDir: string;
  version: string;
  previousVersion?: string;
  bump?: Bump;
  /** What changed against the committed spec (empty for a first version). */
  changes: SpecChange[];
  files: Map<string, string>;
}

/**
 * Everything one API produces, in memory: the spec and every file of its package, versioned
 * against what is committed.
 */
export function renderApi(root: string, entry: ApiEntry): RenderedApi {
  const spec = buildSpec(entry, join(root, "spec/sources"));
  // what is emitted must be what the schema allows: names become identifiers and paths
  checkSpecShape(JSON.parse(serializeSpec(spec)), `spec/${entry.id}.json (as parsed)`);
  const specPath = join(root, "spec", `${entry.id}.json`);
  const pkg = packageIdentity(spec, entry.package);
  const packageDir = join(root, "generated", pkg.dir);
  const committedJson = readJson<unknown>(specPath);
  // a damaged committed spec ({} or actions: [{}]) would fail deep in the diff: name it instead
  const committedSpec = committedJson === undefined ? undefined : checkSpecShapeOrStop(committedJson, specPath);
  const previousVersion = readJson<{ version: string }>(join(packageDir, "package.json"))?.version;
  const oldChangelog = existsSync(join(packageDir, "CHANGELOG.md")) ? readFileSync(join(packageDir, "CHANGELOG.md"), "utf8") : undefined;
  const changes = committedSpec && previousVersion ? diffSpecs(committedSpec, spec) : [];
  const bump = previousVersion ? bumpFor(changes) : undefined;
  const version = previousVersion ? (bump ? nextVersion(previousVersion, bump) : previousVersion) : "1.0.0";
  const provenance = docsProvenance(entry.sources as SourceProvenance[], docsReleaseDate(spec));
  const from = provenanceLine(provenance);
  const entries = !previousVersion || !oldChangelog
    ? firstEntry(spec, version, { date: provenance.released, line: from })
    : bump
      ? prependEntry(changesEntry(version, provenance.released, changes, from), existingEntries(oldChangelog))
      : existingEntries(oldChangelog);
  const runtimeVersion = readJson<{ version: string }>(join(root, "runtime/package.json"))!.version;
  const { files } = emitPackage(spec, entry.package, {
    root,
    templatesDir: join(root, "templates/package"),
    runtimeSrcDir: join(root, "runtime/src"),
    specPath,
    packageDir,
    version,
    runtimeVersion,
    changelog: entries,
    provenance,
    repositoryUrl: "https://github.com/doc2sdk/doc2sdk",
  });
  return { entry, spec, specPath, specText: serializeSpec(spec), pkg, packageDir, version, previousVersion, bump, changes, files };
}

export function generateAll(o: GenerateOptions): ApiResult[] {
  const log = o.log ?? ((l: string) => console.log(l));
  const entries = readManifest(o.root).filter((e) => !o.only || o.only.includes(e.id));
  const lock = readLock(o.root);
  const generator = generatorHash(o.root, GENERATOR_ROOT);
  const results: ApiResult[] = [];
  entries.forEach((entry, i) => {
    const t0 = Date.now();
    const step = `[${i + 1}/${entries.length}] ${entry.id}`;
    const locked = lock[entry.id];
    if (!o.force && isUpToDate(o.root, entry, lock, generator)) {
      log(`${step}: unchanged (sources, templates, generator and outputs as in ${LOCK_FILE}), skipped`);
      results.push({ id: entry.id, skipped: true, specChanged: false, packageChanged: false, version: locked!.version, changes: [], ms: Date.now() - t0 });
      return;
    }
    log(`${step}: parsing ${entry.sources.map((s) => s.file).join(", ")} and emitting its package`);
    const r = renderApi(o.root, entry);
    // the spec first: a package is only ever written beside the spec it came from
    const specChanged = writeFileAtomic(r.specPath, r.specText);
    const packageChanged = writePackageDir(r.packageDir, r.files);
    lock[entry.id] = { sources: sourcesHash(o.root, entry), generator, version: r.version, outputs: outputsHash(o.root, entry) };
    const errors = r.spec.diagnostics.filter((d) => d.severity === "error").length;
    const ms = Date.now() - t0;
    const versioning = r.bump ? `${r.previousVersion} → ${r.version} (${r.bump}: ${r.changes.length} changes)` : r.version;
    log(`${step}: ${summary(r.spec)}, ${errors} errors; ${r.pkg.npmName}@${versioning}; spec ${specChanged ? "written" : "unchanged"}, package ${packageChanged ? "written" : "unchanged"} (${ms} ms)`);
    results.push({ id: entry.id, skipped: false, specChanged, packageChanged, version: r.version, previousVersion: r.previousVersion, bump: r.bump, changes: r.changes, ms });
  });
  writeFileAtomic(join(o.root, LOCK_FILE), lockText(lock));
  return results;
}

function summary(spec: Spec): string {
  return `${spec.actions.length} actions, ${spec.structures.length} structures, ${spec.errors.length} error codes`;
}
