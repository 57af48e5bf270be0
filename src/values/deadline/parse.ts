// parseDeadline: a value that IS a deadline (a table cell "Quý I, II năm 2024", "Thường xuyên").

import type { Deadline } from '../../model/registry.js';
import { cleanText } from '../../model/text.js';
import { parseExpression, type DeadlineContext, type ParsedDeadline } from './expression.js';
import { findDeadline } from './find.js';
import type { TermOptions } from './terms.js';
import { EMPTY_CELL, HAS_PERIODIC_WORD, LABEL, LEAD_WORD, PERIODIC_WORDS_ONLY } from './patterns.js';

/** Markdown emphasis and stray HTML paragraph tags seen in converted cells ("**ngày 18/11/2023**", "<p>"). */
const MARKUP = /\*+|<\/?p>|<br\s*\/?>/giu;
/** What may follow a complete expression: punctuation, or a note in brackets ("Quý I/2024 (dự kiến)"). */
const TAIL_OK = /^[\s.;,:!]*(?:\(.*\))?[\s.;,:!]*$/u;

/** Separates deadlines listed in one cell: "30/6/2024; 30/12/2024", "Tháng 6 và tháng 12/2024". */
const LIST_SEPARATOR = /\s*(?:;|,|\+|và)\s*/uy;

/** Normalised text the recognisers read: NFC, single spaces, markup removed. */
export function prepareText(text: string): string {
  return cleanText(text.replace(MARKUP, ' '));
}

function skip(re: RegExp, s: string, pos: number): number {
  re.lastIndex = pos;
  const m = re.exec(s);
  return m ? pos + m[0].length : pos;
}

/** Skip a label ("Thời hạn:") and lead words ("hoàn thành trong", "chậm nhất là"). */
export function skipLeadWords(s: string, pos: number): number {
  let p = skip(LABEL, s, pos);
  for (let guard = 0; guard < 4; guard++) {
    const q = skip(LEAD_WORD, s, p);
    if (q === p) break;
    p = q;
  }
  return p;
}

/**
 * Two deadlines listed in one cell become their envelope: same kind → that kind ("Quý I; Quý III năm
 * 2024" → quarter 01-01..09-30; dates → the last date), different kinds → range. Only dated values combine.
 */
function combine(a: ParsedDeadline, b: ParsedDeadline): ParsedDeadline | null {
  if (a.kind === 'periodic' && b.kind === 'periodic') return { kind: 'periodic', start: null, end: null, ...(a.period && a.period === b.period ? { period: a.period } : {}), endPos: b.endPos };
  if (!a.end || !b.end) return null;
  if (a.kind === b.kind && a.kind === 'date') return { kind: 'date', start: null, end: a.end > b.end ? a.end : b.end, endPos: b.endPos };
  const starts = [a.kind === 'date' ? a.end : a.start, b.kind === 'date' ? b.end : b.start];
  const start = starts.every((x) => x) ? (starts as string[]).sort()[0]! : null;
  const end = [a.end, b.end].sort()[1]!;
  return { kind: a.kind === b.kind ? a.kind : 'range', start, end, endPos: b.endPos };
}

/** A whole cell: one expression, or a list of them, with only punctuation or a note left over. */
function parseCell(s: string, pos: number, opts: TermOptions, ctx: DeadlineContext, depth = 0): ParsedDeadline | null {
  const first = parseExpression(s, pos, opts, ctx);
  if (!first) return null;
  if (TAIL_OK.test(s.slice(first.endPos))) return first;
  LIST_SEPARATOR.lastIndex = first.endPos;
  const sep = LIST_SEPARATOR.exec(s);
  if (!sep || depth > 6) return null;
  const rest = parseCell(s, skipLeadWords(s, first.endPos + sep[0].length), opts, ctx, depth + 1);
  return rest ? combine(first, rest) : null;
}

/**
 * Parse a deadline cell. Empty → null; a value not understood → kind "unknown" with null dates
 * (never a guess). A date deadline is an end point: start null, end = the date.
 */
export function parseDeadline(raw: string | null | undefined, ctx: DeadlineContext = {}): Deadline | null {
  const s = prepareText(raw ?? '');
  if (EMPTY_CELL.test(s)) return null;
  const opts = { bareNumbers: true, allowYearOnly: true };
  for (const pos of new Set([skipLeadWords(s, 0), 0])) {
    const parsed = parseCell(s, pos, opts, ctx);
    if (parsed) {
      const { endPos: _end, ...deadline } = parsed;
      return { raw: s, ...deadline };
    }
  }
  // "6 tháng, hằng năm và định kỳ": only periodic words.
  if (PERIODIC_WORDS_ONLY.test(s) && HAS_PERIODIC_WORD.test(s)) return { raw: s, kind: 'periodic', start: null, end: null };
  // A longer cell that states its deadline in a phrase: "Xây dựng báo cáo, gửi Sở Nội vụ chậm nhất là ngày 20/6/2025 …".
  // Only a phrase with a deadline word counts, so a cited document's date ("… số 12/QĐ-UBND ngày 05/3/2025") never does.
  const phrase = findDeadline(s, ctx);
  if (phrase && phrase.kind !== 'unknown') return { ...phrase, raw: s };
  return { raw: s, kind: 'unknown', start: null, end: null };
}
