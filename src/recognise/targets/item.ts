// Targets from one item of text: "(7) Duy trì sĩ số: Cấp Tiểu học 100%; Cấp THCS trên 99%" → two targets.
import type { Target } from '../../model/registry.js';
import { findMentions } from './mentions.js';
import { capitalise, cleanFragment, cutAtComma, hasHead, inheritMetric, lastCommaPart, startsUpper } from './metric.js';
import { CHANGE_PAREN_RE, GOAL_WORD_RE, RANK_UNIT, VALUE_FIRST_VERB_RE } from './patterns.js';

/** "Heading: body" — a colon followed by a space, not the one in "7h30:" or a URL. */
const COLON_RE = /:\s/u;
/** Clause ends: ";" or a sentence end "…%. Tiếp" (a dot followed by an upper-case word). */
const CLAUSE_SPLIT_RE = /;|\.\s+(?=\p{Lu})/u;

/**
 * Every measurable value in `text`. Metric rules, in order:
 * 1. the words before the value (verbs like "đạt", "trên" and goal words stripped);
 * 2. if none, the words after a number-first value ("Trên 70% học sinh tốt nghiệp THCS …");
 * 3. if none, the item's colon prefix ("Trường chuẩn Quốc gia: Mục tiêu … là 30 trường");
 * a fragment without a head word ("Cấp Tiểu học") is joined to the colon prefix as "prefix: fragment"
 * in the first clause after the colon and in later clauses that start upper-case; otherwise it
 * inherits from the metric before it in the same item ("…mức độ 1 …, mức độ 2 …").
 */
export function targetsFromText(text: string, section: string | null, itemText = text): Target[] {
  // Blank out "(tăng 2,58%)" so a reported change is never read as a goal (same length keeps offsets).
  const scan = text.replace(CHANGE_PAREN_RE, (m) => ' '.repeat(m.length));
  const colon = COLON_RE.exec(scan);
  const prefixRaw = colon ? scan.slice(0, colon.index) : '';
  const prefix = capitalise(cleanFragment(prefixRaw));
  const clauses: { text: string; afterColon: number }[] = [];
  if (colon) clauses.push({ text: prefixRaw, afterColon: -1 });
  const body = colon ? scan.slice(colon.index + colon[0].length) : scan;
  body.split(CLAUSE_SPLIT_RE).forEach((c, i) => clauses.push({ text: c, afterColon: colon ? i : -1 }));

  const out: Target[] = [];
  let previous: string | null = null;
  let previousUnit: string | null = null;
  for (const clause of clauses) {
    const usePrefix = !!prefix && clause.afterColon >= 0 && (clause.afterColon === 0 || startsUpper(clause.text));
    const mentions = findMentions(clause.text);
    let segStart = 0;
    mentions.forEach((m, i) => {
      const nextStart = i + 1 < mentions.length ? mentions[i + 1].start : clause.text.length;
      const rawFragment = clause.text.slice(segStart, m.start);
      const fragment = cleanFragment(rawFragment);
      let metric: string;
      segStart = m.end;
      const after = cutAtComma(clause.text.slice(m.end, nextStart));
      const afterClean = cleanFragment(after);
      // "…, giảm 20% trẻ em lang thang kiếm sống": a verb alone before the value, what it measures after it.
      const tail = lastCommaPart(rawFragment);
      if (afterClean && VALUE_FIRST_VERB_RE.test(tail.replace(/[\s,;:]+$/u, '')) && !cleanFragment(tail)) {
        metric = afterClean;
        segStart = m.end + after.length;
      } else if (!fragment) {
        if (afterClean && i === 0) {
          metric = afterClean;
          segStart = m.end + after.length;
        } else if (usePrefix) metric = prefix;
        else metric = previous ?? '';
      } else if (hasHead(fragment)) metric = fragment;
      else if (usePrefix) metric = `${prefix}: ${fragment}`;
      else if (previous && previousUnit === m.unit) metric = inheritMetric(previous, fragment);
      else metric = fragment;
      metric = capitalise(metric);
      previous = metric;
      previousUnit = m.unit;
      const base = { text: itemText, metric: withCountUnit(metric, m.unit), unit: m.unit || null, section };
      if (m.upper !== undefined) {
        out.push({ ...base, value: m.value, comparator: '>=' });
        out.push({ ...base, value: m.upper, comparator: '<=' });
      } else {
        const t: Target = { ...base, value: m.value, comparator: m.comparator };
        if (m.of !== undefined) t.of = m.of;
        out.push(t);
      }
    });
  }
  return out;
}

/** Units that name things, so a metric without them reads "Sáp nhập cặp trường"; money, %, ranks are left alone. */
const COUNTED_UNITS = new Set(['cặp trường', 'điểm trường', 'phòng học', 'học sinh', 'sinh viên', 'học viên', 'giáo viên', 'cán bộ', 'công trình', 'dự án', 'đơn vị', 'cơ sở', 'trường', 'lớp', 'nhóm', 'trẻ', 'giải', 'huy chương', 'xã', 'huyện', 'người', 'hộ', 'phòng']);

/** "Sáp nhập" + 05 cặp trường → "Sáp nhập cặp trường": a count's metric names what is counted. */
function withCountUnit(metric: string, unit: string): string {
  if (!unit || !metric || !COUNTED_UNITS.has(unit)) return metric;
  return metric.toLowerCase().includes(unit.toLowerCase()) ? metric : `${metric} ${unit}`;
}

/**
 * Goal sentences outside target sections: from "phấn đấu" to the end of its sentence.
 * "…; phấn đấu đạt và vượt chỉ tiêu tỷ lệ trường đạt chuẩn quốc gia được giao năm 2024: mức độ 1 đạt 95,2%, …"
 */
export function goalSpans(text: string): string[] {
  const spans: string[] = [];
  let covered = -1;
  for (const m of text.matchAll(GOAL_WORD_RE)) {
    const start = m.index ?? 0;
    if (start < covered) continue;
    const rest = text.slice(start);
    const end = /\.(?:\s+(?=\p{Lu})|\s*$)/u.exec(rest);
    const span = end ? rest.slice(0, end.index + 1) : rest;
    spans.push(span);
    covered = start + span.length;
  }
  return spans;
}
