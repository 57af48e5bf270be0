// Shared by the docx and pdf parity tests: the registry of a fixture compared with its seed .txt.
type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Every nested `source` dropped: positions refer to different files. */
export function stripSource(o: Json): Json {
  if (Array.isArray(o)) return o.map(stripSource);
  if (o && typeof o === 'object') {
    const out: Json = {};
    for (const [k, v] of Object.entries(o)) if (k !== 'source') out[k] = stripSource(v);
    return out;
  }
  return o;
}

/** Tables with merges resolved back to the .txt view: covered cells empty, no spans/pages. */
export function asTxtTables(tables: Json[]): Json[] {
  return tables.map((t) => {
    const rows = t.rows.map((r: Json) => (Array.isArray(r) ? [...r] : r));
    for (const s of t.spans ?? []) {
      for (let dr = 0; dr < (s.rowSpan ?? 1); dr++) {
        for (let dc = 0; dc < (s.colSpan ?? 1); dc++) if ((dr || dc) && Array.isArray(rows[s.row + dr])) rows[s.row + dr][s.col + dc] = '';
      }
    }
    const { spans: _spans, pages: _pages, ...rest } = t;
    return { ...rest, rows };
  });
}

/** Citations compared as a set. */
export const byRaw = (a: Json, b: Json): number => String(a.raw).localeCompare(String(b.raw));
