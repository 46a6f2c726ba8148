/**
 * Where the doc2sdk package itself is (its package.json, templates/, runtime/): found by walking
 * up from the running module rather than by a fixed number of `..`, because the same code runs
 * from generator/src/<dir>/ under tsx and from generator/dist/ once compiled.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export function packageRoot(moduleUrl: string): string {
  for (let dir = dirname(fileURLToPath(moduleUrl)); ; dir = dirname(dir)) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, "utf8")) as { name?: string }).name === "doc2sdk") return dir;
    if (dirname(dir) === dir) throw new Error(`no doc2sdk package.json above ${fileURLToPath(moduleUrl)}`);
  }
}
