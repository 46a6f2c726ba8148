/** Deterministic JSON for a spec: stable key order comes from construction, two-space indent, final newline. */
import type { Spec } from "./model.js";
export function serializeSpec(spec: Spec): string {
  return JSON.stringify(spec, null, 2) + "\n";
}
