/**
 * The request and response examples of an action: the query parameters of the sample request URL,
 * and the response JSON, made to agree with the spec's names where the page only slipped on letter
 * case, each change recorded so `check` reports it.
 */
import type { Field, Structure } from "../../model.js";
import { betterCase } from "./response-shape.js";

/** Code fences in lines [from, to): the text of each block, with the line it starts on. */
export function codeBlocks(lines: { text: string; line: number }[], from: number, to: number): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  let cur: { text: string[]; line: number } | undefined;
  for (let i = from; i < to; i++) {
    const t = lines[i].text;
    if (/^\s*```/.test(t)) {
      if (cur) {
        out.push({ text: cur.text.join("\n"), line: cur.line });
        cur = undefined;
      } else cur = { text: [], line: lines[i].line + 1 };
      continue;
    }
    cur?.text.push(t);
  }
  if (cur) out.push({ text: cur.text.join("\n"), line: cur.line });
  return out;
}

const decode = (v: string) => {
  try {
    return decodeURIComponent(v);
  } catch {
    return v;
  }
};

/**
 * "?Action=X&InstanceId=r-bp1…" printed one parameter a line ("&InstanceClass= redis.master…",
 * "& ClassicExpiredDays=120"): name → value, with the page's stray spaces trimmed.
 */
export function queryParameters(text: string): [string, string, number][] {
  const out: [string, string, number][] = [];
  text.split("\n").forEach((line, n) => {
    for (const m of line.matchAll(/(?:^|[?&])\s*([A-Za-z][A-Za-z0-9_.]*)\s*=\s*([^&\n]*?)\s*(?=&|$)/g)) {
      if (/^https?$/i.test(m[1])) continue;
      out.push([m[1], decode(m[2].trim()), n]);
    }
  });
  return out;
}

export function exampleInput(text: string, skip: Set<string>): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const [k, v] of queryParameters(text)) {
    if (skip.has(k) || k === "Action") continue;
    const rep = k.match(/^(.+)\.(\d+)$/);
    if (rep) {
      const list = (input[rep[1]] as unknown[] | undefined) ?? [];
      list[Number(rep[2]) - 1 >= 0 ? Number(rep[2]) - 1 : list.length] = v;
      input[rep[1]] = list;
    } else input[k] = v;
  }
  return input;
}

/**
 * Renames example keys that differ from a field only by letter case to the field's name (the
 * field already took the better spelling), and turns a decoded JSON object printed where the table
 * documents a String back into the string the API sends.
 */
export function alignExample(value: unknown, fields: Field[], structs: Map<string, Structure>, path: string, notes: string[]): unknown {
  if (!value || typeof value !== "object" || Array.isArray(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    let f = fields.find((x) => x.name === k);
    let key = k;
    if (!f) {
      f = fields.find((x) => x.name.toLowerCase() === k.toLowerCase());
      if (f && !(f.name in value)) {
        notes.push(`${path}.${k} read as ${f.name}`);
        key = f.name;
      } else f = undefined;
    }
    let val = v;
    if (f?.type === "string" && val && typeof val === "object") {
      notes.push(`${path}.${key} printed as decoded JSON; kept as the JSON string the table documents`);
      val = JSON.stringify(val);
    } else if (f && structs.has(f.type)) {
      const members = structs.get(f.type)!.members;
      val = Array.isArray(val)
        ? val.map((x) => alignExample(x, members, structs, `${path}.${key}`, notes))
        : alignExample(val, members, structs, `${path}.${key}`, notes);
    }
    out[key] = val;
  }
  return out;
}

/** Input names: where the table and the examples differ only by case, the better-cased spelling wins on both sides. */
export function alignInputNames(fields: Field[], inputs: Record<string, unknown>[], notes: string[][], onRename: (f: Field, from: string) => void): void {
  inputs.forEach((input, n) => {
    for (const k of Object.keys(input)) {
      if (fields.some((f) => f.name === k)) continue;
      const f = fields.find((x) => x.name.toLowerCase() === k.toLowerCase());
      if (!f) continue;
      const better = betterCase(f.name, k);
      if (better === k) {
        const from = f.name;
        f.documentedAs ??= from;
        f.name = k;
        onRename(f, from);
      } else {
        notes[n].push(`input ${k} read as ${f.name}`);
        const v = input[k];
        delete input[k];
        input[f.name] = v;
      }
    }
  });
}
