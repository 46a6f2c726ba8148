/**
 * `doc2sdk release --dry-run`: for every package changed since a git revision, what `npm pack`
 * would publish (name, version, files, size), and a check that nothing but build output, types,
 * docs, README and CHANGELOG would ship.
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { DocumentError } from "../document-error.js";
import { packageDirName, type ManifestEntryLike } from "./input-lock.js";

export interface ReleasePlan {
  lines: string[];
  /** Packages that would ship something they should not, or that failed to pack. */
  problems: number;
}

interface PackResult {
  name: string;
  version: string;
  size: number;
  unpackedSize: number;
  files: { path: string }[];
}

const SHIPPABLE = /^(dist\/|docs\/|README\.md$|CHANGELOG\.md$|package\.json$|LICENSE)/;

export function releasePlan(root: string, entries: ManifestEntryLike[], o: { since: string; all?: boolean }): ReleasePlan {
  const lines: string[] = [];
  let problems = 0;
  const dirs = entries.map((e) => join("generated", packageDirName(e)));
  // `git diff <typo>` fails, and a failure used to count as "changed": every package, exit 0
  if (!o.all) checkRevision(root, o.since);
  const changed = o.all ? dirs : dirs.filter((d) => changedSince(root, o.since, d));
  if (!changed.length) return { lines: [`nothing changed since ${o.since}: no package to release (--all shows every package)`], problems };
  for (const dir of changed) {
    try {
      const [packed] = JSON.parse(execFileSync("npm", ["pack", "--dry-run", "--json"], { cwd: join(root, dir), encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] })) as PackResult[];
      const stray = packed.files.map((f) => f.path).filter((p) => !SHIPPABLE.test(p));
      lines.push(`${packed.name}@${packed.version}: ${packed.files.length} files, ${kib(packed.size)} packed, ${kib(packed.unpackedSize)} unpacked (from ${dir})`);
      if (stray.length) {
        problems++;
        lines.push(`  would also ship files that are not build output or docs: ${stray.join(", ")}`);
      }
    } catch (e) {
      problems++;
      lines.push(`${dir}: npm pack failed: ${(e as { stderr?: string }).stderr?.trim() || (e as Error).message}`);
    }
  }
  lines.push(`${changed.length} package(s) would be published${problems ? `; ${problems} with problems` : ""} (dry run: nothing was published)`);
  return { lines, problems };
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
