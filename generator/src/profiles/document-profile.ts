/**
 * What a document family's parser needs to know about the family's wording, as data: column
 * headers by role, section titles, yes/no words, type words, the Action row and common-parameter
 * phrasings, "Referenced by" lines, endpoint hosts. Parsers recognise structure (a heading, a table
 * whose columns have the roles of parameters) and ask the profile what a phrase means; a new
 * phrasing is a line here, never a change to a parser.
 */

/** The roles a table column can have. */
export type ColumnRole = "name" | "type" | "required" | "description" | "example" | "errorCode" | "errorMessage" | "httpStatus";

/** The roles of an action page's sections. */
export type SectionRole = "description" | "input" | "output" | "examples" | "errors" | "resources" | "debugging";

export interface TypeWord {
  type: string;
  format?: string;
  /** A type word that is itself a list (`RepeatList`). */
  array?: boolean;
}

/**
 * How a document of a family never seen before is told by its text: it names one of `any` (the
 * vendor's hosts, name, a parameter only it has) and none of `none` (another family's).
 */
export interface FamilyMarkers {
  any: RegExp;
  none?: RegExp;
}

export interface DocumentProfile {
  /** How a document is told to be of this family (absent: the family of documents that match no other's). */
  markers?: FamilyMarkers;
  /** Column header texts by role, compared after `normalizePhrase`. */
  columns: Record<ColumnRole, string[]>;
  /** Section heading texts by role (numbering such as "2." is ignored). */
  sections: Partial<Record<SectionRole, string[]>>;
  /** Words of a Required cell. */
  yes: string[];
  no: string[];
  /** Type words (`Integer`, `Timestamp ISO8601`, …) and what they mean in the spec. */
  types: Record<string, TypeWord>;
  /** How a type cell says "a list of": `Array of X`. */
  arrayOf: string[];
  /** Suffixes of a name cell that make the parameter a list (`Filters.N`). */
  listSuffixes: string[];
  /** Parameters every request carries: never an action's inputs when a row says it is common. */
  commonParameters: {
    /** Always common, whatever the row says. */
    always: string[];
    /** Common only where the row's description says so (with one of `markers`). */
    ifMarked: string[];
    /** Words a description opens with for a common parameter. */
    markers: string[];
  };
  /** How an example request names its action (`?Action=X`, `X-TC-Action: X`, `"Action": "X"`); group 1 is the name. */
  exampleAction?: RegExp[];
  /** The key an example response is wrapped in (`{"Response": {…}}`), if the protocol wraps it. */
  responseEnvelope?: string;
  /** Response fields of the envelope, not of the action. */
  envelopeFields: string[];
  /** The row whose description names the action ("… used for this API: X"). */
  actionRow: string;
  /** The row whose description names the API version. */
  versionRow: string;
  /** Lines that list the actions a data structure is used by ("Referenced by: A, B."). */
  referencedBy: string[];
  /** The headings that open an example ("Example 1 …", "示例1"), as leading words. */
  exampleTitles: string[];
  /** Example sub-headings for the request and the response. */
  exampleInput: string[];
  exampleOutput: string[];
  /** Example sub-headings of error responses (not the action's response shape). */
  exampleError?: string[];
  /** Captions of an example's XML and JSON renderings ("`XML` format"). */
  exampleXml?: string[];
  exampleJson?: string[];
  /** What the response's root element is called after the action's name (`<Action>Response`). */
  responseElementSuffix?: string;
  /** Type words of a row that is one nested object whose members follow it (`Struct`). */
  structWords?: string[];
  /** Section titles of the common and the service error-code lists. */
  commonErrors: string[];
  serviceErrors: string[];
  /** Columns that head a table listing action names (API overview pages). */
  actionListColumns: string[];
  /** A host of the vendor's API endpoints; the first group is the service's name. */
  endpointHost: RegExp;
  /** A request-rate limit sentence; the first group that matched is the number. */
  rateLimit: RegExp;
  /** Lines of an action's description section that are boilerplate, not description. */
  descriptionBoilerplate: RegExp[];
  /** Labels of the line that gives an action's endpoint ("Domain name for API request: x"). */
  endpointLabels?: string[];
  /** Release notes: headings, labels and the lists they hold. */
  releases?: ReleaseWords;
  /** Regions of a document that list its actions (overview tables, contents): opening and closing titles. */
  actionListRegions?: { open: string[]; close: string[] }[];
  /** The verbs action names open with (Describe, Create, …): how a listed name is told from a title. */
  actionVerbs?: string[];
  /** Titles of the data-structure part of a document. */
  dataTypesTitles?: string[];
  /** Section titles that end the data-structure part of a document. */
  dataTypesEnd?: string[];
}

/** The wording of release notes ("Release 45", "Release time:", "New APIs:" …). */
export interface ReleaseWords {
  /** A release heading; the first group is its number. */
  heading: RegExp;
  /** Labels of the release's date line. */
  date: string[];
  newActions: string[];
  modifiedActions: string[];
  deprecatedActions: string[];
  deletedActions: string[];
  newStructures: string[];
  modifiedStructures: string[];
  deprecatedStructures: string[];
  deletedStructures: string[];
  /** "New members: A, B" lines of a modified structure. */
  memberChange: RegExp;
  /** Titles that end the release notes. */
  end: string[];
}

/** Lower case, no numbering ("2.", "2.1"), no trailing colon, spacing or plural s: what profile lists are compared by. */
export function normalizePhrase(s: string): string {
  // the line readers ask about the same line against several lists: normalize each line once
  let n = normalized.get(s);
  if (n === undefined) {
    if (normalized.size >= 50_000) normalized.clear();
    normalized.set(s, (n = normalizeUncached(s)));
  }
  return n;
}

const normalized = new Map<string, string>();

function normalizeUncached(s: string): string {
  return (
    s
      .replace(/\u200b|\u200c|\u200d|\ufeff/g, "")
      .replace(/^\s*\d+(\.\d+)*\.?\s*/, "")
      .replace(/[:：.。]\s*$/, "")
      .replace(/\s+/g, "")
      .toLowerCase()
      // "Input Parameter" and "Input Parameters", "Error Code" and "Error Codes" are one title
      .replace(/(?<=[a-z]{3})s$/, "")
  );
}

interface PhraseLookup {
  set: Set<string>;
  /** The length of the longest normalized phrase. */
  longest: number;
  /** The first character codes of the normalized phrases (undefined when one of them is empty). */
  firstCodes: Set<number> | undefined;
}

const phraseLookups = new WeakMap<string[], PhraseLookup>();

/** A lookup of normalized phrases (made once per profile list). */
function phraseLookup(phrases: string[]): PhraseLookup {
  let lookup = phraseLookups.get(phrases);
  if (!lookup) {
    const set = new Set(phrases.map(normalizePhrase));
    phraseLookups.set(phrases, (lookup = { set, longest: Math.max(0, ...[...set].map((p) => p.length)), firstCodes: firstCodesOf(set) }));
  }
  return lookup;
}

export function phraseSet(phrases: string[]): Set<string> {
  return phraseLookup(phrases).set;
}

/**
 * Which of several lists `text` is a phrase of (the first that has it), as
 * `lists.find(([, phrases]) => isPhrase(text, phrases))?.[0]` would say, with one normalizing
 * and one lookup: a reader asks this of every line of a region.
 */
export function phraseListOf<K>(lists: readonly (readonly [K, string[]])[]): (text: string) => K | undefined {
  const keyOf = new Map<string, K>();
  for (const [key, phrases] of lists) for (const p of phraseLookup(phrases).set) if (!keyOf.has(p)) keyOf.set(p, key);
  const longest = Math.max(0, ...[...keyOf.keys()].map((p) => p.length));
  const firstCodes = firstCodesOf(keyOf.keys());
  return (text) => (longerThanPhrases(text, longest) || opensNoPhrase(text, firstCodes) ? undefined : keyOf.get(normalizePhrase(text)));
}

/** Whether `text` is one of `phrases`. */
export function isPhrase(text: string, phrases: string[]): boolean {
  const { set, longest, firstCodes } = phraseLookup(phrases);
  // the line readers ask this of every line of a region, most of them sentences: one that keeps
  // more characters than the longest phrase (plus the one plural s), or whose first letter opens
  // no phrase, is none, known without normalizing (and memoizing) it
  if (longerThanPhrases(text, longest) || opensNoPhrase(text, firstCodes)) return false;
  return set.has(normalizePhrase(text));
}

function firstCodesOf(normalized: Iterable<string>): Set<number> | undefined {
  const codes = new Set<number>();
  for (const p of normalized) {
    if (p === "") return undefined;
    codes.add(p.charCodeAt(0));
  }
  return codes;
}

/**
 * Whether the first character normalizePhrase would keep opens none of the phrases (undefined
 * codes: an empty phrase, which any text could be). A digit there may be numbering, which
 * normalizing removes, so it decides nothing.
 */
function opensNoPhrase(text: string, firstCodes: Set<number> | undefined): boolean {
  if (!firstCodes) return false;
  const first = firstKeptCode(text);
  return first >= 0 && !(first >= 0x30 && first <= 0x39) && !firstCodes.has(first);
}

/** Whether `text` keeps more characters than a phrase of at most `longest` (plus one plural s) can. */
function longerThanPhrases(text: string, longest: number): boolean {
  return text.length > longest + 1 && keepsMoreThan(text, longest + 1);
}

/**
 * Whether more than `n` of the text's characters are ones normalizePhrase never removes (it
 * removes only white space, zero-width characters, the numbering's digits and dots, a closing
 * colon or full stop, and one plural s, which `n` allows for).
 */
function keepsMoreThan(text: string, n: number): boolean {
  let kept = 0;
  for (let i = 0; i < text.length; i++) if (!mayBeRemoved(text.charCodeAt(i)) && ++kept > n) return true;
  return false;
}

/** The characters normalizeUncached can remove: `\s`, zero-width, digits, `.`, `:`, `：`, `。`. */
function mayBeRemoved(c: number): boolean {
  return isSpaceOrZeroWidth(c) || (c >= 48 && c <= 58) || c === 46 || c === 0x3002 || c === 0xff1a;
}

/** `\s` of a pattern, or zero-width (U+200B–200D): what normalizePhrase drops before the first word. */
function isSpaceOrZeroWidth(c: number): boolean {
  if (c < 128) return (c >= 9 && c <= 13) || c === 32;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200d) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** Whether `text` opens with one of `phrases` (case-insensitive, spacing ignored). */
export function startsWithPhrase(text: string, phrases: string[]): string | undefined {
  const t = text
    .replace(/\u200b|\u200c|\u200d|\ufeff/g, "")
    .trimStart()
    .toLowerCase();
  return phrases.find((p) => t.startsWith(p.toLowerCase()));
}

/** Whether a line is nothing but column words (a table's header row printed as text). */
const columnWords = new WeakMap<DocumentProfile, { words: string[]; firstCodes: Set<number> | undefined }>();

/** The first character of `text` that normalizePhrase keeps unless it is numbering, lower-cased, as a code; -1 for none. */
function firstKeptCode(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpaceOrZeroWidth(c)) continue;
    if (c >= 0x41 && c <= 0x5a) return c + 0x20;
    return c < 128 ? c : text[i]!.toLowerCase().charCodeAt(0);
  }
  return -1;
}

export function isColumnHeaderLine(text: string, profile: DocumentProfile): boolean {
  // a header is capitalised words without sentence punctuation ("name." ends a wrapped sentence)
  if (/^\s*[a-z]|[.。,，;；:：]\s*$/.test(text)) return false;
  let column = columnWords.get(profile);
  if (!column) {
    const words = [...new Set(Object.values(profile.columns).flat().map(normalizePhrase))].filter(Boolean);
    columnWords.set(profile, (column = { words, firstCodes: firstCodesOf(words) }));
  }
  const { words } = column;
  // every table row is asked this: one whose first letter opens no column word is none, known
  // without normalizing (and memoizing) the row, or making a string
  if (opensNoPhrase(text, column.firstCodes)) return false;
  const t = normalizePhrase(text);
  if (!t) return false;
  const ok = new Array<boolean>(t.length + 1).fill(false);
  ok[0] = true;
  // indexed loops: this runs on every line of every table, mostly before the code is optimized,
  // where `for…of` makes an iterator result per word
  for (let i = 0; i < t.length; i++) {
    if (!ok[i]) continue;
    for (let k = 0; k < words.length; k++) if (t.startsWith(words[k]!, i)) ok[i + words[k]!.length] = true;
  }
  return ok[t.length]!;
}
