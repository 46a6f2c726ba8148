/**
 * firstJsonObject copies an example's text in runs and jumps between the characters that matter;
 * it must give what the character-at-a-time version it replaced gave (kept here as the oracle),
 * page-break repairs included: displaced and lost brackets, keys inside arrays, escapes, quotes
 * printed as ">".
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { firstJsonObject, tryParseJson } from "../../generator/src/parse/json-blocks.js";

const KEY_QUOTE_AS_MARK = /([{,]\s*)>([A-Za-z_]\w*)"(\s*:)/g;

function characterAtATime(raw: string, from = 0): { json: string; end: number; repaired?: string } | undefined {
  // a key's opening quote exported as a blockquote mark (`, >Description": …`) would turn every
  // string after it inside out; same length, so offsets into the text stay valid
  const text = raw.replace(KEY_QUOTE_AS_MARK, '$1"$2"$3');
  const quoteMarks = text === raw ? 0 : (raw.match(KEY_QUOTE_AS_MARK) ?? []).length;
  const start = text.indexOf("{", from);
  if (start < 0) return undefined;
  const open: string[] = [];
  let inString = false;
  let out = "";
  let displaced = 0;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      out += c;
      if (c === "\\") out += text[++i] ?? "";
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') {
      // a key inside an array: the array's "]" was lost at a page break, so close it here
      if (open.at(-1) === "]" && open.length > 1 && /^"[^"]*"\s*:/.test(text.slice(i, i + 200))) {
        out = `${out.replace(/,\s*$/, "")}],`;
        open.pop();
        displaced++;
      }
      inString = true;
    } else if (c === "{" || c === "[") open.push(c === "{" ? "}" : "]");
    else if (c === "}" || c === "]") {
      if (open.at(-1) !== c || (open.length > 1 && /^\s*"[^"]*"\s*:/.test(text.slice(i + 1, i + 200)))) {
        displaced++;
        continue;
      }
      open.pop();
      if (open.length === 0) {
        out += c;
        const notes = [
          quoteMarks ? `${quoteMarks} key quote(s) printed as ">"` : "",
          displaced ? `${displaced} displaced or lost closing bracket(s) repaired` : "",
        ]
          .filter(Boolean)
          .join(", ");
        return { json: out, end: i + 1, ...(notes ? { repaired: notes } : {}) };
      }
    }
    out += c;
  }
  if (!displaced && !open.length) return undefined;
  // the text ended with containers open: their closers were displaced (or lost) at a page break
  const closers = open.reverse().join("");
  return {
    json: out.trimEnd().replace(/,$/, "") + closers,
    end: text.length,
    repaired: `${quoteMarks ? `${quoteMarks} key quote(s) printed as ">", ` : ""}${displaced ? `${displaced} displaced or lost closing bracket(s) repaired, ` : ""}${closers.length} missing closing bracket(s) added`,
  };
}

const piece = fc.constantFrom("{", "}", "[", "]", '"', "\\", ",", ":", " ", "\n", "x", '"Name": ', '"a"', ', >Key": ', "1", "Response", "“");

describe("firstJsonObject", () => {
  it("gives what the character-at-a-time reader gave", () => {
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 40 }).map((a) => a.join("")),
        fc.nat(5),
        (text, from) => {
          expect(firstJsonObject(text, from)).toEqual(characterAtATime(text, from));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("reads a wrapped example with a bracket lost at a page break", () => {
    const text = 'Output: { "Response": { "Set": [ { "Id": 1 } "Total": 2, "RequestId": "r\\"x" } }';
    expect(firstJsonObject(text)).toEqual(characterAtATime(text));
    expect(firstJsonObject(text)?.repaired).toMatch(/repaired/);
  });
});

describe("tryParseJson", () => {
  it("joins keys a line wrap broke, at any depth, and says so", () => {
    expect(tryParseJson('{"I nstanceId": 1, "Set": [{"Zone Id": 2, "Ok": true}]}')).toEqual({
      value: { InstanceId: 1, Set: [{ ZoneId: 2, Ok: true }] },
      repaired: "keys broken by a line wrap",
    });
  });

  it("leaves an example without broken keys as parsed", () => {
    expect(tryParseJson('{"InstanceId": "ins-1 x", "Set": [{"Zone": "a b"}]}')).toEqual({ value: { InstanceId: "ins-1 x", Set: [{ Zone: "a b" }] } });
  });
});
