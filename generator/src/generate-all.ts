/**
 * The main job: for every API in the manifest, parse its sources into spec/<id>.json and emit
 * its package into generated/<package>/. The new spec is compared with the committed one: the
 * package version bumps by what changed (major / minor / patch) and CHANGELOG.md gets an entry.
 * An API whose inputs are unchanged (spec/generate.lock.json) is skipped unless forced.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { ApiEntry } from "./build-spec.js";
import type { Bump, SpecChange } from "./diff/diff-specs.js";
import { writePackageDir } from "./emit/write-package-dir.js";
import type { Spec } from "./model.js";
import { GENERATOR_ROOT, generatorHash, isUpToDate, LOCK_FILE, lockText, outputsHash, readLock, sourcesHash, type InputLock } from "./release/input-lock.js";
import { defaultJobs, errorOf, runTasks } from "./worker-pool.js";
import type { RenderedApi } from "./render-api.js";
import { writeFileAtomic } from "./write-atomic.js";
import { readManifest } from "./manifest.js";

export interface GenerateOptions {
  root: string;
  /** Only these API ids (default: all). */
  only?: string[];
  /** Rebuild even where the lock says nothing changed. */
  force?: boolean;
  log?: (line: string) => void;
  /** Workers rendering APIs side by side (default: one per core, at most one per API). */
  jobs?: number;
  /** Type-check every rebuilt package, even those whose sources came out as already checked. */
  typecheck?: boolean;
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

export async function generateAll(o: GenerateOptions): Promise<ApiResult[]> {
  const log = o.log ?? ((l: string) => console.log(l));
  const entries = readManifest(o.root).filter((e) => !o.only || o.only.includes(e.id));
  const lock = readLock(o.root);
  const generator = generatorHash(o.root, GENERATOR_ROOT);
  const results = new Map<string, ApiResult>();
  const todo: ApiEntry[] = [];
  for (const entry of entries) {
    if (!o.force && isUpToDate(o.root, entry, lock, generator)) {
      log(`${entry.id}: unchanged (sources, templates, generator and outputs as in ${LOCK_FILE}), skipped`);
      results.set(entry.id, { id: entry.id, skipped: true, specChanged: false, packageChanged: false, version: lock[entry.id]!.version, changes: [], ms: 0 });
    } else todo.push(entry);
  }
  let done = 0;
  const outcomes = await runTasks(
    todo.map((entry) => ({ kind: "render" as const, root: o.root, entry })),
    {
      jobs: o.jobs ?? defaultJobs(todo.length),
      stopOnFailure: true,
      onDone: (_, outcome) => {
        if (!("result" in outcome)) return;
        const r = outcome.result;
        done += 1;
        const errors = r.spec.diagnostics.filter((d) => d.severity === "error").length;
        log(`[${done}/${todo.length}] ${r.entry.id}: ${summary(r.spec)}, ${errors} errors; ${r.pkg.npmName}@${versioning(r)} (${outcome.ms} ms)`);
      },
    },
  );
  const failed = outcomes.find((x) => x !== undefined && "failure" in x);
  if (failed && "failure" in failed) throw errorOf(failed.failure);
  const rendered = outcomes.map((x) => (x as { result: RenderedApi }).result);
  const renderMs = new Map(outcomes.map((x, i) => [todo[i]!.id, x.ms]));
  // Only code no earlier run checked is type-checked: a package whose sources come out exactly as
  // the lock recorded them, from the same generator and runtime, was checked when they were written.
  const unchecked = rendered.filter((r) => o.typecheck || !checkedBefore(o.root, r, lock, generator));
  if (unchecked.length) {
    const t0 = Date.now();
    const { checkPackages } = await import("./emit/check-packages.js");
    checkPackages(
      unchecked.map((r) => ({ dir: r.pkg.dir, files: r.files })),
      join(o.root, "runtime/src"),
    );
    log(`type-checked ${unchecked.map((r) => r.pkg.npmName).join(", ")} (${Date.now() - t0} ms)`);
  }
  // nothing is written before every API has parsed, emitted and type-checked
  for (const r of rendered) {
    // the spec first: a package is only ever written beside the spec it came from
    const specChanged = writeFileAtomic(r.specPath, r.specText);
    const packageChanged = writePackageDir(r.packageDir, r.files);
    lock[r.entry.id] = { sources: sourcesHash(o.root, r.entry), generator, version: r.version, outputs: outputsHash(o.root, r.entry) };
    log(`${r.entry.id}: spec ${specChanged ? "written" : "unchanged"}, package ${packageChanged ? "written" : "unchanged"}`);
    results.set(r.entry.id, {
      id: r.entry.id,
      skipped: false,
      specChanged,
      packageChanged,
      version: r.version,
      previousVersion: r.previousVersion,
      bump: r.bump,
      changes: r.changes,
      ms: renderMs.get(r.entry.id) ?? 0,
    });
  }
  writeFileAtomic(join(o.root, LOCK_FILE), lockText(lock));
  return entries.map((e) => results.get(e.id)!);
}

function versioning(r: RenderedApi): string {
  return r.bump ? `${r.previousVersion} → ${r.version} (${r.bump}: ${r.changes.length} changes)` : r.version;
}

/** The package's sources are exactly what the lock recorded, from this generator and runtime. */
function checkedBefore(root: string, r: RenderedApi, lock: InputLock, generator: string): boolean {
  const locked = lock[r.entry.id];
  if (!locked || locked.generator !== generator || locked.outputs !== outputsHash(root, r.entry)) return false;
  for (const [path, text] of r.files) {
    if (!path.startsWith("src/")) continue;
    const onDisk = join(r.packageDir, path);
    if (!existsSync(onDisk) || readFileSync(onDisk, "utf8") !== text) return false;
  }
  return true;
}

function summary(spec: Spec): string {
  return `${spec.actions.length} actions, ${spec.structures.length} structures, ${spec.errors.length} error codes`;
}
