// Damage to a PDF's classic cross-reference table, for the fuzzer and the tests: the entries of the
// last "xref" section, and copies of the file with some of them changed in place (same length).

/** In-use entries of the table the last startxref points to: { at, num, offset, gen }. */
export function xrefEntries(bytes) {
  const s = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1');
  const kw = s.lastIndexOf('startxref');
  if (kw < 0) return [];
  const start = Number(/^startxref\s+(\d+)/.exec(s.slice(kw, kw + 40))?.[1] ?? -1);
  if (start < 0 || !s.startsWith('xref', start)) return [];
  const end = s.indexOf('trailer', start);
  const out = [];
  const section = /(\d+) (\d+)\s*[\r\n]+/y;
  const entry = /(\d{10}) (\d{5}) ([nf])\s{1,2}/y;
  let pos = start + 4;
  while (pos < end) {
    while (/\s/.test(s[pos])) pos++;
    section.lastIndex = pos;
    const m = section.exec(s);
    if (!m) break;
    pos = section.lastIndex;
    for (let k = 0; k < Number(m[2]); k++) {
      entry.lastIndex = pos;
      const e = entry.exec(s);
      if (!e) return out;
      if (e[3] === 'n' && Number(e[1]) > 0) out.push({ at: pos, num: Number(m[1]) + k, offset: Number(e[1]), gen: Number(e[2]) });
      pos = entry.lastIndex;
    }
  }
  return out;
}

/** A copy with the given entries' offsets set by `f(entry)` (and optionally their generation). */
export function rewriteXref(bytes, picks, f, gen) {
  const out = Buffer.from(bytes);
  for (const e of picks) {
    out.write(String(Math.max(0, Math.min(9_999_999_999, Math.round(f(e))))).padStart(10, '0'), e.at, 'latin1');
    if (gen !== undefined) out.write(String(gen(e)).padStart(5, '0').slice(-5), e.at + 11, 'latin1');
  }
  return new Uint8Array(out);
}
