/**
 * spec/generate.lock.json: content hashes of what each API's output is made from (its sources,
 * the templates, the generator itself). A rerun on unchanged inputs skips the API without
 * loading the parser or the emitters, so a no-op run costs little more than starting node.
 * Only Node built-ins here: this module is on the fast path.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { packageRoot } from "../package-root.js";

/** Where the generator's own code is (its hash decides whether outputs are stale). */
export const GENERATOR_ROOT = packageRoot(import.meta.url);

export interface LockEntry {
  /** Hash of the API's manifest entry and source files. */
  sources: string;
  /** Hash of the templates and the generator (its code, its dependencies' versions, the runtime's sources and version). */
  generator: string;
  /** The package version written last time. */
  version: string;
  /** Hash of what was written: the spec and every file of the package (an edited or deleted output is rebuilt). */
  outputs?: string;
}

export type InputLock = Record<string, LockEntry>;

export interface ManifestEntryLike {
  id: string;
  provider: string;
  service: string;
  sources: { file: string }[];
  package?: { name: string };
}

export const LOCK_FILE = "spec/generate.lock.json";

/** Lock files already warned about in this process (the CLI and generateAll both read it). */
const warned = new Set<string>();

/**
 * The lock, or an empty one. A damaged lock only costs a full rebuild, but silently: a warning
 * line names it, so a lock mangled by a merge does not make every run slow without a word.
 */
export function readLock(root: string, warn: (line: string) => void = (l) => console.error(l)): InputLock {
  const path = join(root, LOCK_FILE);
  if (!existsSync(path)) return {};
  const damaged = (why: string): InputLock => {
    if (!warned.has(path)) {
      warned.add(path);
      warn(`doc2sdk: warning: ${LOCK_FILE} is damaged (${why}); ignoring it: every API is rebuilt and the lock rewritten`);
    }
    return {};
  };
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    return damaged((e as Error).message);
  }
  if (json === null || typeof json !== "object" || Array.isArray(json)) return damaged("not a JSON object");
  for (const [id, entry] of Object.entries(json as Record<string, unknown>)) {
    const e = entry as Partial<LockEntry> | null;
    if (
      !e ||
      typeof e !== "object" ||
      typeof e.sources !== "string" ||
      typeof e.generator !== "string" ||
      typeof e.version !== "string" ||
      (e.outputs !== undefined && typeof e.outputs !== "string")
    ) {
      return damaged(`entry "${id}" is not { sources, generator, version, outputs }`);
    }
  }
  return json as InputLock;
}

/** The lock file's text: ids sorted, so it is stable under regeneration. */
export function lockText(lock: InputLock): string {
  const sorted = Object.fromEntries(
    Object.keys(lock)
      .sort()
      .map((k) => [k, lock[k]]),
  );
  return `${JSON.stringify(sorted, null, 2)}\n`;
}

export function sourcesHash(root: string, entry: ManifestEntryLike): string {
  const h = createHash("sha256").update(JSON.stringify(entry));
  for (const s of entry.sources) {
    // a missing or unreadable source is not up to date: the parse step reports it by name
    let bytes: Buffer | string;
    try {
      bytes = readFileSync(join(root, "spec/sources", s.file));
    } catch {
      bytes = "\0missing";
    }
    h.update(s.file).update("\0").update(bytes);
  }
  return h.digest("hex").slice(0, 16);
}

/**
 * @param generatorRoot where the generator's own code lives (it may differ from the project root
 *   in tests that run the generator over a copy of the project)
 */
export function generatorHash(root: string, generatorRoot: string): string {
  const h = createHash("sha256");
  // the runtime's sources too: the packages are type-checked against them
  for (const dir of [join(root, "templates"), join(generatorRoot, "generator/src"), join(root, "runtime/src")]) {
    for (const file of filesUnder(dir)) h.update(relative(dir, file)).update("\0").update(readFileSync(file));
  }
  // the packages `generate` itself needs (the CLI bundles the rest), as peers of the published package
  const pkg = JSON.parse(readFileSync(join(generatorRoot, "package.json"), "utf8")) as {
    dependencies?: Record<string, string>;
    peerDependencies?: Record<string, string>;
  };
  h.update(JSON.stringify({ ...pkg.dependencies, ...pkg.peerDependencies }));
  h.update(JSON.parse(readFileSync(join(root, "runtime/package.json"), "utf8")).version as string);
  return h.digest("hex").slice(0, 16);
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path) : [path];
    });
}

/** The package directory an entry's package is written to (as the emitters name it). */
export function packageDirName(entry: ManifestEntryLike): string {
  return entry.package?.name ?? `${entry.provider}-${entry.service}`;
}

/** Up to date: the same inputs as last time, and the outputs still exactly as written. */
export function isUpToDate(root: string, entry: ManifestEntryLike, lock: InputLock, generator: string): boolean {
  const locked = lock[entry.id];
  if (!locked || locked.generator !== generator || locked.sources !== sourcesHash(root, entry)) return false;
  return locked.outputs !== undefined && locked.outputs === outputsHash(root, entry);
}

/** Hash of an API's outputs as they are on disk: its spec and its package directory. */
export function outputsHash(root: string, entry: ManifestEntryLike): string {
  const spec = join(root, "spec", `${entry.id}.json`);
  const pkg = join(root, "generated", packageDirName(entry));
  if (!existsSync(spec) || !existsSync(join(pkg, "package.json"))) return "missing";
  const h = createHash("sha256").update(readFileSync(spec));
  for (const file of filesUnder(pkg)) {
    if (relative(pkg, file).split("/")[0] === "node_modules") continue;
    h.update(relative(pkg, file)).update("\0").update(readFileSync(file));
  }
  return h.digest("hex").slice(0, 16);
}
