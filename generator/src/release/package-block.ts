/**
 * The spec's package block: what `emit` needs besides the API (identity, version, changelog,
 * provenance, where the package and its spec sit in the repository). `generate` versions it
 * against the committed spec; `parse` writes a first version, so its output can be emitted as is.
 */
import { packageIdentity } from "../emit/naming.js";
import type { PackageInfo, Spec } from "../model.js";
import { docsReleaseDate, firstEntry } from "./changelog.js";
import { docsProvenance, provenanceLine, type DocsProvenance } from "./provenance.js";

export const REPOSITORY_URL = "https://github.com/doc2sdk/doc2sdk";

export interface PackageFacts {
  manifestPackage?: { name: string; client: string };
  version: string;
  runtimeVersion: string;
  /** The spec's id: the spec is spec/<id>.json, the package generated/<package name>. */
  id: string;
  docs: DocsProvenance;
  changelog: string;
}

export function packageBlock(spec: Spec, f: PackageFacts): PackageInfo {
  const pkg = packageIdentity(spec, f.manifestPackage);
  return {
    name: pkg.dir,
    client: pkg.client,
    version: f.version,
    runtimeVersion: f.runtimeVersion,
    repositoryUrl: REPOSITORY_URL,
    directory: `generated/${pkg.dir}`,
    specFile: `spec/${f.id}.json`,
    docs: f.docs,
    changelog: f.changelog,
  };
}

/** The package block of a spec parsed from documents never seen before: version 1.0.0. */
export function firstVersionPackage(spec: Spec, id: string, runtimeVersion: string, sourceFiles: string[]): PackageInfo {
  const docs = docsProvenance(
    sourceFiles.map((file) => ({ file })),
    docsReleaseDate(spec),
  );
  return packageBlock(spec, {
    id,
    version: "1.0.0",
    runtimeVersion,
    docs,
    changelog: firstEntry(spec, "1.0.0", { date: docs.released, line: provenanceLine(docs) }),
  });
}
