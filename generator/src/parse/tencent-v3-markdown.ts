/**
 * Parser for Tencent Cloud API 3.0 references in markdown (the docs' own source, English or
 * Chinese, one page after another or a single page), read by structure from the remark blocks:
 * an action is a page whose sections (told by the profile's titles) hold parameter tables (told by
 * their columns' roles), named by its Action row, its heading and its examples, cross-checked; a
 * data structure is a heading whose table has the roles of members; error codes are the tables
 * with an error-code column. Every phrase comes from the profile.
 */
import type { Action, Diagnostic, ErrorCode, Example, Field, Structure } from "../model.js";
import type { Block, TableRow } from "../recover/markdown-document.js";
import { readMarkdownBlocks } from "../recover/markdown-document.js";
import { isPhrase, normalizePhrase, startsWithPhrase, type DocumentProfile, type SectionRole } from "../profiles/document-profile.js";
import { tencentV3Profile } from "../profiles/tencent-v3.js";
import type { ParsedDocument } from "./parsed-document.js";
import { cellText, columnRoles, tableKind, type ColumnRoles } from "./table-roles.js";
import { readFieldRow } from "./field-cells.js";
import { saysActionDeprecated } from "./field-description.js";
import { firstJsonObject, tryParseJson } from "./json-blocks.js";
import { queryExample } from "./query-example.js";
import { parseReleases } from "./tencent-v3.js";
import { blocksAsLines, splitPages, splitEmbeddedTables, type Page } from "./markdown-pages.js";
import { singleSpaced } from "./spacing.js";
import { compareText } from "../text-order.js";

const IDENT = /^[A-Za-z][A-Za-z0-9_]*$/;
// an alternation, not a class: a class holding U+200D (the joiner) reads as one joined character
const ZERO_WIDTH = /\u200b|\u200c|\u200d|\ufeff/g;

export function parseTencentV3Markdown(file: string, text: string, profile: DocumentProfile = tencentV3Profile): ParsedDocument {
  const blocks = splitEmbeddedTables(readMarkdownBlocks(text), profile);
  const pages = splitPages(blocks, (h) => sectionOf(h, profile) !== undefined);
  const diagnostics: Diagnostic[] = [];
  const at = (line: number) => `${file}:${line}`;
  const actionPages = pages.filter((p) => isActionPage(p, profile));
  const otherPages = pages.filter((p) => !actionPages.includes(p));

  const structures = otherPages.flatMap((p) => readStructures(p, profile, file, diagnostics));
  const errors = new Map<string, ErrorCode>();
  for (const p of otherPages) for (const e of readErrorTables(p.blocks, profile)) if (!errors.has(e.code)) errors.set(e.code, e);

  const endpoints = new Map<string, number>();
  const versions = new Map<string, number>();
  const actions: Action[] = [];
  for (const page of actionPages) {
    const read = readActionPage(page, profile, file, diagnostics);
    if (!read) continue;
    actions.push(read.action);
    for (const e of read.endpoints) endpoints.set(e, (endpoints.get(e) ?? 0) + 1);
    if (read.version) versions.set(read.version, (versions.get(read.version) ?? 0) + 1);
    for (const e of read.errors) if (!errors.has(e.code)) errors.set(e.code, e);
  }
  reportDuplicateActions(actions, diagnostics);

  return {
    actions,
    structures,
    errors: [...errors.values()],
    releases: parseReleases(blocksAsLines(blocks)),
    endpoints: byCount(endpoints),
    apiVersion: byCount(versions)[0],
    title: undefined,
    listedActions: listedActions(otherPages, profile),
    diagnostics: [
      ...diagnostics,
      ...(actionPages.length === 0
        ? [{ severity: "error" as const, message: "no action pages (parameter tables under input/output headings) found", at: at(1) }]
        : []),
    ],
  };
}

function byCount(m: Map<string, number>): string[] {
  return [...m.entries()].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0])).map(([k]) => k);
}

/** The section role a heading names, if any. */
export function sectionOf(heading: string, profile: DocumentProfile): SectionRole | undefined {
  for (const [role, words] of Object.entries(profile.sections) as [SectionRole, string[]][]) if (isPhrase(heading, words)) return role;
  return undefined;
}

export function paramTables(blocks: Block[], profile: DocumentProfile) {
  return blocks.flatMap((b) => {
    if (b.kind !== "table") return [];
    const roles = columnRoles(b.header, profile);
    return tableKind(roles) === "parameters" ? [{ table: b, roles }] : [];
  });
}

/** An action page holds a parameter table under an input or output heading, or names an action in an Action row. */
function isActionPage(page: Page, profile: DocumentProfile): boolean {
  const hasSection = page.blocks.some((b) => b.kind === "heading" && ["input", "output"].includes(sectionOf(b.text, profile) ?? ""));
  const tables = paramTables(page.blocks, profile);
  if (tables.length === 0) return false;
  if (hasSection) return true;
  return tables.some(({ table, roles }) => roles.required !== undefined && actionRowValue(table.rows, roles, profile) !== undefined);
}

/** The action named by a request table's Action row ("Common parameter. The value used for this API: X."). */
function actionRowValue(rows: TableRow[], roles: ColumnRoles, profile: DocumentProfile): string | undefined {
  const row = rows.find((r) => cellText(r, roles, "name").replace(ZERO_WIDTH, "") === profile.actionRow);
  if (!row) return undefined;
  const desc = cellText(row, roles, "description").replace(ZERO_WIDTH, "");
  const m = desc.match(/[:：]\s*([A-Za-z][A-Za-z0-9_]*)\s*[.。]?\s*$/) ?? desc.match(/[:：]\s*([A-Za-z][A-Za-z0-9_]*)/);
  return m && m[1] !== profile.actionRow ? m[1] : undefined;
}

function versionRowValue(rows: TableRow[], roles: ColumnRoles, profile: DocumentProfile): string | undefined {
  const row = rows.find((r) => cellText(r, roles, "name").replace(ZERO_WIDTH, "") === profile.versionRow);
  return row ? cellText(row, roles, "description").match(/\b(\d{4}-\d{2}-\d{2})\b/)?.[1] : undefined;
}

interface SectionedBlock {
  block: Block;
  section: SectionRole | undefined;
}

/** Each block with the section it sits in: a heading opens a section; deeper headings stay inside it. */
export function sectioned(page: Page, profile: DocumentProfile): SectionedBlock[] {
  const out: SectionedBlock[] = [];
  let section: SectionRole | undefined;
  let depth = 0;
  for (const block of page.blocks) {
    if (block.kind === "heading") {
      const role = sectionOf(block.text, profile);
      if (role) {
        section = role;
        depth = block.depth;
      } else if (section === "examples" && startsWithPhrase(block.text, profile.exampleTitles)) {
        // "## Example 1 …" at the section's own depth is one of its examples
      } else if (block.depth <= depth) {
        section = undefined;
        depth = 0;
      }
    }
    out.push({ block, section });
  }
  return out;
}

interface ActionRead {
  action: Action;
  endpoints: string[];
  version?: string;
  errors: ErrorCode[];
}

function readActionPage(page: Page, profile: DocumentProfile, file: string, diagnostics: Diagnostic[]): ActionRead | undefined {
  const parts = sectioned(page, profile);
  const inSection = (role: SectionRole | undefined) => parts.filter((p) => p.section === role).map((p) => p.block);
  const tables = paramTables(page.blocks, profile);
  // tables under headings by their section; a page without section headings by its columns
  const sectionTables = (role: SectionRole) => paramTables(inSection(role), profile);
  let inputTables = sectionTables("input");
  let outputTables = sectionTables("output");
  if (inputTables.length === 0 && outputTables.length === 0) {
    inputTables = tables.filter((t) => t.roles.required !== undefined).slice(0, 1);
    outputTables = tables.filter((t) => t.roles.required === undefined && !inputTables.includes(t)).slice(0, 1);
  }

  const fromRow = inputTables.map((t) => actionRowValue(t.table.rows, t.roles, profile)).find(Boolean);
  const title = page.blocks.find((b): b is Extract<Block, { kind: "heading" }> => b.kind === "heading");
  const fromTitle =
    title && IDENT.test(title.text.replace(ZERO_WIDTH, "").trim()) && !sectionOf(title.text, profile) ? title.text.replace(ZERO_WIDTH, "").trim() : undefined;
  const exampleBlocks = inSection("examples");
  const fromExample = exampleActionName(exampleBlocks, profile);
  const name = fromRow ?? fromTitle ?? fromExample;
  const line = title?.line ?? page.blocks[0]?.line ?? 1;
  if (!name) {
    diagnostics.push({
      severity: "error",
      message: "action page without an Action row, an action-name heading or an example naming the action; page skipped",
      at: `${file}:${line}`,
    });
    return undefined;
  }
  for (const [what, other] of [
    ["heading", fromTitle],
    ["example", fromExample],
  ] as const) {
    if (other && other !== name) {
      diagnostics.push({
        severity: "warning",
        message: `${name}: the ${what} says ${other}; the ${fromRow ? "Action row" : "heading"} wins`,
        at: `${file}:${line}`,
      });
    }
  }

  const input = readFields(inputTables, profile, file, diagnostics, "input").filter((f) => !isCommonParameter(f, profile));
  const output = readFields(outputTables, profile, file, diagnostics, "output").filter((f) => !profile.envelopeFields.includes(f.name));
  // a page without a description heading opens with its description, before its first table
  const firstTable = page.blocks.findIndex((b) => b.kind === "table");
  const descriptionBlocks = parts.some((p) => p.section === "description")
    ? inSection("description")
    : page.blocks.slice(0, firstTable < 0 ? undefined : firstTable);
  const descriptionText = descriptionBlocks.filter((b) => b.kind === "text").map((b) => (b as { text: string }).text);
  const joined = page.blocks
    .filter((b) => b.kind === "text")
    .map((b) => (b as { text: string }).text)
    .join(" ");
  const rate = joined.match(profile.rateLimit);
  const isBoilerplate = (t: string) => profile.descriptionBoilerplate.some((re) => re.test(t.trim())) || profile.rateLimit.test(t);
  const description = singleSpaced(descriptionText.filter((t) => !isBoilerplate(t)).join(" ")).trim();
  const errorRows = readErrorTables(inSection("errors"), profile);
  const endpoints = [...descriptionText.join(" ").matchAll(profile.endpointHost)].map((m) => m[0]);
  return {
    action: {
      name,
      description,
      input,
      output,
      errors: [...new Set(errorRows.map((e) => e.code))],
      examples: readExamples(exampleBlocks, profile, file),
      ...(rate ? { rateLimit: Number(rate.slice(1).find(Boolean)) } : {}),
      deprecated: saysActionDeprecated(description),
      source: `${file}:${line}`,
    },
    endpoints: [...new Set(endpoints)],
    version: inputTables.map((t) => versionRowValue(t.table.rows, t.roles, profile)).find(Boolean),
    errors: errorRows,
  };
}

function isCommonParameter(f: Field, profile: DocumentProfile): boolean {
  const c = profile.commonParameters;
  if (c.always.includes(f.name)) return true;
  return c.ifMarked.includes(f.name) && startsWithPhrase(f.description, c.markers) !== undefined;
}

function readFields(
  tables: { table: Extract<Block, { kind: "table" }>; roles: ColumnRoles }[],
  profile: DocumentProfile,
  file: string,
  diagnostics: Diagnostic[],
  what: string,
): Field[] {
  const out: Field[] = [];
  for (const { table, roles } of tables) {
    for (const row of table.rows) {
      const r = readFieldRow(row, roles, profile, file);
      if (!r) continue;
      if ("problem" in r) {
        diagnostics.push({ severity: "warning", message: `${what} row skipped: ${r.problem}`, at: `${file}:${row.line}` });
        continue;
      }
      if (out.some((f) => f.name === r.field.name)) {
        diagnostics.push({ severity: "warning", message: `${what} ${r.field.name} is documented twice; the first row is kept`, at: `${file}:${row.line}` });
        continue;
      }
      out.push(r.field);
    }
  }
  return out;
}

/** Data structures: a heading naming an identifier, then (before the next heading) a table with member roles. */
function readStructures(page: Page, profile: DocumentProfile, file: string, diagnostics: Diagnostic[]): Structure[] {
  const out: Structure[] = [];
  const blocks = page.blocks;
  for (let i = 0; i < blocks.length; i++) {
    const h = blocks[i];
    if (h.kind !== "heading") continue;
    const name = h.text.replace(ZERO_WIDTH, "").trim();
    if (!IDENT.test(name)) continue;
    const body: Block[] = [];
    for (let k = i + 1; k < blocks.length && blocks[k].kind !== "heading" && blocks[k].kind !== "page"; k++) body.push(blocks[k]);
    const tables = paramTables(body, profile);
    if (tables.length === 0) continue;
    const usedBy: string[] = [];
    const description: string[] = [];
    for (const b of body) {
      if (b.kind !== "text") continue;
      const marker = startsWithPhrase(b.text, profile.referencedBy);
      if (marker) usedBy.push(...listedNames(b.text.slice(marker.length).replace(/^[^:：]*[:：]/, "")));
      else description.push(b.text);
    }
    const members = readFields(tables.slice(0, 1), profile, file, diagnostics, `${name} member`);
    out.push({ name, description: singleSpaced(description.join(" ")).trim(), members, usedBy, source: `${file}:${h.line}` });
  }
  return out;
}

/** "：A、B。" / ": A, B." as names. */
function listedNames(text: string): string[] {
  return text
    .replace(/^[\s:：]+/, "")
    .split(/[,，、\s]+/)
    .map((s) => s.replace(/[.。;；]+$/, "").trim())
    .filter((s) => IDENT.test(s));
}

function readErrorTables(blocks: Block[], profile: DocumentProfile): ErrorCode[] {
  const out: ErrorCode[] = [];
  let common = false;
  for (const b of blocks) {
    if (b.kind === "heading") {
      if (isPhrase(b.text, profile.commonErrors)) common = true;
      else if (isPhrase(b.text, profile.serviceErrors)) common = false;
      continue;
    }
    if (b.kind !== "table") continue;
    const roles = columnRoles(b.header, profile);
    if (tableKind(roles) !== "errors") continue;
    for (const row of b.rows) {
      const code = cellText(row, roles, "errorCode").replace(ZERO_WIDTH, "").replace(/`/g, "").trim();
      if (!/^[A-Za-z][A-Za-z0-9_-]*(\.[A-Za-z0-9_-]+)*$/.test(code)) continue;
      const description = cellText(row, roles, "description") || cellText(row, roles, "errorMessage");
      out.push({ code, description, common });
    }
  }
  return out;
}

function exampleActionName(blocks: Block[], profile: DocumentProfile): string | undefined {
  for (const b of blocks) {
    if (b.kind !== "code") continue;
    for (const re of profile.exampleAction ?? []) {
      const m = b.text.match(re);
      if (m) return m[1];
    }
  }
  return undefined;
}

/** Examples: each opened by an example heading (or the section itself), its request and response read from code blocks. */
function readExamples(blocks: Block[], profile: DocumentProfile, file: string): Example[] {
  const groups: { title: string; line: number; blocks: Block[] }[] = [];
  for (const b of blocks) {
    if (b.kind === "heading" && startsWithPhrase(b.text, profile.exampleTitles) && !isPhrase(b.text, profile.sections.examples ?? [])) {
      groups.push({ title: b.text.replace(/^\D*?\d+[.:：]?\s*/, "").trim(), line: b.line, blocks: [] });
    } else if (b.kind === "code") {
      if (groups.length === 0) groups.push({ title: "", line: b.line, blocks: [] });
      groups.at(-1)!.blocks.push(b);
    } else if (b.kind === "heading" && groups.length) groups.at(-1)!.blocks.push(b);
  }
  return groups.filter((g) => g.blocks.some((b) => b.kind === "code")).map((g) => readExample(g, profile, file));
}

function readExample(g: { title: string; line: number; blocks: Block[] }, profile: DocumentProfile, file: string): Example {
  const ex: Example = { title: g.title, source: `${file}:${g.line}` };
  let side: "input" | "output" | undefined;
  const problems: string[] = [];
  for (const b of g.blocks) {
    if (b.kind === "heading") {
      side = isPhrase(b.text, profile.exampleOutput) ? "output" : isPhrase(b.text, profile.exampleInput) ? "input" : side;
      continue;
    }
    if (b.kind !== "code") continue;
    const obj = firstJsonObject(b.text);
    const parsed = obj ? tryParseJson(obj.json) : undefined;
    const value = parsed?.value as Record<string, unknown> | undefined;
    const envelope = profile.responseEnvelope;
    const isResponse = !!value && typeof value === "object" && !!envelope && envelope in value;
    const isRequest = (profile.exampleAction ?? []).some((re) => re.test(b.text)) || /^\s*(POST|GET)\s/m.test(b.text);
    const which = isResponse ? "output" : (side ?? (isRequest || !ex.input ? "input" : "output"));
    if (which === "output") {
      if (parsed?.error) problems.push(`output JSON: ${parsed.error}`);
      else if (value) ex.output = isResponse ? (value[envelope!] as Record<string, unknown>) : value;
    } else if (obj && !/\?\s*[A-Za-z]+=/.test(b.text.slice(0, obj.end))) {
      if (parsed?.error) problems.push(`input JSON: ${parsed.error}`);
      else if (value) ex.input = value;
    } else {
      const q = queryExample(b.text.split("\n"));
      if (q) Object.assign(ex, { input: q, inputFrom: "query" as const });
    }
  }
  if (problems.length) ex.parseError = problems.join("; ");
  return ex;
}

export function reportDuplicateActions(actions: Action[], diagnostics: Diagnostic[]): void {
  const seen = new Map<string, Action>();
  for (let i = 0; i < actions.length; i++) {
    const a = actions[i];
    const first = seen.get(a.name);
    if (!first) {
      seen.set(a.name, a);
      continue;
    }
    diagnostics.push({ severity: "error", message: `action ${a.name} is documented twice (first at ${first.source}); the first is kept`, at: a.source ?? "" });
    actions.splice(i--, 1);
  }
}

/** Action names from the document's own overview tables (a column the profile says lists APIs). */
export function listedActions(pages: Page[], profile: DocumentProfile): string[] {
  const out = new Set<string>();
  const heads = new Set(profile.actionListColumns.map(normalizePhrase));
  for (const p of pages) {
    for (const b of p.blocks) {
      if (b.kind !== "table") continue;
      const col = b.header.findIndex((c) => heads.has(normalizePhrase(c.text)));
      if (col < 0 || columnRoles(b.header, profile).type !== undefined) continue;
      for (const r of b.rows) {
        const t = (r.cells[col]?.text ?? "").replace(ZERO_WIDTH, "").trim();
        if (/^[A-Z][a-z]+[A-Z][A-Za-z0-9]*$/.test(t)) out.add(t);
      }
    }
  }
  return [...out].sort();
}
