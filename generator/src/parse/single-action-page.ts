/**
 * A single API page without numbered headings (the CloneInstances page in pipe tables): the
 * tables are told apart by their header row, the action by its Action row.
 */
import type { SourceLine } from "../recover/source-lines.js";
import { findEndpoint, type TencentV3Document } from "./tencent-v3.js";
import { parseFieldRows } from "./field-rows.js";

export function parseSingleActionPage(file: string, lines: SourceLine[]): TencentV3Document | undefined {
  const t = lines.map((l) => l.text.trim());
  const inHead = t.findIndex((x) => /^Parameter Name Required Type Description$/.test(x));
  const outHead = t.findIndex((x, i) => i > inHead && /^Parameter Name Type Description$/.test(x));
  if (inHead < 0) return undefined;
  const joined = t.join(" ");
  const name = joined.match(/Action Yes String .*?The value used for this API:\s*([A-Za-z0-9]+)/)?.[1];
  if (!name) return undefined;
  const structureNames = new Set([...joined.matchAll(/Array of ([A-Z][A-Za-z0-9]+)/g)].map((m) => m[1]).filter((n) => n !== "String"));
  const outEnd = outHead < 0 ? -1 : t.findIndex((x, i) => i > outHead && /^This example|^Example|^Input Example/.test(x));
  const input = parseFieldRows(lines.slice(inHead + 1, outHead > 0 ? outHead : undefined), { file, structureNames, required: "always" })
    .filter((f) => !/^Common Params/.test(f.description));
  const output = outHead < 0 ? [] : parseFieldRows(lines.slice(outHead + 1, outEnd > 0 ? outEnd : undefined), { file, structureNames, required: "never" }).filter((f) => f.name !== "RequestId");
  const ep = findEndpoint(joined);
  return {
    actions: [{ name, description: t.find((x) => /^This API is used to/.test(x)) ?? "", input, output, errors: [], examples: [], deprecated: false, source: `${file}:${lines[inHead].line}` }],
    structures: [], errors: [], releases: [], endpoints: ep ? [ep] : [], listedActions: [], diagnostics: [],
  };
}
