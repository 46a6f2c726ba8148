/**
 * Everything one API produces, in memory: its spec parsed from its sources and versioned against
 * what is committed (spec diff → semantic version, changelog, the package block), then its
 * package emitted from the spec's text alone (the file is the contract). Runs in a worker thread
 * of worker-pool.ts, or in the calling thread.
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
import { packageBlock } from "./release/package-block.js";
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
  const oldChangelog =
    committedSpec?.package?.changelog ??
    (existsSync(join(packageDir, "CHANGELOG.md")) ? existingEntries(readFileSync(join(packageDir, "CHANGELOG.md"), "utf8")) : undefined);
  const runtimeVersion = readJson<{ version: string }>(join(root, "runtime/package.json"))!.version;
  const changes = committedSpec && previousVersion ? diffSpecs(committedSpec, parsed) : [];
  // a package built against another runtime is another package, even when the API is the same:
  // the same version twice would be two different tarballs (and a registry refuses the second)
  const previousRuntime = committedSpec?.package?.runtimeVersion;
  if (previousRuntime && previousRuntime !== runtimeVersion) {
    changes.push({ class: "dependency", kind: "runtime-changed", summary: `Requires @doc2sdk/runtime ^${runtimeVersion} (was ^${previousRuntime})` });
  }
  const bump = previousVersion ? bumpFor(changes) : undefined;
  const version = previousVersion ? (bump ? nextVersion(previousVersion, bump) : previousVersion) : "1.0.0";
  const provenance = docsProvenance(entry.sources as SourceProvenance[], docsReleaseDate(parsed));
  const from = provenanceLine(provenance);
  let changelog: string;
  if (!previousVersion || !oldChangelog) changelog = firstEntry(parsed, version, { date: provenance.released, line: from });
  else if (bump) changelog = prependEntry(changesEntry(version, provenance.released, changes, from), oldChangelog);
  else changelog = oldChangelog;
  const spec: Spec = {
    ...parsed,
    package: packageBlock(parsed, { manifestPackage: entry.package, id: entry.id, version, runtimeVersion, docs: provenance, changelog }),
  };
  const specText = serializeSpec(spec);
  // what is emitted must be what the schema allows: names become identifiers and paths
  checkSpecShape(JSON.parse(specText), `spec/${entry.id}.json (as parsed)`);
  return { entry, spec, specPath, specText, pkg, packageDir, version, previousVersion, bump, changes };
}

/** The package of a spec file's text: the file is the contract, so nothing else reaches the emitters. */
export async function emitSpecText(root: string, specText: string, shown: string): Promise<Map<string, string>> {
  const spec = checkSpecShape(JSON.parse(specText), shown);
  return (await emitPackage(spec, { templatesDir: join(root, "templates/package"), runtimeSrcDir: join(root, "runtime/src") })).files;
}

/** Everything one API produces, in memory: the spec's text and every file of its package. */
export async function renderApi(root: string, entry: ApiEntry): Promise<RenderedApi> {
  const prepared = prepareApi(root, entry);
  return { ...prepared, files: await emitSpecText(root, prepared.specText, prepared.specPath) };
}
