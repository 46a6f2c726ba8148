/** Finds the first balanced JSON object in a run of lines (examples are wrapped and split over pages). */
export function firstJsonObject(text: string, from = 0): { json: string; end: number } | undefined {
  const start = text.indexOf("{", from);
  if (start < 0) return undefined;
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "{" || c === "[") depth++;
    else if (c === "}" || c === "]") {
      depth--;
      if (depth === 0) return { json: text.slice(start, i + 1), end: i + 1 };
    }
  }
  return undefined;
}

/**
 * Parses an example's JSON; where the page's typography broke it (curly quotes, trailing commas),
 * parses the repaired text and says what was repaired, so `check` can report it.
 */
export function tryParseJson(json: string): { value?: unknown; error?: string; repaired?: string } {
  const parsed = parseRepairingTypography(json);
  if (parsed.value === undefined) return parsed;
  // a key wrapped over a line break ("I\nnstanceId") reads as "I nstanceId"; wire names have no spaces
  const keys = { wrapped: 0 };
  const value = joinWrappedKeys(parsed.value, keys);
  if (!keys.wrapped) return parsed;
  return { value, repaired: [parsed.repaired, "keys broken by a line wrap"].filter(Boolean).join(", ") };
}

function joinWrappedKeys(value: unknown, keys: { wrapped: number }): unknown {
  if (Array.isArray(value)) return value.map((v) => joinWrappedKeys(v, keys));
  if (!value || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    const joined = /^[A-Za-z0-9_.]+(\s+[A-Za-z0-9_.]+)+$/.test(k) ? k.replace(/\s+/g, "") : k;
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
    if (/[“”]/.test(text)) { text = text.replace(/[“”]/g, '"'); fixes.push("curly quotes"); }
    if (/,\s*[}\]]/.test(text)) { text = text.replace(/,(\s*[}\]])/g, "$1"); fixes.push("trailing commas"); }
    if (fixes.length) {
      try {
        return { value: JSON.parse(text), repaired: fixes.join(", ") };
      } catch { /* fall through to the original error */ }
    }
    return { error: (e as Error).message };
  }
}
