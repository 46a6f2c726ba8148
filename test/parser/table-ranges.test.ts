/**
 * tablesStartingIn finds the tables of a range by binary search over tables in the order they
 * start (as the table readers return them): it must give exactly what a filter over every table
 * gives, in the same order.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tablesStartingIn } from "../../generator/src/parse/table-ranges.js";

describe("tablesStartingIn", () => {
  it("is the filter of the tables starting in [from, to)", () => {
    const starts = fc.uniqueArray(fc.integer({ min: 0, max: 200 }), { maxLength: 30 }).map((xs) => xs.sort((a, b) => a - b).map((start, n) => ({ start, n })));
    fc.assert(
      fc.property(starts, fc.integer({ min: -5, max: 210 }), fc.integer({ min: -5, max: 210 }), (tables, from, to) => {
        expect(tablesStartingIn(tables, from, to)).toEqual(tables.filter((t) => t.start >= from && t.start < to));
      }),
      { numRuns: 2000 },
    );
  });

  it("finds none in an empty range or an empty list", () => {
    expect(tablesStartingIn([{ start: 3 }], 3, 3)).toEqual([]);
    expect(tablesStartingIn([], 0, 10)).toEqual([]);
    expect(tablesStartingIn([{ start: 1 }, { start: 5 }, { start: 9 }], 2, 9)).toEqual([{ start: 5 }]);
  });
});
