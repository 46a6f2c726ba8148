const KEY_QUOTE_AS_MARK = /([{,]\s*)>([A-Za-z_]\w*)"(\s*:)/g;
/** In a string, what ends or escapes it; outside, what opens or closes a container or a string. */
const STRING_STOP = /["\\]/g;
const STRUCTURE_STOP = /["{}[\]]/g;

/**
 * Finds the first JSON object in a run of lines. Examples are wrapped and split over pages, and a
 * page break can displace or lose a closing bracket: one that does not match the open container,
 * or that is directly followed by a key (`} "Name": …`), is dropped; a key inside an array closes
 * the array; containers still open where the text ends are closed. `repaired` says so, for `check`.
 */
export function firstJsonObject(raw: string, from = 0): { json: string; end: number; repaired?: string } | undefined {
  // a key's opening quote exported as a blockquote mark (`, >Description": …`) would turn every
  // string after it inside out; same length, so offsets into the text stay valid
  const text = raw.replace(KEY_QUOTE_AS_MARK, '$1"$2"$3');
  const quoteMarks = text === raw ? 0 : (raw.match(KEY_QUOTE_AS_MARK) ?? []).length;
  const start = text.indexOf("{", from);
  if (start < 0) return undefined;
  const open: string[] = [];
  let inString = false;
  // the object's text is copied in runs (a displaced bracket ends a run), not a character at a
  // time: examples are a good part of a reference, and this runs before the code is optimized
  let out = "";
  let runFrom = start;
  let displaced = 0;
  let i = start;
  for (; i < text.length; i++) {
    // jump to the next character that matters: a quote or escape in a string, a bracket or quote outside
    const stop = inString ? STRING_STOP : STRUCTURE_STOP;
    // (test, not exec: a global pattern's test moves lastIndex just the same, without a match array)
    stop.lastIndex = i;
    if (!stop.test(text)) {
      i = text.length;
      break;
    }
    i = stop.lastIndex - 1;
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else inString = false;
      continue;
    }
    if (c === '"') {
      // a key inside an array: the array's "]" was lost at a page break, so close it here
      if (open.at(-1) === "]" && open.length > 1 && /^"[^"]*"\s*:/.test(text.slice(i, i + 200))) {
        out = `${(out + text.slice(runFrom, i)).replace(/,\s*$/, "")}],`;
        runFrom = i;
        open.pop();
        displaced++;
      }
      inString = true;
    } else if (c === "{" || c === "[") open.push(c === "{" ? "}" : "]");
    else {
      if (open.at(-1) !== c || (open.length > 1 && /^\s*"[^"]*"\s*:/.test(text.slice(i + 1, i + 200)))) {
        // dropped: the run so far is kept, the next starts after it
        out += text.slice(runFrom, i);
        runFrom = i + 1;
        displaced++;
        continue;
      }
      open.pop();
      if (open.length === 0) {
        out += text.slice(runFrom, i + 1);
        const notes = [
          quoteMarks ? `${quoteMarks} key quote(s) printed as ">"` : "",
          displaced ? `${displaced} displaced or lost closing bracket(s) repaired` : "",
        ]
          .filter(Boolean)
          .join(", ");
        return { json: out, end: i + 1, ...(notes ? { repaired: notes } : {}) };
      }
    }
  }
  out += text.slice(runFrom, Math.min(i, text.length));
  if (!displaced && !open.length) return undefined;
  // the text ended with containers open: their closers were displaced (or lost) at a page break
  const closers = open.reverse().join("");
  return {
    json: out.trimEnd().replace(/,$/, "") + closers,
    end: text.length,
    repaired: `${quoteMarks ? `${quoteMarks} key quote(s) printed as ">", ` : ""}${displaced ? `${displaced} displaced or lost closing bracket(s) repaired, ` : ""}${closers.length} missing closing bracket(s) added`,
  };
}

/**
 * Parses an example's JSON; where the page's typography broke it (curly quotes, trailing commas),
 * parses the repaired text and says what was repaired, so `check` can report it.
 */
export function tryParseJson(json: string): { value?: unknown; error?: string; repaired?: string } {
  const parsed = parseRepairingTypography(json);
  if (parsed.value === undefined) return parsed;
  // a key wrapped over a line break ("I\nnstanceId") reads as "I nstanceId"; wire names have no spaces
  // (looked for first: most examples have none, and rebuilding the whole value to find out is not free)
  if (!hasWrappedKey(parsed.value)) return parsed;
  const keys = { wrapped: 0 };
  const value = joinWrappedKeys(parsed.value, keys);
  if (!keys.wrapped) return parsed;
  return { value, repaired: [parsed.repaired, "keys broken by a line wrap"].filter(Boolean).join(", ") };
}

const WRAPPED_KEY = /^[A-Za-z0-9_.]+(\s+[A-Za-z0-9_.]+)+$/;

/** Whether any key in the value, at any depth, is a wire name broken by white space. */
function hasWrappedKey(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasWrappedKey);
  if (!value || typeof value !== "object") return false;
  for (const [k, v] of Object.entries(value)) if (WRAPPED_KEY.test(k) || hasWrappedKey(v)) return true;
  return false;
}

function joinWrappedKeys(value: unknown, keys: { wrapped: number }): unknown {
  if (Array.isArray(value)) return value.map((v) => joinWrappedKeys(v, keys));
  if (!value || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    const joined = WRAPPED_KEY.test(k) ? k.replace(/\s+/g, "") : k;
    if (joined !== k) keys.wrapped++;
    out[joined] = joinWrappedKeys(v, keys);
  }
  return out;
}

function parseRepairingTypography(json: string): { value?: unknown; error?: string; repaired?: string } {
  try {
    return { value: JSON.parse(json) };
  } catch (e) {
    const fixes: string[] = [];
    let text = json;
    if (/[“”]/.test(text)) {
      text = text.replace(/[“”]/g, '"');
      fixes.push("curly quotes");
    }
    if (/,\s*[}\]]/.test(text)) {
      text = text.replace(/,(\s*[}\]])/g, "$1");
      fixes.push("trailing commas");
    }
    if (fixes.length) {
      try {
        return { value: JSON.parse(text), repaired: fixes.join(", ") };
      } catch {
        /* fall through to the original error */
      }
    }
    return { error: (e as Error).message };
  }
}
