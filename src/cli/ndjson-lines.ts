// The lines of an NDJSON file (validate, merge): each non-blank line parsed, or its parse error.

export type NdjsonLine = { line: number; doc: unknown } | { line: number; error: string };

/** Non-blank lines with their 1-based line numbers, in order. */
export function* ndjsonLines(text: string): Generator<NdjsonLine> {
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].trim()) continue;
    try {
      yield { line: i + 1, doc: JSON.parse(lines[i]) as unknown };
    } catch (e) {
      yield { line: i + 1, error: (e as Error).message };
    }
  }
}
