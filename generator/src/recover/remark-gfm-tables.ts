/**
 * A remark plugin for GFM pipe tables alone, wired the way remark-gfm wires all of GFM. API
 * references use tables and nothing else from GFM; the rest (autolink literals above all, with
 * the release notes' long runs of bare URLs) cost a third of the parse and changed nothing read.
 */
import { gfmTableFromMarkdown } from "mdast-util-gfm-table";
import { gfmTable } from "micromark-extension-gfm-table";
import type { Processor } from "unified";

export default function remarkGfmTables(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
}
