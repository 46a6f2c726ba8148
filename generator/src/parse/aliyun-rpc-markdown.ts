/**
 * Parser for Alibaba Cloud RPC references in their own markdown source (AlibabaCloudDocs, English
 * or Chinese, one page after another), read by structure from the remark blocks like the Tencent
 * one: an action page has a request or response section (told by the profile's titles) holding
 * parameter tables (told by their columns' roles); it is named by its Action row, then its title,
 * cross-checked with its request example. Request rows are read cell by cell; the response, printed
 * flat, is rebuilt as nested structures from the table order, the Struct / `Array of X` / wrapper
 * rows and the page's JSON or XML example (./aliyun/markdown-shape.ts). Every phrase comes from the profile.
 */
import type { Action, Diagnostic, ErrorCode, Example, Field, Structure } from "../model.js";
import type { Block, TableRow } from "../recover/markdown-document.js";
import { readMarkdownBlocks } from "../recover/markdown-document.js";
import type { DocumentProfile } from "../profiles/document-profile.js";
import { aliyunRpcProfile } from "../profiles/aliyun-rpc.js";
import type { ParsedDocument } from "./parsed-document.js";
import { cellText, columnRoles, tableKind, type ColumnRoles } from "./table-roles.js";
import { readFieldRow, readRequiredCell } from "./field-cells.js";
import { saysActionDeprecated } from "./field-description.js";
import { splitPages, splitEmbeddedTables, type Page } from "./markdown-pages.js";
import { listedActions, paramTables, reportDuplicateActions, sectionOf, sectioned } from "./tencent-v3-markdown.js";
import { groupRepeatedMembers } from "./aliyun-rpc.js";
import { errorRegistry } from "./error-registry.js";
import { weighVersions, type VersionMention } from "./aliyun/doc-checks.js";
import { alignExample, alignInputNames, exampleInput, queryParameters } from "./aliyun/examples.js";
import { responseRows, readExampleBlocks, responseExample, shapeType } from "./aliyun/markdown-shape.js";
import { buildOutput, singular } from "./aliyun/response-shape.js";
import { documentedType } from "./aliyun/field-text.js";
import { htmlToText } from "../recover/html-text.js";
import { singleSpaced } from "./spacing.js";

const IDENT = /^[A-Za-z][A-Za-z0-9_]*$/;
// an alternation, not a class: a class holding U+200D (the joiner) reads as one joined character
const ZERO_WIDTH = /\u200b|\u200c|\u200d|\ufeff/g;
const ACTION_WORD = /\b[A-Z][a-z0-9]+[A-Z][A-Za-z0-9]*\b/g;

type Table = Extract<Block, { kind: "table" }>;

export function parseAliyunRpcMarkdown(file: string, text: string, profile: DocumentProfile = aliyunRpcProfile): ParsedDocument {
  const blocks = splitEmbeddedTables(readMarkdownBlocks(text), profile);
  const pages = splitPages(blocks);
  const diagnostics: Diagnostic[] = [];
  const actionPages = pages.filter((p) => isActionPage(p, profile));
  const otherPages = pages.filter((p) => !actionPages.includes(p));
  const structures = new Map<string, Structure>();
  const { errors, add: addError } = errorRegistry((e) => `${e.message ?? ""}\u0000${e.httpStatus ?? ""}`);
  for (const p of otherPages) for (const e of readErrorTables(p.blocks, profile)) addError(e);

  const hosts = new Map<string, number>();
  const mentions: VersionMention[] = [];
  const actions: Action[] = [];
  for (const page of actionPages) {
    const action = readActionPage(page, profile, file, structures, diagnostics, addError, hosts, mentions);
    if (action) actions.push(action);
  }
  reportDuplicateActions(actions, diagnostics);
  for (const a of actions) {
    const seen = new Set<string>();
    const visit = (t: string) => {
      const s = structures.get(t);
      if (!s || seen.has(t)) return;
      seen.add(t);
      if (!s.usedBy.includes(a.name)) s.usedBy.push(a.name);
      s.members.forEach((m) => visit(m.type));
    };
    [...a.input, ...a.output].forEach((f) => visit(f.type));
  }

  // the endpoint the document states outside the action pages, else the examples' most used host
  const prose = otherPages
    .flatMap((p) => p.blocks)
    .filter((b) => b.kind === "text" || b.kind === "heading")
    .map((b) => (b as { text: string }).text)
    .join("\n");
  const stated = [...prose.matchAll(profile.endpointHost)].map((m) => m[0])[0];
  const ranked = [...hosts].sort((a, b) => b[1] - a[1]).map(([h]) => h);
  const endpoint = stated ?? ranked[0];
  const versions = weighVersions(file, mentions);

  return {
    actions,
    structures: [...structures.values()],
    errors: [...errors.values()],
    releases: [],
    endpoints: endpoint ? [endpoint] : [],
    apiVersion: versions.version,
    listedActions: listedActions(otherPages, profile),
    diagnostics: [
      ...diagnostics,
      ...(actionPages.length === 0
        ? [{ severity: "error" as const, message: "no action pages (parameter tables under request/response headings) found", at: `${file}:1` }]
        : []),
    ],
  };
}

function isActionPage(page: Page, profile: DocumentProfile): boolean {
  const parts = sectioned(page, profile);
  return parts.some((p) => (p.section === "input" || p.section === "output") && p.block.kind === "table" && paramTables([p.block], profile).length > 0);
}

/** The action an Action row names: its example cell, else the action-like word its description ends with. */
function actionRowValue(table: Table, roles: ColumnRoles, profile: DocumentProfile, title?: string): string | undefined {
  const row = table.rows.find((r) => cellText(r, roles, "name").replace(ZERO_WIDTH, "").replace(/[`*]/g, "") === profile.actionRow);
  if (!row) return undefined;
  const example = cellText(row, roles, "example")
    .replace(ZERO_WIDTH, "")
    .replace(/[`*\\]/g, "")
    .trim();
  if (IDENT.test(example) && example !== profile.actionRow) return example;
  const words = [...cellText(row, roles, "description").replace(ZERO_WIDTH, "").matchAll(ACTION_WORD)].map((m) => m[0]).filter((w) => w !== profile.actionRow);
  return words.find((w) => title && w.toLowerCase() === title.toLowerCase()) ?? words.at(-1);
}

function readActionPage(
  page: Page,
  profile: DocumentProfile,
  file: string,
  structures: Map<string, Structure>,
  diagnostics: Diagnostic[],
  addError: (e: ErrorCode) => void,
  hosts: Map<string, number>,
  mentions: VersionMention[],
): Action | undefined {
  const parts = sectioned(page, profile);
  const inSection = (role: string) => parts.filter((p) => p.section === role).map((p) => p.block);
  const inputTables = paramTables(inSection("input"), profile);
  const outputTables = paramTables(inSection("output"), profile);
  const title = page.blocks.find((b): b is Extract<Block, { kind: "heading" }> => b.kind === "heading");
  const titleText = title?.text.replace(ZERO_WIDTH, "").trim() ?? "";
  // a title that is not only the name ("GetWidget - 查询部件") names the action by its one action-like word
  const titleWords = [...titleText.matchAll(ACTION_WORD)].map((m) => m[0]);
  const fromTitle = sectionOf(titleText, profile) ? undefined : IDENT.test(titleText) ? titleText : titleWords.length === 1 ? titleWords[0] : undefined;
  const fromRow = inputTables.map((t) => actionRowValue(t.table, t.roles, profile, fromTitle)).find(Boolean);
  const examples = readExampleBlocks(inSection("examples"), profile);
  const requestText = examples.requests.map((b) => b.text).join("\n");
  const fromExample = queryParameters(requestText).find(([k]) => k === profile.actionRow)?.[1];
  const exampleName = fromExample && IDENT.test(fromExample) ? fromExample : undefined;
  const name = fromRow ?? fromTitle ?? exampleName;
  const line = title?.line ?? page.blocks[0]?.line ?? 1;
  const at = (l: number) => `${file}:${l}`;
  if (!name) {
    diagnostics.push({
      severity: "error",
      message: "action page without an Action row, an action-name heading or an example naming the action; page skipped",
      at: at(line),
    });
    return undefined;
  }
  for (const [what, other] of [
    ["title", fromTitle],
    ["request example", exampleName],
  ] as const) {
    if (other && other !== name) {
      diagnostics.push({
        severity: "warning",
        message: `${name}: the page's ${what} says ${other}; the ${fromRow ? "Action row" : "title"}'s ${name} is the wire name`,
        at: at(line),
      });
    }
  }

  // request: every row but the common parameters; Tag.N.Key rows become a list of Tag
  const common = new Set(profile.commonParameters.always);
  const input: Field[] = [];
  const sent = queryParameters(requestText).map(([k]) => k);
  for (const { table, roles } of inputTables) {
    const rows = table.rows.map((r) => plainNameRow(r, roles));
    for (let i = 0; i < rows.length; i++) {
      const { row, depth } = rows[i];
      const nested = readNestedRequestRow(name, rows, i, roles, profile, file, sent, structures, diagnostics);
      if (nested) {
        i = nested.next - 1;
        if (nested.field && !input.some((f) => f.name === nested.field!.name)) input.push(nested.field);
        continue;
      }
      if (depth > 0) continue;
      const r = readFieldRow(row, roles, profile, file);
      if (!r) continue;
      if ("problem" in r) {
        diagnostics.push({ severity: "warning", message: `${name}: request row skipped: ${r.problem}`, at: at(row.line) });
        continue;
      }
      if (common.has(r.field.name)) continue;
      // "Filter.1.Key", "Filter.2.Key": the rows of a repeated parameter's items, as "Filter.N.Key"
      const numbered = r.field.name.match(/^([A-Za-z][A-Za-z0-9_]*)\.\d+\.([A-Za-z][A-Za-z0-9_]*)$/);
      if (numbered) {
        r.field.documentedAs = r.field.name;
        r.field.name = `${numbered[1]}.N.${numbered[2]}`;
        if (input.some((f) => f.name === r.field.name)) continue;
      }
      if (input.some((f) => f.name === r.field.name)) {
        diagnostics.push({
          severity: "warning",
          message: `${name}: request parameter ${r.field.name} is documented twice; the first row is kept`,
          at: at(row.line),
        });
        continue;
      }
      input.push(r.field);
    }
  }
  const before = new Set(input.map((f) => f.name));
  groupRepeatedMembers(name, input, structures, diagnostics, true);
  // a member's Required cell says what each item needs; the list itself may be left out
  for (const f of input) if (!before.has(f.name)) f.required = false;

  // response: the flat rows, nested by the table's own marks and the page's examples
  const rows = outputTables.flatMap(({ table, roles }) => responseRows(table, roles, profile));
  const response = responseExample(examples, rows, profile, name);
  if (response.problem) diagnostics.push({ severity: "warning", message: `${name}: ${response.problem}`, at: at(response.line ?? line) });
  const output = buildOutput(rows, [], response.value, { action: name, file, structures, diagnostics, exampleLine: response.line, listsOpen: true });

  const exampleList: Example[] = [];
  if (examples.requests.length || response.json !== undefined) {
    const ex: Example = { title: examples.title || "Example", source: at(examples.requests[0]?.line ?? response.line ?? line) };
    if (examples.requests.length) Object.assign(ex, { input: listKeys(exampleInput(requestText, common), input, profile), inputFrom: "query" as const });
    const notes: string[] = [];
    if (response.jsonError) ex.parseError = `output JSON: ${response.jsonError}`;
    else if (response.json && typeof response.json === "object") {
      if (response.repairs.length) notes.push(`output JSON repaired (${response.repairs.join(", ")})`);
      const requestId: Field = { name: "RequestId", type: "string", array: false, required: false, description: "" };
      ex.output = alignExample(response.json, [...output, requestId], structures, "output", notes) as Record<string, unknown>;
    }
    alignInputNames(input, [ex.input ?? {}], [notes], (f, from) => {
      diagnostics.push({
        severity: "warning",
        message: `${name}: the table says ${from}, the example sends ${f.name}; the spec uses ${f.name}`,
        at: f.source ?? at(line),
      });
    });
    if (notes.length) ex.repaired = notes.join("; ");
    exampleList.push(ex);
  }
  for (const b of examples.requests) {
    for (const m of b.text.matchAll(profile.endpointHost)) hosts.set(m[0], (hosts.get(m[0]) ?? 0) + 1);
    for (const [k, v] of queryParameters(b.text)) if (k === profile.versionRow && /^\d{4}-\d{2}-\d{2}$/.test(v)) mentions.push({ version: v, line: b.line });
  }

  // description: its own section, else the text between the title and the first section
  const firstSection = parts.findIndex((p) => p.section !== undefined);
  const descriptionBlocks = parts.some((p) => p.section === "description")
    ? inSection("description")
    : parts.slice(1, firstSection < 0 ? undefined : firstSection).map((p) => p.block);
  const description = singleSpaced(
    descriptionBlocks
      .filter((b) => b.kind === "text")
      .map((b) => (b as { text: string }).text)
      .filter((t) => !profile.descriptionBoilerplate.some((re) => re.test(t.trim())))
      .join(" "),
  ).trim();

  const codes: string[] = [];
  for (const e of readErrorTables(inSection("errors"), profile)) {
    codes.push(e.code);
    addError(e);
  }
  return {
    name,
    description,
    input,
    output,
    errors: [...new Set(codes)],
    examples: exampleList,
    deprecated: saysActionDeprecated(description),
    source: at(line),
  };
}

function readErrorTables(blocks: Block[], profile: DocumentProfile): ErrorCode[] {
  const out: ErrorCode[] = [];
  for (const b of blocks) {
    if (b.kind !== "table") continue;
    const roles = columnRoles(b.header, profile);
    if (tableKind(roles) !== "errors") continue;
    for (const row of b.rows) {
      // a wrap splits "Forbidden.NotSupportRAM" after its dot
      const code = cellText(row, roles, "errorCode").replace(ZERO_WIDTH, "").replace(/[`\\]/g, "").replace(/\.\s+/g, ".").trim();
      if (!/^[A-Za-z][A-Za-z0-9_.-]*$/.test(code)) continue;
      const message = htmlToText(cellText(row, roles, "errorMessage"));
      const status = Number(cellText(row, roles, "httpStatus"));
      out.push({
        code,
        description: cellText(row, roles, "description") || message,
        common: false,
        ...(Number.isInteger(status) && status > 0 ? { httpStatus: status } : {}),
        ...(message ? { message } : {}),
      });
    }
  }
  return out;
}

/** A request example that prints a list parameter with its suffix (`ResourceId.N=…`) sends the list. */
function listKeys(input: Record<string, unknown>, fields: Field[], profile: DocumentProfile): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(input)) {
    const suffix = profile.listSuffixes.find((x) => k.toLowerCase().endsWith(x.toLowerCase()) && k.length > x.length);
    const base = suffix ? k.slice(0, -suffix.length) : undefined;
    if (base && fields.some((f) => f.name === base && f.array)) out[base] = Array.isArray(v) ? v : [v];
    else out[k] = v;
  }
  return out;
}

/** A row with the tree marks of its name cell ("└ Key") taken off, and its depth. */
function plainNameRow(row: TableRow, roles: ColumnRoles): { row: TableRow; depth: number; name: string } {
  const i = roles.name;
  const text = i === undefined ? "" : (row.cells[i]?.text ?? "");
  const marks = text.match(/^[\s└├│─-]*/)?.[0] ?? "";
  const depth = (marks.match(/[└├]/g) ?? []).length;
  const name = text
    .slice(marks.length)
    .replace(ZERO_WIDTH, "")
    .replace(/[`*\\]/g, "")
    .trim();
  if (i === undefined || !marks) return { row, depth, name };
  const cells = row.cells.slice();
  cells[i] = { ...cells[i], text: name };
  return { row: { ...row, cells }, depth, name };
}

/**
 * A request row that is a structure (`Struct`, `Array of Tag`, a typeless row) and the member rows
 * after it: those the tree marks put under it, else those the request example sends under its name
 * (`Tag.1.Key`, `SystemDisk.Size`). Without either, the row is a free-form object (or a list of
 * them) and the rows after it stay parameters.
 */
function readNestedRequestRow(
  action: string,
  rows: { row: TableRow; depth: number; name: string }[],
  i: number,
  roles: ColumnRoles,
  profile: DocumentProfile,
  file: string,
  sent: string[],
  structures: Map<string, Structure>,
  diagnostics: Diagnostic[],
): { field?: Field; next: number } | undefined {
  const { row, depth, name } = rows[i];
  const typeText = cellText(row, roles, "type");
  const shape = shapeType(typeText, profile);
  if (!documentedType(shape.type)?.container || !IDENT.test(name)) return undefined;
  const list = shape.type.startsWith("Array of");
  const evidence = new Set(
    sent
      .filter((k) => k.startsWith(`${name}.`))
      .flatMap((k) => k.split(".").slice(1))
      .filter((x) => !/^(\d+|N)$/.test(x)),
  );
  const members: TableRow[] = [];
  let j = i + 1;
  for (; j < rows.length; j++) {
    const r = rows[j];
    if (r.depth > depth || (r.depth === 0 && depth === 0 && evidence.has(r.name))) members.push(r.row);
    else break;
  }
  const required = readRequiredCell(cellText(row, roles, "required"), profile) ?? false;
  const description = cellText(row, roles, "description");
  const base: Field = { name, type: "object", array: list, required, description, source: `${file}:${row.line}` };
  if (!members.length) {
    if (shape.type === "") {
      diagnostics.push({ severity: "warning", message: `${action}: request row ${name} has no type and no member rows; skipped`, at: `${file}:${row.line}` });
      return { next: i + 1 };
    }
    // "Array of Tag" with no member rows: the type names the structure
    if (shape.item) base.type = shape.item;
    return { field: base, next: i + 1 };
  }
  const fields: Field[] = [];
  for (const m of members) {
    const r = readFieldRow(m, roles, profile, file);
    if (r && !("problem" in r)) fields.push(r.field);
  }
  let structName = shape.item ?? (list ? singular(name) : name);
  const sig = (ms: Field[]) => JSON.stringify(ms.map((m) => [m.name, m.type, m.array, m.required]).sort());
  const prev = structures.get(structName);
  if (prev && sig(prev.members) !== sig(fields)) structName = `${action}${structName}`;
  if (!structures.has(structName))
    structures.set(structName, {
      name: structName,
      description: singleSpaced(description).trim(),
      members: fields,
      usedBy: [],
      source: `${file}:${row.line}`,
    });
  diagnostics.push({
    severity: "warning",
    message: `${action}: request rows ${fields.map((f) => f.name).join(", ")} read as members of ${name} (${structName}${list ? "[]" : ""})`,
    at: `${file}:${row.line}`,
  });
  return { field: { ...base, type: structName }, next: j };
}
