/**
 * Before any test: build what a consumer loads — the runtime's dist/ (ESM, CommonJS, types) and
 * the compiled CLI — from the current sources, so no test runs against a stale build, and no
 * test needs an alias from a package name to its sources.
 */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export default function setup(): void {
  const root = fileURLToPath(new URL("../..", import.meta.url));
  execFileSync(process.execPath, ["runtime/build.mjs"], { cwd: root, stdio: "inherit" });
  execFileSync(process.execPath, ["scripts/build-cli.mjs"], { cwd: root, stdio: "inherit" });
}
