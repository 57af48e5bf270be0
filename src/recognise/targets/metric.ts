// The words that name what a value measures: cleaned fragments, colon prefixes and inherited heads.
import { GOAL_WORDS_RE, INHERITABLE_HEAD_RE, METRIC_HEAD_RE, METRIC_LEAD_RE, METRIC_TAIL_RE, ONLY_NUMBERS_RE } from './patterns.js';

/** A metric that is only a goal phrase ("Mục tiêu đến năm 2025") names nothing. */
function isEmptyMetric(s: string): boolean {
  return ONLY_NUMBERS_RE.test(s.replace(GOAL_WORDS_RE, ' '));
}

/** Trailing verbs stripped one at a time, a bounded number of them. */
function stripTail(s: string): string {
  for (let i = 0; i < 64 && METRIC_TAIL_RE.test(s); i++) s = s.replace(METRIC_TAIL_RE, '');
  return s;
}

/** Strip separators, goal verbs and the verb before the number: ", mức độ 2 đạt " → "mức độ 2". */
export function cleanFragment(raw: string): string {
  let s = raw.replace(/\s+/g, ' ').trim();
  for (let i = 0; i < 4; i++) {
    const before = s;
    s = s.replace(/^[\s,;:.\-–+]+/u, '').replace(/[\s,;:.\-–+]+$/u, '');
    s = stripTail(s).replace(METRIC_LEAD_RE, '');
    if (s === before) break;
  }
  // "(giá trị sản xuất" — an opening parenthesis whose close lies after the value.
  if (s.startsWith('(') && !s.includes(')')) s = s.slice(1).trim();
  return isEmptyMetric(s) ? '' : s;
}

/** The text after a number-first value up to the first comma outside parentheses: "70% học sinh …, …". */
export function cutAtComma(s: string): string {
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === ',' && depth === 0) return s.slice(0, i);
  }
  return s;
}

export function hasHead(fragment: string): boolean {
  return METRIC_HEAD_RE.test(fragment);
}

/**
 * A fragment without its own head borrows from the metric before it, replacing from the first word it shares:
 * "Tỷ lệ trường đạt chuẩn quốc gia mức độ 1" + "mức độ 2" → "Tỷ lệ trường đạt chuẩn quốc gia mức độ 2";
 * otherwise the head "Tỷ lệ" alone: "Tỷ lệ nhà giáo" + "cán bộ quản lý" → "Tỷ lệ cán bộ quản lý".
 */
export function inheritMetric(previous: string, fragment: string): string {
  const first = fragment.split(' ')[0]?.toLowerCase();
  if (first) {
    const lower = previous.toLowerCase();
    let idx = lower.lastIndexOf(first);
    while (idx > 0) {
      const okBefore = lower[idx - 1] === ' ';
      const after = lower[idx + first.length];
      if (okBefore && (after === undefined || after === ' ')) return previous.slice(0, idx) + fragment;
      idx = lower.lastIndexOf(first, idx - 1);
    }
  }
  const head = INHERITABLE_HEAD_RE.exec(previous);
  if (head) return head[0] + fragment;
  return fragment;
}

export function capitalise(s: string): string {
  return s ? s[0].toLocaleUpperCase('vi') + s.slice(1) : s;
}

export function startsUpper(s: string): boolean {
  const c = s.trim()[0];
  return !!c && c !== c.toLocaleLowerCase('vi');
}
