/**
 * Before any test: build what a consumer loads — the runtime's dist/ (ESM, CommonJS, types) and
 * the compiled CLI — from the current sources, so no test runs against a stale build, and no
 * test needs an alias from a package name to its sources. The runtime's build (several seconds)
 * is skipped when its dist/ is newer than every file it is built from.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

function newestMtime(paths: string[]): number {
  let newest = 0;
  for (const p of paths) {
    const st = statSync(p);
    if (st.isDirectory()) newest = Math.max(newest, newestMtime(readdirSync(p).map((e) => join(p, e))));
    else newest = Math.max(newest, st.mtimeMs);
  }
  return newest;
}

export default function setup(): void {
  const root = fileURLToPath(new URL("../..", import.meta.url));
  const built = join(root, "runtime/dist/index.js");
  const inputs = ["runtime/src", "runtime/build.mjs", "runtime/package.json", "runtime/tsconfig.json"].map((p) => join(root, p)).filter(existsSync);
  if (!existsSync(built) || statSync(built).mtimeMs <= newestMtime(inputs)) {
    execFileSync(process.execPath, ["runtime/build.mjs"], { cwd: root, stdio: "inherit" });
  }
  execFileSync(process.execPath, ["scripts/build-cli.mjs"], { cwd: root, stdio: "inherit" });
}
