/** A line of a source document with its 1-based line number, so every diagnostic can say where. */
export interface SourceLine {
  text: string;
  line: number;
}

export function toSourceLines(text: string): SourceLine[] {
  // splitting on a string is faster than on a pattern: the pattern only where there are CRs
  return (text.includes("\r") ? text.split(/\r?\n/) : text.split("\n")).map((t, i) => ({ text: t, line: i + 1 }));
}
