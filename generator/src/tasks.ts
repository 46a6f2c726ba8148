/** The units of work the worker pool runs: each loads what it needs when it first runs. */
import type { ApiEntry } from "./build-spec.js";
import type { ParsedSpec, ParseOptions } from "./parse-documents.js";
import type { RenderedApi } from "./render-api.js";

export type Task = { kind: "render"; root: string; entry: ApiEntry } | { kind: "parse"; files: string[]; options: ParseOptions };

export type TaskResult<K extends Task["kind"]> = K extends "render" ? RenderedApi : ParsedSpec;

export async function runTask(task: Task): Promise<RenderedApi | ParsedSpec> {
  if (task.kind === "render") {
    const { renderApi } = await import("./render-api.js");
    return renderApi(task.root, task.entry);
  }
  const { parseToSpec } = await import("./parse-documents.js");
  return parseToSpec(task.files, task.options);
}
