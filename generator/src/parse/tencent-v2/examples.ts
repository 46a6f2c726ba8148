/**
 * The "5. Example" of an API 2.0 action: a GET URL (`…/v2/index.php?Action=X&<Common Request
 * Parameters>&redisId=…`), then the JSON it returns, each in code fences that a page break may
 * split into several ("Input" / "Output" labels are optional). The URL becomes the request object
 * (common parameters left out, values typed later by the fields); the JSON is read leniently,
 * because the page broke it (commas and brackets lost at page breaks), and every repair is named.
 */
import type { Example } from "../../model.js";
import type { SourceLine } from "../../recover/source-lines.js";
import { codeBlocks } from "../aliyun/examples.js";
import { parseLenientJson } from "../aliyun/lenient-json.js";
import { queryExample } from "../query-example.js";

export interface ActionExample {
  example: Example;
  sentAction?: string;
  output?: unknown;
  host?: string;
}

const QUERY_START = /\?\s*Action=|^\s*&/;

export function readExample(
  file: string,
  lines: SourceLine[],
  from: number,
  to: number,
  commonNames: Set<string>,
  topLevelKeys: Set<string>,
): ActionExample | undefined {
  const blocks = codeBlocks(lines, from, to);
  if (!blocks.length) return undefined;
  const query: string[] = [];
  const json: string[] = [];
  let line = blocks[0].line;
  for (const b of blocks) {
    const first = b.text.split("\n").find((l) => l.trim()) ?? "";
    if (!json.length && (QUERY_START.test(first) || /^https?:\/\//.test(first.trim()))) query.push(...b.text.split("\n"));
    else if (/[{}[\]"]/.test(b.text)) json.push(b.text);
  }
  const example: Example = { title: "Example", source: `${file}:${line}` };
  let sentAction: string | undefined;
  let host: string | undefined;
  if (query.length) {
    const joined = query.join("\n");
    sentAction = joined.match(/[?&]\s*Action=([A-Za-z0-9]+)/)?.[1];
    host = joined.match(/https?:\/\/([a-z0-9.-]+)/i)?.[1]?.toLowerCase();
    const input = queryExample(query);
    if (input) {
      for (const k of Object.keys(input)) if (commonNames.has(k)) delete input[k];
      example.input = input;
      example.inputFrom = "query";
    }
  }
  let output: unknown;
  if (json.length) {
    const lost = closeLostItems(json.join("\n"));
    const parsed = parseLenientJson(lost.text, { topLevelKeys });
    if (lost.count) parsed.repairs.unshift("a list item's closing brace lost");
    if (parsed.error) example.parseError = `output JSON: ${parsed.error}`;
    else if (parsed.value && typeof parsed.value === "object" && !Array.isArray(parsed.value)) {
      output = parsed.value;
      example.output = parsed.value as Record<string, unknown>;
      if (parsed.repairs.length) example.repaired = `output JSON repaired (${parsed.repairs.join(", ")})`;
    }
  }
  if (!example.input && !example.output && !example.parseError) return undefined;
  line = blocks[0].line;
  return { example, sentAction, output, host };
}

/**
 * `…"goodsDetail": {…}\n},\n{\n"dealId": …`: where "{" follows a comma inside an object, the
 * page lost the "}" that closed the list item before it; the brace is put back before the comma.
 */
export function closeLostItems(text: string): { text: string; count: number } {
  const stack: string[] = [];
  let out = "";
  let inString = false;
  let lastSig = "";
  let lastComma = -1;
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      out += c;
      if (c === "\\") {
        out += text[++i] ?? "";
        continue;
      }
      if (c === '"') inString = false;
      continue;
    }
    if (c === '"') {
      inString = true;
      lastSig = c;
      out += c;
      continue;
    }
    if (c === "{" && stack.at(-1) === "{" && lastSig === "," && stack.at(-2) === "[") {
      out = out.slice(0, lastComma) + "}" + out.slice(lastComma);
      stack.pop();
      count++;
    }
    if (c === "{" || c === "[") stack.push(c);
    else if (c === "}" || c === "]") stack.pop();
    if (c === ",") lastComma = out.length;
    if (!/\s/.test(c)) lastSig = c;
    out += c;
  }
  return { text: out, count };
}
