/**
 * The third-party markdown and HTML parsers the markdown front end uses (unified + remark-parse
 * with GFM tables, mdast-util-to-string, parse5), behind one getter that is asked only when a
 * document holds a markdown or HTML table.
 *
 * Loading them is about 60 ms of a `doc2sdk parse` process (micromark's constructs, the HTML
 * entity tables), and PDF text or tab-table markdown never needs them. So the compiled CLI loads
 * them on first use: scripts/build-cli.mjs bundles this module on its own as CommonJS
 * (generator/dist/markdown-libs.cjs) and, in the CLI's bundle, puts in its place a getter that
 * `require`s that file, which keeps every parser synchronous. Run from these sources (tsx,
 * vitest) the module is what it says here.
 */
import { unified } from "unified";
import remarkParse from "remark-parse";
import { toString } from "mdast-util-to-string";
import { parseFragment, serializeOuter } from "parse5";
import remarkGfmTables from "./remark-gfm-tables.js";

export interface MarkdownLibs {
  /** unified with remark-parse and GFM pipe tables: `parse` gives the mdast tree. */
  processor: ReturnType<typeof markdownProcessor>;
  toString: typeof toString;
  parseFragment: typeof parseFragment;
  serializeOuter: typeof serializeOuter;
}

function markdownProcessor() {
  return unified().use(remarkParse).use(remarkGfmTables);
}

let libs: MarkdownLibs | undefined;

export function markdownLibs(): MarkdownLibs {
  return (libs ??= {
    processor: markdownProcessor(),
    toString,
    parseFragment,
    serializeOuter,
  });
}
