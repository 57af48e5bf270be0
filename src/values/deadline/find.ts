// findDeadline: the deadline phrase inside running text. Conservative: a time expression counts
// only after a word that makes it a deadline (trước, chậm nhất, hoàn thành, Thời hạn: …), so the
// date of a cited document ("Kế hoạch số 633/KH-UBND ngày 21/12/2022") is never taken.

import type { Deadline } from '../../model/registry.js';
import { parseExpression, type DeadlineContext } from './expression.js';
import { LABEL } from './patterns.js';
import { prepareText, skipLeadWords } from './parse.js';
import type { TermOptions } from './terms.js';

const NOT_AFTER_WORD = String.raw`(?<!\p{L}|\p{N})`;
const NOT_BEFORE_WORD = String.raw`(?!\p{L}|\p{N})`;

/** "Thời gian thực hiện: Tháng 12/2013 và thường xuyên", "Thời hạn: 30/6/2024" — the label is not in raw. */
const LABEL_ANY = new RegExp(NOT_AFTER_WORD + LABEL.source, 'giu');
/** "chậm nhất ngày 18/11/2023", "trước ngày 30/6/2024", "hoàn thành trong Quý I, năm 2024", "xong trước …" */
const STRONG_LEAD = new RegExp(`${NOT_AFTER_WORD}(?:chậm\\s+nhất|muộn\\s+nhất|trước|hoàn\\s+thành|xong)${NOT_BEFORE_WORD}`, 'giu');
/** "trong Quý I", "vào tháng 6/2024", "từ tháng 3 đến tháng 6/2024" — weaker: no bare numbers, no lone years. */
const WEAK_LEAD = new RegExp(`${NOT_AFTER_WORD}(?:trong|vào|kể\\s+từ|từ)${NOT_BEFORE_WORD}`, 'giu');
/** "Thời hạn: 30/6/2025", "hạn chót 12/3" — a deadline's own name. */
const DEADLINE_NAME = /(?<![\p{L}])(?:thời\s+hạn|hạn\s+chót)(?![\p{L}])/iu;
/** STRONG_LEAD anywhere in a text (not global: no lastIndex to carry). */
const STRONG_LEAD_ANY = new RegExp(STRONG_LEAD.source, 'iu');
/** A word that makes a time a deadline: "trước", "chậm nhất", "hoàn thành", "xong", "Thời hạn". */
export function hasDeadlineWord(text: string): boolean {
  return STRONG_LEAD_ANY.test(text) || DEADLINE_NAME.test(text);
}

/** "hằng quý năm 2024", "định kỳ hằng năm", "theo hằng quý" */
const PERIODIC_START = new RegExp(`${NOT_AFTER_WORD}(?:định\\s+kỳ|theo\\s+(?:hằng|hàng)|hằng|hàng)\\s`, 'giu');
/** "100 ngày kể từ …", "15 ngày làm việc sau khi …" */
const RELATIVE_START = new RegExp(`${NOT_AFTER_WORD}\\d{1,3}\\s+(?:ngày|tuần|tháng)${NOT_BEFORE_WORD}`, 'giu');
/** A bare "hằng năm" is often part of a target ("Tỷ lệ tốt nghiệp hằng năm đạt 99%"): periodic needs more. */
const PERIODIC_IS_DEADLINE = /định\s+kỳ|theo\s+(?:hằng|hàng)|(?:hằng|hàng)\s+(?:ngày|tuần|tháng|quý)|năm\s*\d{4}|liền\s+kề|kế\s+tiếp|tiếp\s+theo/iu;
/** "Từ 19 giờ 30 phút - 20 giờ ngày 12/3": the time of a meeting or an event, not a deadline, unless a deadline word leads it. */
const TIME_OF_DAY_IN = /\d\s*(?:giờ|h(?![\p{L}]))/u;
/** What a label may introduce that we cannot read: up to the end of the clause. */
const CLAUSE = /[^.;\n]{1,120}/uy;

type Strength = 1 | 2 | 3;

interface Candidate {
  deadline: Deadline;
  at: number;
  endPos: number;
  strength: Strength;
}

const STRICT: TermOptions = { bareNumbers: false, allowYearOnly: false };
const LOOSE: TermOptions = { bareNumbers: true, allowYearOnly: true };

function candidate(
  s: string,
  rawFrom: number,
  parseFrom: number,
  opts: TermOptions,
  strength: Strength,
  ctx: DeadlineContext,
): Candidate | null {
  const p = parseExpression(s, parseFrom, opts, ctx);
  if (!p) return null;
  const { endPos, ...rest } = p;
  const raw = s.slice(rawFrom, endPos).trim();
  return { deadline: { raw, ...rest }, at: rawFrom, endPos, strength };
}

/** Running-text rules that reject a reading: "thường xuyên" as an adverb, "từ năm 2025" as a start only. */
function acceptable(c: Candidate): boolean {
  const { kind, end, relative, raw } = c.deadline;
  if (c.strength < 3 && kind === 'continuous') return false;
  if (c.strength < 2 && TIME_OF_DAY_IN.test(raw)) return false;
  if (c.strength < 2 && kind === 'range' && end === null) return false;
  if (c.strength < 2 && kind === 'relative' && relative?.days === undefined && relative?.months === undefined) return false;
  if (c.strength < 3 && kind === 'periodic' && !PERIODIC_IS_DEADLINE.test(raw)) return false;
  return true;
}

function collect(text: string, ctx: DeadlineContext): Candidate[] {
  const s = prepareText(text);
  const out: Candidate[] = [];
  const push = (c: Candidate | null): void => {
    if (c && acceptable(c)) out.push(c);
  };
  for (const m of s.matchAll(LABEL_ANY)) {
    const from = m.index + m[0].length;
    const c = candidate(s, from, skipLeadWords(s, from), LOOSE, 3, ctx);
    if (c) push(c);
    else {
      CLAUSE.lastIndex = from;
      const clause = CLAUSE.exec(s)?.[0].trim();
      if (clause) push({ deadline: { raw: clause, kind: 'unknown', start: null, end: null }, at: from, endPos: from + clause.length, strength: 3 });
    }
  }
  for (const m of s.matchAll(STRONG_LEAD)) push(candidate(s, m.index, skipLeadWords(s, m.index), LOOSE, 2, ctx));
  for (const m of s.matchAll(WEAK_LEAD)) {
    push(candidate(s, m.index, m.index, STRICT, 1, ctx));
    push(candidate(s, m.index, skipLeadWords(s, m.index), STRICT, 1, ctx));
  }
  for (const m of s.matchAll(PERIODIC_START)) push(candidate(s, m.index, m.index, STRICT, 1, ctx));
  for (const m of s.matchAll(RELATIVE_START)) {
    const c = candidate(s, m.index, m.index, STRICT, 1, ctx);
    if (c?.deadline.kind === 'relative') push(c);
  }
  return out;
}

/** Understood before unknown, stronger lead first, then earlier, then longer. */
function byRank(a: Candidate, b: Candidate): number {
  const known = (c: Candidate): number => (c.deadline.kind === 'unknown' ? 0 : 1);
  return known(b) - known(a) || b.strength - a.strength || a.at - b.at || b.endPos - a.endPos;
}

/** Every deadline phrase in the text, in order, without overlaps (the stronger reading wins). */
export function findAllDeadlines(text: string, ctx: DeadlineContext = {}): Deadline[] {
  const ranked = collect(text, ctx).sort(byRank);
  const kept: Candidate[] = [];
  for (const c of ranked) {
    if (!kept.some((k) => c.at < k.endPos && k.at < c.endPos)) kept.push(c);
  }
  return kept.sort((a, b) => a.at - b.at).map((c) => c.deadline);
}

/** The deadline phrase of a running text (the strongest, then the first), or null. */
export function findDeadline(text: string, ctx: DeadlineContext = {}): Deadline | null {
  const ranked = collect(text, ctx).sort(byRank);
  return ranked[0]?.deadline ?? null;
}
