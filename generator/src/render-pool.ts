/**
 * Renders APIs (parse, emit, compile: `renderApi`) side by side, one worker thread per job: the
 * APIs of a manifest are independent, and a catalog regeneration should use every core. Results
 * come back in manifest order whatever order the workers finish in. From the TypeScript sources
 * (tests, a checkout without the compiled CLI) there is no worker script, and APIs render in this
 * thread one after another.
 */
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { ApiEntry } from "./build-spec.js";
import { DocumentError } from "./document-error.js";
import type { RenderedApi } from "./render-api.js";
import { packageRoot } from "./package-root.js";

export function defaultJobs(apis: number): number {
  return Math.max(1, Math.min(availableParallelism(), apis));
}

/** The compiled worker beside the compiled CLI, when this module is itself compiled. */
function workerScript(): string | undefined {
  if (!import.meta.url.includes("/generator/dist/")) return undefined;
  const script = join(packageRoot(import.meta.url), "generator/dist/render-worker.js");
  return existsSync(script) ? script : undefined;
}

export interface WorkerFailure {
  name: string;
  message: string;
  stack?: string;
}

export async function renderAll(root: string, entries: ApiEntry[], jobs: number, onRendered: (r: RenderedApi, ms: number) => void): Promise<RenderedApi[]> {
  const script = workerScript();
  if (jobs <= 1 || entries.length <= 1 || !script) {
    const { renderApi } = await import("./render-api.js");
    return entries.map((entry) => {
      const t0 = Date.now();
      const r = renderApi(root, entry);
      onRendered(r, Date.now() - t0);
      return r;
    });
  }
  const results: RenderedApi[] = new Array(entries.length);
  let next = 0;
  const runWorker = (): Promise<void> =>
    new Promise((resolve, reject) => {
      const worker = new Worker(script);
      let t0 = 0;
      let current = -1;
      const give = () => {
        if (next >= entries.length) {
          void worker.terminate().then(() => resolve());
          return;
        }
        current = next++;
        t0 = Date.now();
        worker.postMessage({ root, entry: entries[current] });
      };
      worker.on("message", (m: { rendered?: RenderedApi; failure?: WorkerFailure }) => {
        if (m.failure) {
          void worker.terminate();
          next = entries.length; // the others finish what they hold, and start nothing new
          reject(asError(m.failure));
          return;
        }
        results[current] = m.rendered!;
        onRendered(m.rendered!, Date.now() - t0);
        give();
      });
      worker.on("error", reject);
      give();
    });
  await Promise.all(Array.from({ length: Math.min(jobs, entries.length) }, runWorker));
  return results;
}

/** The error a worker hit, as the CLI would have seen it in this thread (a document error stays one). */
function asError(f: WorkerFailure): Error {
  const e = f.name === "DocumentError" ? new DocumentError(f.message) : new Error(f.message);
  if (f.name !== "DocumentError" && f.stack) e.stack = f.stack;
  return e;
}
