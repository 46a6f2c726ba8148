/**
 * Parser for the Alibaba Cloud RPC reference family (ECS, RDS, KMS, R-KVStore, …): PDF text or
 * markdown source, English or Chinese headings. An action is a heading that is a single PascalCase
 * name ("8.2 DescribeInstanceAttribute", "## CreateInstance") whose section has a request
 * parameter table; its subsections (Request parameters, Response parameters, examples, Error codes)
 * are found by their headings, its tables by their header rows (./aliyun/tables.ts). The response
 * is rebuilt as nested structures from the tables and the examples (./aliyun/response-shape.ts).
 * The document's own lists, versions and signature example are checked against it (./aliyun/doc-checks.ts).
 */
import type { Action, Diagnostic, ErrorCode, Example, Field, Structure } from "../model.js";
import type { SourceLine } from "../recover/source-lines.js";
import { removeAliyunPageFurniture } from "../recover/aliyun-pdf-layout.js";
import { htmlToText } from "../recover/html-text.js";
import type { ParsedDocument } from "./parsed-document.js";
import { tablesStartingIn } from "./table-ranges.js";
import { readTables, type Table } from "./aliyun/tables.js";
import { describeCell, documentedType, readNameCell, WIRE_NAME } from "./aliyun/field-text.js";
import { buildOutput, singular, type Row, type StructTable } from "./aliyun/response-shape.js";
import { parseLenientJson } from "./aliyun/lenient-json.js";
import { parseXmlExample } from "./aliyun/xml-example.js";
import { alignExample, alignInputNames, codeBlocks, exampleInput, queryParameters } from "./aliyun/examples.js";
import { editDistance } from "../edit-distance.js";
import { errorRegistry } from "./error-registry.js";
import { checkSignatureExample, compareLists, weighVersions, type ActionList, type VersionMention } from "./aliyun/doc-checks.js";
import { saysActionDeprecated } from "./field-description.js";
import { aliyunRpcPrintedWords, wholeLine } from "../profiles/aliyun-rpc.js";

type Sub = "description" | "debug" | "request" | "response" | "examples" | "requestExample" | "responseExample" | "errorExample" | "xml" | "json" | "errors";

const W = aliyunRpcPrintedWords;
const SUBSECTIONS: [Sub, RegExp][] = (Object.entries(W.subsections) as [Sub, string[]][]).map(([sub, words]) => [sub, wholeLine(words)]);
const CONTENTS = wholeLine(W.contents);
const TOC_ENTRY = /^(\d+(?:\.\d+)*) +([^\t]+?)(?:\s*\.{2,})?\s*\t\s*([IVXLC]+|\d+)\s*$/;
const NUMBERED = /^(\d+(?:\.\d+)*) +([^\t]{1,80})$/;
const MARKDOWN = /^(#{1,6})\s+(.+?)\s*#*$/;
const ACTION_NAME = /^[A-Z][a-z0-9]+[A-Z][A-Za-z0-9]*$/;
const STRUCT_CAPTION = W.structCaption;
const NOT_STRUCT = wholeLine(W.notStructures);
const COMMON_TABLE = W.commonTable;
const DEFAULT_COMMON = W.commonParameters;
const words = (list: string[]) => list.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
const FORMAT_SUFFIX = new RegExp(`^(.*?)\\s*(${words(W.formatSuffix)})$`, "i");
const YES_PREFIX = new RegExp(`^(${words(W.yes)})`, "i");
const ISSUE_LINE = new RegExp(`^\\s*(?:${words(W.issue)})\\s*[:：]?\\s*(\\d{4})(\\d{2})(\\d{2})\\b`);
const VENDOR_TITLE = new RegExp(`^(${words(W.vendorTitle)})\\s*\\S`);
const SIGNATURE_SECTION = wholeLine(W.signatureSection);
const VENDOR_PREFIX = new RegExp(`^(${words(W.vendorTitle)})\\s*`);

interface Heading {
  index: number;
  level: number;
  title: string;
  numbered: boolean;
}

const clean = (t: string) => t.replace(/\*\*/g, "").trim();

function findHeadings(lines: SourceLine[]): Heading[] {
  const out: Heading[] = [];
  lines.forEach((l, index) => {
    const t = clean(l.text);
    if (/\t/.test(l.text)) return;
    const md = t.match(MARKDOWN);
    if (md) {
      const n = md[2].match(/^(\d+(?:\.\d+)*)\.?\s+(.+)$/);
      out.push({ index, level: n ? n[1].split(".").length : md[1].length, title: n ? n[2] : md[2], numbered: !!n });
      return;
    }
    const m = t.match(NUMBERED);
    // a numbered heading is short and is not a sentence
    if (m && !/[.:：。,]$/.test(m[2]) && m[2].split(/\s+/).length <= 8) out.push({ index, level: m[1].split(".").length, title: m[2], numbered: true });
  });
  return out;
}

export function parseAliyunRpc(file: string, input: SourceLine[], _titles: SourceLine[] = []): ParsedDocument {
  const lines = removeAliyunPageFurniture(input);
  const diagnostics: Diagnostic[] = [];
  const at = (line: number) => `${file}:${line}`;
  const headings = findHeadings(lines);
  const tables = readTables(lines);

  // the contents: numbered entries with page numbers
  const contents: ActionList = { title: "the contents", line: 0, names: [] };
  for (const l of lines) {
    const m = l.text.trim().match(TOC_ENTRY);
    if (!m) continue;
    if (!contents.line) contents.line = l.line;
    const title = m[2].replace(/\.+$/, "").trim();
    if (ACTION_NAME.test(title) && m[1].includes(".")) contents.names.push(title);
  }
  if (!contents.line) {
    const c = lines.find((l) => CONTENTS.test(clean(l.text)));
    if (c) contents.line = c.line;
  }

  const commonNames = new Set(["Action"]);
  for (const t of tables)
    if (COMMON_TABLE.test(t.caption) && t.columns.includes("name")) for (const r of t.rows) commonNames.add(readNameCell(r.cells.name ?? "").name);
  if (commonNames.size === 1) for (const n of DEFAULT_COMMON) commonNames.add(n);

  // action sections
  const sections: { head: Heading; end: number; category?: string }[] = [];
  headings.forEach((h, n) => {
    if (!ACTION_NAME.test(h.title)) return;
    let next: Heading | undefined;
    for (let k = n + 1; k < headings.length && !next; k++) if (headings[k]!.level <= h.level || ACTION_NAME.test(headings[k]!.title)) next = headings[k];
    const end = next ? next.index : lines.length;
    const body = lines.slice(h.index + 1, end);
    if (
      !body.some((l) => SUBSECTIONS.find(([k]) => k === "request")![1].test(clean(l.text))) &&
      !tablesStartingIn(tables, h.index + 1, end).some((t) => t.columns.includes("required"))
    )
      return;
    // the nearest heading above of a higher level that names no action
    let category: Heading | undefined;
    for (let k = n - 1; k >= 0 && !category; k--) if (headings[k]!.level < h.level && !ACTION_NAME.test(headings[k]!.title)) category = headings[k];
    sections.push({ head: h, end, category: category?.title });
  });
  if (!sections.length)
    diagnostics.push({ severity: "error", message: 'no action sections (a heading naming an action, then "Request parameters") found', at: at(1) });

  const structures = new Map<string, Structure>();
  // Alibaba rows of one code differ by message and HTTP status
  const { errors, add: addError } = errorRegistry((e) => `${e.message ?? ""}\u0000${e.httpStatus ?? ""}`);

  const actions: Action[] = [];
  const exampleHosts = new Map<string, number[]>();
  for (const s of sections) {
    const action = parseAction(s.head, s.end, s.category);
    if (action) actions.push(action);
  }

  function parseAction(head: Heading, end: number, category?: string): Action | undefined {
    const name = head.title;
    const subs: { kind: Sub; index: number; text: string }[] = [];
    for (let i = head.index + 1; i < end; i++) {
      const raw = clean(lines[i].text.replace(/^#{1,6}\s+/, ""));
      const combined = raw.match(FORMAT_SUFFIX);
      for (const part of combined && combined[1] ? [combined[1], combined[2]] : [raw]) {
        const k = SUBSECTIONS.find(([, re]) => re.test(part));
        if (k) subs.push({ kind: k[0], index: i, text: part });
      }
    }
    const region = (kind: Sub): [number, number] | undefined => {
      const n = subs.findIndex((x) => x.kind === kind);
      if (n < 0) return undefined;
      const next = subs.slice(n + 1).find((x) => x.index > subs[n].index);
      return [subs[n].index + 1, next ? next.index : end];
    };
    const tablesIn = (r: [number, number] | undefined) => (r ? tablesStartingIn(tables, r[0], r[1]) : []);
    const source = at(lines[head.index].line);

    // description: the section's prose before its first subsection (or under "Description")
    const firstSub = subs.find((x) => x.kind !== "description")?.index ?? end;
    const descRegion = region("description") ?? [head.index + 1, firstSub];
    const description = htmlToText(
      lines
        .slice(descRegion[0], Math.min(descRegion[1], firstSub))
        .map((l) => l.text.trim())
        .filter((t) => t && !W.boilerplate.test(t))
        .join(" "),
    )
      .replace(/\*\*/g, "")
      .replace(/^[-•]\s*/, "");

    // request
    const input: Field[] = [];
    let actionRow: string | undefined;
    for (const t of tablesIn(region("request")).filter((t) => t.columns.includes("name"))) {
      for (const r of t.rows) {
        const cell = r.cells.name ?? "";
        if (/^</.test(cell.trim())) continue;
        const n = readNameCell(cell);
        if (n.name === "Action") {
          actionRow = r.cells.description ?? "";
          continue;
        }
        if (!WIRE_NAME.test(n.name) || commonNames.has(n.name)) continue;
        const type = documentedType(r.cells.type ?? "String");
        if (!type) diagnostics.push({ severity: "warning", message: `${name}.${n.name} has unknown type "${r.cells.type}"; read as string`, at: at(r.line) });
        const f: Field = {
          name: n.name,
          type: type && !type.container ? type.type : "string",
          array: n.repeated || !!type?.list,
          required: YES_PREFIX.test((r.cells.required ?? "").trim()),
          ...describeCell(r.cells.description ?? ""),
          source: at(r.line),
        };
        if (type?.format) f.format = type.format;
        if (n.documentedAs) {
          f.documentedAs = n.documentedAs;
          diagnostics.push({
            severity: "warning",
            message: `${name}: the table's name "${n.documentedAs}" is wrap-damaged; the spec uses ${n.name}`,
            at: at(r.line),
          });
        }
        if (input.some((x) => x.name === f.name)) {
          diagnostics.push({ severity: "warning", message: `${name}: request parameter ${f.name} documented twice`, at: at(r.line) });
          continue;
        }
        input.push(f);
      }
    }
    groupRepeatedMembers(name, input, structures, diagnostics);
    const named = actionRow ? htmlToText(actionRow).match(/(?:Value|Set this parameter to|取值)\s*[:：]?\s*([A-Z][A-Za-z0-9]+)/)?.[1] : undefined;
    if (named && named !== name) diagnostics.push({ severity: "warning", message: `section ${name}: its Action row says ${named}`, at: source });
    if (!region("request") && !input.length && !tablesIn([head.index, end]).length) return undefined;

    // response tables: the first is the response, captioned ones are the structures of its List rows
    const rows: Row[] = [];
    const structTables: StructTable[] = [];
    for (const t of tablesIn(region("response")).filter((t) => t.columns.includes("name"))) {
      const cap = t.caption.match(STRUCT_CAPTION);
      if (cap && !NOT_STRUCT.test(cap[1])) structTables.push({ name: cap[1], rows: tableRows(t), line: t.line });
      else rows.push(...tableRows(t));
    }

    // examples
    const reqRegion = region("requestExample");
    const reqBlocks = reqRegion ? codeBlocks(lines, ...reqRegion) : [];
    const reqText = reqBlocks.map((b) => b.text).join("\n");
    for (const b of reqBlocks)
      for (const m of b.text.matchAll(/https?:\/\/\s*([A-Za-z0-9.-]+)/g)) {
        const host = m[1].toLowerCase();
        (exampleHosts.get(host) ?? exampleHosts.set(host, []).get(host)!).push(b.line);
      }
    const exampleAction = queryParameters(reqText).find(([k]) => k === "Action")?.[1];
    if (exampleAction && exampleAction !== name)
      diagnostics.push({ severity: "warning", message: `section ${name}: its request example sends Action=${exampleAction}`, at: at(reqBlocks[0].line) });
    const respRegion = region("responseExample");
    const jsonRegion = region("json") ?? respRegion;
    const xmlRegion = region("xml") ?? respRegion;
    const jsonBlocks = jsonRegion ? codeBlocks(lines, ...jsonRegion).filter((b) => !/^\s*</.test(b.text)) : [];
    const xmlBlocks = xmlRegion ? codeBlocks(lines, ...xmlRegion).filter((b) => /^\s*</.test(b.text)) : [];
    const topLevel = new Set(["RequestId", ...topLevelNames(rows)]);
    const json = jsonBlocks.length ? parseLenientJson(jsonBlocks.map((b) => b.text).join("\n"), { topLevelKeys: topLevel }) : undefined;
    const xml = xmlBlocks.length ? parseXmlExample(xmlBlocks.map((b) => b.text).join("\n")) : undefined;
    const shapeSource = json?.value && typeof json.value === "object" ? json.value : xml;

    const output = buildOutput(rows, structTables, shapeSource, {
      action: name,
      file,
      structures,
      diagnostics,
      exampleLine: jsonBlocks[0]?.line ?? xmlBlocks[0]?.line,
    });

    const examples: Example[] = [];
    if (reqBlocks.length || jsonBlocks.length) {
      const ex: Example = { title: subs.find((x) => x.kind === "requestExample")?.text ?? "Example", source: at(reqBlocks[0]?.line ?? jsonBlocks[0].line) };
      if (reqBlocks.length) Object.assign(ex, { input: exampleInput(reqText, commonNames), inputFrom: "query" as const }); // typed by the fields once they are known
      const notes: string[] = [];
      if (json?.error) ex.parseError = `output JSON: ${json.error}`;
      else if (json?.value && typeof json.value === "object") {
        if (json.repairs.length) notes.push(`output JSON repaired (${json.repairs.join(", ")})`);
        const requestId: Field = { name: "RequestId", type: "string", array: false, required: false, description: "" };
        ex.output = alignExample(json.value, [...output, requestId], structures, "output", notes) as Record<string, unknown>;
      }
      (ex as Example & { notes?: string[] }).notes = notes;
      examples.push(ex);
    }
    reconcileInputNames(name, input, output, examples);
    for (const ex of examples) {
      const notes = (ex as Example & { notes?: string[] }).notes ?? [];
      delete (ex as Example & { notes?: string[] }).notes;
      if (notes.length) ex.repaired = notes.join("; ");
    }

    // error codes of this action
    const codes: string[] = [];
    for (const t of tablesIn(region("errors")).filter((t) => t.columns.includes("code")))
      for (const e of errorRows(t)) {
        codes.push(e.code);
        addError(e);
      }

    return {
      name,
      description,
      input,
      output,
      errors: [...new Set(codes)],
      examples,
      deprecated: saysActionDeprecated(description),
      ...(category ? { category } : {}),
      source,
    };
  }

  function tableRows(t: Table): Row[] {
    const out: Row[] = [];
    for (const r of t.rows) {
      const cell = r.cells.name ?? "";
      if (/^</.test(cell.trim())) continue;
      const n = readNameCell(cell);
      if (!WIRE_NAME.test(n.name)) continue;
      out.push({
        name: n.name,
        ...(n.documentedAs ? { documentedAs: n.documentedAs } : {}),
        type: (r.cells.type ?? "").trim(),
        description: r.cells.description ?? "",
        depth: n.depth,
        line: r.line,
      });
    }
    return out;
  }

  /** Input names no example sends but one edit from a name the same action documents elsewhere ("PagSize" beside "PageSize") are misspelled. */
  function reconcileInputNames(action: string, input: Field[], output: Field[], examples: Example[]) {
    const sent = new Set(examples.flatMap((e) => Object.keys(e.input ?? {})).map((k) => k.toLowerCase()));
    const elsewhere = new Set<string>(output.map((f) => f.name));
    for (const f of input) {
      if (sent.has(f.name.toLowerCase()) || f.name.length < 6) continue;
      const alt = [...elsewhere].find(
        (y) => y !== f.name && editDistance(y, f.name) === 1 && !(y + "s" === f.name || f.name + "s" === y) && !input.some((g) => g.name === y),
      );
      if (!alt) continue;
      diagnostics.push({
        severity: "warning",
        message: `${action}: request parameter ${f.name} looks misspelled; the action's other tables say ${alt}, which the spec uses`,
        at: f.source ?? at(0),
      });
      f.documentedAs = f.name;
      f.name = alt;
    }
    const notes = examples.map((e) => ((e as Example & { notes?: string[] }).notes ??= []));
    alignInputNames(
      input,
      examples.map((e) => e.input ?? {}),
      notes,
      (f, from) => {
        diagnostics.push({
          severity: "warning",
          message: `${action}: the table says ${from}, the example sends ${f.name}; the spec uses ${f.name}`,
          at: f.source ?? at(0),
        });
      },
    );
  }

  // service-wide error tables: every error table outside the action sections
  // the lines inside an action section (below its heading), marked once rather than searched per table
  const insideAction = new Uint8Array(lines.length + 1);
  for (const s of sections) insideAction.fill(1, s.head.index + 1, s.end);
  const inAction = (i: number) => insideAction[i] === 1;
  for (const t of tables) if (!inAction(t.start) && t.columns.includes("code") && t.columns.includes("message")) for (const e of errorRows(t)) addError(e);

  // the document's own lists of actions: contents, and the API/Action tables outside the sections
  const lists: ActionList[] = contents.names.length ? [contents] : [];
  for (const t of tables) {
    if (inAction(t.start) || t.columns[0] !== "api") continue;
    const names = t.rows.map((r) => (r.cells.api ?? "").trim()).filter((x) => ACTION_NAME.test(x));
    if (!names.length) continue;
    const owner = [...headings].reverse().find((h) => h.index < t.start && h.level === 1);
    const title = `the "${owner?.title ?? t.caption}" table`;
    const list = lists.find((l) => l.title === title);
    if (list) list.names.push(...names.filter((x) => !list.names.includes(x)));
    else lists.push({ title, line: t.line, names: [...new Set(names)] });
  }
  const documented = actions.map((a) => a.name);
  diagnostics.push(...compareLists(file, documented, lists));
  const counts = new Set([documented.length, ...lists.map((l) => new Set(l.names).size)]);
  if (counts.size > 1)
    diagnostics.push({
      severity: "warning",
      message: `the document's action lists disagree: ${lists.map((l) => `${l.title} lists ${new Set(l.names).size}`).join(", ")}; ${documented.length} actions have sections`,
      at: at(lists[0]?.line ?? 1),
    });

  // endpoint: where the document states it, else the example requests' host
  const prose = lines
    .slice(0, sections[0]?.head.index ?? lines.length)
    .map((l) => l.text)
    .join("\n");
  const stated = prose.match(W.statedEndpoint)?.[1];
  const ranked = [...exampleHosts].sort((a, b) => b[1].length - a[1].length).map(([h]) => h);
  const endpoint = stated ?? ranked.find((h) => W.vendorHost.test(h)) ?? ranked[0];
  for (const [host, where] of exampleHosts)
    if (endpoint && host !== endpoint) {
      diagnostics.push({
        severity: "warning",
        message: `${where.length} request example(s) send to ${host}; the document's endpoint is ${endpoint}`,
        at: at(where[0]),
      });
    }

  // API version: every place that states one
  const mentions: VersionMention[] = [];
  for (const l of lines) {
    const m = l.text.match(/\bVersion(?:=|%3D)\s*(\d{4}-\d{2}-\d{2})|version (?:number )?is (\d{4}-\d{2}-\d{2})|版本号?[^\d\n]{0,12}(\d{4}-\d{2}-\d{2})/i);
    if (m) mentions.push({ version: m[1] ?? m[2] ?? m[3], line: l.line });
  }
  const versions = weighVersions(file, mentions);
  diagnostics.push(...versions.diagnostics);

  diagnostics.push(...signatureExample(file, lines, headings));

  // structures: which actions use each, through nesting
  const structList = [...structures.values()];
  for (const a of actions) {
    const seen = new Set<string>();
    const visit = (t: string) => {
      const s = structures.get(t);
      if (!s || seen.has(t)) return;
      seen.add(t);
      s.usedBy.push(a.name);
      s.members.forEach((m) => visit(m.type));
    };
    [...a.input, ...a.output].forEach((f) => visit(f.type));
  }

  const issue = input.map((l) => l.text.match(ISSUE_LINE)).find(Boolean);
  const title = input
    .slice(0, 20)
    .map((l) => l.text.trim())
    .find((t) => VENDOR_TITLE.test(t))
    ?.replace(VENDOR_PREFIX, "");
  return {
    actions,
    structures: structList,
    errors: [...errors.values()],
    releases: [],
    endpoints: endpoint ? [endpoint] : [],
    apiVersion: versions.version,
    ...(issue ? { released: `${issue[1]}-${issue[2]}-${issue[3]}` } : {}),
    ...(title ? { title } : {}),
    listedActions: [...new Set(lists.flatMap((l) => l.names))].sort(),
    diagnostics,
  };
}

/** The response table's own top-level rows: what follows a row without a type is nested under it. */
function topLevelNames(rows: Row[]): string[] {
  const out: string[] = [];
  let nested = false;
  const markers = rows.some((r) => r.depth > 0);
  for (const r of rows) {
    if (markers ? r.depth === 0 : !nested) out.push(r.name);
    if (!markers && documentedType(r.type)?.container && !documentedType(r.type)?.list) nested = true;
  }
  return out;
}

function errorRows(t: Table): ErrorCode[] {
  const out: ErrorCode[] = [];
  for (const r of t.rows) {
    // a wrap splits "Forbidden.NotSupportRAM" after its dot
    const code = (r.cells.code ?? "").replace(/\.\s+/g, ".").trim();
    if (!/^[A-Za-z][A-Za-z0-9_.-]*$/.test(code)) continue;
    const message = htmlToText(r.cells.message ?? "");
    const status = Number((r.cells.status ?? "").trim());
    out.push({
      code,
      description: htmlToText(r.cells.description ?? "") || message,
      common: false,
      ...(Number.isInteger(status) && status > 0 ? { httpStatus: status } : {}),
      ...(message ? { message } : {}),
    });
  }
  return out;
}

function signatureExample(file: string, lines: SourceLine[], headings: Heading[]): Diagnostic[] {
  const head = headings.find((h) => SIGNATURE_SECTION.test(h.title));
  if (!head) return [];
  const end = headings.find((h) => h.index > head.index && h.level <= head.level)?.index ?? lines.length;
  const blocks = codeBlocks(lines, head.index + 1, end);
  const proseBefore = (line: number) => {
    const i = lines.findIndex((l) => l.line === line - 1);
    for (let k = i - 1; k > head.index; k--) if (lines[k].text.trim() && !/^\s*```/.test(lines[k].text)) return { text: lines[k].text, index: k };
    return { text: "", index: head.index };
  };
  const urlBlock = blocks.find((b) => /before signing|签名前/i.test(proseBefore(b.line).text) && /\?/.test(b.text));
  const stsBlocks: string[] = [];
  for (const b of blocks) {
    const p = proseBefore(b.line).text;
    if (/StringToSign/.test(p) && /(follows|如下)/i.test(p)) stsBlocks.push(b.text);
  }
  if (!urlBlock) return [];
  const regionText = lines
    .slice(head.index, end)
    .map((l) => l.text)
    .join("\n");
  const secret = regionText.match(/Access ?Key ?Secret(?: is)?\s*`([^`]+)`/i)?.[1];
  const printed = regionText.match(/signature value is\s*`([^`]+)`|签名值(?:是|为)\s*`?([A-Za-z0-9+/=]+)/i);
  if (!secret) return [];
  const params: Record<string, string> = {};
  for (const [k, v] of queryParameters(urlBlock.text.replace(/\s*\n\s*/g, "").replace(/^[^?]*\?/, "?"))) if (k !== "Signature") params[k] = v;
  const named = regionText.match(/If `?([A-Z][A-Za-z0-9]+)`? is used as an example/i)?.[1];
  return checkSignatureExample(file, {
    method: /POST/.test(urlBlock.text.slice(0, 10)) ? "POST" : "GET",
    params,
    ...(stsBlocks.length
      ? {
          printedStringToSign: stsBlocks
            .join("\n")
            .split("\n")
            .map((l) => l.trim())
            .join(""),
        }
      : {}),
    ...(printed ? { printedSignature: (printed[1] ?? printed[2]).trim() } : {}),
    secret,
    line: urlBlock.line,
    ...(named ? { namedAction: named } : {}),
  });
}

/**
 * `Tag.N.Key` and `Tag.N.Value` rows are one repeated parameter `Tag` whose items have the members
 * Key and Value (sent as Tag.1.Key, Tag.1.Value, …): rebuilt as an array of a structure named for
 * the item (`Tag`), or for the action and the item where another action's `Tag` differs.
 */
export function groupRepeatedMembers(
  action: string,
  input: Field[],
  structures: Map<string, Structure>,
  diagnostics: Diagnostic[],
  compareRequired = false,
): void {
  const groups = new Map<string, Field[]>();
  for (const f of input) {
    const m = f.name.match(/^([A-Za-z][A-Za-z0-9_]*)\.[Nn]\.([A-Za-z][A-Za-z0-9_]*)$/);
    if (m) (groups.get(m[1]) ?? groups.set(m[1], []).get(m[1])!).push({ ...f, name: m[2] });
  }
  for (const [prefix, members] of groups) {
    const item = singular(prefix);
    const existing = structures.get(item);
    const sig = (ms: Field[]) => JSON.stringify(ms.map((m) => (compareRequired ? [m.name, m.type, m.array, m.required] : [m.name, m.type])));
    const same = existing && sig(existing.members) === sig(members);
    const structName = !existing || same ? item : `${action}${item}`;
    if (!structures.has(structName))
      structures.set(structName, {
        name: structName,
        description: `An item of ${action}'s ${prefix}.N parameters.`,
        members,
        usedBy: [action],
        source: members[0].source,
      });
    else if (!structures.get(structName)!.usedBy.includes(action)) structures.get(structName)!.usedBy.push(action);
    const at = input.findIndex((f) => f.name.startsWith(`${prefix}.`));
    const field: Field = {
      name: prefix,
      type: structName,
      array: true,
      required: members.some((m) => m.required),
      description: `${prefix}.N: a list of ${structName} items (${members.map((m) => m.name).join(", ")}).`,
      source: members[0].source,
    };
    const rest = input.filter((f) => !f.name.startsWith(`${prefix}.`));
    input.splice(0, input.length, ...rest.slice(0, at), field, ...rest.slice(at));
    diagnostics.push({
      severity: "warning",
      message: `${action}: request rows ${members.map((m) => `${prefix}.N.${m.name}`).join(", ")} read as ${prefix}, a list of ${structName}`,
      at: members[0].source ?? "",
    });
  }
}
