/**
 * Telling a PDF text from markdown when nothing says which (`doc2sdk parse`, a manifest entry
 * with "auto"): markdown shows its syntax, a PDF text its page footers. A PDF text's code samples
 * print `# comment` lines and Ruby's `|item|`, which look like headings and pipe rows: read as
 * markdown, its page footers ran into the descriptions of the fields either side of a page break.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { detectDialect, parseDocumentText } from "../../generator/src/build-spec.js";

// the shape of a page of a Tencent API 3.0 PDF text: a code sample, then a page's footer
const pdfPage = `# -*- coding: utf-8 -*-
import hashlib
# ************* Step 1: Concatenate the canonical request string *************
data.sort.each do |item|
  params << "#{item[0]}=#{item[1]}"
end

Signature v3
最近更新时间：2025-08-13 16:49:09

https://intl.cloud.tencent.com/document/api/239/32045
 The next page starts here.`;

describe("the dialect of a document that does not say", () => {
  it("is PDF text where page footers show, though code comments look like headings", () => {
    expect(detectDialect(pdfPage)).toBe("pdf-text");
    expect(detectDialect(pdfPage.replace("最近更新时间：2025-08-13 16:49:09", "Last updated: 2025-08-13 16:49:09"))).toBe("pdf-text");
    expect(detectDialect(pdfPage.replace("最近更新时间：2025-08-13 16:49:09", "©2013-2025 Tencent Cloud. All rights reserved."))).toBe("pdf-text");
  });

  it("is markdown where a code fence or a table's delimiter row shows, footers or not", () => {
    expect(detectDialect("```python\n" + pdfPage + "\n```\n")).toBe("markdown");
    expect(detectDialect(pdfPage + "\n\n| Name | Type |\n| --- | --- |\n| A | String |\n")).toBe("markdown");
  });

  it("is told by headings, tabs and pipes where neither shows", () => {
    expect(detectDialect("# DescribeInstances\n\nQueries instances.\n")).toBe("markdown");
    expect(detectDialect("Name\tType\nA\tString\n")).toBe("markdown");
    expect(detectDialect("1. API Description\nQueries instances.\n")).toBe("pdf-text");
  });

  it("reads the Redis 2018 PDF text as PDF text: no page footer in any description", () => {
    const text = readFileSync(new URL("../../spec/sources/tencentcloud-redis-2018-04-12.pdf.txt", import.meta.url), "utf8");
    const name = "tencentcloud-redis-2018-04-12.pdf.txt";
    const auto = parseDocumentText(name, text);
    expect(auto).toEqual(parseDocumentText(name, text, "pdf-text"));
    const descriptions = auto.actions.flatMap((a) => [...a.input, ...a.output].map((f) => f.description));
    expect(descriptions.filter((d) => /最近更新时间|©2013/.test(d))).toEqual([]);
  });
});
