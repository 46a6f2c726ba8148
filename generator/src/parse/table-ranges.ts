/**
 * The tables of a document that start in a range of its lines. The table readers return tables in
 * the order they start (each search resumes past the table before), so the ones in a range are
 * one run, found by binary search: a filter over every table for every action section made a
 * long reference's parse grow with the square of its length.
 */
export function tablesStartingIn<T extends { start: number }>(tables: readonly T[], from: number, to: number): T[] {
  let lo = 0;
  let hi = tables.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tables[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < tables.length && tables[end]!.start < to) end++;
  return tables.slice(lo, end);
}
