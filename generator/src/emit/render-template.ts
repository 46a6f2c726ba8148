/** Handlebars templates from templates/, compiled once, with the few helpers prose needs. */
import Handlebars from "handlebars";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const hb = Handlebars.create();
hb.registerHelper("json", (v: unknown) => JSON.stringify(v));

const cache = new Map<string, HandlebarsTemplateDelegate>();

export function renderTemplate(templatesDir: string, name: string, data: object): string {
  const path = join(templatesDir, name);
  let t = cache.get(path);
  if (!t) {
    // noEscape: output is markdown and JSON, not HTML; table cells are escaped by tableCell()
    t = hb.compile(readFileSync(path, "utf8"), { noEscape: true, strict: true });
    cache.set(path, t);
  }
  return t(data).replace(/\n{3,}/g, "\n\n").replace(/\s*$/, "\n");
}

/** Text safe inside one markdown table cell. */
export function tableCell(text: string): string {
  return text.replace(/\s+/g, " ").replace(/\|/g, "\\|").trim();
}
