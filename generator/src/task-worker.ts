/** A worker thread of worker-pool.ts: runs each task it is handed and posts the outcome back. */
import { parentPort } from "node:worker_threads";
import { runTask, type Task } from "./tasks.js";
import { failureOf } from "./worker-pool.js";

parentPort!.on("message", (task: Task) => {
  runTask(task).then(
    (result) => parentPort!.postMessage({ result }),
    (e: unknown) => parentPort!.postMessage({ failure: failureOf(e) }),
  );
});
