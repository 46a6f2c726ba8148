/** Which actions page through a list by Offset/Limit, so the client can offer an async iterator. */
import type { Action, Field } from "../model.js";

export interface Paginated {
  offset: string;
  limit: string;
  total: string;
  items: string;
}

const isInt = (f: Field) => f.type === "integer" && !f.array;

/**
 * An action pages by item offset when it takes integer Offset and Limit, returns one list and a
 * total. Offsets the docs describe as page numbers are left out: advancing them by the number of
 * items received would skip pages.
 */
export function paginationOf(action: Action): Paginated | undefined {
  const offset = action.input.find((f) => /^offset$/i.test(f.name) && isInt(f));
  const limit = action.input.find((f) => /^limit$/i.test(f.name) && isInt(f));
  const total = action.output.find((f) => /^total(count|num)?$/i.test(f.name) && isInt(f));
  const lists = action.output.filter((f) => f.array);
  if (!offset || !limit || !total || lists.length !== 1) return undefined;
  // "Page number for data return…" is a page offset; "offset = limit * (page number - 1)" is not
  if (/^\s*(page (number|index)|页码|第几页)/i.test(offset.description)) return undefined;
  return { offset: offset.name, limit: limit.name, total: total.name, items: lists[0].name };
}
