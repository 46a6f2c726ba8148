/**
 * One parameter or member row of a markdown table, read cell by cell through the column roles:
 * the name cell (a `.N` suffix makes a list), the type cell (`Array of X`, a type word, or a
 * structure named by its text or its link), the Required cell (the profile's yes/no words), and the
 * description, from which nullability, deprecation and listed values are read.
 */
import type { Field } from "../model.js";
import type { TableRow } from "../recover/markdown-document.js";
import { normalizePhrase, type DocumentProfile } from "../profiles/document-profile.js";
import { cellOf, cellText, type ColumnRoles } from "./table-roles.js";
import { describeField } from "./field-description.js";
import { singleSpaced } from "./spacing.js";

// an alternation, not a class: a class holding U+200D (the joiner) reads as one joined character
const ZERO_WIDTH = /\u200b|\u200c|\u200d|\ufeff/g;
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z0-9_]+)*$/;

export interface TypeCell {
  type: string;
  array: boolean;
  format?: string;
  /** Set when the type names a data structure (the spec type is then the structure's name). */
  structure?: string;
}

/** Reads a type cell ("Array of [Filter](…#Filter)", "Integer", "Timestamp ISO8601"). */
export function readTypeCell(text: string, links: string[], profile: DocumentProfile): TypeCell | undefined {
  let t = singleSpaced(text.replace(ZERO_WIDTH, "")).trim();
  let array = false;
  for (const p of profile.arrayOf) {
    if (t.toLowerCase().startsWith(p.toLowerCase())) {
      array = true;
      t = t.slice(p.length).trim();
      break;
    }
  }
  if (!t) return undefined;
  // "Integer(int64)", "Timestamp ISO8601": the type word leads the cell
  const word = typeWord(t, profile) ?? typeWord(t.split(/[ (（]/)[0], profile);
  if (word) return { type: word.type, array: array || !!word.array, ...(word.format ? { format: word.format } : {}) };
  // a structure: its name is the cell's text; a link's anchor (`#Filter`) confirms or supplies it
  const anchor = links.map((l) => l.match(/#([A-Za-z][A-Za-z0-9_]*)$/)?.[1]).find(Boolean);
  const name = IDENTIFIER.test(t) && !t.includes(".") ? t : anchor;
  return name ? { type: name, array, structure: name } : undefined;
}

function typeWord(t: string, profile: DocumentProfile) {
  const direct = profile.types[t];
  if (direct) return direct;
  const key = normalizePhrase(t);
  for (const [w, v] of Object.entries(profile.types)) if (normalizePhrase(w) === key) return v;
  // "Array of Strings": a type word in the plural is that type word
  if (/s$/i.test(t)) for (const [w, v] of Object.entries(profile.types)) if (normalizePhrase(w) === key.slice(0, -1)) return v;
  return undefined;
}

/** The wire name of a name cell, and whether its `.N` suffix made it a list. */
export function readNameCell(text: string, profile: DocumentProfile): { name: string; list: boolean } | undefined {
  // markup and a stray trailing full stop ("HostIds.") are not part of the name
  let t = text
    .replace(ZERO_WIDTH, "")
    .replace(/[`*]/g, "")
    .trim()
    .replace(/[.。,，:：]+$/, "");
  // a name broken by a wrap ("Connection Domain") is one word on the wire
  if (/^[A-Za-z0-9_.]+( [A-Za-z0-9_.]+)+$/.test(t) && t.split(" ").length <= 3) t = t.replace(/ /g, "");
  let list = false;
  for (const s of profile.listSuffixes) {
    if (t.toLowerCase().endsWith(s.toLowerCase()) && t.length > s.length) {
      t = t.slice(0, -s.length);
      list = true;
      break;
    }
  }
  return IDENTIFIER.test(t) ? { name: t, list } : undefined;
}

export function readRequiredCell(text: string, profile: DocumentProfile): boolean | undefined {
  const key = normalizePhrase(text);
  if (profile.yes.some((w) => normalizePhrase(w) === key)) return true;
  if (profile.no.some((w) => normalizePhrase(w) === key)) return false;
  return undefined;
}

export type RowResult = { field: Field; structure?: string } | { problem: string };

/** A table row as a field; `problem` says why a row with a name could not be read. */
export function readFieldRow(row: TableRow, roles: ColumnRoles, profile: DocumentProfile, file: string): RowResult | undefined {
  const rawName = cellText(row, roles, "name");
  if (!rawName) return undefined;
  const name = readNameCell(rawName, profile);
  if (!name) return { problem: `row name "${rawName.slice(0, 60)}" is not a parameter name` };
  let typeCell = cellOf(row, roles, "type");
  let requiredText = cellText(row, roles, "required");
  let descriptionText = cellText(row, roles, "description");
  // a Required word where the type belongs: the row's cells are in another order than the header's
  if (readRequiredCell(typeCell?.text ?? "", profile) !== undefined) {
    const t = roles.type!;
    if (roles.required !== undefined && readRequiredCell(requiredText, profile) === undefined) {
      [typeCell, requiredText] = [cellOf(row, roles, "required"), typeCell?.text ?? ""];
    } else if (roles.required === undefined && row.cells[t + 1] && readTypeCell(row.cells[t + 1].text, row.cells[t + 1].links, profile)) {
      // a Required cell the header does not have: the type and description follow it
      [requiredText, typeCell] = [typeCell?.text ?? "", row.cells[t + 1]];
      descriptionText = row.cells
        .slice(t + 2)
        .map((c) => c.text)
        .join(" ")
        .trim();
    }
  }
  const type = readTypeCell(typeCell?.text ?? "", typeCell?.links ?? [], profile);
  if (!type) return { problem: `${name.name}: type "${(typeCell?.text ?? "").slice(0, 60)}" is not a known type or structure name` };
  const required = readRequiredCell(requiredText, profile) ?? false;
  const field: Field = {
    name: name.name,
    type: type.type,
    array: type.array || name.list,
    required,
    description: "",
    ...(type.format ? { format: type.format } : {}),
    source: `${file}:${row.line}`,
  };
  Object.assign(field, describeField(descriptionText));
  return { field, structure: type.structure };
}
