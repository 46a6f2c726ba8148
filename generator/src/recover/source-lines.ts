/** A line of a source document with its 1-based line number, so every diagnostic can say where. */
export interface SourceLine {
  text: string;
  line: number;
}

export function toSourceLines(text: string): SourceLine[] {
  return text.split(/\r?\n/).map((t, i) => ({ text: t, line: i + 1 }));
}
