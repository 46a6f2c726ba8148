/**
 * Replaces a package directory with a new set of files, all at once: the files go to a temp
 * directory beside it, which is renamed into place, so a failure never leaves a half-written
 * package. A package whose files are all unchanged is not touched at all.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";

function listFiles(dir: string, base = dir): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listFiles(join(dir, e.name), base) : [relative(base, join(dir, e.name))]));
}

export function samePackage(dir: string, files: Map<string, string>): boolean {
  const present = listFiles(dir).filter((f) => !f.startsWith("node_modules/"));
  if (present.length !== files.size) return false;
  for (const f of present) {
    const want = files.get(f);
    if (want === undefined || readFileSync(join(dir, f), "utf8") !== want) return false;
  }
  return true;
}

/** Returns whether anything was written. */
export function writePackageDir(dir: string, files: Map<string, string>): boolean {
  if (samePackage(dir, files)) return false;
  const tmp = `${dir}.tmp-${process.pid}`;
  const old = `${dir}.old-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  try {
    for (const [path, text] of files) {
      const target = join(tmp, path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, text);
    }
    if (existsSync(dir)) renameSync(dir, old);
    renameSync(tmp, dir);
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    if (existsSync(old) && !existsSync(dir)) renameSync(old, dir);
    throw e;
  }
  rmSync(old, { recursive: true, force: true });
  return true;
}
