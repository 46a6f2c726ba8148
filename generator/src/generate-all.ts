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
import { packageBlock } from "./release/package-block.js";
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

export interface PreparedApi {
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
}

export interface RenderedApi extends PreparedApi {
  files: Map<string, string>;
}

/**
 * One API's new spec, versioned against what is committed: parsed from its sources, with the
 * package block (name, client, version, changelog, provenance) `emit` builds the package from.
 */
export function prepareApi(root: string, entry: ApiEntry): PreparedApi {
  const parsed = buildSpec(entry, join(root, "spec/sources"));
  const specPath = join(root, "spec", `${entry.id}.json`);
  const pkg = packageIdentity(parsed, entry.package);
  const packageDir = join(root, "generated", pkg.dir);
  const committedJson = readJson<unknown>(specPath);
  // a damaged committed spec ({} or actions: [{}]) would fail deep in the diff: name it instead
  const committedSpec = committedJson === undefined ? undefined : checkSpecShapeOrStop(committedJson, specPath);
  // the committed spec's package block is the record of the last release; before it had one, package.json and CHANGELOG.md were
  const previousVersion = committedSpec?.package?.version ?? readJson<{ version: string }>(join(packageDir, "package.json"))?.version;
  const oldChangelog = committedSpec?.package?.changelog ?? (existsSync(join(packageDir, "CHANGELOG.md")) ? existingEntries(readFileSync(join(packageDir, "CHANGELOG.md"), "utf8")) : undefined);
  const changes = committedSpec && previousVersion ? diffSpecs(committedSpec, parsed) : [];
  const bump = previousVersion ? bumpFor(changes) : undefined;
  const version = previousVersion ? (bump ? nextVersion(previousVersion, bump) : previousVersion) : "1.0.0";
  const provenance = docsProvenance(entry.sources as SourceProvenance[], docsReleaseDate(parsed));
  const from = provenanceLine(provenance);
  let changelog: string;
  if (!previousVersion || !oldChangelog) changelog = firstEntry(parsed, version, { date: provenance.released, line: from });
  else if (bump) changelog = prependEntry(changesEntry(version, provenance.released, changes, from), oldChangelog);
  else changelog = oldChangelog;
  const runtimeVersion = readJson<{ version: string }>(join(root, "runtime/package.json"))!.version;
  const spec: Spec = { ...parsed, package: packageBlock(parsed, { manifestPackage: entry.package, id: entry.id, version, runtimeVersion, docs: provenance, changelog }) };
  const specText = serializeSpec(spec);
  // what is emitted must be what the schema allows: names become identifiers and paths
  checkSpecShape(JSON.parse(specText), `spec/${entry.id}.json (as parsed)`);
  return { entry, spec, specPath, specText, pkg, packageDir, version, previousVersion, bump, changes };
}

/** The package of a spec file's text: the file is the contract, so nothing else reaches the emitters. */
export function emitSpecText(root: string, specText: string, shown: string): Map<string, string> {
  const spec = checkSpecShape(JSON.parse(specText), shown);
  return emitPackage(spec, { templatesDir: join(root, "templates/package"), runtimeSrcDir: join(root, "runtime/src") }).files;
}

/** Everything one API produces, in memory: the spec's text and every file of its package. */
export function renderApi(root: string, entry: ApiEntry): RenderedApi {
  const prepared = prepareApi(root, entry);
  return { ...prepared, files: emitSpecText(root, prepared.specText, prepared.specPath) };
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
    const r = prepareApi(o.root, entry);
    // the spec first, then the package from what the file holds: a package is only ever written
    // beside the spec it came from, and from nothing else
    const specChanged = writeFileAtomic(r.specPath, r.specText);
    const packageChanged = writePackageDir(r.packageDir, emitSpecText(o.root, readFileSync(r.specPath, "utf8"), r.specPath));
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
