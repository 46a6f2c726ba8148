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
const isUpper = (code: number) => code >= 0x41 && code <= 0x5a;

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

/**
 * Root collation of two ASCII strings at its default (tertiary) strength: first the characters'
 * primary weights, ignorables skipped and a prefix first; where those tie, the first difference in
 * case, lower case first. Strings that differ only in ignorable characters are equal.
 */
function compareAscii(a: string, b: string): number {
  let tertiary = 0;
  let i = 0;
  let j = 0;
  for (;;) {
    while (i < a.length && PRIMARY[a.charCodeAt(i)] === 0) i++;
    while (j < b.length && PRIMARY[b.charCodeAt(j)] === 0) j++;
    if (i === a.length || j === b.length) return i < a.length ? 1 : j < b.length ? -1 : tertiary;
    const ca = a.charCodeAt(i++);
    const cb = b.charCodeAt(j++);
    if (PRIMARY[ca] !== PRIMARY[cb]) return PRIMARY[ca]! < PRIMARY[cb]! ? -1 : 1;
    if (tertiary === 0 && isUpper(ca) !== isUpper(cb)) tertiary = isUpper(ca) ? 1 : -1;
  }
}

export function compareText(a: string, b: string): number {
  if (isAscii(a) && isAscii(b)) return compareAscii(a, b);
  collator ??= new Intl.Collator("en");
  return collator.compare(a, b);
}
