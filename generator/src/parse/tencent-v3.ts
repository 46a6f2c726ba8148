/**
 * Parser for the Tencent Cloud API 3.0 reference family: rendered PDF text, markdown with tab or
 * pipe tables, English or Chinese headings. It reads recovered lines (see ../recover) and finds
 * sections by their numbered headings ("1. API Description" … "6. Error Code"), structures by their
 * "Used by actions" line, error codes by their tables, and releases by "Release N".
 */
import type { Action, Diagnostic, ErrorCode, Example, Release, Structure } from "../model.js";
import type { SourceLine } from "../recover/source-lines.js";
import type { ParsedDocument } from "./parsed-document.js";
import { parseFieldRows } from "./field-rows.js";
import { firstJsonObject, tryParseJson } from "./json-blocks.js";
import { queryExample } from "./query-example.js";
import { saysActionDeprecated } from "./field-description.js";
import { tencentV3Profile } from "../profiles/tencent-v3.js";
import { isColumnHeaderLine, isPhrase, phraseListOf } from "../profiles/document-profile.js";
import { joinSingleSpaced, singleSpaced } from "./spacing.js";

const P = tencentV3Profile;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const alternatives = (words: string[]) => words.map(escape).join("|");
/** A numbered section title of the printed layout ("2. Input Parameters"), its words from the profile. */
const numbered = (words: string[] = []) => new RegExp(`^\\d+\\.\\s*(${alternatives(words)})\\s*$`, "i");
const SECTION = {
  description: numbered(P.sections.description),
  input: numbered(P.sections.input),
  output: numbered(P.sections.output),
  example: numbered(P.sections.examples),
  resources: numbered(P.sections.resources),
  errors: numbered(P.sections.errors),
};
const USED_BY = new RegExp(`^(${alternatives(P.referencedBy)})[^:：]{0,20}[:：]\\s*(.*)$`, "i");
const ENDPOINT = new RegExp(`(?:${alternatives(P.endpointLabels)})\\s*[:：]\\s*([a-z0-9.-]+[a-z])`, "i");
const YES_NO = alternatives([...P.yes, ...P.no]);
const ACTION_ROW = new RegExp(`${P.actionRow} (?:${YES_NO}) String .*?[:：]\\s*([A-Za-z][A-Za-z0-9]*)`);
const VERSION_ROW = new RegExp(`${P.versionRow} (?:${YES_NO}) String .*?[:：]\\s*(\\d{4}-\\d{2}-\\d{2})`);
const COMMON_ERRORS = new RegExp(`^(${alternatives(P.commonErrors)})$`, "i");
const SERVICE_ERRORS = new RegExp(`^(${alternatives(P.serviceErrors)})$`, "i");
const DATA_TYPES_END = new RegExp(`^(${alternatives(P.dataTypesEnd)})$`, "i");
const EXAMPLE_TITLE = new RegExp(`^(?:${alternatives(P.exampleTitles)})\\s*\\d+[.:：]?\\s*`, "i");
const EXAMPLE_INPUT = new RegExp(alternatives(P.exampleInput.filter((w) => / /.test(w) || /[^\x00-\x7f]/.test(w))));
const EXAMPLE_OUTPUT = new RegExp(alternatives(P.exampleOutput.filter((w) => / /.test(w) || /[^\x00-\x7f]/.test(w))));
const RELEASE_DATE = new RegExp(`^(${alternatives(P.releases.date)})\\s*[:：]`, "i");

/** The endpoint an action section's "Domain name for API request" line gives, in either language. */
export function findEndpoint(joinedText: string): string | undefined {
  return joinedText.match(ENDPOINT)?.[1];
}
const ERROR_ROW = /^([A-Z][a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9_-]+)+|[A-Z][a-z]+(?:[A-Z][a-z0-9]+)+)(?:\s+(.*))?$/;

/** Kept as the family's name for the shared document shape. */
export type TencentV3Document = ParsedDocument;

const text = (l: SourceLine) => l.text.trim();

/**
 * The indexes of the texts that match `re` (no array per line, as `flatMap` would make). Every
 * pattern this reader looks for lines with needs words, and half a PDF text's lines are blank: a
 * blank text is passed over without trying the pattern.
 */
function linesMatching(texts: string[], re: RegExp): number[] {
  const at: number[] = [];
  for (let i = 0; i < texts.length; i++) if (texts[i] !== "" && re.test(texts[i]!)) at.push(i);
  return at;
}

/** The index of the first text at or after `from` that `test` accepts, or -1; lines before `from` are not visited. */
function firstIndexFrom(texts: string[], from: number, test: (t: string) => boolean): number {
  for (let i = Math.max(0, from); i < texts.length; i++) if (test(texts[i]!)) return i;
  return -1;
}

/** The index of the last text before `to` that `test` accepts, or -1; lines from `to` on are not visited. */
function lastIndexBefore(texts: string[], to: number, test: (t: string) => boolean): number {
  for (let i = Math.min(to, texts.length) - 1; i >= 0; i--) if (test(texts[i]!)) return i;
  return -1;
}

export function parseTencentV3(file: string, lines: SourceLine[], titles: SourceLine[] = []): TencentV3Document {
  const diagnostics: Diagnostic[] = [];
  const at = (l: SourceLine | undefined) => `${file}:${l?.line ?? 0}`;
  // every line trimmed once: the passes below look at each line's text many times over
  const texts = lines.map(text);
  const actionStarts = linesMatching(texts, SECTION.description);
  const structureHeads = findStructureHeads(texts);
  const structureNames = new Set(structureHeads.map((h) => h.name));
  const serviceErrorTitles = linesMatching(texts, SERVICE_ERRORS);
  const endOfActions = Math.min(
    structureHeads.length ? structureHeads[0].nameIndex : lines.length,
    ...serviceErrorTitles.filter((i) => i > (actionStarts.at(-1) ?? 0)),
  );

  const endpoints = new Map<string, number>();
  const actionErrorDescriptions = new Map<string, string>();
  let apiVersion: string | undefined;
  const actions: Action[] = [];
  // an action section ends at the next one, or where the structures or the error lists begin after it
  const boundaries = [...structureHeads.map((h) => h.nameIndex), ...serviceErrorTitles];
  actionStarts.forEach((start, n) => {
    const next = n + 1 < actionStarts.length ? actionStarts[n + 1] : start < endOfActions ? endOfActions : lines.length;
    const end = Math.min(next, ...boundaries.filter((b) => b > start));
    const block = lines.slice(start, end);
    const blockTexts = texts.slice(start, end);
    // the block as one line, single-spaced: the endpoint, version, Action row and rate limit are looked for in it
    const blockText = joinSingleSpaced(blockTexts);
    const action = parseActionBlock(file, block, blockTexts, blockText, structureNames, diagnostics, actionErrorDescriptions);
    if (!action) return;
    const ep = findEndpoint(blockText);
    if (ep) endpoints.set(ep, (endpoints.get(ep) ?? 0) + 1);
    const v = blockText.match(VERSION_ROW);
    if (v) apiVersion ??= v[1];
    const first = actions.find((a) => a.name === action.name);
    if (first) {
      diagnostics.push({
        severity: "error",
        message: `action ${action.name} is documented twice (first at ${first.source}); the first is kept`,
        at: action.source ?? at(block[0]),
      });
      return;
    }
    actions.push(action);
  });
  if (actionStarts.length === 0) {
    diagnostics.push({ severity: "error", message: 'no action sections ("1. API Description") found', at: `${file}:1` });
  }

  const onProblem = (message: string, line: SourceLine) => diagnostics.push({ severity: "warning", message, at: at(line) });
  const structures = structureHeads.map((h, n) => {
    const nextAction = actionStarts.find((s) => s > h.tableIndex) ?? lines.length;
    const end = Math.min(n + 1 < structureHeads.length ? structureHeads[n + 1].nameIndex : findStructuresEnd(texts, h.tableIndex), nextAction);
    const members = parseFieldRows(lines.slice(h.tableIndex, end), { file, structureNames, required: "maybe", onProblem });
    if (members.length === 0) diagnostics.push({ severity: "warning", message: `structure ${h.name} has no members`, at: at(lines[h.nameIndex]) });
    return { name: h.name, description: h.description, members, usedBy: h.usedBy, source: at(lines[h.nameIndex]) } satisfies Structure;
  });

  // the union of every list: codes that only an action's own table names join the service list
  const errors = parseErrorCodeSections(lines, texts);
  const known = new Set(errors.map((e) => e.code));
  for (const [code, description] of actionErrorDescriptions)
    if (!known.has(code)) {
      errors.push({ code, description, common: false });
      known.add(code);
    }
  return {
    actions,
    structures,
    errors,
    releases: parseReleases(lines, texts),
    endpoints: [...endpoints.entries()].sort((a, b) => b[1] - a[1]).map(([e]) => e),
    apiVersion,
    released: releaseDate(texts),
    listedActions: parseListedActions(lines, texts, actionStarts, titles, new Set(actions.map((a) => a.name))),
    diagnostics,
  };
}

/** The date of the first "Release time: …" line. */
function releaseDate(texts: string[]): string | undefined {
  return texts.find((t) => RELEASE_DATE.test(t))?.match(/(\d{4}-\d{2}-\d{2})/)?.[1];
}

const ACTION_VERB = new RegExp(`^(${alternatives(P.actionVerbs)})[A-Z0-9]`);
const ACTION_LIKE = /^([A-Z][a-z]+[A-Z0-9][A-Za-z0-9]*)(?=\s|$)/;

/**
 * The action names the document lists of itself: the API overview tables ("Name  Feature  Limit")
 * and the table of contents, so `check` can compare them with the sections it parsed. A listed
 * name is a row's first word shaped like an action (one of the family's verbs, then a noun) or
 * the name of an action the document documents (misspelled verbs included).
 */
function parseListedActions(lines: SourceLine[], texts: string[], actionStarts: number[], titles: SourceLine[], documented: Set<string>): string[] {
  const listed = new Set<string>();
  // no action section: every line is above the first one
  const firstSection = actionStarts[0] ?? Infinity;
  for (const region of P.actionListRegions) {
    const open = (t: string) => isPhrase(t, region.open);
    // a PDF's section title survives only in its page furniture: find the first line after it
    const title = titles.find((t) => open(t.text));
    // only lines above the first action section can open the region
    const start = title ? lines.findIndex((l) => l.line > title.line) - 1 : lastIndexBefore(texts, firstSection, open);
    if (start < 0) continue;
    // the contents region opens with its own closing-title heading: skip that one
    let end = firstIndexFrom(texts, start + 4, (t) => isPhrase(t, region.close));
    if (end < 0) end = Math.min(lines.length, start + 2000);
    for (const t of texts.slice(start + 1, end)) {
      const m = t.match(ACTION_LIKE);
      // a listed action is named Verb + Noun; a group title ("Instance APIs") is not one
      if (m && !/APIs?$/.test(m[1]) && (ACTION_VERB.test(m[1]) || documented.has(m[1]))) listed.add(m[1]);
    }
  }
  return [...listed].sort();
}

function parseActionBlock(
  file: string,
  block: SourceLine[],
  /** The block's lines, trimmed. */
  texts: string[],
  /** The block's lines joined single-spaced. */
  wholeBlock: string,
  structureNames: Set<string>,
  diagnostics: Diagnostic[],
  errorDescriptions: Map<string, string>,
): Action | undefined {
  // a section title is numbered words: a blank line is none, and half a PDF text's lines are blank
  const find = (re: RegExp) => firstIndexFrom(texts, 0, (t) => t !== "" && re.test(t));
  const iIn = find(SECTION.input),
    iOut = find(SECTION.output),
    iEx = find(SECTION.example);
  const iRes = find(SECTION.resources),
    iErr = find(SECTION.errors);
  const joined = (from: number, to: number) => joinSingleSpaced(texts.slice(from, to));
  // the Action row is a row of the input table: read there first, since the whole block (with its
  // example payloads) is many times longer and names "Action" everywhere
  const nameMatch = (iIn >= 0 ? joined(iIn, iOut > iIn ? iOut : block.length).match(ACTION_ROW) : null) ?? wholeBlock.match(ACTION_ROW);
  if (!nameMatch) {
    diagnostics.push({ severity: "error", message: "action section without an Action parameter row; section skipped", at: `${file}:${block[0].line}` });
    return undefined;
  }
  const name = nameMatch[1];
  // the description ends where the boilerplate about API Explorer begins (its wrapped lines included)
  const descLines = texts.slice(1, iIn > 0 ? iIn : block.length);
  const boiler = (t: string) => P.descriptionBoilerplate.some((re) => re.test(t));
  const explorerAt = descLines.findIndex((t, i) => i > 0 && boiler(t) && !ENDPOINT.test(t) && !P.rateLimit.test(t));
  const description = singleSpaced(
    descLines
      .slice(0, explorerAt >= 0 ? explorerAt : undefined)
      .filter((t) => t && !boiler(t))
      .join(" "),
  ).trim();
  const rate = wholeBlock.match(P.rateLimit);
  const section = (from: number, to: number) => (from < 0 ? [] : block.slice(from + 1, to > from ? to : block.length));
  const nextAfter = (i: number) => Math.min(...[iIn, iOut, iEx, iRes, iErr, block.length].filter((x) => x > i));
  const onProblem = (message: string, line: SourceLine) => diagnostics.push({ severity: "warning", message, at: `${file}:${line.line}` });
  const input = parseFieldRows(section(iIn, nextAfter(iIn)), { file, structureNames, required: "always", onProblem }).filter(
    (f) => !P.commonParameters.markers.some((m) => f.description.startsWith(m)),
  );
  const output = parseFieldRows(section(iOut, nextAfter(iOut)), { file, structureNames, required: "never", onProblem }).filter(
    (f) => !P.envelopeFields.includes(f.name),
  );
  // the error table is the action's last: it ends with the block, or at a heading (in a website
  // export, the next page's title and its category, which would read as codes)
  const errorRows = iErr < 0 ? [] : parseErrorRows(texts.slice(iErr + 1, untilHeading(block, iErr + 1)));
  for (const e of errorRows) if (!errorDescriptions.has(e.code)) errorDescriptions.set(e.code, e.description);
  const errors = errorRows.map((e) => e.code);
  const examples = iEx < 0 ? [] : parseExamples(file, section(iEx, nextAfter(iEx)), texts.slice(iEx + 1, nextAfter(iEx)));
  return {
    name,
    description,
    input,
    output,
    errors: [...new Set(errors)],
    examples,
    ...(rate ? { rateLimit: Number(rate.slice(1).find(Boolean)) } : {}),
    deprecated: saysActionDeprecated(description),
    source: `${file}:${block[0].line}`,
  };
}

/** The printed lines (trimmed) between an example's input heading and its output heading. */
function inputLines(all: string[]): string[] {
  const from = all.findIndex((t) => EXAMPLE_INPUT.test(t));
  const to = all.findIndex((t, i) => i > from && EXAMPLE_OUTPUT.test(t));
  return all.slice(from, to > from ? to : undefined);
}

/** `texts`: the lines, trimmed. */
function parseExamples(file: string, lines: SourceLine[], texts: string[]): Example[] {
  const starts = linesMatching(texts, EXAMPLE_TITLE);
  return starts.map((s, n) => {
    const to = n + 1 < starts.length ? starts[n + 1] : lines.length;
    const part = texts.slice(s, to);
    const title = part[0]!.replace(EXAMPLE_TITLE, "").trim();
    const joined = part.join(" ");
    const inAt = joined.search(EXAMPLE_INPUT),
      outAt = joined.search(EXAMPLE_OUTPUT);
    const ex: Example = { title, source: `${file}:${lines[s]!.line}` };
    const problems: string[] = [];
    const repairs: string[] = [];
    if (inAt >= 0) {
      const region = joined.slice(inAt, outAt > inAt ? outAt : undefined);
      const obj = firstJsonObject(region);
      if (obj) {
        const r = tryParseJson(obj.json);
        if (r.error) problems.push(`input JSON: ${r.error}`);
        else ex.input = r.value as Record<string, unknown>;
        const repaired = [obj.repaired, r.repaired].filter(Boolean).join(", ");
        if (repaired) repairs.push(`input JSON repaired (${repaired})`);
      } else {
        const query = queryExample(inputLines(part));
        if (query) Object.assign(ex, { input: query, inputFrom: "query" as const });
      }
    }
    if (outAt >= 0) {
      const obj = firstJsonObject(joined, outAt);
      if (obj) {
        const r = tryParseJson(obj.json);
        const repaired = [obj.repaired, r.repaired].filter(Boolean).join(", ");
        if (repaired) repairs.push(`output JSON repaired (${repaired})`);
        if (r.error) problems.push(`output JSON: ${r.error}`);
        else {
          const v = r.value as { Response?: Record<string, unknown> };
          ex.output = (v && typeof v === "object" && v.Response) || (v as Record<string, unknown>);
        }
      }
    }
    if (problems.length) ex.parseError = problems.join("; ");
    if (repairs.length) ex.repaired = repairs.join("; ");
    return ex;
  });
}

interface StructureHead {
  name: string;
  nameIndex: number;
  tableIndex: number;
  description: string;
  usedBy: string[];
}

function findStructureHeads(texts: string[]): StructureHead[] {
  const heads: StructureHead[] = [];
  for (let i = 0; i < texts.length; i++) {
    // the pattern needs a word and a colon: a blank line is none
    if (texts[i] === "") continue;
    const m = texts[i]!.match(USED_BY);
    if (!m) continue;
    let usedByText = m[2];
    let j = i + 1;
    while (/,\s*$/.test(usedByText) && j < texts.length) {
      if (texts[j]) usedByText += " " + texts[j];
      j++;
    }
    // the name is the nearest lone identifier above; what lies between is the description
    let k = i - 1;
    const desc: string[] = [];
    while (k >= 0 && i - k < 12) {
      const t = texts[k]!;
      if (/^[A-Z][A-Za-z0-9_]*$/.test(t)) break;
      if (t) desc.unshift(t);
      k--;
    }
    if (k < 0 || i - k >= 12) continue;
    heads.push({
      name: texts[k]!,
      nameIndex: k,
      tableIndex: j,
      description: desc.join(" "),
      usedBy: usedByText
        .split(/[,，]\s*/)
        .map((s) => s.replace(/[.。]\s*$/, "").trim())
        .filter(Boolean),
    });
  }
  return heads;
}

function findStructuresEnd(texts: string[], from: number): number {
  for (let i = from; i < texts.length; i++) if (DATA_TYPES_END.test(texts[i]!)) return i;
  return texts.length;
}

/** Error rows from trimmed lines. */
function parseErrorRows(texts: string[]): ErrorCode[] {
  const out: ErrorCode[] = [];
  // a row's description lines, joined once it ends (joining line by line copied the text each time)
  let parts: string[] = [];
  const end = () => {
    if (out.length) out[out.length - 1]!.description = parts.join(" ");
  };
  for (const t of texts) {
    if (!t || isColumnHeaderLine(t, P)) continue;
    const m = t.match(ERROR_ROW);
    if (m) {
      end();
      out.push({ code: m[1], description: "", common: false });
      parts = m[2] ? [m[2]] : [];
    } else if (out.length) parts.push(t);
  }
  end();
  return out;
}

/** The first column-header row in the `within` lines after line `i`, or -1. */
function headerRowAfter(texts: string[], i: number, within: number): number {
  for (let k = i + 1; k <= i + within && k < texts.length; k++) if (isColumnHeaderLine(texts[k]!, P)) return k;
  return -1;
}

/** The index of the first heading at or after `from`, or the end of `lines`. */
function untilHeading(lines: SourceLine[], from: number): number {
  for (let i = from; i < lines.length; i++) if (lines[i]!.heading) return i;
  return lines.length;
}

function parseErrorCodeSections(lines: SourceLine[], texts: string[]): ErrorCode[] {
  const byCode = new Map<string, ErrorCode>();
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i]!;
    // a title is a phrase: a blank line is none
    if (t === "") continue;
    const common = COMMON_ERRORS.test(t);
    if (!common && !SERVICE_ERRORS.test(t)) continue;
    // the list's header row within 12 lines of its title (looked for there only: a search from
    // the top of the document for each title was quadratic)
    const header = headerRowAfter(texts, i, 12);
    if (header < 0) continue;
    let end = header + 1;
    const last = untilHeading(lines, end);
    while (
      end < last &&
      !SECTION.description.test(texts[end]!) &&
      !COMMON_ERRORS.test(texts[end]!) &&
      !SERVICE_ERRORS.test(texts[end]!) &&
      !P.releases.heading.test(texts[end]!) &&
      !isPhrase(texts[end]!, P.dataTypesTitles)
    )
      end++;
    for (const e of parseErrorRows(texts.slice(header + 1, end))) {
      const prev = byCode.get(e.code);
      if (!prev) byCode.set(e.code, { ...e, common });
      else if (common) prev.common = true;
    }
  }
  return [...byCode.values()];
}

/** Which list of a release a line opens ("New APIs:"), from the profile's release words. */
const releaseList = phraseListOf<keyof Release>([
  ["newActions", P.releases.newActions],
  ["modifiedActions", P.releases.modifiedActions],
  ["deprecatedActions", P.releases.deprecatedActions],
  ["deletedActions", P.releases.deletedActions],
  ["newStructures", P.releases.newStructures],
  ["modifiedStructures", P.releases.modifiedStructures],
  ["deprecatedStructures", P.releases.deprecatedStructures],
  ["deletedStructures", P.releases.deletedStructures],
]);

/** `texts`: the lines trimmed, when the caller has them already. */
export function parseReleases(lines: SourceLine[], texts: string[] = lines.map(text)): Release[] {
  const starts = linesMatching(texts, P.releases.heading);
  const releases: Release[] = [];
  starts.forEach((s, n) => {
    const part = texts
      .slice(s + 1, n + 1 < starts.length ? starts[n + 1] : Math.min(lines.length, s + 400))
      .map((t) => t.replace(/^[-*•]\s+/, ""))
      .filter(Boolean);
    const stop = part.findIndex((t) => isPhrase(t, P.releases.end));
    const body = stop >= 0 ? part.slice(0, stop) : part;
    const number = texts[s]!.match(P.releases.heading)!;
    const rel: Release = {
      release: Number(number.slice(1).find(Boolean)),
      date: body.find((t) => RELEASE_DATE.test(t))?.match(/(\d{4}-\d{2}-\d{2})/)?.[1] ?? "",
      newActions: [],
      modifiedActions: [],
      deprecatedActions: [],
      newStructures: [],
      modifiedStructures: [],
      deprecatedStructures: [],
    };
    let mode: keyof Release | undefined;
    for (const t of body) {
      const list = releaseList(t);
      if (list) mode = list;
      else if (/^[A-Z][A-Za-z0-9]+$/.test(t) && mode) {
        if (mode === "modifiedActions") rel.modifiedActions.push({ action: t, changes: [] });
        else if (mode === "deletedActions" || mode === "deletedStructures") (rel[mode] ??= []).push(t);
        else if (mode !== "release" && mode !== "date") (rel[mode] as string[]).push(t);
      } else if (mode === "modifiedActions" && rel.modifiedActions.length && /:/.test(t)) {
        // markdown sources bold the verb ("**Modified input parameters:** DBVersion")
        rel.modifiedActions.at(-1)!.changes.push(
          t
            .replace(/\*\*/g, "")
            .replace(/\s*:\s*/, ": ")
            .trim(),
        );
      } else if (mode === "modifiedStructures" && rel.modifiedStructures.length) {
        // "New members:A, B," may wrap onto the next line; page-footer URLs in between are skipped
        const members = (rel.modifiedStructureMembers ??= []);
        const structure = rel.modifiedStructures.at(-1)!;
        const last = members.at(-1);
        if (P.releases.memberChange.test(t)) {
          if (last?.structure === structure) last.changes.push(t);
          else members.push({ structure, changes: [t] });
        } else if (last?.structure === structure && /,$/.test(last.changes.at(-1)!) && /^[A-Za-z0-9_]+(\s*,\s*[A-Za-z0-9_]+)*,?$/.test(t)) {
          last.changes[last.changes.length - 1] += ` ${t}`;
        }
      }
    }
    if (rel.modifiedStructureMembers && rel.modifiedStructureMembers.length === 0) delete rel.modifiedStructureMembers;
    releases.push(rel);
  });
  return releases;
}
