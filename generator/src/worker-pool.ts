/**
 * Runs independent tasks (an API to render, a document to parse) side by side, one worker thread
 * per job: a catalog regeneration should use every core. Results come back in input order,
 * whatever order the workers finish in. From the TypeScript sources (tests, a checkout without the
 * compiled CLI) there is no worker script, and the tasks run in this thread one after another.
 */
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { DocumentError } from "./document-error.js";
import { packageRoot } from "./package-root.js";
import { runTask, type Task, type TaskResult } from "./tasks.js";

const YOUNG_GENERATION_MB = Number(process.env.DOC2SDK_YOUNG_MB ?? 96);

/**
 * One worker per core but one: a busy V8 isolate keeps a second core busy with garbage collection,
 * and each worker pays its own module loading and JIT warm-up. Measured on 2 cores, two workers
 * were slower than one thread (generate --force 4.9 s against 4.0 s; the 27-document corpus 7.5 s
 * against 7.0 s), so a 2-core machine runs in one thread unless --jobs says otherwise.
 */
export function defaultJobs(tasks: number): number {
  return Math.max(1, Math.min(availableParallelism() - 1, tasks));
}

/** The compiled worker beside the compiled CLI, when this module is itself compiled. */
function workerScript(): string | undefined {
  if (!import.meta.url.includes("/generator/dist/")) return undefined;
  const script = join(packageRoot(import.meta.url), "generator/dist/task-worker.cjs");
  return existsSync(script) ? script : undefined;
}

/** An error as it crosses a thread: a document error stays one (a one-line message, no stack). */
export interface WorkerFailure {
  name: string;
  message: string;
  stack?: string;
}

export function failureOf(e: unknown): WorkerFailure {
  const error = e instanceof Error ? e : new Error(String(e));
  return { name: error.name, message: error.message, stack: error.stack };
}

export function errorOf(f: WorkerFailure): Error {
  if (f.name === "DocumentError") return new DocumentError(f.message);
  const e = new Error(f.message);
  if (f.stack) e.stack = f.stack;
  return e;
}

export type Outcome<K extends Task["kind"]> = { result: TaskResult<K>; ms: number } | { failure: WorkerFailure; ms: number };

export interface PoolOptions<K extends Task["kind"]> {
  jobs: number;
  /** Called as each task ends, in the order they end. */
  onDone?: (index: number, outcome: Outcome<K>) => void;
  /** Stop handing out tasks at the first failure (default: run every task). */
  stopOnFailure?: boolean;
}

export async function runTasks<K extends Task["kind"]>(tasks: (Task & { kind: K })[], o: PoolOptions<K>): Promise<Outcome<K>[]> {
  const outcomes: Outcome<K>[] = new Array(tasks.length);
  let next = 0;
  const settle = (index: number, outcome: Outcome<K>) => {
    outcomes[index] = outcome;
    if ("failure" in outcome && o.stopOnFailure) next = tasks.length;
    o.onDone?.(index, outcome);
  };
  const script = workerScript();
  if (o.jobs <= 1 || tasks.length <= 1 || !script) {
    while (next < tasks.length) {
      const index = next++;
      const t0 = Date.now();
      try {
        settle(index, { result: (await runTask(tasks[index]!)) as TaskResult<K>, ms: Date.now() - t0 });
      } catch (e) {
        settle(index, { failure: failureOf(e), ms: Date.now() - t0 });
      }
    }
    return outcomes;
  }
  const worker = (): Promise<void> =>
    new Promise((resolve, reject) => {
      // a larger young generation: parsing allocates many short-lived objects, and the default
      // semi-space made the scavenger a fifth of the time
      const thread = new Worker(script, { resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
      let index = -1;
      let t0 = 0;
      const give = () => {
        if (next >= tasks.length) {
          void thread.terminate().then(() => resolve());
          return;
        }
        index = next++;
        t0 = Date.now();
        thread.postMessage(tasks[index]);
      };
      thread.on("message", (m: { result: TaskResult<K> } | { failure: WorkerFailure }) => {
        settle(index, { ...m, ms: Date.now() - t0 });
        give();
      });
      thread.on("error", reject);
      give();
    });
  await Promise.all(Array.from({ length: Math.min(o.jobs, tasks.length) }, worker));
  return outcomes;
}
