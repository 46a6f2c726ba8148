/**
 * Rebuilds parameter/member table rows from recovered lines. A PDF row wraps over several lines
 * ("Accounts" / "Array of" / "Account" / "Account details."), so a row is recognised by its head
 * (name, optional Yes/No, type) read across up to four lines, and everything up to the next head is
 * its description.
 */
import type { Field } from "../model.js";
import type { SourceLine } from "../recover/source-lines.js";
import { describeField } from "./field-description.js";
import { tencentV3Profile } from "../profiles/tencent-v3.js";
import { isColumnHeaderLine } from "../profiles/document-profile.js";

const P = tencentV3Profile;
const BASIC_TYPES = P.types;
const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const YES_NO = [...P.yes, ...P.no].map(escape).join("|");
const YES = new Set(P.yes);
const ARRAY_OF = P.arrayOf[0];

const NAME = "([A-Za-z][A-Za-z0-9_]*(?:\\.[Nn])?)";
/** A line shaped like a row head whose type is a CamelCase name: a structure the document never defines. */
const UNKNOWN_TYPE_ROW = new RegExp(`^${NAME}( (?:${YES_NO}) (?:${ARRAY_OF} )?| ${ARRAY_OF} )([A-Z][A-Za-z0-9]+)(?: |$)`);

export interface RowContext {
  file: string;
  structureNames: Set<string>;
  /** Input tables have a Required column; output tables do not; structure tables may. */
  required: "always" | "never" | "maybe";
  /** Told of a line shaped like a row that could not be read as one (its type is no known type or structure). */
  onProblem?: (message: string, line: SourceLine) => void;
}

function typeAlternatives(structs: Set<string>): string {
  const names = [...Object.keys(BASIC_TYPES), ...structs].sort((a, b) => b.length - a.length);
  return names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
}

/** A first line that may be the start of a head split over lines ("Accounts" / "Array of" / "Account"). */
const SPLIT_HEAD = new RegExp(`^[A-Za-z][A-Za-z0-9_.]*( (${YES_NO}))?( Array| ${ARRAY_OF})?$|^[A-Za-z][A-Za-z0-9_.]* (${ARRAY_OF} \\S+|\\S+)$`);
/** A head whose type cell "Array of String" wraps around the start of the description. */
const ARRAY_WRAPPED = new RegExp(`^[A-Za-z][A-Za-z0-9_.]*( (${YES_NO}))? Array$`);
const YES_NO_LINE = new RegExp(`^(${YES_NO})$`);

/**
 * The patterns built from a table's known types (the basic ones and the document's structures),
 * made once per structure set: a document has thousands of rows and one set.
 */
interface TypePatterns {
  heads: Partial<Record<RowContext["required"], RegExp>>;
  /** Name, type, then Required ("Region String Yes"). */
  swapped: RegExp;
  /** A line that is a type name, maybe followed by text. */
  typeLine: RegExp;
  /**
   * The words a head's second word can be (a Required word, "Array", a type's first word), by
   * table kind: a line whose second word is none of them is no head, known without the patterns.
   */
  secondWords: Record<RowContext["required"], Set<string>>;
}

const cache = new WeakMap<Set<string>, TypePatterns>();

function typePatterns(structs: Set<string>): TypePatterns {
  let p = cache.get(structs);
  if (!p) {
    const types = typeAlternatives(structs);
    const firstWord = (w: string) => w.split(" ")[0]!;
    const typeWords = [...Object.keys(BASIC_TYPES), ...structs, ARRAY_OF].map(firstWord);
    const yesNo = [...P.yes, ...P.no].map(firstWord);
    p = {
      heads: {},
      swapped: new RegExp(`^${NAME} (${ARRAY_OF} |)(${types}) (${YES_NO})(?=$| )(?: (.*))?$`),
      typeLine: new RegExp(`^(${types})(?: (.*))?$`),
      secondWords: { always: new Set(yesNo), never: new Set(typeWords), maybe: new Set([...yesNo, ...typeWords]) },
    };
    cache.set(structs, p);
  }
  return p;
}

function headPatterns(ctx: RowContext): RegExp {
  const p = typePatterns(ctx.structureNames);
  const hit = p.heads[ctx.required];
  if (hit) return hit;
  const types = typeAlternatives(ctx.structureNames);
  const req = ctx.required === "always" ? ` (${YES_NO})` : ctx.required === "maybe" ? `(?: (${YES_NO}))?` : "()";
  return (p.heads[ctx.required] = new RegExp(`^${NAME}${req} (${ARRAY_OF} |)(${types})(?=$| )(?: (.*))?$`));
}

/** Structure tables put Required after Type ("Region String Yes"): read that order too. */
function matchHead(joined: string, ctx: RowContext, head: RegExp, patterns: TypePatterns): RegExpMatchArray | null {
  // every head is a name, one space, then its second word: most description lines stop here
  const one = joined.indexOf(" ");
  if (one < 0) return null;
  const two = joined.indexOf(" ", one + 1);
  if (!patterns.secondWords[ctx.required].has(joined.slice(one + 1, two < 0 ? undefined : two))) return null;
  if (ctx.required !== "maybe") return joined.match(head);
  const swapped = joined.match(patterns.swapped);
  if (!swapped) return joined.match(head);
  const [all, name, arrayOf, type, req, rest] = swapped;
  const out = [all, name, req, arrayOf, type, rest] as unknown as RegExpMatchArray;
  return out;
}

export function parseFieldRows(lines: SourceLine[], ctx: RowContext): Field[] {
  // the rows' lines, trimmed once here (and a line put back below is trimmed too): the reading
  // below looks at each line's text several times
  const body: SourceLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const t = l.text.trim();
    if (t !== "" && !isColumnHeaderLine(t, P)) body.push(t === l.text ? l : { ...l, text: t });
  }
  const head = headPatterns(ctx);
  // asked of every line: the document's patterns looked up once per table, not per line
  const patterns = typePatterns(ctx.structureNames);
  const fields: Field[] = [];
  let current: { field: Field; desc: string[] } | undefined;
  const flush = () => {
    if (!current) return;
    Object.assign(current.field, describeField(current.desc.join(" ")));
    fields.push(current.field);
    current = undefined;
  };
  for (let i = 0; i < body.length; i++) {
    const first = body[i].text;
    let m: RegExpMatchArray | null = null;
    let used = 1;
    if (/^[A-Za-z][A-Za-z0-9_.]*( |$)/.test(first)) {
      m = matchHead(first, ctx, head, patterns);
      // a head split over lines ("Accounts" / "Array of" / "Account") must end where a line ends
      if (!m && SPLIT_HEAD.test(first)) {
        let joined = first;
        for (let k = 1; k < 5 && i + k < body.length && !m; k++) {
          joined += " " + body[i + k].text;
          const mm = matchHead(joined, ctx, head, patterns);
          if (mm && mm[5] === undefined) {
            m = mm;
            used = k + 1;
          }
        }
      }
    }
    if (!m && ARRAY_WRAPPED.test(first) && body[i + 1]?.text === "of") {
      // the type cell "Array of String" can wrap around the start of the description
      const { typeLine } = patterns;
      for (let k = 2; k < 10 && i + k < body.length; k++) {
        const t = body[i + k].text;
        const tm = t.match(typeLine);
        if (tm && (ctx.structureNames.has(tm[1]) || /^[A-Z][a-z]+ list\.?$|^(String|Integer)$/.test(t))) {
          const desc = body.slice(i + 2, i + k).map((l) => l.text);
          m = (first + " of " + tm[1] + " " + desc.join(" ")).trim().match(head);
          if (m) {
            body.splice(i + k, 1, ...(tm[2] ? [{ ...body[i + k], text: tm[2].trim() }] : []));
            used = k;
          }
          break;
        }
      }
    }
    if (m && ctx.required === "maybe" && !m[2] && YES_NO_LINE.test(body[i + used]?.text ?? "")) {
      m = [...m] as unknown as RegExpMatchArray;
      m[2] = body[i + used].text;
      used++;
    }
    if (m) {
      flush();
      const [, rawName, req, arrayOf, typeName, rest] = m;
      const isN = /\.[Nn]$/.test(rawName);
      const basic = BASIC_TYPES[typeName];
      const field: Field = {
        name: isN ? rawName.slice(0, -2) : rawName,
        type: basic ? basic.type : typeName,
        array: arrayOf !== "" || isN,
        required: YES.has(req),
        description: "",
        source: `${ctx.file}:${body[i].line}`,
      };
      if (basic?.format) field.format = basic.format;
      current = { field, desc: rest ? [rest] : [] };
      i += used - 1;
    } else if (current) {
      const unknown = first.match(UNKNOWN_TYPE_ROW);
      if (unknown && !BASIC_TYPES[unknown[3]] && !ctx.structureNames.has(unknown[3]) && /^[A-Z][a-z]+[A-Z]/.test(unknown[3])) {
        ctx.onProblem?.(
          `row ${unknown[1]} names type ${unknown[3]}, which is no known type or documented structure; read as description of ${current.field.name}`,
          body[i],
        );
      }
      current.desc.push(first);
    }
  }
  flush();
  return fields;
}
