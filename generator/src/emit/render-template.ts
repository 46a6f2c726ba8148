/** Handlebars templates from templates/, compiled once, with the few helpers prose needs. */
import Handlebars from "handlebars";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DocumentError } from "../document-error.js";

const hb = Handlebars.create();
hb.registerHelper("json", (v: unknown) => JSON.stringify(v));

const cache = new Map<string, HandlebarsTemplateDelegate>();

export function renderTemplate(templatesDir: string, name: string, data: object): string {
  const path = join(templatesDir, name);
  let t = cache.get(path);
  try {
    if (!t) {
      // noEscape: output is markdown and JSON, not HTML; table cells are escaped by tableCell()
      t = hb.compile(readFileSync(path, "utf8"), { noEscape: true, strict: true });
      cache.set(path, t);
    }
    return t(data)
      .replace(/\n{3,}/g, "\n\n")
      .replace(/\s*$/, "\n");
  } catch (e) {
    // handlebars compiles lazily: a syntax error surfaces on the first render, as a multi-line
    // parse error with a stack; the CLI promises one line naming the file
    const message = (e as Error).message ?? String(e);
    const lines = message
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean);
    const line = /on line (\d+)/.exec(message)?.[1] ?? / - (\d+):\d+$/.exec(lines[0] ?? "")?.[1];
    const detail =
      (e as NodeJS.ErrnoException).code === "ENOENT"
        ? "template missing"
        : /^Parse error/.test(lines[0] ?? "")
          ? `syntax error: ${lines[lines.length - 1]}`
          : (lines[0] ?? "cannot render").replace(/ - \d+:\d+$/, "");
    throw new DocumentError(`${path}${line ? `:${line}` : ""}: ${detail}`);
  }
}

/** Text safe inside one markdown table cell. */
export function tableCell(text: string): string {
  return text.replace(/\s+/g, " ").replace(/\|/g, "\\|").trim();
}
