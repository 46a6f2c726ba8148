/**
 * Fenced code at the margin after a blank line is read without remark (example payloads are a
 * large share of a reference, and micromark gains nothing on them). These cases pin that the
 * blocks are the ones remark gives, and that every fence remark could read otherwise (inside a
 * list, inside raw HTML, unclosed, a code span that looks like a fence) is still left to remark.
 */
import { describe, expect, it } from "vitest";
import { readMarkdownBlocks, type Block } from "../../generator/src/recover/markdown-document.js";

const codes = (md: string) => readMarkdownBlocks(md).filter((b): b is Extract<Block, { kind: "code" }> => b.kind === "code");

describe("fenced code blocks", () => {
  it("reads a margin fence with its language, text and line", () => {
    const md = ["Intro.", "", "```json", '{ "Action": "DescribeThings" }', "", "```", "", "After."].join("\n");
    expect(codes(md)).toEqual([{ kind: "code", lang: "json", text: '{ "Action": "DescribeThings" }\n', line: 3 }]);
    expect(readMarkdownBlocks(md).map((b) => b.kind)).toEqual(["text", "code", "text"]);
  });

  it("takes the language from a DITA attribute block", () => {
    expect(codes(["# Example", "```  {#codeblock_1 .language-JSON}", "{}", "```"].join("\n"))[0]).toMatchObject({ lang: "json", text: "{}" });
  });

  it("keeps a shorter fence inside a longer one as text", () => {
    expect(codes(["````md", "```", "inner", "```", "````"].join("\n"))).toEqual([{ kind: "code", lang: "md", text: "```\ninner\n```", line: 1 }]);
  });

  it("reads a fence inside a list item as remark does", () => {
    expect(codes(["- Request:", "", "  ```", "  GET /?Action=X", "  ```"].join("\n"))).toEqual([{ kind: "code", lang: "", text: "GET /?Action=X", line: 3 }]);
  });

  it("runs an unclosed fence to the end of the text, headings included", () => {
    expect(codes(["```", "a", "# not a heading"].join("\n"))).toEqual([{ kind: "code", lang: "", text: "a\n# not a heading", line: 1 }]);
  });

  it("leaves a one-line code span and fences inside <pre> to remark", () => {
    expect(codes("```a`b```")).toEqual([]);
    expect(codes(["<pre>", "", "```", "x", "```", "</pre>"].join("\n"))).toEqual([]);
  });

  it("leaves a fence whose closers below are all shorter to remark, and stays linear on many of them", () => {
    expect(codes(["", "````", "a", "```", "b"].join("\n"))).toEqual([{ kind: "code", lang: "", text: "a\n```\nb", line: 2 }]);
    // 4,000 openers with no closer long enough: a scan to the end from each would be quadratic
    const many = Array.from({ length: 4000 }, () => ["", "~~~~", "", "~~~~ x"].join("\n")).join("\n");
    expect(readMarkdownBlocks(many).filter((b) => b.kind === "code").length).toBeGreaterThan(0);
  });

  it("numbers the lines after a fence from the document", () => {
    const blocks = readMarkdownBlocks(["```", "1", "2", "```", "", "## Output", "", "| Name | Type |", "|---|---|", "| A | String |"].join("\n"));
    expect(blocks.find((b) => b.kind === "heading")?.line).toBe(6);
    expect(blocks.find((b) => b.kind === "table")).toMatchObject({ line: 8, rows: [{ line: 10 }] });
  });
});

/**
 * The shortcuts read only where no fence or HTML block can be open: a fence closes only on a run of
 * its own character at least as long, an indented fence (maybe in a list item) that the lines
 * leave in doubt stops the shortcuts for the rest of the text, and the HTML blocks that run past
 * blank lines (CommonMark's kinds 1, 3, 4 and 5) are followed. The oracle leaves every block to remark.
 */
describe("fences and HTML blocks the shortcuts must not read into", () => {
  const viaRemark = (md: string) => readMarkdownBlocks(md, { shortcuts: false });

  it.each([
    ["a shorter fence line inside a longer fence", "text\n````\ncode\n```\n\n# inside code\n\n- item\n````\n\n# after\n"],
    ["a page marker inside a longer fence", "text\n````\n```\n\n<!-- source: a.md -->\n````\n"],
    ["a tilde line inside a backtick fence", "text\n```\n~~~\n\n# inside\n```\n\n# after\n"],
    ["an indented fence-like line after a paragraph, then a real fence", "para\n    ```\nx\n```\n\n# inside\n```\n"],
    ["a fence in a list item closed by a heading at the margin, then a real fence", "- item\n\n  ```\n  code\n\n# Heading\n\n```\n\n# in fence\n```\n"],
    ["a CDATA section", "<![CDATA[\n\n# not heading\n\n]]>\n\n# heading\n"],
    ["a processing instruction", "<?php\n\n# not heading\n\n?>\n\n# heading\n"],
    ["a declaration", "<!DOCTYPE\n\n# not heading\n\n>\n\n# heading\n"],
    ["a fence line inside an HTML comment", "<!--\n```\n-->\n\n# h\n\n- a\n"],
    ["a heading-shaped line under an HTML block, then a fence", "</pre>\n#\n```\n```"],
    ["a heading-shaped line under a <div> block's text, then a fence", "<div>\ntext\n## h\n```\ncode\n```\n"],
    ["a NUL in a heading and an item", "# a\u0000b\n\n- c\u0000d\n"],
  ])("%s gives remark's blocks", (_, md) => {
    expect(readMarkdownBlocks(md)).toEqual(viaRemark(md));
  });
});
