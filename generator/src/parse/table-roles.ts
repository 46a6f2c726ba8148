/**
 * Tables are read by the roles of their columns, told by the header row through the family's
 * profile: a parameter table has a name, a type and a description column (a Required column makes
 * it a request table), an error table an error-code column. Column order is whatever the page uses.
 */
import type { Cell, TableRow } from "../recover/markdown-document.js";
import { normalizePhrase, type ColumnRole, type DocumentProfile } from "../profiles/document-profile.js";

export type ColumnRoles = Partial<Record<ColumnRole, number>>;

export type TableKind = "parameters" | "errors" | "other";

const lookups = new WeakMap<DocumentProfile, Map<string, ColumnRole>>();

/** Normalized column word → role; the first role listing a word keeps it. */
function roleLookup(profile: DocumentProfile): Map<string, ColumnRole> {
  let lookup = lookups.get(profile);
  if (lookup) return lookup;
  lookup = new Map();
  for (const [role, words] of Object.entries(profile.columns) as [ColumnRole, string[]][]) {
    for (const w of words) if (!lookup.has(normalizePhrase(w))) lookup.set(normalizePhrase(w), role);
  }
  lookups.set(profile, lookup);
  return lookup;
}

export function columnRoles(header: Cell[], profile: DocumentProfile): ColumnRoles {
  const roles: ColumnRoles = {};
  const lookup = roleLookup(profile);
  header.forEach((cell, i) => {
    const role = lookup.get(normalizePhrase(cell.text));
    if (role && roles[role] === undefined) roles[role] = i;
  });
  return roles;
}

export function tableKind(roles: ColumnRoles): TableKind {
  if (roles.errorCode !== undefined && roles.type === undefined) return "errors";
  if (roles.name !== undefined && roles.type !== undefined) return "parameters";
  return "other";
}

/** The text of a row's cell in a role, or "" where the row has no such cell. */
export function cellText(row: TableRow, roles: ColumnRoles, role: ColumnRole): string {
  const i = roles[role];
  return i === undefined ? "" : (row.cells[i]?.text ?? "").trim();
}

export function cellOf(row: TableRow, roles: ColumnRoles, role: ColumnRole): Cell | undefined {
  const i = roles[role];
  return i === undefined ? undefined : row.cells[i];
}
