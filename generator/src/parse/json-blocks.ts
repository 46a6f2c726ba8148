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

export function tryParseJson(json: string): { value?: unknown; error?: string } {
  try {
    return { value: JSON.parse(json) };
  } catch (e) {
    return { error: (e as Error).message };
  }
}
