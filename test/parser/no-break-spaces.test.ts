/**
 * A no-break space (U+00A0) between the words of a cell is a space. Website exports and PDF
 * extracts put one there ("Array of", "Parameter Name"); the line readers split cells and match
 * phrases at spaces, so a row with one lost its field, and a header its whole table.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDocumentText } from "../../generator/src/build-spec.js";

const nbsp = (text: string, words: string[]) => words.reduce((t, w) => t.replaceAll(w, w.replaceAll(" ", "\u00a0")), text);

// a website export of an API 3.0 reference with tab tables
const tabExport = `## DescribeThings

### 1. API Description

This API is used to query things.

### 2. Input Parameters

Parameter Name\tRequired\tType\tDescription
Action\tYes\tString\tCommon Params. The value used for this API: DescribeThings.
ThingIds.N\tNo\tArray of String\tThe things.
Limit\tNo\tInteger\tThe page size.

### 3. Output Parameters

Parameter Name\tType\tDescription
ThingNames\tArray of String\tThe names.
RequestId\tString\tThe request ID.
`;

describe("a no-break space in a cell", () => {
  it("changes nothing in an API 3.0 website export with tab tables", () => {
    const plain = parseDocumentText("things.md", tabExport);
    expect(plain.actions[0]!.input.map((f) => [f.name, f.type, f.array])).toEqual([
      ["ThingIds", "string", true],
      ["Limit", "integer", false],
    ]);
    expect(parseDocumentText("things.md", nbsp(tabExport, ["Array of", "Parameter Name"]))).toEqual(plain);
  });

  it("changes nothing in an API 2.0 PDF text", () => {
    const text = readFileSync(new URL("../fixtures/tencent-v2/lists.txt", import.meta.url), "utf8");
    const plain = parseDocumentText("lists.txt", text);
    expect(plain.actions.length).toBeGreaterThan(0);
    expect(parseDocumentText("lists.txt", nbsp(text, ["Array of", "Parameter Name", "Parameter name"]))).toEqual(plain);
  });
});
