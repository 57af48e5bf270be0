// findCitations: every reference to another document in a text, in order of appearance.

import type { Citation } from '../../model/registry.js';
import { normaliseText } from '../../model/text.js';
import { isoDate } from '../../values/deadline/calendar.js';
import { matchIssuer } from './issuer.js';
import { CITATION_TYPES, DATE_AFTER, ISSUER_AFTER, LAW_WORD, MARKUP, NAMED_LAW, NEXT_NUMBER, NEXT_NUMBER_HEAD, NUMBERED_REF, QUOTED_REF } from './patterns.js';

const CANONICAL = new Map(CITATION_TYPES.map((t) => [t.toLowerCase(), t]));

/** "kế hoạch" / "KẾ HOẠCH" → "Kế hoạch". */
export function canonicalType(word: string): string {
  return CANONICAL.get(word.toLowerCase().replace(/\s+/g, ' ')) ?? word;
}

/** "2117- TB/TU" → "2117-TB/TU", "171 /KH - PGDĐT" → "171/KH-PGDĐT". */
export function normaliseNumber(raw: string): string {
  return raw.replace(/\s*([-/])\s*/gu, '$1').replace(/\s+/gu, '');
}

interface Found {
  citation: Citation;
  at: number;
  end: number;
}

function sticky(re: RegExp, s: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(s);
}

/** Date and issuer that follow a number: " ngày 24/01/2024 của Chủ tịch UBND tỉnh". */
function readTail(s: string, pos: number): { date: string | null; issuer: string | null; end: number } {
  let end = pos;
  let date: string | null = null;
  const d = sticky(DATE_AFTER, s, end);
  if (d) {
    const [day, month, year] = d[1] ? [d[1], d[2], d[3]] : [d[4], d[5], d[6]];
    date = isoDate(Number(year), Number(month), Number(day));
    end += d[0].length;
  }
  let issuer: string | null = null;
  const of = sticky(ISSUER_AFTER, s, end);
  if (of) {
    const from = end + of[0].length;
    const found = matchIssuer(s.slice(from));
    if (found) {
      issuer = found.name;
      end = from + found.length;
    }
  }
  return { date, issuer, end };
}

/**
 * What every document number has ("184/QĐ-UBND", "2117- TB/TU"): a digit, then its code separator.
 * A text without one holds no numbered reference, and this test is far cheaper than the patterns.
 */
const NUMBER_SIGN = /\d\s*[-/]/u;
/** What every quoted name opens with. */
const QUOTE_SIGN = /[“"]/u;

function numbered(s: string): Found[] {
  const out: Found[] = [];
  if (!NUMBER_SIGN.test(s)) return out;
  for (const m of s.matchAll(NUMBERED_REF)) {
    const number = normaliseNumber(m[2]!);
    // A document number always carries a code ("/KH-UBND"); "Kế hoạch 2024-2025" is not one.
    if (!/\p{L}/u.test(number)) continue;
    const type = canonicalType(m[1]!);
    let tail = readTail(s, m.index + m[0].length);
    out.push({ citation: { raw: s.slice(m.index, tail.end), type, number, date: tail.date, issuer: tail.issuer }, at: m.index, end: tail.end });
    // "Thông tư số 17/2018/TT-BGDĐT, 18/2018/TT-BGDĐT": the kind word is not repeated.
    const nextAt = (pos: number) => (sticky(NEXT_NUMBER_HEAD, s, pos) ? sticky(NEXT_NUMBER, s, pos) : null);
    for (let next = nextAt(tail.end); next; next = nextAt(tail.end)) {
      const at = tail.end + next[0].length - next[1]!.length;
      const nextNumber = normaliseNumber(next[1]!);
      if (!/\p{L}/u.test(nextNumber)) break;
      tail = readTail(s, tail.end + next[0].length);
      out.push({ citation: { raw: s.slice(at, tail.end), type, number: nextNumber, date: tail.date, issuer: tail.issuer }, at, end: tail.end });
    }
  }
  if (s.includes(LAW_WORD)) for (const m of s.matchAll(NAMED_LAW)) {
    const tail = readTail(s, m.index + m[0].length);
    out.push({
      citation: { raw: s.slice(m.index, tail.end), type: 'Luật', number: normaliseNumber(m[2]!), date: tail.date, issuer: tail.issuer },
      at: m.index,
      end: tail.end,
    });
  }
  return out;
}

/** Đề án “…”, Chương trình “…”: a named document without a number (number null). */
function quoted(s: string): Found[] {
  if (!QUOTE_SIGN.test(s)) return [];
  return [...s.matchAll(QUOTED_REF)].map((m) => ({
    citation: { raw: m[0], type: canonicalType(m[1]!), number: null, date: null, issuer: null },
    at: m.index,
    end: m.index + m[0].length,
  }));
}

/**
 * Every reference to another document, in text order. A numbered reference ("Quyết định số 184/QĐ-UBND
 * ngày 24/01/2024 của Chủ tịch UBND tỉnh") gets its number, ISO date and issuer when they follow it
 * directly; a named one in quotes (Đề án “Xây dựng xã hội học tập…”) has number null.
 * "Kế hoạch này" and "năm học 2023-2024" are not references. Repeats are kept (see uniqueCitations).
 */
export function findCitations(text: string): Citation[] {
  // A tab separates table cells: a reference never runs from one cell into the next.
  return text.split('\t').flatMap(findInCell);
}

function findInCell(text: string): Citation[] {
  // Line breaks are kept (single "\n") so an issuer does not run into the next PDF column.
  const s = normaliseText(text.replace(MARKUP, '')).replace(/[ \t\f\v]+/gu, ' ').replace(/ ?\n[\s]*/gu, '\n').trim();
  const all = [...numbered(s), ...quoted(s)].sort((a, b) => a.at - b.at || b.end - a.end);
  const kept: Found[] = [];
  for (const f of all) {
    if (!kept.some((k) => f.at < k.end && k.at < f.end)) kept.push(f);
  }
  return kept.map((f) => ({ ...f.citation, raw: f.citation.raw.replace(/\s+/gu, ' ') }));
}

/** One citation per document (type + number, or type + name when unnumbered), keeping the fullest. */
export function uniqueCitations(citations: Citation[]): Citation[] {
  const byKey = new Map<string, Citation>();
  const score = (c: Citation): number => (c.date ? 2 : 0) + (c.issuer ? 1 : 0);
  for (const c of citations) {
    const key = `${c.type}|${c.number ?? c.raw}`.toLowerCase();
    const had = byKey.get(key);
    if (!had) byKey.set(key, c);
    else if (score(c) > score(had)) byKey.set(key, { ...c });
  }
  return [...byKey.values()];
}
