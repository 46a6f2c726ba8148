/**
 * `doc2sdk parse`: documents never seen before (no manifest entry) into a spec. The family of the
 * first document gives the provider and protocol unless the options say; the service and version
 * come from the document's own lines.
 */
import { readFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { buildSpec, parseDocumentText, readDocumentText, type ApiEntry } from "./build-spec.js";
import type { Protocol, Spec } from "./model.js";
import { packageRoot } from "./package-root.js";
import { FAMILY_PROTOCOL, detectFamily, familyOfProtocol } from "./parse/document-families.js";
import { firstVersionPackage } from "./release/package-block.js";
import { serializeSpec } from "./serialize-spec.js";
import { checkSpecShape } from "./spec-file.js";

export interface ParseOptions {
  provider?: string;
  service?: string;
  apiVersion?: string;
  protocol?: string;
}

export interface ParsedSpec {
  /** The spec as written to disk. */
  text: string;
  summary: string;
}

/** The documents as one API's spec, checked against the spec's own schema. */
export function parseToSpec(files: string[], o: ParseOptions): ParsedSpec {
  const paths = files.map((f) => resolve(f));
  // the first document is read once: its family gives the defaults, and it is parsed as that family
  const firstText = readDocumentText(paths[0]!);
  const firstFamily = detectFamily(firstText);
  const family = FAMILY_PROTOCOL[firstFamily];
  const provider = o.provider ?? family.provider;
  const protocol = (o.protocol as Protocol | undefined) ?? family.protocol;
  const first = parseDocumentText(basename(paths[0]!), firstText, "auto", firstFamily);
  const service = o.service ?? first.endpoints[0]?.split(".")[0] ?? "unknown";
  const apiVersion = o.apiVersion ?? first.apiVersion ?? "unknown";
  const entry: ApiEntry = {
    id: `${provider}-${service}-${apiVersion}`,
    provider,
    service,
    apiVersion,
    protocol,
    title: service,
    sources: paths.map((file) => ({ file, dialect: "auto" as const })),
  };
  // the first document is parsed once: its family's protocol is the one buildSpec reads it with
  const reuse = familyOfProtocol(protocol) === firstFamily;
  const parsed = buildSpec(entry, "/", new Map(reuse ? [[paths[0]!, first]] : []));
  // a first version's package block: `doc2sdk emit` builds the package from this file as it is
  const runtimeVersion = (JSON.parse(readFileSync(join(packageRoot(import.meta.url), "runtime/package.json"), "utf8")) as { version: string }).version;
  const spec: Spec = {
    ...parsed,
    package: firstVersionPackage(
      parsed,
      entry.id,
      runtimeVersion,
      files.map((f) => basename(f)),
    ),
  };
  // what is written must pass the spec's own schema: check and mock read it back with it. The
  // spec is checked as built: the JSON text differs from it only by the properties left
  // undefined, which the schema check also reads as absent (reading the text back cost 8 ms)
  checkSpecShape(spec, `the spec parsed from ${files.join(", ")}`);
  const text = serializeSpec(spec);
  return { text, summary: `${spec.actions.length} actions, ${spec.structures.length} structures, ${spec.errors.length} error codes` };
}
