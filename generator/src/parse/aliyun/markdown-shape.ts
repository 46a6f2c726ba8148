/**
 * The response side of an Alibaba markdown page, before ./response-shape.ts nests it: the response
 * table's rows with their types in the words the shape builder knows (`Struct`, `Array of Widget`,
 * a typeless row), wrapper rows folded into the list row they name (`|Items|Array of
 * Item|` then `|Item| | |`: the JSON's `{"Items": {"Item": [...]}}`), and
 * the page's examples sorted into request URLs, JSON and XML by the profile's captions.
 */
import type { Block } from "../../recover/markdown-document.js";
import { isPhrase, normalizePhrase, type DocumentProfile } from "../../profiles/document-profile.js";
import { cellText, type ColumnRoles } from "../table-roles.js";
import { documentedType, readNameCell, WIRE_NAME } from "./field-text.js";
import { singular, type Row } from "./response-shape.js";
import { parseLenientJson } from "./lenient-json.js";
import { parseXmlExample } from "./xml-example.js";
import { singleSpaced } from "../spacing.js";

// an alternation, not a class: a class holding U+200D (the joiner) reads as one joined character
const ZERO_WIDTH = /\u200b|\u200c|\u200d|\ufeff/g;
const IDENT = /^[A-Za-z][A-Za-z0-9_]*$/;

type Table = Extract<Block, { kind: "table" }>;

/** A type cell in the shape builder's words, with the item it names and what it is without an example. */
export function shapeType(raw: string, profile: DocumentProfile): Pick<Row, "type" | "item" | "shape" | "leaf"> {
  const t = singleSpaced(raw.replace(ZERO_WIDTH, "").replace(/[`*\\]/g, "")).trim();
  if (!t) return { type: "", shape: "wrapper" };
  if (isPhrase(t, profile.structWords ?? [])) return { type: "Struct", shape: "object" };
  for (const p of profile.arrayOf) {
    if (!t.toLowerCase().startsWith(p.toLowerCase())) continue;
    const rest = t.slice(p.length).trim();
    const word = typeWord(rest, profile);
    if (word && word.type !== "object") return { type: `Array of ${scalarWord(rest, word)}` };
    return {
      type: `Array of ${IDENT.test(rest) ? rest : "Object"}`,
      shape: "array",
      ...(IDENT.test(rest) && !word && !isPhrase(rest, profile.structWords ?? []) ? { item: rest } : {}),
    };
  }
  const word = typeWord(t, profile);
  if (word) {
    if (word.array) return { type: `Array of ${word.type}` };
    const known = documentedType(t);
    return { type: known && !known.container ? t : word.type };
  }
  // a type cell naming a structure (`WidgetType`): one nested object unless the example shows a list
  if (IDENT.test(t) && !documentedType(t)) return { type: "Struct", shape: "object" };
  // a bare "Array" row: a list whose members follow
  if (documentedType(t)?.list && documentedType(t)?.container) return { type: t, shape: "array" };
  return { type: t };
}

function typeWord(t: string, profile: DocumentProfile) {
  const key = normalizePhrase(t);
  for (const [w, v] of Object.entries(profile.types)) if (normalizePhrase(w) === key) return v;
  return undefined;
}

function scalarWord(raw: string, word: { type: string }): string {
  const known = documentedType(raw);
  return known && !known.container ? raw : word.type;
}

/** A response table's rows; a typeless row right after the list row it is the item of is that list's wrapper, not a field. */
export function responseRows(table: Table, roles: ColumnRoles, profile: DocumentProfile): Row[] {
  const out: Row[] = [];
  for (const r of table.rows) {
    const cell = cellText(r, roles, "name")
      .replace(ZERO_WIDTH, "")
      .replace(/[`*\\]/g, "");
    const n = readNameCell(cell);
    if (!WIRE_NAME.test(n.name) || n.name.includes(".")) continue;
    const t = shapeType(cellText(r, roles, "type"), profile);
    // a structure row whose example cell prints its value (`[{"Key": …}]`) holds its members there: no rows follow for it
    const example = cellText(r, roles, "example").replace(/\\/g, "").trim();
    if (documentedType(t.type)?.container && /^[[{]/.test(example) && t.type !== "") {
      Object.assign(t, { leaf: true, shape: undefined, item: undefined });
    }
    // a list word whose example value is a list of objects (`[{"Key": …}]`)
    if (t.type === "Array of string" && /^\s*\[\s*\{/.test(cellText(r, roles, "example").replace(/\\/g, ""))) t.type = "Array of Json";
    const prev = out.at(-1);
    if (prev && t.type === "" && isOpener(prev) && n.depth === prev.depth) {
      const item = prev.item ?? singular(prev.name);
      if (n.name.toLowerCase() === item.toLowerCase() || n.name.toLowerCase() === singular(prev.name).toLowerCase()) {
        prev.item = n.name;
        prev.shape = "wrapper";
        continue;
      }
    }
    out.push({
      name: n.name,
      ...(n.documentedAs ? { documentedAs: n.documentedAs } : {}),
      ...t,
      description: cellText(r, roles, "description"),
      depth: n.depth,
      line: r.line,
    });
  }
  // a row the tree marks put members under is a structure whatever its type word says
  out.forEach((r, i) => {
    const next = out[i + 1];
    if (!next || next.depth <= r.depth || isOpener(r)) return;
    const list = documentedType(r.type)?.list;
    Object.assign(r, list ? { type: "Array of Object", shape: "array" } : { type: "Struct", shape: "object" });
  });
  return out;
}

function isOpener(r: Row): boolean {
  const t = documentedType(r.type);
  return !!t?.container;
}

export interface CodeBlock {
  text: string;
  line: number;
}
export interface ExampleBlocks {
  title: string;
  requests: CodeBlock[];
  json: CodeBlock[];
  xml: CodeBlock[];
}

/** An examples section's code blocks by what they are: told by the captions before them, else by their text. */
export function readExampleBlocks(blocks: Block[], profile: DocumentProfile): ExampleBlocks {
  const out: ExampleBlocks = { title: "", requests: [], json: [], xml: [] };
  let side: "request" | "response" | "error" | undefined;
  let format: "xml" | "json" | undefined;
  for (const b of blocks) {
    if (b.kind === "heading" || b.kind === "text") {
      const t = b.text.replace(ZERO_WIDTH, "").trim();
      if (isPhrase(t, profile.exampleInput)) {
        side = "request";
        format = undefined;
        out.title ||= t;
      } else if (isPhrase(t, profile.exampleError ?? [])) {
        side = "error";
        format = undefined;
      } else if (isPhrase(t, profile.exampleOutput)) {
        side = "response";
        format = undefined;
      } else if (isPhrase(t, profile.exampleXml ?? [])) format = "xml";
      else if (isPhrase(t, profile.exampleJson ?? [])) format = "json";
      continue;
    }
    if (b.kind !== "code" || side === "error") continue;
    const text = b.text.replace(ZERO_WIDTH, "");
    const code = { text, line: b.line + 1 };
    const looksXml = /^\s*</.test(text);
    const looksRequest = /[?&]\s*[A-Za-z]+\s*=|^\s*(GET|POST)\s|^\s*https?[(:]/i.test(text) && !/^\s*[{<]/.test(text);
    if (side === "request" || (side === undefined && looksRequest)) {
      if (!looksXml || looksRequest) out.requests.push(code);
      continue;
    }
    if (format === "xml" || (format === undefined && looksXml)) out.xml.push(code);
    else if (!looksRequest) out.json.push(code);
    else out.requests.push(code);
  }
  return out;
}

export interface ResponseExample {
  /** The example the shape builder reads: the JSON where it reads cleanly, else the XML. */
  value?: unknown;
  json?: unknown;
  jsonError?: string;
  repairs: string[];
  line?: number;
  problem?: string;
}

/** The response example, without the `{"XResponse": {...}}` envelope some pages print around it. */
export function responseExample(ex: ExampleBlocks, rows: Row[], profile: DocumentProfile, action = ""): ResponseExample {
  const names = new Set([...profile.envelopeFields, ...rows.map((r) => r.name)]);
  const top = new Set([...profile.envelopeFields, ...topLevel(rows)]);
  const out: ResponseExample = { repairs: [] };
  const jsonBlock = ex.json.find((b) => /[{[]/.test(b.text));
  if (jsonBlock) {
    const parsed = parseLenientJson(jsonBlock.text, { topLevelKeys: top });
    out.line = jsonBlock.line;
    if (parsed.error) out.jsonError = parsed.error;
    else {
      out.json = unwrapEnvelope(parsed.value, names);
      out.repairs = parsed.repairs;
    }
  }
  const xmlBlock = ex.xml[0];
  const xml = xmlBlock ? unwrapEnvelope(parseXmlExample(xmlBlock.text), names) : undefined;
  // a response element inside the response is a page pasted twice into its own example
  const envelope = profile.responseElementSuffix && action ? `${action}${profile.responseElementSuffix}` : undefined;
  if (envelope)
    for (const v of [out.json, xml])
      if (dropKey(v, envelope)) out.problem = `the response example holds a second ${envelope} element (the page pasted twice); it is left out`;
  const jsonUsable = out.json && typeof out.json === "object" && !Array.isArray(out.json);
  // a JSON the page damaged (repairs needed) says less about nesting than a well-formed XML
  if (jsonUsable && (!out.repairs.length || !xml)) out.value = out.json;
  else if (xml && typeof xml === "object") {
    out.value = xml;
    out.line ??= xmlBlock!.line;
  } else if (jsonUsable) out.value = out.json;
  if (out.jsonError && !xml) out.problem = `the JSON response example cannot be read (${out.jsonError}); the nesting follows the table`;
  return out;
}

function unwrapEnvelope(v: unknown, names: Set<string>): unknown {
  if (!v || typeof v !== "object" || Array.isArray(v)) return v;
  const keys = Object.keys(v);
  if (keys.length === 1 && !names.has(keys[0])) {
    const inner = (v as Record<string, unknown>)[keys[0]];
    if (inner && typeof inner === "object" && !Array.isArray(inner)) return inner;
  }
  return v;
}

/** Names of the response's own level as far as the table shows it: the rows before the first nesting row. */
function topLevel(rows: Row[]): string[] {
  const out: string[] = [];
  for (const r of rows) {
    out.push(r.name);
    if (documentedType(r.type)?.container) break;
  }
  return out;
}

/** Removes `key` wherever it occurs in an example value; whether it did. */
function dropKey(v: unknown, key: string): boolean {
  if (!v || typeof v !== "object") return false;
  if (Array.isArray(v)) return v.map((x) => dropKey(x, key)).some(Boolean);
  const o = v as Record<string, unknown>;
  let found = false;
  if (key in o) {
    delete o[key];
    found = true;
  }
  for (const x of Object.values(o)) if (dropKey(x, key)) found = true;
  return found;
}
