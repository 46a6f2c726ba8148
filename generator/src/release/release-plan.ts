/**
 * `doc2sdk release`: the runtime and every package changed since a git revision. By default a
 * dry run: what `npm pack` would publish (name, version, files, size), and a check that nothing
 * but build output, types, docs, README and CHANGELOG would ship. With a registry it publishes
 * them there, the runtime first (the packages depend on it) — but only once every package has
 * packed cleanly and none of their versions is already on that registry, so a release is never
 * half done and a version is never published twice with different contents.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DocumentError } from "../document-error.js";
import { packageDirName, type ManifestEntryLike } from "./input-lock.js";

export interface ReleasePlan {
  lines: string[];
  /** Packages that would ship something they should not, that failed to pack, or are already published. */
  problems: number;
}

export interface ReleaseOptions {
  since: string;
  all?: boolean;
  /** Publish to this registry (npm's URL form); without it, a dry run. */
  registry?: string;
  /** With a registry: check it (versions already there) but publish nothing. */
  dryRun?: boolean;
  /** Told each line as it is known: packing and publishing take a while per package. */
  onLine?: (line: string) => void;
}

interface PackResult {
  name: string;
  version: string;
  size: number;
  unpackedSize: number;
  filename: string;
  files: { path: string }[];
}

const SHIPPABLE = /^(dist\/|docs\/|README\.md$|CHANGELOG\.md$|package\.json$|LICENSE)/;

/**
 * `<subpath>/package.json` for each subpath the package exports (`./credentials` →
 * `credentials/package.json`): redirects for resolvers that do not read `exports`, part of the
 * package's entry points rather than stray files.
 */
function exportSubpaths(dir: string): Set<string> {
  const { exports } = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { exports?: Record<string, unknown> };
  const keys = exports && typeof exports === "object" ? Object.keys(exports) : [];
  return new Set(keys.filter((k) => /^\.\/[a-z0-9-]+$/.test(k)).map((k) => `${k.slice(2)}/package.json`));
}

export function releasePlan(root: string, entries: ManifestEntryLike[], o: ReleaseOptions): ReleasePlan {
  const lines: string[] = [];
  const say = (line: string) => {
    lines.push(line);
    o.onLine?.(line);
  };
  let problems = 0;
  const dirs = ["runtime", ...entries.map((e) => join("generated", packageDirName(e)))];
  // `git diff <typo>` fails, and a failure used to count as "changed": every package, exit 0
  if (!o.all) checkRevision(root, o.since);
  const changed = o.all ? dirs : dirs.filter((d) => changedSince(root, o.since, d));
  if (!changed.length) {
    say(`nothing changed since ${o.since}: no package to release (--all shows every package)`);
    return { lines, problems };
  }
  const publishing = Boolean(o.registry && !o.dryRun);
  if (o.registry) {
    // first, before any packing: a version already on the registry stops the whole release
    for (const dir of changed) {
      const { name, version } = JSON.parse(readFileSync(join(root, dir, "package.json"), "utf8")) as { name: string; version: string };
      try {
        if (!isPublished(name, version, o.registry)) continue;
        say(
          `${name}@${version} is already on ${o.registry}: a version is published once; regenerate (which bumps the version) or release only what changed (--since)`,
        );
      } catch (e) {
        say((e as Error).message);
      }
      problems++;
    }
    if (problems && publishing) {
      say(`nothing published: ${problems} problem(s) above`);
      return { lines, problems };
    }
  }
  const packDir = mkdtempSync(join(tmpdir(), "doc2sdk-release-"));
  try {
    const packed: PackResult[] = [];
    for (const dir of changed) {
      try {
        // a real pack (not --dry-run) when publishing: the tarball checked is the one published
        const args = publishing ? ["pack", "--json", "--pack-destination", packDir] : ["pack", "--dry-run", "--json"];
        const [p] = JSON.parse(npm(args, join(root, dir))) as PackResult[];
        const subpaths = exportSubpaths(join(root, dir));
        const stray = p.files.map((f) => f.path).filter((path) => !SHIPPABLE.test(path) && !subpaths.has(path));
        say(`${p.name}@${p.version}: ${p.files.length} files, ${kib(p.size)} packed, ${kib(p.unpackedSize)} unpacked (from ${dir})`);
        if (stray.length) {
          problems++;
          say(`  would also ship files that are not build output or docs: ${stray.join(", ")}`);
        }
        packed.push(p);
      } catch (e) {
        problems++;
        say(`${dir}: ${errorText(e)}`);
      }
    }
    if (!publishing) {
      say(`${changed.length} package(s) would be published${problems ? `; ${problems} with problems` : ""} (dry run: nothing was published)`);
      return { lines, problems };
    }
    if (problems) {
      say(`nothing published: ${problems} problem(s) above`);
      return { lines, problems };
    }
    let published = 0;
    for (const p of packed) {
      try {
        npm(["publish", join(packDir, p.filename), "--registry", o.registry!, "--access", "public"], root);
        published++;
        say(`published ${p.name}@${p.version} to ${o.registry}`);
      } catch (e) {
        problems++;
        say(`${p.name}@${p.version}: publish failed: ${errorText(e)}`);
        break; // the rest depend on what failed, or would leave a gap: stop here
      }
    }
    say(`${published} of ${packed.length} package(s) published to ${o.registry}`);
    return { lines, problems };
  } finally {
    rmSync(packDir, { recursive: true, force: true });
  }
}

/** npm's own network timeouts and retries end a dead registry's requests; this ends anything else. */
const NPM_TIMEOUT_MS = 10 * 60_000;

function npm(args: string[], cwd: string): string {
  try {
    return execFileSync("npm", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], timeout: NPM_TIMEOUT_MS });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ETIMEDOUT") throw new Error(`npm ${args[0]} did not finish in ${NPM_TIMEOUT_MS / 60_000} minutes`);
    throw e;
  }
}

/** Whether this exact version is on the registry (a 404 means no; anything else is a failure). */
function isPublished(name: string, version: string, registry: string): boolean {
  try {
    return npm(["view", `${name}@${version}`, "version", "--json", "--registry", registry], tmpdir()).trim() !== "";
  } catch (e) {
    if (/E404|404 Not Found|is not in this registry/.test(errorText(e))) return false;
    throw new Error(`cannot ask ${registry} about ${name}@${version}: ${errorText(e)}`);
  }
}

/** npm's own one-line reason (its stderr), not a stack trace. */
function errorText(e: unknown): string {
  const stderr = (e as { stderr?: string }).stderr?.trim();
  const lines = (stderr || (e as Error).message)
    .split("\n")
    .map((l) => l.replace(/^npm (error|ERR!) ?/, "").trim())
    .filter(Boolean);
  return lines
    .filter((l) => !/^(A complete log|code |\d{3}$)/.test(l))
    .slice(0, 2)
    .join("; ");
}

function checkRevision(root: string, rev: string): void {
  if (rev.startsWith("-")) throw new DocumentError(`--since ${rev}: not a git revision`);
  try {
    execFileSync("git", ["rev-parse", "--verify", "--quiet", `${rev}^{commit}`], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
  } catch {
    throw new DocumentError(`--since ${rev}: no such git revision (a commit, branch or tag) in ${root}`);
  }
}

/** Changed: tracked files differ from the revision, or the directory holds untracked files. */
function changedSince(root: string, since: string, dir: string): boolean {
  const git = (args: string[]) => execFileSync("git", args, { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  try {
    git(["diff", "--quiet", since, "--", dir]);
  } catch (e) {
    if ((e as { status?: number }).status === 1) return true; // exit code 1: differences
    throw new DocumentError(`git diff ${since} -- ${dir} failed: ${(e as { stderr?: string }).stderr?.trim().split("\n")[0] ?? (e as Error).message}`);
  }
  return git(["status", "--porcelain", "--untracked-files=all", "--", dir]).trim() !== "";
}

function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}
