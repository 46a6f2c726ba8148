/**
 * Rebuilds an API 2.0 action's nested response from its flat tables and its examples.
 *
 * The tables name each returned field by its dotted path (`data.redisSet.redisName`), spread over
 * several tables: the response table, then one table per container ("Array data is composed as
 * follows:", "goodsDetail array of renewed instance:") whose rows are either full paths or paths
 * relative to the container the caption names. The paths make a tree; every object in it becomes
 * a structure named after its action and path (`DescribeRedisDataRedisSet`), so names are
 * deterministic and never collide across actions.
 *
 * The tables say "Array" for objects as well as lists, so the examples decide: a node the example
 * shows as an object is one object, a list is a list. Where the example keys an object by IDs
 * (`"types": {"1": {...}}`, `"zones": [{"100002": "Guangzhou Zone 2"}]`) and the table names a
 * placeholder (`data.types.typeId.typeName`) or an example ID (`data.zones.100002`) as the key,
 * the field is a map (`map: true`): its `type` is the type of the values, a structure named after
 * the path where the values are objects. Where a table name and an example key differ by letter case or one
 * slip (`zonId` / `zoneId`) and the table's spelling appears in no example, the example's wins.
 * Every such decision is reported.
 */
import type { Diagnostic, Field, Structure } from "../../model.js";
import { describeField } from "../field-description.js";
import { mergeShape, shapeOf } from "../aliyun/response-shape.js";
import { editDistance } from "../../edit-distance.js";

export interface PathRow {
  path: string[];
  documentedAs?: string;
  type: string;
  description: string;
  line: number;
}

type Shape = ReturnType<typeof shapeOf>;

interface Node {
  name: string;
  row?: PathRow;
  children: Node[];
  documentedAs?: string;
}

export interface TreeContext {
  action: string;
  file: string;
  diagnostics: Diagnostic[];
  structures: Structure[];
}

const SCALARS: Record<string, { type: string; format?: string }> = {
  int: { type: "integer" },
  uint: { type: "integer" },
  integer: { type: "integer" },
  int64: { type: "integer", format: "int64" },
  uint64: { type: "integer", format: "uint64" },
  long: { type: "integer", format: "int64" },
  float: { type: "number" },
  double: { type: "number" },
  number: { type: "number" },
  string: { type: "string" },
  bool: { type: "boolean" },
  boolean: { type: "boolean" },
  timestamp: { type: "string", format: "timestamp" },
  date: { type: "string", format: "date" },
  datetime: { type: "string", format: "date-time" },
};

/** A documented type cell: a scalar, a container ("Array", "Object"), or text that is no type ("Task ID"). */
export function readType(raw: string): { scalar?: { type: string; format?: string }; container?: "array" | "object"; unknown?: boolean } {
  const t = raw.trim().toLowerCase().replace(/\s+/g, "");
  if (SCALARS[t]) return { scalar: SCALARS[t] };
  if (t === "array" || /^arrayof/.test(t) || t === "list") return { container: "array" };
  if (t === "object" || t === "map" || t === "json") return { container: "object" };
  return { unknown: true };
}

const pascal = (s: string) => s.replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ?? "").toUpperCase()).replace(/^./, (c) => c.toUpperCase());
const looksLikeKey = (k: string) => /^\d+$/.test(k) || /^[a-z]+-[a-z0-9]+$/.test(k);

export function buildResponse(rows: PathRow[], examples: unknown[], ctx: TreeContext): Field[] {
  const root: Node = { name: "", children: [] };
  for (const r of rows) {
    let node = root;
    for (const seg of r.path) {
      let child = node.children.find((c) => c.name === seg);
      if (!child) node.children.push((child = { name: seg, children: [] }));
      node = child;
    }
    // a second table (another kind of order: created, renewed, upgraded) repeats a member: the first stays
    node.row ??= r;
  }
  const objects = examples.filter((e) => e && typeof e === "object");
  const shape = objects.length ? objects.map(shapeOf).reduce(mergeShape) : undefined;
  return fieldsOf(root, shape, [], ctx);
}

function at(ctx: TreeContext, node: Node): string {
  return `${ctx.file}:${node.row?.line ?? 0}`;
}

/** Aligns the documented children's names with the keys the examples show. */
function alignNames(children: Node[], obj: Map<string, Shape> | undefined, path: string[], ctx: TreeContext): void {
  if (!obj) return;
  const keys = [...obj.keys()];
  for (const c of children) {
    if (obj.has(c.name)) continue;
    const free = keys.filter((k) => !children.some((x) => x.name === k));
    const alt =
      free.find((k) => k.toLowerCase() === c.name.toLowerCase()) ??
      free.find((k) => editDistance(k, c.name) === 1 && k + "s" !== c.name && c.name + "s" !== k && k.length >= 4);
    if (!alt) continue;
    ctx.diagnostics.push({
      severity: "warning",
      message: `${ctx.action}: the table says ${[...path, c.name].join(".")}, the example returns ${alt}; the spec uses ${alt}`,
      at: at(ctx, c),
    });
    c.documentedAs = c.row?.documentedAs ?? c.name;
    c.name = alt;
  }
}

function fieldsOf(node: Node, shape: Shape | undefined, path: string[], ctx: TreeContext): Field[] {
  const obj = shape?.obj ?? shape?.arr?.obj;
  alignNames(node.children, obj, path, ctx);
  if (obj) {
    const undocumented = [...obj.keys()].filter((k) => !node.children.some((c) => c.name === k));
    if (undocumented.length && !isMap(node, obj))
      ctx.diagnostics.push({
        severity: "warning",
        message: `${ctx.action}: the example returns ${undocumented.map((k) => [...path, k].join(".")).join(", ")}, which no table documents`,
        at: `${ctx.file}:${node.children[0]?.row?.line ?? node.row?.line ?? 0}`,
      });
  }
  return node.children.map((c) => fieldOf(c, obj?.get(c.name), [...path, c.name], ctx));
}

/** The example keys the object by IDs, and the table names one placeholder or example ID as the key. */
function isMap(node: Node, obj: Map<string, Shape> | undefined): boolean {
  if (node.children.length === 1 && looksLikeKey(node.children[0].name)) return true;
  if (!obj || !obj.size) return false;
  const keys = [...obj.keys()];
  return node.children.length === 1 && keys.every((k) => looksLikeKey(k) && k !== node.children[0].name);
}

function scalarOf(shape: Shape | undefined): { type: string } | undefined {
  const s = shape?.scalar ?? shape?.arr?.scalar;
  if (!s) return undefined;
  const kinds = [...s].filter((k) => k !== "null");
  if (kinds.length && kinds.every((k) => k === "integer")) return { type: "integer" };
  if (kinds.length && kinds.every((k) => k === "integer" || k === "number")) return { type: "number" };
  if (kinds.length && kinds.every((k) => k === "boolean")) return { type: "boolean" };
  return kinds.length ? { type: "string" } : undefined;
}

function fieldOf(node: Node, shape: Shape | undefined, path: string[], ctx: TreeContext): Field {
  const row = node.row;
  const documented = readType(row?.type ?? "");
  const base = describeField(row?.description ?? "");
  const field: Field = { name: node.name, type: "string", array: false, required: false, ...base, source: at(ctx, node) };
  if (node.documentedAs) field.documentedAs = node.documentedAs;
  const shownArray = shape ? !!(shape.arr || shape.emptyArr) && !shape.obj && !shape.scalar : undefined;
  const where = path.join(".");

  if (node.children.length || shape?.obj || shape?.arr?.obj) {
    const item = shape?.arr ?? shape;
    field.array = shownArray ?? documented.container === "array";
    if (shownArray === false && documented.container === "array")
      ctx.diagnostics.push({
        severity: "warning",
        message: `${ctx.action}: the table says ${where} is an Array, the example returns one object; the spec follows the example`,
        at: at(ctx, node),
      });
    if (isMap(node, item?.obj)) {
      const key = node.children[0];
      const valueShape = item?.obj ? [...item.obj.values()].reduce(mergeShape) : undefined;
      const keyName = looksLikeKey(key.name) ? "ID" : key.name;
      field.map = true;
      if (key.children.length) {
        const name = pascal(`${ctx.action}.${path.join(".")}`);
        const members = fieldsOf(key, valueShape, [...path, key.name], ctx);
        if (!ctx.structures.some((s) => s.name === name))
          ctx.structures.push({
            name,
            description: `A value of ${where} of the ${ctx.action} response (keyed by ${keyName}).`,
            members,
            usedBy: [],
            source: at(ctx, key),
          });
        field.type = name;
      } else field.type = scalarOf(valueShape)?.type ?? readType(key.row?.type ?? "").scalar?.type ?? "string";
      field.description = [field.description.replace(/\.?\s*$/, field.description ? "." : ""), `Keyed by ${keyName}.`].filter(Boolean).join(" ");
      ctx.diagnostics.push({
        severity: "warning",
        message: `${ctx.action}: the example keys ${where} by ${keyName} (the table documents ${[...path, key.name].join(".")}); the spec types ${where} as a map of ${field.type}`,
        at: at(ctx, key),
      });
      return field;
    }
    if (!node.children.length) {
      field.type = "object"; // the example shows members no table documents
      return field;
    }
    const name = pascal(`${ctx.action}.${path.join(".")}`);
    const members = fieldsOf(node, item, path, ctx);
    if (!ctx.structures.some((s) => s.name === name))
      ctx.structures.push({ name, description: base.description || `${where} of the ${ctx.action} response.`, members, usedBy: [], source: at(ctx, node) });
    field.type = name;
    return field;
  }

  // a leaf: the table's type, else what the example shows
  if (documented.scalar) {
    field.type = documented.scalar.type;
    if (documented.scalar.format) field.format = documented.scalar.format;
    field.array = shownArray ?? false;
  } else {
    const shown = scalarOf(shape);
    field.type = shown?.type ?? "string";
    field.array = shownArray ?? documented.container === "array";
    if (documented.unknown)
      ctx.diagnostics.push({
        severity: "warning",
        message: `${ctx.action}: ${where} has type "${row?.type}", which is no type; ${shown ? "the example shows" : "read as"} ${field.type}`,
        at: at(ctx, node),
      });
    if (documented.container === "object") field.type = "object";
  }
  return field;
}
