/** TSDoc comments from spec descriptions: plain text, safe inside a block comment, tags last. */
import type { Field } from "../model.js";

/** Keeps a description readable inside `/** … *\/`: no comment terminators, wrapped lines kept short. */
export function docText(text: string): string {
  return (
    text
      .replace(/\*\//g, "*\\/")
      // a bare "@word" would start a TSDoc tag; {@link …} is ours and stays
      .replace(/(^|[^{])@(?=[A-Za-z])/g, "$1\\@")
      .replace(/\s+/g, " ")
      .trim()
  );
}

/** Wraps prose at ~100 columns so generated files diff well. */
export function wrap(text: string, width = 100): string[] {
  const words = text.split(" ");
  const lines: string[] = [];
  let line = "";
  for (const w of words) {
    if (line && line.length + 1 + w.length > width) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines;
}

/** The doc comment of one field: its description, its format, deprecation. */
export function fieldDoc(field: Field): string {
  const parts = [...wrap(docText(field.description || field.name))];
  if (field.format) parts.push("", `Format: ${field.format}.`);
  if (field.documentedAs && field.documentedAs !== field.name) {
    parts.push("", `The reference's table spells it \`${field.documentedAs}\`; its examples and the service use \`${field.name}\`.`);
  }
  if (field.deprecated) parts.push("", "@deprecated The reference marks this field as deprecated.");
  return parts.join("\n");
}

/** Paragraphs of prose, then tags; `@param` lines stay together. */
export function blockDoc(...paragraphs: (string | undefined)[]): string {
  const kept = paragraphs.filter((p): p is string => !!p && p.trim().length > 0);
  let out = "";
  kept.forEach((p, i) => {
    const text = p.startsWith("@") ? p : wrap(docText(p)).join("\n");
    const sep = i === 0 ? "" : p.startsWith("@param") && kept[i - 1].startsWith("@param") ? "\n" : "\n\n";
    out += sep + text;
  });
  return out;
}
