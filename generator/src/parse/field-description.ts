/** Reads what a field's description says about the field: nullability, deprecation, listed values. */
import type { Field } from "../model.js";
import { singleSpaced } from "./spacing.js";

const NULLABLE = /may return null|might return null|can return null|可能返回 ?null|返回null/i;
const DEPRECATED = /(has been|is) deprecated|no longer (used|supported|valid)|已废弃|已弃用|^deprecated|\bdiscarded\b/i;

/**
 * Whether an action's description says the action itself is deprecated ("This API is being
 * deprecated", "It is now deprecated", "This API is no longer used"), not merely one of its
 * parameters.
 */
export function saysActionDeprecated(description: string): boolean {
  return /^deprecated\b|\b(this (api|action|operation|interface)|it)\b[^.]*?\b(deprecated|discontinued|no longer (used|supported|maintained|available))|该接口已(废弃|下线)|已废弃|已下线/i.test(
    description,
  );
}

export function describeField(raw: string): Pick<Field, "description"> & Partial<Field> {
  // values the docs set in <code> come out as "Monday , Tuesday ." once the markup is gone
  const description = singleSpaced(raw)
    .replace(/ ([,.;)])(?=\s|$)/g, "$1")
    .replace(/\( /g, "(")
    .trim();
  const out: Pick<Field, "description"> & Partial<Field> = { description };
  if (NULLABLE.test(description)) out.nullable = true;
  if (DEPRECATED.test(description)) out.deprecated = true;
  const values = enumeratedValues(description);
  if (values) out.enum = values;
  return out;
}

/**
 * "Valid values: `PREPAID`: Monthly…; `POSTPAID_BY_HOUR`: …" and "- r: read-only. - w: …" lists.
 * Only returned when every listed value looks like a token, so prose is never mistaken for an enum.
 */
export function enumeratedValues(description: string): string[] | undefined {
  const m = description.match(/(?:Valid values|Value range|Values|取值范围|取值)\s*[:：](.*)$/i);
  if (!m) return undefined;
  const tail = m[1];
  const items = [...tail.matchAll(/(?:^|[\s;；,，])-?\s*([A-Za-z0-9_.-]+)\s*[:：]/g)].map((x) => x[1]);
  const unique = [...new Set(items)];
  if (unique.length < 2 || unique.some((v) => v.length > 40)) return undefined;
  return unique;
}
