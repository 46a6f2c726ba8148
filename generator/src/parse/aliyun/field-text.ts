/**
 * Table cells of an Alibaba reference: names with tree marks and wrap damage, documented types,
 * and descriptions in HTML whose "Valid values" lists give a field's enumeration.
 */
import type { Field } from "../../model.js";
import { htmlToText } from "../../recover/html-text.js";
import { describeField } from "../field-description.js";
import { singleSpaced } from "../spacing.js";

export interface TypeInfo {
  type: string;
  format?: string;
  container?: boolean;
  list?: boolean;
}

const TYPES: Record<string, TypeInfo> = {
  string: { type: "string" },
  integer: { type: "integer" },
  int: { type: "integer" },
  int32: { type: "integer" },
  long: { type: "integer", format: "int64" },
  int64: { type: "integer", format: "int64" },
  boolean: { type: "boolean" },
  bool: { type: "boolean" },
  float: { type: "number" },
  double: { type: "number" },
  number: { type: "number" },
  object: { type: "object" },
  json: { type: "object" },
  map: { type: "object" },
  binary: { type: "binary" },
  // a row without a type opens a structure whose members follow; List/Array rows take theirs from a structure table
  "": { type: "", container: true },
  "-": { type: "", container: true },
  struct: { type: "", container: true },
  list: { type: "", container: true, list: true },
  array: { type: "", container: true, list: true },
  字符串: { type: "string" },
  整型: { type: "integer" },
  长整型: { type: "integer", format: "int64" },
  布尔: { type: "boolean" },
  数组: { type: "", container: true, list: true },
};

export function documentedType(raw: string): TypeInfo | undefined {
  const key = raw.trim().toLowerCase();
  // newer references: "Array of String", "Array of Tag", "List<String>"
  const element = key.match(/^(?:array of|list of)\s+(\w+)$|^(?:array|list)\s*<\s*(\w+)\s*>$/);
  if (element) {
    const inner = TYPES[element[1] ?? element[2]];
    return inner && !inner.container && inner.type !== "object" ? { ...inner, list: true } : { type: "", container: true, list: true };
  }
  return TYPES[key];
}

/** "└ AccountName" → depth 1; "Connection Domain" (a wrap split the cell) → "ConnectionDomain". */
export function readNameCell(raw: string): { name: string; documentedAs?: string; depth: number; repeated: boolean } {
  const marks = raw.match(/^[\s└├│─-]*/)?.[0] ?? "";
  const depth = (marks.match(/[└├]/g) ?? []).length;
  let text = raw
    .slice(marks.length)
    .replace(/<[^>]+>/g, "")
    .trim();
  const repeated = /\.[Nn]$/.test(text);
  if (repeated) text = text.slice(0, -2);
  const joined = text.replace(/\s+/g, "");
  return { name: joined, ...(joined !== text ? { documentedAs: text } : {}), depth, repeated };
}

/** A wire name: what a name cell must look like to be a parameter row. */
export const WIRE_NAME = /^[A-Za-z][A-Za-z0-9_.]*$/;

const VALUES = /(?<![Dd]efault )(?:Valid values?|Value values|Supported values|Values?|Value range|可选值|有效值|取值范围|取值)\s*[:：]\s*(.*)$/i;

/**
 * The values a description enumerates after "Valid values:" (or "取值："): bullet items ("• Open:
 * enables…") by their first word, or a run-in list ("PrePaid and PostPaid", "14, 30, 60, and 120").
 * Ranges ("1024 to 65535", "1-9") and prose are not enumerations.
 */
export function enumeratedValues(description: string): string[] | undefined {
  const m = description.match(VALUES);
  if (!m) return undefined;
  const tail = m[1];
  let items: string[];
  if (/^[^•]{0,3}•/.test(tail) || /^\s*-\s/.test(tail)) {
    items = tail
      .split(/\s*•\s*|\s+-\s+/)
      .slice(1)
      .map((p) => p.trim().match(/^([A-Za-z0-9_.-]+)(?=$|[\s:：(（,，])/)?.[1] ?? "");
  } else {
    const run = tail.split(/\.(?:\s|$)|。|;|；/)[0];
    items = run.split(/\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|、|，|\s*\|\s*/).map((p) => p.trim());
  }
  items = items.filter((x, i) => x !== "" || i < items.length - 1);
  if (items.length < 2 || items.some((x) => !/^[A-Za-z0-9_.-]+$/.test(x) || /^\d+-\d+$/.test(x))) return undefined;
  return [...new Set(items)];
}

export function describeCell(raw: string): Pick<Field, "description"> & Partial<Field> {
  const text = singleSpaced(htmlToText(raw)).trim();
  const out = describeField(text);
  delete out.enum; // the family's own lists replace the Tencent-style "a: …; b: …" reading
  const values = enumeratedValues(text);
  if (values) out.enum = values;
  return out;
}
