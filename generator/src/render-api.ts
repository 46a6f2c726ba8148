/**
 * Everything one API produces, in memory: its spec parsed from its sources, and every file of
 * its package, versioned against what is committed (spec diff → semantic version, changelog).
 * Runs in a worker thread of render-pool.ts, or in the calling thread.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { buildSpec, type ApiEntry } from "./build-spec.js";
import { bumpFor, diffSpecs, nextVersion, type Bump, type SpecChange } from "./diff/diff-specs.js";
import { DocumentError } from "./document-error.js";
import { emitPackage } from "./emit/emit-package.js";
import { packageIdentity, type PackageIdentity } from "./emit/naming.js";
import type { Spec } from "./model.js";
import { changesEntry, docsReleaseDate, existingEntries, firstEntry, prependEntry } from "./release/changelog.js";
import { docsProvenance, provenanceLine, type SourceProvenance } from "./release/provenance.js";
import { serializeSpec } from "./serialize-spec.js";
import { checkSpecShape } from "./spec-file.js";

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

