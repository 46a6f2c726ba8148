/**
 * Reads the JSON examples of Alibaba's references, which are often not JSON: the outer braces are
 * left off, commas between members are missing, a list loses the "}, {" between its items, the
 * closing brackets are dropped or swapped, a long string is cut off at the page edge or wrapped onto
 * the next line, a key is printed with spaces inside its quotes or without quotes at all. Every
 * repair is named, so `check` can report what the page got wrong; text that cannot be read even so
 * gives an error instead of a guess.
 *
 * `topLevelKeys` are the response table's top-level names: where a member of the response root
 * follows a nested member without a comma, the page has lost the brackets that closed the nesting.
 */
type Tok = { t: "{" | "}" | "[" | "]" | ":" | "," | "str" | "scalar"; v?: unknown; bare?: boolean };

export interface LenientJson {
  value?: unknown;
  repairs: string[];
  error?: string;
}

const KEY_AHEAD = /^[ \t]*\n?[ \t]*"[^"\n]*"\s*:/;

function tokenize(src: string, repairs: Set<string>): Tok[] {
  const toks: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === "/" && src[i + 1] === "*") {
      const e = src.indexOf("*/", i + 2);
      i = e < 0 ? src.length : e + 2;
      continue;
    }
    if ("{}[]:,".includes(c)) {
      toks.push({ t: c as Tok["t"] });
      i++;
      continue;
    }
    if (c === '"' || c === "“" || c === "”") {
      const prev = toks.at(-1);
      // a closing quote left after an unquoted value ('BackupType: fullbackup ",')
      if (prev?.bare && prev.t === "scalar" && /^["”]\s*([,}\]\n]|$)/.test(src.slice(i))) {
        repairs.add("stray quote");
        i++;
        continue;
      }
      if (c !== '"') repairs.add("curly quotes");
      let s = "";
      i++;
      for (; i < src.length; i++) {
        const d = src[i];
        if (d === "\\" && i + 1 < src.length) {
          s += d + src[i + 1];
          i++;
          continue;
        }
        if (d === '"' || d === "”" || d === "“") {
          i++;
          break;
        }
        if (d === "\n") {
          const rest = src.slice(i + 1);
          if (KEY_AHEAD.test("\n" + rest) || /^\s*[}\]]/.test(rest)) {
            repairs.add("string cut off at the page edge");
            break;
          }
          // a string the page wrapped: the next line continues it
          while (i + 1 < src.length && /[ \t]/.test(src[i + 1])) i++;
          repairs.add("string wrapped over lines");
          continue;
        }
        s += d;
      }
      let v: string;
      try {
        v = JSON.parse(`"${s.replace(/\\(?!["\\/bfnrtu])/g, "\\\\").replace(/[\u0000-\u001f]/g, "")}"`) as string;
      } catch {
        v = s;
      }
      toks.push({ t: "str", v });
      continue;
    }
    const m = src.slice(i).match(/^[^\s{}[\]:,"“”]+/);
    const word = m ? m[0] : c;
    i += word.length;
    if (/^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(word)) toks.push({ t: "scalar", v: Number(word) });
    else if (word === "true" || word === "false") toks.push({ t: "scalar", v: word === "true" });
    else if (word === "null") toks.push({ t: "scalar", v: null });
    else {
      repairs.add("unquoted text");
      toks.push({ t: "scalar", v: word, bare: true });
    }
  }
  return toks;
}

type Frame =
  | { kind: "obj"; value: Record<string, unknown>; key?: string; state: "key" | "colon" | "value" | "after" }
  | { kind: "arr"; value: unknown[]; state: "value" | "after" };

export function parseLenientJson(text: string, hints: { topLevelKeys?: Set<string> } = {}): LenientJson {
  const set = new Set<string>();
  const toks = tokenize(text, set);
  if (!toks.length) return { repairs: [], error: "no JSON text" };
  const isKeyTok = (n: number) => (toks[n]?.t === "str" || toks[n]?.bare) && toks[n + 1]?.t === ":";
  let root: unknown;
  const stack: Frame[] = [];
  let n = 0;
  let wrapped = false;
  if (toks[0].t !== "{" && toks[0].t !== "[") {
    if (!isKeyTok(0)) return { repairs: [], error: "not a JSON object" };
    set.add("missing outer braces");
    wrapped = true;
    root = {};
    stack.push({ kind: "obj", value: root as Record<string, unknown>, state: "key" });
  }
  const put = (v: unknown) => {
    const top = stack.at(-1);
    if (!top) {
      root = v;
      return;
    }
    if (top.kind === "obj") {
      top.value[top.key!] = v;
      top.state = "after";
    } else {
      top.value.push(v);
      top.state = "after";
    }
  };
  const open = (kind: "obj" | "arr") => {
    const v = kind === "obj" ? {} : [];
    put(v);
    stack.push(kind === "obj" ? { kind, value: v as Record<string, unknown>, state: "key" } : { kind, value: v as unknown[], state: "value" });
  };
  const close = () => {
    stack.pop();
  };
  /** A key where a comma was expected, or a repeated key: what did the page lose? */
  const beforeKey = (key: string, missingComma: boolean) => {
    if (missingComma) {
      set.add("missing commas");
      if (hints.topLevelKeys?.has(key) && stack.length > 1 && !(key in (stack.at(-1)!.value as object))) {
        set.add("missing closing brackets before a top-level member");
        while (stack.length > 1) close();
      }
    }
    const top = stack.at(-1)!;
    const parent = stack.at(-2);
    if (top.kind === "obj" && key in top.value && parent?.kind === "arr") {
      set.add('missing "}, {" between list items');
      close();
      open("obj");
    }
  };
  for (; n < toks.length; n++) {
    const tok = toks[n];
    const top = stack.at(-1);
    if (!top) {
      if (root !== undefined) {
        if (tok.t === "}" || tok.t === "]") {
          set.add("extra closing brackets");
          continue;
        }
        set.add("text after the JSON ignored");
        break;
      }
      if (tok.t === "{") open("obj");
      else if (tok.t === "[") open("arr");
      continue;
    }
    if (top.kind === "obj") {
      if (top.state === "key" || top.state === "after") {
        if (tok.t === ",") {
          if (top.state === "key") set.add("stray commas");
          top.state = "key";
          continue;
        }
        if (tok.t === "}") {
          if (top.state === "key" && Object.keys(top.value).length && toks[n - 1]?.t === ",") set.add("trailing commas");
          close();
          continue;
        }
        if (tok.t === "]") {
          set.add("mismatched closing brackets");
          close();
          n--;
          continue;
        }
        if (tok.t === "str" || tok.bare) {
          const key = String(tok.v).trim();
          if (key !== String(tok.v)) set.add("spaces inside quoted keys");
          beforeKey(key, top.state === "after");
          const cur = stack.at(-1) as Frame & { kind: "obj" };
          cur.key = key;
          cur.state = "colon";
          continue;
        }
        return { repairs: [...set], error: `unexpected ${tok.t === "scalar" ? JSON.stringify(tok.v) : tok.t} in an object` };
      }
      if (top.state === "colon") {
        if (tok.t === ":") {
          top.state = "value";
          continue;
        }
        set.add("missing colons");
        top.state = "value";
      }
      // value
      if (tok.t === "{") {
        open("obj");
        continue;
      }
      if (tok.t === "[") {
        open("arr");
        continue;
      }
      if (tok.t === "str" || tok.t === "scalar") {
        put(tok.v);
        continue;
      }
      return { repairs: [...set], error: `member ${top.key} has no value` };
    }
    // array
    if (tok.t === ",") {
      if (top.state === "value") set.add("stray commas");
      top.state = "value";
      continue;
    }
    if (tok.t === "]") {
      if (top.state === "value" && top.value.length && toks[n - 1]?.t === ",") set.add("trailing commas");
      close();
      continue;
    }
    if (tok.t === "}") {
      set.add("mismatched closing brackets");
      close();
      n--;
      continue;
    }
    if (top.state === "after") set.add("missing commas");
    if (isKeyTok(n)) {
      // a member where an item was expected: the items' braces were lost
      set.add("missing braces around a list item");
      open("obj");
      n--;
      continue;
    }
    if (tok.t === "{") open("obj");
    else if (tok.t === "[") open("arr");
    else put(tok.v);
  }
  // the braces added around a bare member list are not the page's missing brackets
  if (stack.length > (wrapped && stack[0]?.value === root ? 1 : 0)) set.add("missing closing brackets");
  return { value: root, repairs: [...set] };
}
