/**
 * Which docs release a package version was generated from. The manifest records, for each
 * source document, where it came from (the vendor's URL, or a repository and commit holding it)
 * and the date the docs were released; package.json and the CHANGELOG entry carry it on, so a
 * published version names the documents it was made from. `generate --source` applies a new
 * document to an API: it replaces the file, and its provenance with the one given (never
 * keeping the old document's date or origin for the new one).
 */
import { copyFileSync, existsSync, readFileSync, statSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { DocumentError } from "../document-error.js";
import { writeFileAtomic } from "../write-atomic.js";

export interface SourceOrigin {
  /** Where the vendor publishes the document. */
  url?: string;
  /** A repository holding the document (with `commit`). */
  repository?: string;
  commit?: string;
}

export interface SourceProvenance {
  file: string;
  /** The docs' release date (YYYY-MM-DD), as the vendor states it. */
  released?: string;
  origin?: SourceOrigin;
}

export interface DocsProvenance {
  /** The newest release date among the sources, else the one the parser read from the docs. */
  released?: string;
  sources: SourceProvenance[];
}

/** The provenance of one API's package, from its manifest entry (and the date the parser read). */
export function docsProvenance(sources: { file: string; released?: string; origin?: SourceOrigin }[], parsedDate: string | undefined): DocsProvenance {
  const own = sources.map((s) => ({ file: s.file, ...(s.released ? { released: s.released } : {}), ...(s.origin ? { origin: s.origin } : {}) }));
  const dates = own
    .map((s) => s.released)
    .filter((d): d is string => Boolean(d))
    .sort();
  return { released: dates.at(-1) ?? parsedDate, sources: own };
}

/** One markdown line naming the documents, their origins and the release date. */
export function provenanceLine(p: DocsProvenance): string {
  const docs = p.sources.map((s) => {
    const where = [s.origin?.url, s.origin?.repository && `${s.origin.repository}${s.origin.commit ? ` at ${s.origin.commit.slice(0, 12)}` : ""}`].filter(
      Boolean,
    );
    return `\`${s.file}\`${s.released ? ` (released ${s.released})` : ""}${where.length ? `, from ${where.join(", ")}` : ", origin not recorded"}`;
  });
  return `Generated from the docs${p.released ? ` released ${p.released}` : ""}: ${docs.join("; ")}.`;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface ApplySourceOptions extends SourceOrigin {
  released?: string;
}

/**
 * Applies a new document to one API of the manifest: copied over the API's first source file
 * (so git shows what the release changed), with the provenance given replacing the old one.
 */
export function applySource(root: string, id: string, file: string, o: ApplySourceOptions): string {
  const path = resolve(file);
  if (!existsSync(path) || !statSync(path).isFile()) throw new DocumentError(`--source ${file}: no such file`);
  if (o.released && (!DATE.test(o.released) || Number.isNaN(Date.parse(o.released))))
    throw new DocumentError(`--released ${o.released}: not a date (YYYY-MM-DD)`);
  if (o.commit && !o.repository) throw new DocumentError("--commit needs --repository (the repository the commit is in)");
  if (o.url && !/^https?:\/\/\S+$/.test(o.url)) throw new DocumentError(`--origin ${o.url}: not an http(s) URL`);
  const manifestPath = join(root, "spec/sources/manifest.json");
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as { apis: { id: string; sources: (SourceProvenance & Record<string, unknown>)[] }[] };
  const entry = manifest.apis.find((e) => e.id === id);
  if (!entry) throw new DocumentError(`not in spec/sources/manifest.json: ${id}`);
  const target = entry.sources[0];
  if (!readFileSync(path).length) throw new DocumentError(`--source ${file}: the file is empty`);
  const origin: SourceOrigin = {
    ...(o.url ? { url: o.url } : {}),
    ...(o.repository ? { repository: o.repository } : {}),
    ...(o.commit ? { commit: o.commit } : {}),
  };
  const { released: _oldDate, origin: _oldOrigin, ...rest } = target;
  entry.sources[0] = { ...rest, ...(o.released ? { released: o.released } : {}), ...(Object.keys(origin).length ? { origin } : {}) } as SourceProvenance &
    Record<string, unknown>;
  if (resolve(join(root, "spec/sources", target.file)) !== path) copyFileSync(path, join(root, "spec/sources", target.file));
  writeFileAtomic(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  return `${id}: ${basename(path)} applied as spec/sources/${target.file}${o.released ? `, released ${o.released}` : ""}${Object.keys(origin).length ? "" : " (no --origin or --repository given: its origin is not recorded)"}`;
}
