/**
 * Rebuilds an action's nested response from its flat tables and its examples.
 *
 * The tables imply nesting only by position: a row with no type ("Instances", "Tags") opens a
 * structure whose members follow, with no row that closes it; a List row takes its members from a
 * structure table further down ("Table 8-3: InstanceNetInfo parameters"). Only the examples show
 * the real shape: the JSON renders XML lists as `{"Instances": {"DBInstanceAttribute": [...]}}`,
 * and rows the table's order puts under Tags are members of DBInstanceAttribute. So the examples
 * decide where each row belongs and what each list's items are called; the tables give types and
 * descriptions; rows no example shows stay where their position puts them, and keys no table row
 * documents are added from the example and reported.
 */
import type { Diagnostic, Field, Structure } from "../../model.js";
import { describeCell, documentedType } from "./field-text.js";
import { editDistance } from "../../edit-distance.js";

export interface Row {
  name: string;
  documentedAs?: string;
  type: string;
  description: string;
  depth: number;
  line: number;
  /** The item name the table gives a list (`Array of Widget`, or a wrapper row after it). */
  item?: string;
  /** What the row is when no example shows it: one object, a plain array, or the family's list wrapper. */
  shape?: "object" | "array" | "wrapper";
  /** A free-form object (or list of them) whose members the page prints in its example cell, not as rows. */
  leaf?: boolean;
  /** The row's own Required cell, where its table has one. */
  required?: boolean;
}
export interface StructTable {
  name: string;
  rows: Row[];
  line: number;
}

interface Node {
  row: Row;
  children: Node[];
  parent?: Node;
  /** The container the examples put this row in, once they have. */
  home?: Node;
  container: boolean;
  list: boolean;
  itemName?: string;
  exampleKey?: string;
}

type Shape = { obj?: Map<string, Shape>; arr?: Shape; emptyArr?: boolean; scalar?: Set<string> };

export function shapeOf(v: unknown): Shape {
  if (Array.isArray(v)) return v.length ? { arr: v.map(shapeOf).reduce(mergeShape) } : { emptyArr: true };
  if (v && typeof v === "object") return { obj: new Map(Object.entries(v).map(([k, x]) => [k, shapeOf(x)])) };
  return { scalar: new Set([v === null ? "null" : Number.isInteger(v) ? "integer" : typeof v]) };
}

export function mergeShape(a: Shape, b: Shape): Shape {
  const out: Shape = {};
  if (a.obj || b.obj) {
    out.obj = new Map(a.obj ?? []);
    for (const [k, v] of b.obj ?? []) out.obj.set(k, out.obj.has(k) ? mergeShape(out.obj.get(k)!, v) : v);
  }
  if (a.arr || b.arr) out.arr = a.arr && b.arr ? mergeShape(a.arr, b.arr) : (a.arr ?? b.arr);
  if (a.emptyArr || b.emptyArr) out.emptyArr = true;
  if (a.scalar || b.scalar) out.scalar = new Set([...(a.scalar ?? []), ...(b.scalar ?? [])]);
  return out;
}

/** `{"Tag": [...]}`: an object whose one member is a list is the JSON rendering of an XML list. */
function asWrapper(s: Shape | undefined): { item: string; items?: Shape } | undefined {
  if (!s?.obj || s.obj.size !== 1) return undefined;
  const [[item, inner]] = [...s.obj];
  if (!inner.arr && !inner.emptyArr) return undefined;
  return { item, items: inner.arr };
}

/** A structure name as the spec requires it (`^[A-Z][A-Za-z0-9_]*$`): "cList" → "CList". */
export function structureTypeName(name: string): string {
  const t = name.replace(/[^A-Za-z0-9_]/g, "");
  return /^[A-Za-z]/.test(t) ? t[0].toUpperCase() + t.slice(1) : `T${t}`;
}

export function singular(name: string): string {
  if (/ies$/.test(name)) return name.slice(0, -3) + "y";
  if (/(ss|x|ch|sh)es$/.test(name)) return name.slice(0, -2);
  if (/[^s]s$/.test(name)) return name.slice(0, -1);
  return name + "Item";
}

const capitals = (s: string) => (s.match(/[A-Z]/g) ?? []).length;

/** Between two spellings that differ only by case, the one with more word humps: wire names are PascalCase, a lowercased hump is a typing slip. */
export function betterCase(a: string, b: string): string {
  return capitals(b) > capitals(a) ? b : a;
}

export interface ShapeContext {
  action: string;
  file: string;
  structures: Map<string, Structure>;
  diagnostics: Diagnostic[];
  /** Where the JSON example starts, for fields only the example documents. */
  exampleLine?: number;
  /**
   * Markdown tables print nesting flat: a list row (`Array of Widget`) opens a level as a typeless
   * row does, and a structure another action defines with other members gets the action's name.
   */
  listsOpen?: boolean;
}

export function buildOutput(rows: Row[], tables: StructTable[], example: unknown, ctx: ShapeContext): Field[] {
  const root: Node = { row: { name: "", type: "", description: "", depth: 0, line: 0 }, children: [], container: true, list: false };
  const pool: Node[] = [];
  const place = (list: Row[], top: Node) => {
    const markers = list.some((r) => r.depth > 0);
    let stack = [top];
    for (const row of list) {
      if (markers && row.depth === 0) stack = [top];
      // tree marks say the level outright: "└└ Key" is two levels down
      else if (markers && ctx.listsOpen && stack.length > row.depth + 1) stack.length = row.depth + 1;
      const t = documentedType(row.type);
      const n: Node = {
        row,
        children: [],
        parent: stack.at(-1),
        container: !!t?.container && !row.leaf,
        list: !!t?.list,
        ...(row.item ? { itemName: row.item } : {}),
      };
      stack.at(-1)!.children.push(n);
      pool.push(n);
      if (n.container && (!n.list || ctx.listsOpen)) stack.push(n);
    }
  };
  place(
    rows.filter((r) => r.name !== "RequestId"),
    root,
  );
  // structure tables fill the List rows that name them ("Composed of InstanceNetInfo parameters", "Array composed of Backups")
  for (const t of tables) {
    const lists = pool.filter((n) => n.list && !n.itemName);
    const words = (n: Node) => new Set(n.row.description.split(/[^A-Za-z0-9]+/));
    const target = lists.find((n) => words(n).has(t.name) || singular(n.row.name) === t.name || words(n).has(t.name + "s")) ?? lists[0];
    if (!target) {
      ctx.diagnostics.push({
        severity: "warning",
        message: `${ctx.action}: structure table ${t.name} belongs to no List row of the response`,
        at: `${ctx.file}:${t.line}`,
      });
      continue;
    }
    target.itemName = t.name;
    place(t.rows, target);
  }

  const exampleLine = ctx.exampleLine ?? 0;
  const exampleOnly = new Map<Node, { key: string; shape: Shape }[]>();
  const moved: Node[] = [];
  const rootShape = example && typeof example === "object" ? shapeOf(example) : undefined;
  /** Containers whose items the example shows with members. */
  const shown = new Set<Node>();
  const find = (key: string, nodes: Node[]) =>
    nodes.find((n) => !n.home && n.row.name === key) ?? nodes.find((n) => !n.home && n.row.name.toLowerCase() === key.toLowerCase());
  /**
   * The list wrapper an example shows for a list row: `{"Tag": [...]}`, or, where the table names
   * the item (`Array of Widget`), `{"Widget": {...}}`, a wrapper around a list of one.
   */
  const wrapperNoted = new Set<Node>();
  const wrapperOf = (n: Node, s: Shape | undefined): { item: string; items?: Shape } | undefined => {
    const w = asWrapper(s);
    if (w || !ctx.listsOpen || !n.list || !n.itemName || !s?.obj || s.obj.size !== 1) return w;
    const [[key, inner]] = [...s.obj];
    if (key.toLowerCase() !== n.itemName.toLowerCase() || !inner.obj) return undefined;
    if (!wrapperNoted.has(n)) {
      wrapperNoted.add(n);
      ctx.diagnostics.push({
        severity: "warning",
        message: `${ctx.action}: the table says ${n.row.name} is a list of ${n.itemName}; the example shows one ${key} object in it; read as a list`,
        at: `${ctx.file}:${n.row.line}`,
      });
    }
    return { item: key, items: inner };
  };
  const itemLevel = (n: Node, s: Shape): Shape | undefined => {
    const w = wrapperOf(n, s);
    if (w) {
      n.itemName = w.item;
      return w.items;
    }
    return s.arr ?? (s.obj ? s : undefined);
  };
  // claim: every key the examples show, level by level; a key the level's own rows lack is looked
  // for among all rows (the table's order misplaced it) only after every level had its own pick
  if (rootShape?.obj) {
    const queue: [Node, Shape][] = [[root, rootShape]];
    let deferred: [Node, string, Shape][] = [];
    const claim = (c: Node, key: string, s: Shape, n: Node) => {
      n.home = c;
      n.exampleKey = key;
      if (n.parent !== c) moved.push(n);
      if (n.container) {
        const lvl = itemLevel(n, s);
        if (lvl?.obj) {
          queue.push([n, lvl]);
          if (lvl.obj.size) shown.add(n);
        }
      }
    };
    while (queue.length || deferred.length) {
      if (queue.length) {
        const [c, s] = queue.shift()!;
        for (const [key, sub] of s.obj!) {
          if (c === root && key.toLowerCase() === "requestid") continue;
          const n = find(key, c.children);
          if (n) claim(c, key, sub, n);
          else deferred.push([c, key, sub]);
        }
        continue;
      }
      const now = deferred;
      deferred = [];
      for (const [c, key, sub] of now) {
        const n = find(key, pool);
        if (n) claim(c, key, sub, n);
        else {
          const list = exampleOnly.get(c) ?? exampleOnly.set(c, []).get(c)!;
          if (!list.some((x) => x.key === key)) list.push({ key, shape: sub });
        }
      }
    }
  }
  for (const n of pool) n.home ??= n.parent;
  if (ctx.listsOpen && rootShape?.obj) {
    // a flat table never closes a level: a row the example does not show, after the last row the
    // example confirms in the level the table's order put it in, belongs to the level above
    const lastConfirmed = new Map<Node, number>();
    for (const n of pool) if (n.exampleKey && n.home) lastConfirmed.set(n.home, Math.max(lastConfirmed.get(n.home) ?? 0, n.row.line));
    // a level whose items the example shows, none of them a row after it: the rows after it are not its members
    for (const c of shown) if (!lastConfirmed.has(c)) lastConfirmed.set(c, c.row.line);
    for (const n of pool) {
      const c = n.parent;
      if (n.exampleKey || !c || c === root || n.home !== c) continue;
      const last = lastConfirmed.get(c);
      if (last !== undefined && n.row.line > last) {
        n.home = c.home ?? root;
        moved.push(n);
      }
    }
  }
  if (moved.length) {
    const byHome = new Map<Node, Node[]>();
    for (const n of moved) (byHome.get(n.home!) ?? byHome.set(n.home!, []).get(n.home!)!).push(n);
    for (const [home, ns] of byHome) {
      const from = [...new Set(ns.map((n) => n.parent!.row.name || "the response"))].join(", ");
      ctx.diagnostics.push({
        severity: "warning",
        message: `${ctx.action}: the example puts ${ns.map((n) => n.row.name).join(", ")} in ${home === root ? "the response" : (home.itemName ?? home.row.name)}, not under ${from} where the table's order puts them`,
        at: `${ctx.file}:${ns[0].row.line}`,
      });
    }
  }

  const shapeFor = (n: Node, parentShape: Shape | undefined) => (n.exampleKey ? parentShape?.obj?.get(n.exampleKey) : undefined);

  const membersOf = (c: Node, s: Shape | undefined, owner: string): Field[] => {
    const fields: Field[] = [];
    const seen = new Set<string>();
    for (const n of pool.filter((x) => x.home === c).sort((a, b) => a.row.line - b.row.line)) {
      const f = fieldOf(n, shapeFor(n, s), owner);
      if (seen.has(f.name)) {
        ctx.diagnostics.push({ severity: "warning", message: `${ctx.action}: ${owner} documents ${f.name} twice`, at: `${ctx.file}:${n.row.line}` });
        continue;
      }
      seen.add(f.name);
      fields.push(f);
    }
    for (const { key, shape } of exampleOnly.get(c) ?? []) {
      if (seen.has(key)) continue;
      const near = ctx.listsOpen
        ? pool.find((x) => x.home === c && !x.exampleKey && editDistance(x.row.name.toLowerCase(), key.toLowerCase()) <= 2)
        : undefined;
      if (near) {
        ctx.diagnostics.push({
          severity: "warning",
          message: `${ctx.action}: the example sends ${owner}.${key} where the table documents ${near.row.name}; the spec follows the table`,
          at: `${ctx.file}:${near.row.line}`,
        });
        continue;
      }
      const twin = pool.find((x) => x.row.name === key);
      const row: Row = { name: key, type: scalarType(shape), description: twin?.row.description ?? "", depth: 0, line: twin?.row.line ?? 0 };
      const n: Node = { row, children: [], container: row.type === "", list: false, exampleKey: key };
      const f = fieldOf(n, shape, owner);
      f.source = `${ctx.file}:${exampleLine}`;
      ctx.diagnostics.push({
        severity: "warning",
        message: `${ctx.action}: the example sends ${owner}.${key}, which the response table does not document; added as ${f.type}${f.array ? "[]" : ""}`,
        at: `${ctx.file}:${exampleLine}`,
      });
      seen.add(key);
      fields.push(f);
    }
    return fields;
  };

  const fieldOf = (n: Node, s: Shape | undefined, owner: string): Field => {
    const row = n.row;
    let name = row.name;
    let documentedAs = row.documentedAs;
    if (n.exampleKey && n.exampleKey !== name && ctx.listsOpen) {
      // the docs' own source has no wrap damage: its table spells the wire name; the example differing is reported
      ctx.diagnostics.push({
        severity: "warning",
        message: `${ctx.action}: the table says ${owner}.${name}, the example sends ${n.exampleKey}; the spec follows the table`,
        at: `${ctx.file}:${row.line}`,
      });
    } else if (n.exampleKey && n.exampleKey !== name) {
      const better = betterCase(name, n.exampleKey);
      if (better !== name) {
        ctx.diagnostics.push({
          severity: "warning",
          message: `${ctx.action}: the table says ${owner}.${name}, the example sends ${n.exampleKey}; the spec uses ${better}`,
          at: `${ctx.file}:${row.line}`,
        });
        documentedAs ??= name;
        name = better;
      }
    }
    if (row.documentedAs)
      ctx.diagnostics.push({
        severity: "warning",
        message: `${ctx.action}: the table's name "${row.documentedAs}" is wrap-damaged; the spec uses ${name}${n.exampleKey === name ? " (as the example sends it)" : ""}`,
        at: `${ctx.file}:${row.line}`,
      });
    const d = describeCell(row.description);
    const f: Field = {
      name,
      type: "string",
      array: false,
      required: row.required ?? false,
      ...d,
      ...(documentedAs ? { documentedAs } : {}),
      source: `${ctx.file}:${row.line}`,
    };
    if (!n.container) {
      const t = documentedType(row.type);
      if (t?.container) {
        f.type = "object";
        f.array = !!t.list;
      } else if (t) {
        f.type = t.type;
        if (t.format) f.format = t.format;
        if (t.list) f.array = true;
      } else if (row.type) {
        ctx.diagnostics.push({
          severity: "warning",
          message: `${ctx.action}: ${owner}.${name} has unknown type "${row.type}"; read as string`,
          at: `${ctx.file}:${row.line}`,
        });
      }
      // a `List` the example shows as a list of objects is one
      if (ctx.listsOpen && f.array && f.type === "string" && s?.arr?.obj) f.type = "object";
      return f;
    }
    const w = wrapperOf(n, s);
    // a list's structure is named for its item; a single object (a Struct row) for itself
    const item = w?.item ?? n.itemName ?? (n.list || s?.arr || s?.emptyArr || !s?.obj ? singular(name) : name);
    const itemShape = w ? w.items : (s?.arr ?? (s?.obj && !w ? s : undefined));
    const hasMembers = pool.some((x) => x.home === n) || (exampleOnly.get(n)?.length ?? 0) > 0;
    let itemType: string;
    if (hasMembers || itemShape?.obj) {
      itemType = define(item, row.description, membersOf(n, itemShape, item), row.line);
    } else if (itemShape?.scalar) itemType = scalarFieldType(itemShape);
    else itemType = "object";
    // XML cannot tell one item from a list of one: the table's `Array of X` decides
    if (s?.obj && !w && ctx.listsOpen && row.shape === "array") {
      f.type = itemType;
      f.array = true;
      return f;
    }
    if (s?.obj && !w) {
      f.type = itemType;
      return f;
    } // a nested object, not a list
    if (s?.arr || (s?.emptyArr && row.shape !== "wrapper" && ctx.listsOpen)) {
      f.type = itemType;
      f.array = true;
      return f;
    }
    if (!s && row.shape === "object") {
      f.type = itemType;
      return f;
    }
    if (!s && row.shape === "array") {
      f.type = itemType;
      f.array = true;
      return f;
    }
    if (!s) {
      ctx.diagnostics.push({
        severity: "warning",
        message: `${ctx.action}: no example shows ${owner}.${name}; read as the family's list wrapper {"${item}": [...]}`,
        at: `${ctx.file}:${row.line}`,
      });
    }
    const wrapper = `${item}List`;
    f.type = define(
      wrapper,
      `The list wrapper of ${item}: Alibaba's JSON renders an XML list as an object whose one member, ${item}, holds the items.`,
      [
        {
          name: item,
          type: itemType,
          array: true,
          required: false,
          description: row.description ? describeCell(row.description).description : "",
          source: `${ctx.file}:${row.line}`,
        },
      ],
      row.line,
    );
    return f;
  };

  /** Defines a structure and returns its name: one structure per shape, an action's own name where another action's differs. */
  const define = (rawName: string, description: string, members: Field[], line: number): string => {
    // an example's key ("c") can name a level: a structure's name is a type name all the same
    const name = structureTypeName(rawName);
    const prev = ctx.structures.get(name);
    if (!prev) {
      ctx.structures.set(name, { name, description: describeCell(description).description, members, usedBy: [], source: `${ctx.file}:${line}` });
      return name;
    }
    if (ctx.listsOpen) {
      const sig = (ms: Field[]) => JSON.stringify(ms.map((m) => [m.name, m.type, m.array, m.required]).sort());
      if (sig(prev.members) === sig(members)) return name;
      const own = name.startsWith(ctx.action) ? name : `${ctx.action}${name}`;
      if (own !== name) return define(own, description, members, line);
    }
    for (const m of members) if (!prev.members.some((x) => x.name === m.name)) prev.members.push(m);
    return name;
  };

  return membersOf(root, rootShape, ctx.action);
}

function scalarType(s: Shape): string {
  if (s.obj || s.arr || s.emptyArr) return "";
  const t = [...(s.scalar ?? [])].filter((x) => x !== "null");
  if (t.length === 1 && t[0] === "integer") return "Integer";
  if (t.every((x) => x === "integer" || x === "number") && t.length) return "Double";
  if (t.length === 1 && t[0] === "boolean") return "Boolean";
  return "String";
}

function scalarFieldType(s: Shape): string {
  return documentedType(scalarType(s) || "String")!.type;
}
