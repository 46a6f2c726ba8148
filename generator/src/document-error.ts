/** An input the parser cannot read: reported as `file:line: what`, never as a stack trace. */
export class DocumentError extends Error {
  override name = "DocumentError";
}

export function assertReadableText(raw: Buffer, file: string): string {
  if (raw.length === 0) throw new DocumentError(`${file}:1: the document is empty`);
  if (raw.subarray(0, 8192).includes(0)) throw new DocumentError(`${file}:1: the document is binary, not text`);
  const text = raw.toString("utf8");
  if (text.includes("\uFFFD")) {
    const line = text.slice(0, text.indexOf("\uFFFD")).split("\n").length;
    throw new DocumentError(`${file}:${line}: the document is not valid UTF-8`);
  }
  return text;
}
