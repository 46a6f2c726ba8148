/** Reads a manifest entry's sources, runs the right recovery and parser for each, and merges them into one spec. */
import { basename, join } from "node:path";
import type { Diagnostic, Protocol, Spec } from "./model.js";
import { withDerivedFacts } from "./derive/derive-facts.js";
import { chooseEndpoint, profileOfFamily, protocolProfile } from "./profiles/protocols.js";
import { toSourceLines, type SourceLine } from "./recover/source-lines.js";
import { hasPageFurniture, pageTitles, removePageFurniture } from "./recover/pdf-layout.js";
import { markdownToLines } from "./recover/markdown-blocks.js";
import type { ParsedDocument } from "./parse/parsed-document.js";
import { detectFamily, familyOfProtocol, familyParsers, type DocumentFamily } from "./parse/document-families.js";
import { hasDelimiterRow, hasFenceLine, hasMarkdownTable } from "./recover/run-on-rows.js";
import { resolveStructureTypes } from "./parse/undocumented-structures.js";
import { parseTencentV3Markdown } from "./parse/tencent-v3-markdown.js";
import { parseAliyunRpcMarkdown } from "./parse/aliyun-rpc-markdown.js";
import { reconcileNamesWithExamples } from "./reconcile-names.js";
import { typeQueryValues } from "./parse/query-example.js";
import { DocumentError, assertReadableText, readInputFile } from "./document-error.js";
import { compareText } from "./text-order.js";

export interface SourceRef {
  file: string;
  dialect: "pdf-text" | "markdown" | "auto";
  family?: DocumentFamily;
}
export interface ApiEntry {
  id: string;
  provider: string;
  service: string;
  apiVersion: string;
  protocol: Protocol;
  title: string;
  sources: SourceRef[];
  /** Package name suffix and client class, for the emitters (e.g. "tencentcloud-redis", "RedisClient"). */
  package?: { name: string; client: string };
}

/**
 * A document's dialect where its manifest entry or `parse` leaves it to the text. Markdown source
 * shows its syntax (a code fence or a table's delimiter row), which a PDF rendering never keeps; a
 * PDF text shows page footers. Only then headings, tabs and pipes decide: a PDF text's code
 * samples print `# comment` and Ruby's `|item|` lines, which look like them.
 */
export function detectDialect(text: string): "pdf-text" | "markdown" {
  if (hasFenceLine(text) || hasDelimiterRow(text)) return "markdown";
  if (hasPageFurniture(text)) return "pdf-text";
  return /^#{1,6} /m.test(text) || /\t/.test(text) || /^[^|\n]+\|[^|\n]+\|/m.test(text) ? "markdown" : "pdf-text";
}

/**
 * The lines a family parser reads, and a PDF text's page titles (they mark where sections begin).
 * The Alibaba and API 2.0 parsers read tab tables and fences themselves (markdown parsing would
 * merge the cells), so they get the text's own lines, the API 2.0 one without page furniture; the
 * API 3.0 parser gets markdown or recovered PDF lines. A text is split into lines once.
 */
function readerInput(family: DocumentFamily, document: string, dialect: "pdf-text" | "markdown"): { lines: SourceLine[]; titles: SourceLine[] } {
  // a no-break space is a space to the line readers: website exports and PDF extracts put one
  // between the words of a cell ("Array of", "Parameter Name"), where the readers split cells and
  // match phrases at spaces, and a row with one lost its field, a header its table
  const text = document.includes("\u00a0") ? document.replaceAll("\u00a0", " ") : document;
  const ownLines = family === "aliyun-rpc" || family === "tencent-v2";
  if (!ownLines && dialect === "markdown") return { lines: markdownToLines(text), titles: [] };
  const raw = toSourceLines(text);
  return { lines: family === "aliyun-rpc" ? raw : removePageFurniture(raw), titles: dialect === "pdf-text" ? pageTitles(raw) : [] };
}

/** A document's text, read and decoded once (a DocumentError names the file when it cannot be). */
export function readDocumentText(path: string): string {
  const name = basename(path);
  return assertReadableText(readInputFile(path, name), name);
}

export function parseDocument(path: string, dialect: SourceRef["dialect"] = "auto", family?: DocumentFamily): ParsedDocument {
  return parseDocumentText(basename(path), readDocumentText(path), dialect, family);
}

/** `name`: the file name diagnostics cite. */
export function parseDocumentText(name: string, text: string, dialect: SourceRef["dialect"] = "auto", family?: DocumentFamily): ParsedDocument {
  const fam = family ?? detectFamily(text);
  const d = dialect === "auto" ? detectDialect(text) : dialect;
  // the docs' markdown source (pipe tables) is read by structure from its remark tree; PDF text
  // and website exports with tab tables go through layout recovery and the line reader, without
  // paying for a remark pass that could find no table
  const pipeTables = d === "markdown" && hasMarkdownTable(text);
  if (fam === "tencent-v3" && pipeTables) {
    const doc = parseTencentV3Markdown(name, text);
    if (doc.actions.length > 0) return doc;
  }
  if (fam === "aliyun-rpc" && pipeTables) {
    const doc = parseAliyunRpcMarkdown(name, text);
    if (doc.actions.length > 0) return doc;
  }
  // the Alibaba parser reads tab and pipe rows and code fences itself, and removes its own vendor's
  // page furniture: Tencent's would drop its URL-only example lines, markdown's would flatten its tables
  // the dialect told once (each telling is several searches of the whole text)
  const { lines, titles } = readerInput(fam, text, d);
  const parser = familyParsers[fam];
  if (!parser) throw new DocumentError(`${name}:1: no parser for the ${fam} document family yet`);
  const doc = parser(name, lines, titles);
  if (doc.actions.length === 0) {
    throw new DocumentError(`${name}:1: no API actions found: this does not look like a ${profileOfFamily(fam).documents.title} reference`);
  }
  return doc;
}

/** `parsed`: documents the caller has already parsed (by path), so none is read twice. */
export function buildSpec(entry: ApiEntry, sourceDir: string, parsed: ReadonlyMap<string, ParsedDocument> = new Map()): Spec {
  const docs = entry.sources.map((s) => {
    const path = join(sourceDir, s.file);
    return { ref: s, doc: parsed.get(path) ?? parseDocument(path, s.dialect, s.family ?? familyOfProtocol(entry.protocol)) };
  });
  const [primary, ...others] = docs;
  const diagnostics: Diagnostic[] = docs.flatMap((d) => d.doc.diagnostics);
  const actions = [...primary.doc.actions];
  const structures = [...primary.doc.structures];
  const errors = [...primary.doc.errors];
  for (const o of others) {
    for (const a of o.doc.actions) {
      const mine = actions.find((x) => x.name === a.name);
      if (!mine) {
        actions.push(a);
        continue;
      }
      for (const f of a.input)
        if (!mine.input.some((g) => g.name === f.name)) {
          mine.input.push(f);
          diagnostics.push({ severity: "warning", message: `${a.name}.${f.name} documented only in ${o.ref.file}; merged`, at: f.source ?? o.ref.file });
        }
      for (const f of a.output) if (!mine.output.some((g) => g.name === f.name)) mine.output.push(f);
      for (const f of mine.input) {
        const theirs = a.input.find((g) => g.name === f.name);
        if (theirs && (theirs.type !== f.type || theirs.array !== f.array || theirs.required !== f.required)) {
          diagnostics.push({
            severity: "warning",
            message: `${a.name}.${f.name}: ${primary.ref.file} says ${f.type}${f.array ? "[]" : ""}${f.required ? " required" : ""}, ${o.ref.file} says ${theirs.type}${theirs.array ? "[]" : ""}${theirs.required ? " required" : ""}`,
            at: theirs.source ?? o.ref.file,
          });
        }
      }
    }
    const mainEp = primary.doc.endpoints[0];
    for (const ep of o.doc.endpoints)
      if (mainEp && ep !== mainEp) {
        diagnostics.push({
          severity: "warning",
          message: `endpoint disagreement: ${primary.ref.file} says ${mainEp}, ${o.ref.file} says ${ep}`,
          at: `${o.ref.file}:1`,
        });
      }
  }
  resolveStructureTypes(actions, structures, diagnostics, primary.ref.file);
  reconcileNamesWithExamples(actions, diagnostics, structures);
  for (const a of actions) typeQueryValues(a, structures);
  const endpoints = [...new Set(docs.flatMap((d) => d.doc.endpoints))];
  const endpoint = chooseEndpoint(protocolProfile({ service: { protocol: entry.protocol } }), entry.service, endpoints);
  if (primary.doc.apiVersion && primary.doc.apiVersion !== entry.apiVersion) {
    diagnostics.push({
      severity: "error",
      message: `manifest says version ${entry.apiVersion}, document says ${primary.doc.apiVersion}`,
      at: `${primary.ref.file}:1`,
    });
  }
  return withDerivedFacts({
    formatVersion: 2,
    service: {
      provider: entry.provider,
      name: entry.service,
      apiVersion: entry.apiVersion,
      protocol: entry.protocol,
      endpoint,
      endpoints,
      title: entry.title,
      source: { file: primary.ref.file, ...(primary.doc.released ? { released: primary.doc.released } : {}), files: entry.sources.map((s) => s.file) },
    },
    actions: actions.sort((a, b) => compareText(a.name, b.name)),
    structures: structures.sort((a, b) => compareText(a.name, b.name)),
    errors: errors.sort((a, b) => compareText(a.code, b.code)),
    releases: primary.doc.releases,
    listedActions: primary.doc.listedActions,
    diagnostics,
  });
}
