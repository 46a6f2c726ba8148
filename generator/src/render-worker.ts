/** A worker thread of render-pool.ts: renders each API it is handed and posts the result back. */
import { parentPort } from "node:worker_threads";
import type { ApiEntry } from "./build-spec.js";
import { renderApi } from "./render-api.js";

parentPort!.on("message", ({ root, entry }: { root: string; entry: ApiEntry }) => {
  try {
    parentPort!.postMessage({ rendered: renderApi(root, entry) });
  } catch (e) {
    const error = e as Error;
    parentPort!.postMessage({ failure: { name: error.name, message: error.message, stack: error.stack } });
  }
});
