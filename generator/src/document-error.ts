/** An input the parser cannot read: reported as `file:line: what`, never as a stack trace. */
import { readFileSync, statSync } from "node:fs";

export class DocumentError extends Error {
  override name = "DocumentError";
}

/** Why a path cannot be read, in words, from a Node error code. */
function unreadable(path: string, e: unknown): DocumentError {
  const code = (e as NodeJS.ErrnoException)?.code;
  const why =
    code === "ENOENT"
      ? "no such file"
      : code === "EISDIR"
        ? "is a directory, not a document"
        : code === "EACCES" || code === "EPERM"
          ? "permission denied"
          : ((e as Error)?.message ?? String(e));
  return new DocumentError(`${path}: cannot read: ${why}`);
}

/**
 * The bytes of a file named on the command line or in the manifest; a missing path, a directory or
 * an unreadable file is a one-line DocumentError naming it, not an ENOENT/EISDIR stack trace.
 */
export function readInputFile(path: string, shown: string = path): Buffer {
  try {
    if (statSync(path).isDirectory()) throw Object.assign(new Error("EISDIR"), { code: "EISDIR" });
    return readFileSync(path);
  } catch (e) {
    throw unreadable(shown, e);
  }
}

/** A UTF-16 document without a byte order mark: every other byte of ASCII text is zero. */
function utf16WithoutBom(raw: Buffer): "utf16le" | "utf16be" | undefined {
  const n = Math.min(raw.length, 8192) & ~1;
  if (n < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (raw[i] === 0) evenZeros++;
    if (raw[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return "utf16le";
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return "utf16be";
  return undefined;
}

function decodeUtf16(raw: Buffer, order: "utf16le" | "utf16be"): string {
  if (order === "utf16le") return raw.toString("utf16le");
  const swapped = Buffer.from(raw.subarray(0, raw.length & ~1));
  swapped.swap16();
  return swapped.toString("utf16le");
}

/**
 * A document's text, whatever encoding and line endings it was saved with: UTF-8 (a BOM is
 * dropped), UTF-16 LE/BE with or without a BOM (exported by Windows tools; it used to be rejected
 * as "binary"), CRLF or CR-only line endings (old Mac exports; they used to read as one line and
 * give "no API actions"). Line endings become `\n` here, at the boundary, so no parser needs to
 * know. An empty, binary or mis-encoded document is a DocumentError with file and line.
 */
export function assertReadableText(raw: Buffer, file: string): string {
  if (raw.length === 0) throw new DocumentError(`${file}:1: the document is empty`);
  let text: string;
  if (raw[0] === 0xff && raw[1] === 0xfe) text = decodeUtf16(raw.subarray(2), "utf16le");
  else if (raw[0] === 0xfe && raw[1] === 0xff) text = decodeUtf16(raw.subarray(2), "utf16be");
  else {
    const utf16 = utf16WithoutBom(raw);
    if (utf16) text = decodeUtf16(raw, utf16);
    else {
      if (raw.subarray(0, 8192).includes(0)) throw new DocumentError(`${file}:1: the document is binary, not text`);
      text = raw.toString("utf8");
      if (text.includes("\uFFFD")) {
        const line = text.slice(0, text.indexOf("\uFFFD")).split("\n").length;
        throw new DocumentError(`${file}:${line}: the document is not valid UTF-8 (nor UTF-16)`);
      }
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.includes("\0")) {
    const line = text.slice(0, text.indexOf("\0")).split(/\r\n|\r|\n/).length;
    throw new DocumentError(`${file}:${line}: the document is binary, not text (a NUL character)`);
  }
  if (text.includes("\r")) text = text.replace(/\r\n?/g, "\n");
  if (text.trim() === "") throw new DocumentError(`${file}:1: the document is empty`);
  return text;
}
