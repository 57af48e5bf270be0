// The words that name what a value measures: cleaned fragments, colon prefixes and inherited heads.
import { COMPARISON_FRAGMENT_RE, GOAL_WORDS_RE, MID_GOAL_WORD_RE, INHERITABLE_HEAD_RE, METRIC_HEAD_RE, METRIC_LEAD_RE, METRIC_TAIL_MAX, METRIC_TAIL_SEPARATOR_RE, METRIC_TAIL_WORD_RE, ONLY_NUMBERS_RE } from './patterns.js';

/** A metric that is only a goal phrase ("Mục tiêu đến năm 2025") names nothing. */
function isEmptyMetric(s: string): boolean {
  return ONLY_NUMBERS_RE.test(s.replace(GOAL_WORDS_RE, ' '));
}

/** "thì năm 2005 cần phấn đấu tăng trưởng kinh tế" → "tăng trưởng kinh tế": the words after the last goal word, when there are any. */
function afterLastGoalWord(s: string): string {
  let from = -1;
  for (const m of s.matchAll(MID_GOAL_WORD_RE)) if (m.index > 0) from = m.index + m[0].length;
  return from > 0 && /\p{L}/u.test(s.slice(from)) ? s.slice(from) : s;
}

/**
 * Trailing verbs stripped one at a time, at most 64 ("Tỷ lệ học sinh đạt" → "Tỷ lệ học sinh"), each with
 * the separator run before it. Only the last characters are matched (the verb, its separator and any
 * trailing spaces), so each step costs the same whatever the fragment's length.
 */
export function stripTail(s: string): string {
  for (let i = 0; i < 64; i++) {
    let spaces = 0;
    while (spaces < s.length && /\s/u.test(s[s.length - 1 - spaces]!)) spaces++;
    // A leading space stands for the start of the text: a verb at the very start is stripped too.
    const from = Math.max(0, s.length - spaces - METRIC_TAIL_MAX);
    const tail = (from === 0 ? ' ' : '') + s.slice(from);
    const m = METRIC_TAIL_WORD_RE.exec(tail);
    if (!m) break;
    let cut = from + m.index - (from === 0 ? 1 : 0);
    while (cut > 0 && METRIC_TAIL_SEPARATOR_RE.test(s[cut - 1]!)) cut--;
    s = s.slice(0, cut);
  }
  return s;
}

/** Strip separators, goal verbs and the verb before the number: ", mức độ 2 đạt " → "mức độ 2". */
export function cleanFragment(raw: string): string {
  let s = afterLastGoalWord(raw.replace(/\s+/g, ' ').trim());
  for (let i = 0; i < 4; i++) {
    const before = s;
    s = s.replace(/^[\s,;:.\-–+]+/u, '').replace(/[\s,;:.\-–+]+$/u, '');
    s = stripTail(s).replace(METRIC_LEAD_RE, '').replace(COMPARISON_FRAGMENT_RE, '');
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

/** The part of a fragment after its last comma outside parentheses: "giảm tỷ lệ tử vong …, giảm " → " giảm ". */
export function lastCommaPart(s: string): string {
  let depth = 0;
  for (let i = s.length - 1; i >= 0; i--) {
    const c = s[i];
    if (c === ')') depth++;
    else if (c === '(') depth = Math.max(0, depth - 1);
    else if (c === ',' && depth === 0) return s.slice(i + 1);
  }
  return s;
}
