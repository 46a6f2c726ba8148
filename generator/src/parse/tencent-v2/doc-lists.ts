/**
 * The document's own lists of its actions, weighed against the sections its body documents: the
 * contents (section titles, one a line, "- " bullets lost after a page break), and the "API /
 * Action Name / Description" overview tables. The contents name sections by title, so their titles
 * are mapped to the actions of the sections with those titles; an overview row whose name no
 * section documents is matched to a section by title, to say which action it meant.
 */
import type { Diagnostic } from "../../model.js";
import type { SourceLine } from "../../recover/source-lines.js";
import { compareLists, type ActionList } from "../aliyun/doc-checks.js";
import type { Table } from "./tables.js";
import { oneOf, tencentV2Profile } from "../../profiles/tencent-v2.js";

export interface Section {
  title: string;
  titleIndex: number;
  end: number;
  action?: string;
}

export const normTitle = (t: string) =>
  t
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

/** Entries of the contents: from the "Contents" line to the first section title. */
export function readContents(lines: SourceLine[], sections: Section[]): { line: number; entries: { title: string; line: number }[] } | undefined {
  const contents = oneOf(tencentV2Profile.contents);
  const start = lines.findIndex((l) => contents.test(l.text.trim()));
  if (start < 0) return undefined;
  const end = sections.length ? sections[0].titleIndex : lines.length;
  const entries: { title: string; line: number }[] = [];
  for (let i = start + 1; i < end; i++) {
    const t = lines[i].text
      .trim()
      .replace(/^[-•*]\s+/, "")
      .trim();
    if (t) entries.push({ title: t, line: lines[i].line });
  }
  // the body opens by repeating the document's top headings ("API Documents", "Redis API 2017"), which the contents began with
  let m = Math.floor(entries.length / 2);
  while (m > 0 && !entries.slice(-m).every((e, n) => e.title === entries[n].title)) m--;
  return { line: lines[start].line, entries: entries.slice(0, entries.length - m) };
}

export interface ListReport {
  lists: ActionList[];
  listed: string[];
  diagnostics: Diagnostic[];
}

export function weighLists(file: string, lines: SourceLine[], sections: Section[], overview: Table[], documented: string[]): ListReport {
  const diagnostics: Diagnostic[] = [];
  const at = (line: number) => `${file}:${line}`;
  const actionSections = sections.filter((s) => s.action);
  const byTitle = new Map(actionSections.map((s) => [normTitle(s.title), s]));
  const allTitles = new Set(sections.map((s) => normTitle(s.title)));
  const bodyLines = new Set(lines.slice(sections[0]?.titleIndex ?? 0).map((l) => normTitle(l.text)));
  const lists: ActionList[] = [];

  const contents = readContents(lines, sections);
  if (contents) {
    const names: string[] = [];
    // the actions' part of the contents follows the last chapter that is no action (Intro … Use Case)
    const chapters = new Set(sections.filter((s) => !s.action).map((s) => normTitle(s.title)));
    const lastChapter = contents.entries.map((e) => chapters.has(normTitle(e.title))).lastIndexOf(true);
    for (const [n, e] of contents.entries.entries()) {
      const s = byTitle.get(normTitle(e.title));
      if (s) {
        names.push(s.action!);
        continue;
      }
      if (allTitles.has(normTitle(e.title)) || bodyLines.has(normTitle(e.title))) continue; // a chapter or category heading
      if (n > lastChapter) {
        names.push(`"${e.title}"`);
        diagnostics.push({ severity: "warning", message: `the contents list "${e.title}", which no section of the body has`, at: at(e.line) });
      }
    }
    if (names.length) lists.push({ title: "the contents", line: contents.line, names });
  }

  const rows = overview
    .flatMap((t) => t.rows.map((r) => ({ title: (r.cells.api ?? "").trim(), name: (r.cells.action ?? "").trim(), line: r.line })))
    .filter((r) => /^[A-Z][A-Za-z0-9]+$/.test(r.name));
  if (rows.length) {
    lists.push({ title: "the API overview table", line: overview[0].line, names: [...new Set(rows.map((r) => r.name))] });
    const doc = new Set(documented);
    for (const r of rows) {
      if (doc.has(r.name)) continue;
      const s = byTitle.get(normTitle(r.title));
      if (s && s.action !== r.name)
        diagnostics.push({
          severity: "warning",
          message: `the API overview table names ${r.name} for "${r.title}", where the body documents ${s.action}; the spec keeps ${s.action}`,
          at: at(r.line),
        });
    }
  }

  diagnostics.push(
    ...compareLists(
      file,
      documented,
      lists.map((l) => ({ ...l, names: l.names.filter((n) => !n.startsWith('"')) })),
    ),
  );
  const counts = new Set([documented.length, ...lists.map((l) => new Set(l.names).size)]);
  if (counts.size > 1)
    diagnostics.push({
      severity: "warning",
      message: `the document's action lists disagree: ${lists.map((l) => `${l.title} lists ${new Set(l.names).size}`).join(", ")}; the body documents ${documented.length}`,
      at: at(lists[0]?.line ?? 1),
    });
  const listed = [...new Set(lists.flatMap((l) => l.names).filter((n) => !n.startsWith('"')))].sort();
  return { lists, listed, diagnostics };
}
