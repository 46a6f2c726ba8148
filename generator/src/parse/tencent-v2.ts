/**
 * Parser for the Tencent Cloud API 2.0 reference family (`<module>.api.qcloud.com/v2/index.php`):
 * text extracted from the PDF, with tab tables and code fences. Each chapter is a title line above
 * "Last updated : <date>"; an action is a chapter with the numbered parts "1. API Description",
 * "2. Input Parameters", "3. Output Parameters", "4. Error Codes", "5. Example". Its name is what
 * "The Action field for this API is X" says (and its example sends); request parameters are
 * lowerCamelCase with `.n` for arrays; the response's fields are dotted paths over several tables,
 * rebuilt into structures with the examples (./tencent-v2/response-tree.ts). Error codes are the
 * common numeric codes (4000…6200, one table for the service, one in the signature chapter) and
 * each action's module codes ("11052 / UserNotInWhiteList / …"), which the API sends in the
 * message as "(11052) …". The document's contents and overview tables are weighed against the
 * body (./tencent-v2/doc-lists.ts).
 */
import type { Action, Diagnostic, ErrorCode, Example, Field, Structure } from "../model.js";
import type { SourceLine } from "../recover/source-lines.js";
import { htmlToText } from "../recover/html-text.js";
import type { ParsedDocument } from "./parsed-document.js";
import { describeField, saysActionDeprecated } from "./field-description.js";
import { findEndpoint } from "./tencent-v3.js";
import { readTables, type Table, type TableRow } from "./tencent-v2/tables.js";
import { tablesStartingIn } from "./table-ranges.js";
import { countWords, repairHomoglyphs } from "./tencent-v2/homoglyphs.js";
import { buildResponse, readType, type PathRow } from "./tencent-v2/response-tree.js";
import { readExample } from "./tencent-v2/examples.js";
import { weighLists, type Section } from "./tencent-v2/doc-lists.js";
import { errorRegistry } from "./error-registry.js";
import { oneOf, tencentV2Profile } from "../profiles/tencent-v2.js";
import { singleSpaced } from "./spacing.js";
import { compareText } from "../text-order.js";

const V2 = tencentV2Profile;
const words = (list: string[]) => list.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
const UPDATED = new RegExp(`^(${words(V2.updated)})\\s*[:：]\\s*(\\d{4}-\\d{2}-\\d{2})`);
const numbered = (list: string[]) => new RegExp(`^\\d+\\.\\s*(${words(list)})\\s*$`, "i");
const PART: [Part, RegExp][] = [
  ["description", numbered(V2.sections.description)],
  ["input", numbered(V2.sections.input)],
  ["output", numbered(V2.sections.output)],
  ["errors", numbered(V2.sections.errors)],
  ["example", numbered(V2.sections.example)],
];
type Part = "description" | "input" | "output" | "errors" | "example";
const ACTION_FIELD = V2.actionField;
const THIS_API = V2.thisApi;
const COMMON_TABLE = oneOf(V2.commonTable);
const DEFAULT_COMMON = V2.commonParameters;
const YES = oneOf(V2.yes);
const YES_OR_NO = oneOf([...V2.yes, ...V2.no]);
const NONE = oneOf(V2.none);
const CAPTION = new RegExp(`^(?:${words(V2.captionBefore)})\\s+([A-Za-z][A-Za-z0-9_.]*)\\b`, "i");
const CAPTION_AFTER = new RegExp(`^([A-Za-z][A-Za-z0-9_.]*)\\s+(?:${words(V2.captionAfter)})\\b`, "i");
const NAME = /^[A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)*$/;

const clean = (t: string) => htmlToText(t.replace(/\*\*/g, "")).trim();

export function parseTencentV2(file: string, lines: SourceLine[], _titles: SourceLine[] = []): ParsedDocument {
  const diagnostics: Diagnostic[] = [];
  const at = (line: number) => `${file}:${line}`;
  const tables = readTables(lines);
  if (!tables.length)
    diagnostics.push({
      severity: "error",
      message: "no tab tables found: the API 2.0 parser reads the extracted text with its tabs (use the pdf-text dialect, which keeps them)",
      at: at(1),
    });

  // chapters: a title line above "Last updated : <date>"
  const sections: Section[] = [];
  const updated: string[] = [];
  lines.forEach((l, i) => {
    const m = l.text.trim().match(UPDATED);
    if (!m) return;
    updated.push(m[2]);
    let k = i - 1;
    while (k >= 0 && lines[k].text.trim() === "") k--;
    if (k >= 0) sections.push({ title: clean(lines[k].text), titleIndex: k, end: lines.length });
  });
  sections.forEach((s, n) => {
    s.end = sections[n + 1]?.titleIndex ?? lines.length;
  });

  const words = countWords(lines.map((l) => l.text));
  const commonNames = new Set(DEFAULT_COMMON);
  const commonSection = sections.find((s) => COMMON_TABLE.test(s.title));
  for (const t of tables)
    if (commonSection && t.start > commonSection.titleIndex && t.start < commonSection.end && t.columns.includes("name")) {
      for (const r of t.rows) {
        const n = (r.cells.name ?? "").trim();
        if (/^[A-Z][A-Za-z0-9]*$/.test(n)) commonNames.add(n);
      }
    }

  // API 2.0 rows of one code differ by message and description (there is no HTTP status)
  const { errors, add: addError } = errorRegistry((e) => `${e.message ?? ""}\u0000${e.description}`);

  const structures: Structure[] = [];
  const endpoints = new Map<string, number>();
  const actions: Action[] = [];
  let category: string | undefined;
  for (const s of sections) {
    const action = parseAction(s);
    if (action) {
      s.action = action.name;
      actions.push(action);
    }
  }
  if (!actions.length) diagnostics.push({ severity: "error", message: 'no action sections ("1. API Description" … "2. Input Parameters") found', at: at(1) });

  function parseAction(s: Section): Action | undefined {
    const parts: { kind: Part; index: number }[] = [];
    for (let i = s.titleIndex + 1; i < s.end; i++) {
      const k = PART.find(([, re]) => re.test(clean(lines[i].text)));
      if (k) parts.push({ kind: k[0], index: i });
    }
    // a category line ("Instance API") that stands between two chapters names what follows
    const cat = categoryBefore(s);
    if (cat) category = cat;
    // an action has its input and either its description or its output part ("4. Request parameters" alone is a tutorial's)
    if (!parts.some((p) => p.kind === "input") || !parts.some((p) => p.kind === "description" || p.kind === "output")) return undefined;
    const region = (kind: Part): [number, number] | undefined => {
      const n = parts.findIndex((p) => p.kind === kind);
      return n < 0 ? undefined : [parts[n].index + 1, parts[n + 1]?.index ?? s.end];
    };
    const tablesIn = (r: [number, number] | undefined) => (r ? tablesStartingIn(tables, r[0], r[1]) : []);
    const text = (r: [number, number] | undefined) =>
      r
        ? lines
            .slice(r[0], r[1])
            .map((l) => clean(l.text))
            .filter(Boolean)
        : [];
    const source = at(lines[s.titleIndex].line);
    const all = text([s.titleIndex, s.end]).join("\n");

    // the name: the Action field's statement, else the description's "This API (X)"
    const fieldName = all.match(ACTION_FIELD);
    const apiName = all.match(THIS_API);
    const stated = fieldName?.[1] ?? fieldName?.[2];
    const described = apiName?.[1] ?? apiName?.[2];
    const exRegion = region("example");
    const inputRegion = region("input");
    const outputRegion = region("output");
    const topLevel = new Set(
      tablesIn(outputRegion)
        .slice(0, 1)
        .flatMap((t) => t.rows.map((r) => (r.cells.name ?? "").trim().split(".")[0])),
    );
    const ex = exRegion ? readExample(file, lines, exRegion[0], exRegion[1], commonNames, topLevel) : undefined;
    const name = stated ?? ex?.sentAction ?? described;
    if (!name) {
      diagnostics.push({ severity: "warning", message: `section "${s.title}" has input parameters but names no action`, at: source });
      return undefined;
    }
    for (const [what, other] of [
      ["its description says", described],
      ["its example sends Action=", ex?.sentAction],
    ] as const) {
      if (other && other !== name)
        diagnostics.push({
          severity: "warning",
          message: `section "${s.title}": the Action field is ${name}, but ${what}${what.endsWith("=") ? "" : " "}${other}`,
          at: source,
        });
    }
    const ep = findEndpoint(all);
    if (ep) endpoints.set(ep, (endpoints.get(ep) ?? 0) + 1);
    if (ex?.host && ep && ex.host !== ep)
      diagnostics.push({
        severity: "warning",
        message: `${name}: the example is sent to ${ex.host}, the section's domain is ${ep}`,
        at: ex.example.source ?? source,
      });

    const descLines = text(region("description") ?? [s.titleIndex + 1, parts[0].index]).filter((t) => !UPDATED.test(t) && !findEndpoint(t));
    const description = singleSpaced(descLines.join(" ")).trim();

    const input = readInput(name, tablesIn(inputRegion), ex?.example);
    const rows = outputRows(name, tablesIn(outputRegion));
    const output = buildResponse(rows, ex?.output ? [ex.output] : [], { action: name, file, diagnostics, structures });

    const codes: string[] = [];
    for (const t of tablesIn(region("errors")).filter((t) => t.columns.includes("code")))
      for (const r of t.rows) {
        const e = errorRow(r, false);
        if (e) {
          codes.push(e.code);
          addError(e);
        }
      }
    const examples: Example[] = ex ? [ex.example] : [];
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

  function categoryBefore(s: Section): string | undefined {
    // the last lone line before the title, after the previous chapter's last table or text block
    let k = s.titleIndex - 1;
    while (k >= 0 && lines[k].text.trim() === "") k--;
    if (k < 0 || (lines[k - 1]?.text.trim() ?? "") !== "") return undefined;
    const t = clean(lines[k].text);
    return V2.category.test(t) ? t : undefined;
  }

  function readInput(action: string, ts: Table[], example: Example | undefined): Field[] {
    const input: Field[] = [];
    const sent = new Set(Object.keys(example?.input ?? {}));
    for (const t of ts.filter((t) => t.columns.includes("name")))
      for (const r of t.rows) {
        const raw = (r.cells.name ?? "").trim();
        if (NONE.test(raw) || !raw) continue;
        let nameCell = raw.replace(/\s+/g, "");
        const repeated = /\.n$/i.test(nameCell);
        if (repeated) nameCell = nameCell.slice(0, -2);
        if (!NAME.test(nameCell) || commonNames.has(nameCell)) continue;
        let req = (r.cells.required ?? "").trim();
        let typeCell = (r.cells.type ?? "").trim();
        let desc = r.cells.description ?? "";
        if (!YES_OR_NO.test(req) && !readType(req).unknown) {
          // the row lost its Required cell: its type and description sit one column left
          diagnostics.push({ severity: "warning", message: `${action}.${nameCell}: the row has no Required cell; read as optional`, at: at(r.line) });
          desc = [typeCell, desc].filter(Boolean).join(" ");
          typeCell = req;
          req = "No";
        }
        const f: Field = { name: nameCell, type: "string", array: repeated, required: YES.test(req), ...describeField(clean(desc)), source: at(r.line) };
        const ty = readType(typeCell);
        if (ty.scalar) {
          f.type = ty.scalar.type;
          if (ty.scalar.format) f.format = ty.scalar.format;
        } else if (ty.container === "array") {
          f.array = true;
          // "Array" without an element type: the example's values say which
          const values = ([] as unknown[]).concat(example?.input?.[nameCell] ?? []);
          f.type = values.length && values.every((v) => typeof v === "string" && /^-?\d+$/.test(v)) ? "integer" : "string";
          if (!repeated)
            diagnostics.push({
              severity: "warning",
              message: `${action}.${nameCell} is documented as "Array" without ".n" or an element type; read as ${f.type}[]${values.length ? " from the example" : ""}`,
              at: at(r.line),
            });
        } else if (ty.container === "object") f.type = "object";
        else
          diagnostics.push({ severity: "warning", message: `${action}.${nameCell} has type "${typeCell}", which is no type; read as string`, at: at(r.line) });
        repairName(f, action, "request parameter");
        const dup = input.find((x) => x.name === f.name);
        if (dup) {
          // a copied row kept its neighbour's name: the description names the parameter it documents
          const named = [...f.description.matchAll(/\b([a-z][A-Za-z0-9]+)\b/g)]
            .map((m) => m[1])
            .find((w) => w !== f.name && !input.some((x) => x.name === w) && sent.has(w));
          if (named) {
            diagnostics.push({
              severity: "warning",
              message: `${action}: request parameter ${f.name} is documented twice; the second row describes ${named}, which the example sends; the spec uses ${named}`,
              at: at(r.line),
            });
            f.documentedAs = f.name;
            f.name = named;
          } else {
            diagnostics.push({
              severity: "warning",
              message: `${action}: request parameter ${f.name} is documented twice; the second row is left out`,
              at: at(r.line),
            });
            continue;
          }
        }
        input.push(f);
      }
    return input;
  }

  function repairName(f: { name: string; documentedAs?: string; source?: string }, action: string, what: string) {
    const fixed = repairHomoglyphs(f.name, words);
    if (!fixed) return;
    diagnostics.push({
      severity: "warning",
      message: `${action}: ${what} ${f.name} reads as ${fixed} (a capital I extracted as l; the document spells ${fixed} elsewhere); the spec uses ${fixed}`,
      at: f.source ?? at(0),
    });
    f.documentedAs ??= f.name;
    f.name = fixed;
  }

  function outputRows(action: string, ts: Table[]): PathRow[] {
    const rows: PathRow[] = [];
    const known = (path: string[]) => rows.some((r) => path.every((p, n) => r.path[n] === p));
    ts.filter((t) => t.columns.includes("name")).forEach((t, n) => {
      const container = n === 0 ? [] : captionPath(t.caption, rows);
      for (const r of t.rows) {
        const raw = (r.cells.name ?? "").trim();
        const cell = raw.replace(/\s+/g, "");
        if (!NAME.test(cell) || NONE.test(cell)) continue;
        const segments = cell.split(".").map((seg) => {
          const fix = { name: seg, source: at(r.line) as string | undefined };
          repairName(fix, action, "response field");
          return fix.name;
        });
        const absolute = n === 0 || (segments.length > 1 && known([segments[0]]) && (container.length === 0 || segments[0] === container[0]));
        const path = absolute ? segments : [...container, ...segments];
        rows.push({
          path,
          ...(cell !== raw ? { documentedAs: raw } : {}),
          type: (r.cells.type ?? "").trim(),
          description: clean(r.cells.description ?? ""),
          line: r.line,
        });
      }
    });
    return rows;
  }

  /** "Array data.types is composed as follows:", "Parameter redisBackupSet indicates …", "goodsDetail array of renewed instance:". */
  function captionPath(caption: string, rows: PathRow[]): string[] {
    const m = caption.match(CAPTION) ?? caption.match(CAPTION_AFTER);
    if (!m) return [];
    const segs = m[1].split(".");
    const full = rows.map((r) => r.path).find((p) => p.length >= segs.length && segs.every((s, n) => p[p.length - segs.length + n] === s));
    return full ?? segs;
  }

  function errorRow(r: TableRow, common: boolean): ErrorCode | undefined {
    const code = (r.cells.code ?? "").trim();
    if (!/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(code)) return undefined;
    const message = clean(r.cells.message ?? "");
    const type = clean(r.cells.errorType ?? "");
    const desc = clean(r.cells.description ?? "");
    const description = type && desc ? `${type}: ${desc}` : type || desc || message;
    return { code, description, common, ...(message ? { message } : {}) };
  }

  // the common codes: error tables outside the action sections (a code with an "Error Type")
  const inAction = (i: number) => sections.some((s) => s.action && i > s.titleIndex && i < s.end);
  for (const t of tables)
    if (!inAction(t.start) && t.columns.includes("code") && (t.columns.includes("errorType") || t.columns.includes("message"))) {
      for (const r of t.rows) {
        const e = errorRow(r, t.columns.includes("errorType"));
        if (e) addError(e);
      }
    }

  // structures: which actions use each, through nesting
  const byName = new Map(structures.map((s) => [s.name, s]));
  for (const a of actions) {
    const seen = new Set<string>();
    const visit = (t: string) => {
      const s = byName.get(t);
      if (!s || seen.has(t)) return;
      seen.add(t);
      s.usedBy.push(a.name);
      s.members.forEach((m) => visit(m.type));
    };
    [...a.input, ...a.output].forEach((f) => visit(f.type));
  }

  const overview = tables.filter((t) => !inAction(t.start) && t.columns.includes("api") && t.columns.includes("action"));
  const lists = weighLists(
    file,
    lines,
    sections,
    overview,
    actions.map((a) => a.name),
  );
  diagnostics.push(...lists.diagnostics);

  const ranked = [...endpoints].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]));
  for (const [ep, n] of ranked.slice(1))
    diagnostics.push({ severity: "warning", message: `${n} section(s) give the domain ${ep}; most give ${ranked[0][0]}`, at: at(1) });
  const released = updated.sort().at(-1);
  return {
    actions,
    structures,
    errors: [...errors.values()],
    releases: [],
    endpoints: ranked.map(([e]) => e),
    ...(released ? { released } : {}),
    listedActions: lists.listed,
    diagnostics,
  };
}
