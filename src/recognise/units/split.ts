// splitUnits: the units named in a cell or phrase, as written, one string each.
// Rule for "Các": a unit keeps its words exactly as written ("Các phòng thuộc Sở", "các bộ, ngành");
// only list markers, edge punctuation and role notes are removed. unitKey() ignores a leading "các".

import { normaliseText } from '../../model/text.js';
import { unitKey } from './key.js';
import { COLLECTIVE_HEADS, EDGE_PUNCTUATION, LIST_MARKER, NOT_A_HEAD, NO_UNIT, REQUEST_PREFIX, ROLE_NOTE, UNIT_HEADS } from './patterns.js';
import { cutAtPredicate, splitAtPeerHeads } from './grammar.js';
import { lexiconSpelling } from './spelling.js';

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const ALL_CAPS_WORD = /^[\p{Lu}\d&]{2,}$/u;
/** Heads that may open a new line of a cell; "các" at a line start is usually a wrapped name ("Phòng GDĐT" / "các huyện"). */
const CAPITAL_HEADS = UNIT_HEADS.filter((h) => h !== 'các');

function startsWithAny(text: string, words: readonly string[]): boolean {
  return words.some((w) => text.startsWith(w) && !LETTER_OR_DIGIT.test(text.charAt(w.length)));
}

/** Does a new unit start here? "Sở …", "UBND …", "các …" (a capitalised head, or "các"). */
export function startsWithUnitHead(text: string): boolean {
  const t = text.trimStart();
  return startsWithAny(t, UNIT_HEADS) && !startsWithAny(t, NOT_A_HEAD);
}

/** A named unit ("Bộ Tài chính", "VTV"), as opposed to a collective ("Các bộ", "Bộ, ngành"). */
function isSpecific(segment: string): boolean {
  const s = segment.trim();
  // "Các bộ", "Giám đốc/Thủ trưởng các Sở": a collective, however capitalised.
  if (/(?:^|\s|\/)các\s/iu.test(s)) return false;
  if (ALL_CAPS_WORD.test(s)) return true;
  return /^\p{Lu}\S*(?:\s+\S+)*?\s+\p{Lu}/u.test(s);
}

/** Parenthesised text masked so that no split happens inside "(Phòng A, Phòng B)". */
function maskParens(s: string): string {
  let depth = 0;
  let out = '';
  for (const ch of s) {
    if (ch === '(') depth++;
    out += depth > 0 ? '\u0001'.repeat(ch.length) : ch;
    if (ch === ')' && depth > 0) depth--;
  }
  return out;
}

/** Split one line on ";", and on ", " / " và " where a new unit clearly starts. */
function splitLine(line: string): string[] {
  const masked = maskParens(line);
  const parts: string[] = [];
  let cut = 0;
  for (const m of masked.matchAll(/\s*;\s*|,\s*|\s+và\s+|\/|\.\s+/gu)) {
    const after = line.slice(m.index + m[0].length);
    const current = line.slice(cut, m.index);
    const sep = m[0].trim();
    // "Sở Xây dựng/các công ty quản lý …" is two units; "UBND các xã/phường", "Giám đốc/Thủ trưởng các Sở" one.
    if (sep === '/' && !(isSpecific(current) && startsWithUnitHead(after))) continue;
    // "… theo phân cấp. Sở Khoa học và Công nghệ triển khai …": a sentence ends, a unit starts.
    if (sep === '.' && !startsWithUnitHead(after)) continue;
    const split =
      sep === ';' ||
      startsWithUnitHead(after) ||
      // "Bộ Tài chính, bộ, ngành liên quan", "VTV, VOV, TTXVN"
      (sep === ',' && isSpecific(current) && (startsWithAny(after, COLLECTIVE_HEADS) || ALL_CAPS_WORD.test(after.split(/[\s,;]/u)[0] ?? '') && ALL_CAPS_WORD.test(current.trim())));
    if (split) {
      parts.push(current);
      cut = m.index + m[0].length;
    }
  }
  parts.push(line.slice(cut));
  return parts;
}

/** Lines of a cell: a wrapped line ("Phòng Giáo dục Mầm" / "non") joins the previous one. */
function logicalLines(text: string): string[] {
  const lines: string[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const prev = lines[lines.length - 1];
    const startsNew = LIST_MARKER.test(line) || startsWithAny(line, CAPITAL_HEADS) || prev === undefined || /[;,.:]$/u.test(prev);
    if (startsNew) lines.push(line);
    else lines[lines.length - 1] = `${prev} ${line}`;
  }
  return lines;
}

function cleanUnit(unit: string): string {
  let u = unit.replace(ROLE_NOTE, '').replace(/\s+/gu, ' ').trim();
  for (let i = 0; i < 3 && LIST_MARKER.test(u); i++) u = u.replace(LIST_MARKER, '').trim();
  // A stray quote OCR leaves after a comma: "Khoa Sinh học và Môi trường, '" (KH 753, scanned).
  return u.replace(/[\s,;]+['‘’]+$/u, '').replace(EDGE_PUNCTUATION, '').replace(REQUEST_PREFIX, '').trim();
}

/**
 * The units of a cell or phrase: "Phòng GDĐT các huyện và thành phố; Các đơn vị trực thuộc Sở GDĐT" →
 * ["Phòng GDĐT các huyện và thành phố", "Các đơn vị trực thuộc Sở GDĐT"]. Splits on ";" and line
 * breaks, and on ", " / " và " only before a new unit head. Duplicates (same unitKey) are dropped.
 */
export function splitUnits(text: string | null | undefined): string[] {
  if (!text) return [];
  const s = normaliseText(text).replace(/\t/gu, '\n').replace(/<br\s*\/?>/giu, '\n').replace(/<\/?p>/giu, '\n');
  const out: string[] = [];
  const seen = new Set<string>();
  for (const line of logicalLines(s)) {
    for (const part of splitLine(line).flatMap(splitAtPeerHeads)) {
      const unit = lexiconSpelling(cleanUnit(cutAtPredicate(part)));
      if (NO_UNIT.test(unit)) continue;
      const key = unitKey(unit);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(unit);
    }
  }
  return out;
}
