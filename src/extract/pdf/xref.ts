// The cross-reference table, checked before pdfjs reads the file: pdfjs trusts each entry and only
// rebuilds the table itself when the first or last page cannot be found, so a table whose entries
// point to the wrong bytes loses fonts or pages silently (or fails one page with "Bad (uncompressed)
// XRef entry" / "Inconsistent generation in XRef"). A damaged table is rebuilt by pdfjs's own
// object scan, which `forceRebuild` triggers.

/** At most this many tables are followed through /Prev (incremental updates). */
const MAX_TABLES = 64;

const latin1 = (bytes: Uint8Array, from: number, to: number): string => Buffer.from(bytes.buffer, bytes.byteOffset + from, Math.max(0, Math.min(bytes.length, to) - from)).toString('latin1');

/** Offset of the last "startxref" keyword, or -1. */
function lastStartXref(bytes: Uint8Array): number {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  return buf.lastIndexOf('startxref');
}

/** "12 0 obj" at this offset (after blanks and comments), as pdfjs reads an uncompressed entry. */
function objectAt(bytes: Uint8Array, offset: number): { num: number; gen: number } | null {
  if (offset < 0 || offset >= bytes.length) return null;
  const m = /^(?:\s|%[^\r\n]*[\r\n])*(\d+)\s+(\d+)\s+obj\b/.exec(latin1(bytes, offset, offset + 64));
  return m ? { num: Number(m[1]), gen: Number(m[2]) } : null;
}

export interface XrefCheck {
  /** Entries that point to another object or to no object. */
  bad: number;
  /** Entries checked. */
  checked: number;
  /** Why the table is unusable as a whole (no startxref, it points to nothing…), or null. */
  broken: string | null;
}

/**
 * Checks the classic tables ("xref … trailer") reachable from the last startxref: every in-use entry
 * must point to "<num> <gen> obj". A cross-reference stream (PDF 1.5) is only checked to exist.
 */
export function checkXref(bytes: Uint8Array): XrefCheck {
  const result: XrefCheck = { bad: 0, checked: 0, broken: null };
  const kw = lastStartXref(bytes);
  if (kw < 0) return { ...result, broken: 'no startxref' };
  const m = /^startxref\s+(\d+)/.exec(latin1(bytes, kw, kw + 40));
  if (!m) return { ...result, broken: 'startxref has no offset' };
  const seen = new Set<number>();
  let at = Number(m[1]);
  while (at >= 0 && !seen.has(at) && seen.size < MAX_TABLES) {
    seen.add(at);
    if (at >= bytes.length) return { ...result, broken: 'startxref points past the end of the file' };
    const head = latin1(bytes, at, at + 16);
    if (/^\s*xref\b/.test(head)) {
      const prev = checkTable(bytes, at, result);
      if (prev === undefined) return { ...result, broken: result.broken ?? 'unreadable cross-reference table' };
      at = prev ?? -1;
      continue;
    }
    const obj = objectAt(bytes, at);
    if (!obj) return { ...result, broken: 'startxref points to neither a table nor an object' };
    // A cross-reference stream: its dictionary names /Type /XRef.
    const dict = latin1(bytes, at, at + 2048);
    if (!/\/Type\s*\/XRef\b/.test(dict)) return { ...result, broken: 'startxref points to an object that is not a cross-reference stream' };
    const prev = /\/Prev\s+(\d+)/.exec(dict.slice(0, dict.indexOf('stream') >= 0 ? dict.indexOf('stream') : dict.length));
    at = prev ? Number(prev[1]) : -1;
  }
  return result;
}

/** Reads one "xref" section at `at`, counting bad entries; returns the /Prev offset, null (none) or undefined (unreadable). */
function checkTable(bytes: Uint8Array, at: number, result: XrefCheck): number | null | undefined {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const end = buf.indexOf('trailer', at);
  if (end < 0) return undefined;
  const body = latin1(bytes, at, end).replace(/^\s*xref/, '');
  const tokens = body.split(/\s+/).filter(Boolean);
  let i = 0;
  while (i + 1 < tokens.length) {
    const start = Number(tokens[i]);
    const count = Number(tokens[i + 1]);
    if (!Number.isInteger(start) || !Number.isInteger(count) || count < 0) return undefined;
    i += 2;
    for (let k = 0; k < count; k++, i += 3) {
      if (i + 2 >= tokens.length) return undefined;
      const [off, gen, type] = [Number(tokens[i]), Number(tokens[i + 1]), tokens[i + 2]];
      if (type !== 'n' || off === 0) continue;
      result.checked++;
      const o = objectAt(bytes, off);
      if (!o || o.num !== start + k || o.gen !== gen) result.bad++;
    }
  }
  // The trailer dictionary runs to its startxref (or the next table of an incremental update).
  let trailer = latin1(bytes, end, end + 4096);
  const stop = trailer.search(/startxref|\bxref\b/);
  if (stop > 0) trailer = trailer.slice(0, stop);
  const prev = /\/Prev\s+(\d+)/.exec(trailer);
  return prev ? Number(prev[1]) : null;
}

/** True when the table cannot be trusted: pdfjs should rebuild it. */
export function xrefDamaged(c: XrefCheck): boolean {
  return c.broken !== null || c.bad > 0;
}

/** One line for the PDF_REPAIRED warning. */
export function describeDamage(c: XrefCheck): string {
  if (c.broken) return `the cross-reference table is damaged (${c.broken})`;
  return `the cross-reference table is damaged (${c.bad} of ${c.checked} entries point to the wrong place)`;
}

/**
 * The same bytes with the last startxref pointing at itself: pdfjs finds no table there and rebuilds
 * one by scanning every "<num> <gen> obj" in the file (its recovery mode). The length changes too, so
 * a linearization dictionary (whose /L must equal the length) no longer short-cuts the scan.
 */
export function forceRebuild(bytes: Uint8Array): Uint8Array {
  const kw = lastStartXref(bytes);
  const cut = kw >= 0 ? kw : bytes.length;
  const tail = Buffer.from(`${kw >= 0 ? '' : '\n'}startxref\n${cut}\n%%EOF\n \n`, 'latin1');
  const out = new Uint8Array(cut + tail.length);
  out.set(bytes.subarray(0, cut));
  out.set(tail, cut);
  return out;
}
