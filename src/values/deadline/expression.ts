// A deadline expression: a term, a range of two terms, or a term with an open/continuing end,
// resolved into { kind, start, end, relative? }.

import type { Deadline } from '../../model/registry.js';
import { addDays, addMonths, parseFullIso } from './calendar.js';
import {
  FROM_MEANS_DOC_DATE,
  FROM_NAMES_OTHER_DOC,
  OPEN_END,
  OPEN_END_HEAD,
  RANGE_JOIN,
  RANGE_OPEN,
  THEN_CONTINUOUS,
  THEN_CONTINUOUS_HEAD,
  THEN_PERIODIC,
  THEN_PERIODIC_WORDS,
} from './patterns.js';
import { matchTerm, type Span, type Term, type TermOptions } from './terms.js';

export interface DeadlineContext {
  /** ISO date of the document (YYYY-MM-DD, YYYY-MM or YYYY); only a full date resolves relative deadlines. */
  docDate?: string | null;
  /**
   * The year a term without one belongs to, when the table or document says it elsewhere: a column header
   * "Thời gian (Năm 2025)", or the document's date. Only table cells use it; running text never guesses.
   */
  year?: number | null;
}

export type ParsedDeadline = Omit<Deadline, 'raw'> & { endPos: number };

function at(re: RegExp, s: string, pos: number): number | null {
  re.lastIndex = pos;
  const m = re.exec(s);
  return m ? pos + m[0].length : null;
}

/** `at(re)` once `head` (a cheap test every match of `re` at `pos` passes) has passed. */
function atAfter(head: RegExp, re: RegExp, s: string, pos: number): number | null {
  return at(head, s, pos) === null ? null : at(re, s, pos);
}

function spanOf(t: Term, year: number | null): Span | null {
  return t.span && year !== null ? t.span(year) : null;
}

/** A term's own dates; a date deadline is an end point only ("chậm nhất ngày 18/11/2023" → null..2023-11-18). */
function single(t: Term, ctx: DeadlineContext): Omit<Deadline, 'raw'> {
  if (t.kind === 'relative') return resolveRelative(t.relative!, ctx);
  const span = spanOf(t, t.year ?? (t.kind === 'periodic' ? null : ctx.year ?? null));
  const start = t.kind === 'date' ? null : span?.[0] ?? null;
  return { kind: t.kind, start, end: span?.[1] ?? null, ...(t.period ? { period: t.period } : {}) };
}

/** "100 ngày kể từ ngày ban hành Kế hoạch" counts from the plan's own date, when that date is complete. */
export function resolveRelative(rel: NonNullable<Term['relative']>, ctx: DeadlineContext): Omit<Deadline, 'raw'> {
  const doc = parseFullIso(ctx.docDate) ? ctx.docDate! : null;
  const countable = !rel.from.includes('(ngày làm việc)');
  const ownDate = FROM_MEANS_DOC_DATE.test(rel.from) && !FROM_NAMES_OTHER_DOC.test(rel.from);
  if (!doc || !ownDate || !countable) return { kind: 'relative', start: null, end: null, relative: rel };
  const end = rel.days !== undefined ? addDays(doc, rel.days) : rel.months !== undefined ? addMonths(doc, rel.months) : null;
  return { kind: 'relative', start: doc, end, relative: rel };
}

/** Parse the expression starting at `pos`; null if no time expression starts there. */
export function parseExpression(s: string, pos: number, opts: TermOptions, ctx: DeadlineContext): ParsedDeadline | null {
  let first = matchTerm(s, pos, opts);
  let opened = false;
  if (!first) {
    const after = at(RANGE_OPEN, s, pos);
    if (after === null) return null;
    first = matchTerm(s, after, opts);
    if (!first || !first.span) return null;
    opened = true;
  }
  let result: Omit<Deadline, 'raw'> = single(first, ctx);
  let endPos = first.end;

  // "Từ tháng 3/2024 đến tháng 6/2024", "2025-2026": both ends have a span; a missing year comes from the other end.
  const join = first.span ? at(RANGE_JOIN, s, endPos) : null;
  const second = join !== null ? matchTerm(s, join, { ...opts, bareNumbers: true, allowYearOnly: true }) : null;
  if (second?.span && second.kind !== 'periodic') {
    const y1 = first.year ?? second.year ?? ctx.year ?? null;
    const y2 = second.year ?? first.year ?? ctx.year ?? null;
    const a = spanOf(first, y1);
    const b = spanOf(second, y2);
    result = { kind: 'range', start: a?.[0] ?? null, end: b?.[1] ?? null };
    endPos = second.end;
  } else if (opened && first.timed) {
    // "Từ 19 giờ 30 phút - 20 giờ ngày 12 tháng 3": the hours of one day.
  } else if (opened && first.kind !== 'range') {
    // "Từ năm 2026", "Từ tháng 11/2013" with no end: open range.
    result = { kind: 'range', start: spanOf(first, first.year ?? ctx.year ?? null)?.[0] ?? null, end: null };
  }

  const startOf = (): string | null => (result.kind === 'date' ? result.end : result.start);
  let next: number | null;
  if (first.span && (next = atAfter(OPEN_END_HEAD, OPEN_END, s, endPos)) !== null) {
    result = { kind: 'range', start: startOf(), end: null };
    endPos = next;
  } else if (first.span && (next = atAfter(THEN_CONTINUOUS_HEAD, THEN_CONTINUOUS, s, endPos)) !== null) {
    result = { kind: 'continuous', start: startOf(), end: null };
    endPos = next;
  } else if (first.span && (next = atAfter(THEN_PERIODIC_WORDS, THEN_PERIODIC, s, endPos)) !== null) {
    result = { kind: 'periodic', start: startOf(), end: null };
    endPos = next;
  }
  return { ...result, endPos };
}
