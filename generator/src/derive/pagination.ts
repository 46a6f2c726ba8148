/**
 * Which actions page through a list, so the client can offer an async iterator over the pages.
 * Two styles are in the corpus: an item offset (`Offset`/`Limit`, Tencent; `offset`/`limit`, API
 * 2.0) and a page number (`PageNumber`/`PageSize`, Alibaba). The list may be a field of the
 * response (`InstanceSet`) or of its one wrapper object (Alibaba's `Instances.Instance`, API 2.0's
 * `data.redisSet`).
 *
 * Derived once when the spec is built and stored as the action's `pagination`: the emitters and
 * anyone else reading the spec take it from there.
 */
import type { Action, Field, Pagination, Spec } from "../model.js";

const isInt = (f: Field) => f.type === "integer" && !f.array && !f.map;

/**
 * Offsets the docs describe as page numbers are left out of the offset style: advancing them by
 * the number of items received would skip pages.
 */
export function paginationOf(spec: Pick<Spec, "structures">, action: Action): Pagination | undefined {
  const input = (re: RegExp) => action.input.find((f) => re.test(f.name) && isInt(f));
  const total = action.output.find((f) => /^total(count|num)?$/i.test(f.name) && isInt(f));
  if (!total) return undefined;
  const items = listPath(spec, action);
  if (!items) return undefined;
  const offset = input(/^offset$/i),
    limit = input(/^limit$/i);
  if (offset && limit && !/^\s*(page (number|index)|页码|第几页)/i.test(offset.description)) {
    return { style: "offset", cursor: offset.name, size: limit.name, total: total.name, items };
  }
  const page = input(/^page(number|no|num|index)$/i),
    size = input(/^page(size|limit)$/i);
  if (page && size) return { style: "page", cursor: page.name, size: size.name, total: total.name, items };
  return undefined;
}

/** The response's one list, directly or inside its one wrapper object. */
function listPath(spec: Pick<Spec, "structures">, action: Action): string[] | undefined {
  const lists = action.output.filter((f) => f.array && !f.map);
  if (lists.length === 1) return [lists[0].name];
  if (lists.length > 1) return undefined;
  // only actions that output a total get here, a few per API: the map is made for each
  const members = new Map(spec.structures.map((s) => [s.name, s.members]));
  const wrapped = action.output.flatMap((f) => {
    if (f.array || f.map) return [];
    const inner = (members.get(f.type) ?? []).filter((m) => m.array && !m.map);
    return inner.length === 1 ? [[f.name, inner[0].name]] : [];
  });
  return wrapped.length === 1 ? wrapped[0] : undefined;
}
