/**
 * The one order the generator sorts names in (actions, structures, error codes, endpoints):
 * English collation, whatever the user's locale. `localeCompare` without a locale follows the
 * environment (LANG, LC_ALL), so under a Danish locale "Ab" came before "ab" and "aa" after "zz",
 * and the same documents gave a different spec. English is the root collation every committed
 * spec was sorted in; one collator also spares a locale lookup per comparison.
 *
 * Creating that collator starts ICU, about 8 ms of every `parse`, and the names sorted are nearly
 * always ASCII. Two ASCII strings are therefore compared here by the root collation's own rules
 * for ASCII (test/text-order.test.ts holds the two to the same answers); the collator is created
 * only when a string outside ASCII is compared.
 */
let collator: Intl.Collator | undefined;

/**
 * Printable ASCII and the whitespace controls in the root collation's primary order; letters are
 * listed once, in lower case (case is a tertiary difference). Other controls are ignorable.
 */
const PRIMARY_ORDER = "\t\n\v\f\r _-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$0123456789abcdefghijklmnopqrstuvwxyz";
/** Primary weight per ASCII code, 0 for an ignorable character. */
const PRIMARY = new Uint8Array(128);
for (let i = 0; i < PRIMARY_ORDER.length; i++) {
  const code = PRIMARY_ORDER.charCodeAt(i);
  PRIMARY[code] = i + 1;
  if (code >= 0x61 && code <= 0x7a) PRIMARY[code - 0x20] = i + 1;
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

/**
 * An ASCII string's root-collation key: its characters' primary weights, ignorables skipped, then
 * a separator below every weight, then a case mark per weighed character ("0" lower or caseless,
 * "1" upper). Two keys compare with `<` as their strings collate at the default (tertiary)
 * strength: primary weights first, a prefix first; where those tie, the first difference in case,
 * lower case first. Strings that differ only in ignorable characters have one key.
 */
function asciiKey(s: string): string {
  let primary = "";
  let tertiary = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (PRIMARY[c] === 0) continue;
    primary += String.fromCharCode(PRIMARY[c]!);
    tertiary += c >= 0x41 && c <= 0x5a ? "1" : "0";
  }
  return `${primary}\u0000${tertiary}`;
}

/** Keys of the strings compared so far (null: not ASCII): a sort compares each name many times. */
const keys = new Map<string, string | null>();

function keyOf(s: string): string | null {
  let key = keys.get(s);
  if (key === undefined) {
    if (keys.size >= 50_000) keys.clear();
    keys.set(s, (key = isAscii(s) ? asciiKey(s) : null));
  }
  return key;
}

export function compareText(a: string, b: string): number {
  const ka = keyOf(a);
  const kb = keyOf(b);
  if (ka !== null && kb !== null) return ka < kb ? -1 : ka > kb ? 1 : 0;
  collator ??= new Intl.Collator("en");
  return collator.compare(a, b);
}
