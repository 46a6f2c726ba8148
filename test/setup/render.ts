/**
 * Renders every API of the manifest once per test run — its spec and every file of its package,
 * as `generate` would write them — into a temp directory the tests read (`inject("renderedDir")`,
 * see test/rendered.ts). Rendering is the slowest thing the suite does: done here, in vitest's
 * main process, it happens once instead of in several test files, and never inside a worker,
 * where a long synchronous stretch makes the worker miss vitest's RPC deadline.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";
import { readManifest } from "../../generator/src/generate-all.js";
import { renderApi } from "../../generator/src/render-api.js";

declare module "vitest" {
  export interface ProvidedContext {
    renderedDir: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const root = fileURLToPath(new URL("../..", import.meta.url));
  const dir = mkdtempSync(join(tmpdir(), "doc2sdk-rendered-"));
  for (const entry of readManifest(root)) {
    const r = await renderApi(root, entry);
    const base = join(dir, entry.id);
    mkdirSync(join(base, "package"), { recursive: true });
    writeFileSync(join(base, "spec.json"), r.specText);
    for (const [rel, text] of r.files) {
      mkdirSync(dirname(join(base, "package", rel)), { recursive: true });
      writeFileSync(join(base, "package", rel), text);
    }
  }
  project.provide("renderedDir", dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
