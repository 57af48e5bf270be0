// One time expression at a position ("Quý I, II năm 2024", "Tháng 02/2024", "100 ngày kể từ …"),
// before it is combined into a range or resolved against the document date.

import type { DeadlineKind, DeadlinePeriod } from '../../model/registry.js';
import { isoDate, isPlausibleYear, monthSpan, monthsSpan, quarterNumber, quarterSpan, yearSpan } from './calendar.js';
import {
  CONTINUOUS,
  CONTINUOUS_HEAD,
  DATE_NO_YEAR,
  DATE_NUMERIC,
  DATE_WORDS,
  FROM_ISSUE,
  FROM_ISSUE_HEAD,
  HALF,
  MONTH_LIST,
  MONTH_NUMERIC,
  MONTH_WORDS,
  PERIODIC,
  PERIODIC_HEAD,
  PERIODIC_DAY,
  PERIODIC_DAY_HEAD,
  PERIODIC_NEXT,
  QUARTER,
  QUARTER_HEAD,
  RELATIVE,
  RELATIVE_HEAD,
  SCHOOL_YEAR,
  TIME_OF_DAY,
  YEAR,
} from './patterns.js';

export type Span = [string, string];

export interface Term {
  kind: DeadlineKind;
  /** The year the text names, or null ("Quý I" alone); ranges fill a missing year from the other end. */
  year: number | null;
  /** The inclusive span in a given year; null for continuous/relative/periodic without year. */
  span: ((year: number) => Span | null) | null;
  relative?: { days?: number; months?: number; from: string };
  /** Just a year ("2025", "năm học 2023-2024"): too vague after a weak lead word like "trong". */
  yearOnly: boolean;
  /** How often a periodic term recurs ("hằng tuần" → week). */
  period?: DeadlinePeriod;
  /** Began with a time of day ("19 giờ 30 phút - 20 giờ ngày 12 tháng 3"): one day, even after "Từ". */
  timed?: boolean;
  end: number;
}

export interface TermOptions {
  /** Accept "6/2025" and "2025" without "tháng"/"năm" (table cells, after a clear lead word). */
  bareNumbers: boolean;
  /** Accept a term that is only a year. */
  allowYearOnly: boolean;
}

/** The plan's own issuing moment as a "from": "ngày ban hành Kế hoạch", "ngày Kế hoạch được ban hành", "ngày ký". */
const OWN_ISSUE_FROM = /^.*?(?:ban\s+hành|(?<![\p{L}])ký)(?:\s+(?:Kế\s+hoạch|Quyết\s+định|Chương\s+trình|Thông\s+báo|văn\s+bản)(?:\s+này)?)?(?![\p{L}])/iu;
const ROMAN_OR_DIGIT = /(IV|I{1,3}|[1-4])(?!\p{L}|\p{N})/giu;
const NUMBER = /\d{1,2}/g;
/** A list written with a dash or "đến" is a range ("Quý I - III", "Tháng 3-6/2024"). */
const RANGE_JOINER = /-|–|—|đến/u;

const yearOf = (s: string | undefined): number | null => {
  if (!s) return null;
  const y = Number(s);
  return isPlausibleYear(y) ? y : null;
};

type Matcher = (s: string, pos: number, opts: TermOptions) => Term | null;

function at(re: RegExp, s: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(s);
}

/** `re` at `pos` when its start (`head`, a prefix of it without Unicode classes) matches there first. */
function atAfter(head: RegExp, re: RegExp, s: string, pos: number): RegExpExecArray | null {
  return at(head, s, pos) ? at(re, s, pos) : null;
}

const relative: Matcher = (s, pos) => {
  const m = atAfter(RELATIVE_HEAD, RELATIVE, s, pos);
  if (!m) return null;
  const n = Number(m[1]);
  const unit = m[2]!.toLowerCase().replace(/\s+/g, ' ');
  // "ngày ban hành Kế hoạch 13 c" (PDF columns run together): stop after the issuing words.
  const from = (OWN_ISSUE_FROM.exec(m[3]!)?.[0] ?? m[3]!).trim();
  const end = pos + m[0].length - m[3]!.length + from.length;
  const rel =
    unit === 'tháng' ? { months: n, from } : unit === 'tuần' ? { days: n * 7, from } : { days: n, from };
  // Working days cannot be counted without a holiday calendar: keep the number, never resolve.
  if (unit === 'ngày làm việc') return { kind: 'relative', year: null, span: null, relative: { ...rel, from: `${from} (ngày làm việc)` }, yearOnly: false, end };
  return { kind: 'relative', year: null, span: null, relative: rel, yearOnly: false, end };
};

const fromIssue: Matcher = (s, pos) => {
  const m = atAfter(FROM_ISSUE_HEAD, FROM_ISSUE, s, pos);
  if (!m) return null;
  return { kind: 'relative', year: null, span: null, relative: { from: m[1]!.trim() }, yearOnly: false, end: pos + m[0].length };
};

const dateNumeric: Matcher = (s, pos) => {
  const m = at(DATE_NUMERIC, s, pos);
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), yearOf(m[3])];
  if (y === null || !isoDate(y, mo, d)) return null;
  return { kind: 'date', year: y, span: (yy) => dateSpan(yy, mo, d), yearOnly: false, end: pos + m[0].length };
};

const dateWords: Matcher = (s, pos) => {
  const m = at(DATE_WORDS, s, pos);
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), yearOf(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return { kind: 'date', year: y, span: (yy) => dateSpan(yy, mo, d), yearOnly: false, end: pos + m[0].length };
};

const dateNoYear: Matcher = (s, pos, opts) => {
  const m = opts.bareNumbers ? at(DATE_NO_YEAR, s, pos) : null;
  if (!m) return null;
  const [d, mo] = [Number(m[1]), Number(m[2])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return { kind: 'date', year: null, span: (yy) => dateSpan(yy, mo, d), yearOnly: false, end: pos + m[0].length };
};

/** "tuần" → week …; undefined for anything else ("định kỳ 6 tháng"). */
const PERIOD_OF: Record<string, DeadlinePeriod> = { ngày: 'day', tuần: 'week', tháng: 'month', quý: 'quarter', năm: 'year' };
const periodOf = (unit: string | undefined): DeadlinePeriod | undefined => (unit ? PERIOD_OF[unit.toLowerCase()] : undefined);
const withPeriod = (t: Term, p: DeadlinePeriod | undefined): Term => (p ? { ...t, period: p } : t);

const periodicDay: Matcher = (s, pos) => {
  const m = at(PERIODIC_DAY_HEAD, s, pos) ? (at(PERIODIC_DAY, s, pos) ?? at(PERIODIC_NEXT, s, pos)) : null;
  return m ? withPeriod({ kind: 'periodic', year: null, span: null, yearOnly: false, end: pos + m[0].length }, periodOf(m[2])) : null;
};

function dateSpan(y: number, mo: number, d: number): Span | null {
  const iso = isoDate(y, mo, d);
  return iso ? [iso, iso] : null;
}

const schoolYear: Matcher = (s, pos) => {
  const m = at(SCHOOL_YEAR, s, pos);
  if (!m) return null;
  const [a, b] = [yearOf(m[1]), yearOf(m[2])];
  if (a === null || b !== a + 1) return null;
  return { kind: 'range', year: a, span: (y) => [`${y}-09-01`, `${y + 1}-08-31`], yearOnly: true, end: pos + m[0].length };
};

const half: Matcher = (s, pos) => {
  const m = at(HALF, s, pos);
  if (!m) return null;
  const second = m[1]!.toLowerCase() === 'cuối';
  return { kind: 'half', year: yearOf(m[2]), span: (y) => monthsSpan(y, second ? 7 : 1, second ? 12 : 6), yearOnly: false, end: pos + m[0].length };
};

const quarter: Matcher = (s, pos) => {
  const m = atAfter(QUARTER_HEAD, QUARTER, s, pos);
  if (!m) return null;
  const qs = [m[1]!, ...[...(m[2] ?? '').matchAll(ROMAN_OR_DIGIT)].map((x) => x[1]!)].map(quarterNumber);
  if (qs.some((q) => q === null)) return null;
  const nums = qs as number[];
  const [lo, hi] = [Math.min(...nums), Math.max(...nums)];
  const kind: DeadlineKind = RANGE_JOINER.test(m[2] ?? '') ? 'range' : 'quarter';
  return { kind, year: yearOf(m[3]), span: (y) => quarterSpan(y, lo, hi), yearOnly: false, end: pos + m[0].length };
};

const monthList: Matcher = (s, pos) => {
  const m = at(MONTH_LIST, s, pos);
  if (!m) return null;
  const months = [Number(m[1]), ...[...m[2]!.matchAll(NUMBER)].map((x) => Number(x[0]))];
  if (months.some((x) => x < 1 || x > 12)) return null;
  const [lo, hi] = [Math.min(...months), Math.max(...months)];
  const kind: DeadlineKind = RANGE_JOINER.test(m[2]!) ? 'range' : 'month';
  return { kind, year: yearOf(m[3]), span: (y) => monthsSpan(y, lo, hi), yearOnly: false, end: pos + m[0].length };
};

const monthNumeric: Matcher = (s, pos, opts) => {
  const m = at(MONTH_NUMERIC, s, pos);
  if (!m || (!m[1] && !opts.bareNumbers)) return null;
  const [mo, y] = [Number(m[2]), yearOf(m[3])];
  if (mo < 1 || mo > 12 || y === null) return null;
  return { kind: 'month', year: y, span: (yy) => monthSpan(yy, mo), yearOnly: false, end: pos + m[0].length };
};

const monthWords: Matcher = (s, pos) => {
  const m = at(MONTH_WORDS, s, pos);
  if (!m) return null;
  const mo = Number(m[1]);
  if (mo < 1 || mo > 12) return null;
  return { kind: 'month', year: yearOf(m[2]), span: (y) => monthSpan(y, mo), yearOnly: false, end: pos + m[0].length };
};

const periodic: Matcher = (s, pos) => {
  const m = atAfter(PERIODIC_HEAD, PERIODIC, s, pos);
  if (!m) return null;
  const y = yearOf(m[3]);
  return withPeriod({ kind: 'periodic', year: y, span: y === null ? null : yearSpan, yearOnly: false, end: pos + m[0].length }, periodOf(m[1] ?? m[2]));
};

const continuous: Matcher = (s, pos) => {
  const m = atAfter(CONTINUOUS_HEAD, CONTINUOUS, s, pos);
  return m ? { kind: 'continuous', year: null, span: null, yearOnly: false, end: pos + m[0].length } : null;
};

const year: Matcher = (s, pos, opts) => {
  const m = at(YEAR, s, pos);
  if (!m || (!m[1] && !opts.bareNumbers)) return null;
  const y = yearOf(m[2]);
  if (y === null) return null;
  return { kind: 'year', year: y, span: yearSpan, yearOnly: true, end: pos + m[0].length };
};

/** Order matters: the longer, more specific reading first ("30/6/2024" before "6/2024"). */
const MATCHERS: Matcher[] = [
  relative,
  fromIssue,
  periodicDay,
  dateNumeric,
  dateWords,
  schoolYear,
  half,
  quarter,
  monthList,
  monthNumeric,
  monthWords,
  periodic,
  continuous,
  year,
  dateNoYear,
];

/** The time expression starting exactly at `pos`, or null. */
export function matchTerm(s: string, pos: number, opts: TermOptions): Term | null {
  const time = at(TIME_OF_DAY, s, pos);
  if (time) {
    const t = dateNumeric(s, pos + time[0].length, opts) ?? dateWords(s, pos + time[0].length, opts);
    return t ? { ...t, timed: true } : null;
  }
  for (const matcher of MATCHERS) {
    const t = matcher(s, pos, opts);
    if (t && (opts.allowYearOnly || !t.yearOnly)) return t;
  }
  return null;
}
