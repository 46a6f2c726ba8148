/**
 * The one order the generator sorts names in (actions, structures, error codes, endpoints):
 * English collation, whatever the user's locale. `localeCompare` without a locale follows the
 * environment (LANG, LC_ALL), so under a Danish locale "Ab" came before "ab" and "aa" after "zz",
 * and the same documents gave a different spec. English is the root collation every committed
 * spec was sorted in; one collator also spares a locale lookup per comparison.
 */
const collator = new Intl.Collator("en");

export function compareText(a: string, b: string): number {
  return collator.compare(a, b);
}
