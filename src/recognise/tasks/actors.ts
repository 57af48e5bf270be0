// Who a duty is addressed to, from its own words: "Giao Sở … chủ trì, phối hợp với Y …",
// "Sở Kế hoạch và Đầu tư rà soát …", "UBND các huyện, thị xã, thành phố chịu trách nhiệm:".
import { splitUnits, UNIT_PLURAL_NOUNS } from '../units/index.js';
import { ACTION_RE, ADDRESS_PREFIX_RE, ASSIGN_VERB_RE, LEADING_CLAUSE_RE, NOT_UNIT_START_RE, OPENING_BEFORE_SUBJECT_RE, PASS_ON_RE, UNIT_START_RE } from './patterns.js';

const capitalise = (s: string): string => (s ? s[0].toLocaleUpperCase('vi') + s.slice(1) : s);

export interface Actors {
  lead: string[];
  support: string[];
}

/** One-word heads that, written in lower case, are common nouns: "vụ", "đài", "báo", "hội", "đoàn", "tổ" … */
const COMMON_NOUN_HEADS = new Set(['Vụ', 'Đài', 'Báo', 'Cổng', 'Tổ', 'Đoàn', 'Hội', 'Quỹ', 'Thuế', 'Khoa', 'Đội', 'Viện']);

/** A unit name never takes more words than this (a long list of sở, ngành is about 30). */
const MAX_UNIT_WORDS = 60;
/**
 * Where a unit span stops besides an action word: a sentence end, a colon, a parenthesis. Not ";", which
 * separates units in a list: "Thủ trưởng các sở, ban, ngành …; Chủ tịch UBND các huyện … căn cứ chức năng …".
 */
const SPAN_END_RE = /[.:()]/u;
/** What is left after "Giao" in a lead-in: a unit name and the colon, nothing else ("Trung tâm Xúc tiến du lịch:"). */
const LEAD_IN_END_RE = /^[^.;:()]{2,200}:\s*$/u;

/** Words that are nouns in a name when a verb follows them at once: "Hiệp hội Nhà thầu xây dựng hoàn thành …". */
const NOUN_BEFORE_VERB_RE = /^(?:xây dựng|tổ chức|quản lý|kiểm tra|thanh tra|giám sát|đánh giá|tuyên truyền|điều tra|thẩm định)\s+$/u;

/** ACTION_RE walked over a text ('g') and tried at one position ('y'), built once. */
const ACTION_ANY_RE = new RegExp(ACTION_RE.source, 'gu');
const ACTION_AT_RE = new RegExp(ACTION_RE.source, 'uy');

/** The first action word that ends a unit name (a noun-like one directly followed by another action word is part of the name). */
function firstAction(s: string): RegExpExecArray | null {
  const re = ACTION_ANY_RE;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    const next = ACTION_AT_RE;
    const after = m.index + m[0].length;
    const gap = /^\s+/u.exec(s.slice(after))?.[0] ?? '';
    next.lastIndex = after + gap.length;
    if (gap && NOUN_BEFORE_VERB_RE.test(`${m[0]}${gap}`) && next.exec(s)) continue;
    return m;
  }
  return null;
}

/** "các sở: Tài nguyên và Môi trường, Giáo dục và Đào tạo …", "các hội: Hội Nghề cá, Hiệp hội …" — a collective and its members. */
const COLLECTIVE_COLON_RE = /^(?:các|Các)\s+(sở|hội|ban|bộ|ngành|phòng|đơn vị|cơ quan|huyện|xã|trường)\s*:\s*/iu;

/** "các sở: A, B và Văn phòng UBND tỉnh" → "Sở A; Sở B; Văn phòng UBND tỉnh" (members written out, ";"-separated). */
function collectiveMembers(text: string): { span: string; end: number } | null {
  const m = COLLECTIVE_COLON_RE.exec(text);
  if (!m) return null;
  const noun = m[1]!;
  const rest = text.slice(m[0].length);
  const stop = firstAction(rest);
  const limit = Math.min(stop ? stop.index : rest.length, /[.:()]/u.exec(rest)?.index ?? rest.length);
  const list = rest.slice(0, limit).replace(/[\s,]+(?:và)?\s*$/u, '');
  if (!list.trim()) return null;
  const prefix = noun[0]!.toLocaleUpperCase('vi') + noun.slice(1);
  // Bare names take the collective's noun ("Tài chính" → "Sở Tài chính"); once a member names its own head
  // ("Công ty TNHH MTV Đầu tư, Xây dựng và …", "các cơ quan, đơn vị liên quan"), later bare parts belong to it.
  const members: string[] = [];
  let headed = false;
  for (const part of list.split(/\s*,\s*/u).flatMap((x) => splitBeforeHead(x)).map((x) => x.trim()).filter(Boolean)) {
    if (UNIT_START_RE.test(part)) {
      headed = true;
      members.push(part);
    } else if (headed) members[members.length - 1] += `, ${part}`;
    else members.push(`${prefix} ${part}`);
  }
  return { span: members.join('; '), end: m[0].length + limit };
}

/** "Nông nghiệp và Phát triển nông thôn và Văn phòng UBND tỉnh" → split only before "và <unit head>". */
function splitBeforeHead(x: string): string[] {
  const parts: string[] = [];
  let cut = 0;
  for (const m of x.matchAll(/\s+và\s+/gu)) {
    const after = x.slice(m.index + m[0].length);
    if (UNIT_START_RE.test(after)) {
      parts.push(x.slice(cut, m.index));
      cut = m.index + m[0].length;
    }
  }
  parts.push(x.slice(cut));
  return parts;
}

/** The unit name at the start of `s`, up to its first action word; null when `s` does not start with a unit. */
export function unitAtStart(s: string, needAction = true): { span: string; end: number } | null {
  const text = s.replace(/^[\s,]+/u, '');
  const offset = s.length - text.length;
  const members = collectiveMembers(text);
  if (members) return { span: members.span, end: offset + members.end };
  const head = UNIT_START_RE.exec(capitalise(text));
  if (!head || NOT_UNIT_START_RE.test(text)) return null;
  // A one-word head found only by capitalising is a common noun: "vụ của các dự án …" (a line that goes on
  // "nhiệm | vụ" across a page, CV 3980) is no "Vụ"; "các sở, ngành …", "ủy ban nhân dân …" still are units.
  if (/^\p{Ll}/u.test(text) && COMMON_NOUN_HEADS.has(head[0])) return null;
  const stop = SPAN_END_RE.exec(text);
  const limit = stop ? stop.index : text.length;
  // Search after the head noun, so "Ban quản lý dự án" is not cut at "quản lý".
  let skip = head[0].length;
  // "Đội kiểm tra 814 các cấp có nhiệm vụ …": a noun-like action right after a bare head is the head's name.
  const bare = /^\s+(?:kiểm tra|thanh tra|quản lý|giám sát)(?![\p{L}])/u.exec(text.slice(skip, limit));
  if (bare && head[0].split(/\s+/u).length === 1 && /^\p{Lu}/u.test(head[0])) skip += bare[0].length;
  const found = firstAction(text.slice(skip, limit));
  const action = found ? Object.assign(found, { index: found.index + skip - head[0].length }) : null;
  if (!action && needAction) return null;
  const endIn = action ? head[0].length + action.index : limit;
  const span = text.slice(0, endIn).replace(/[\s,]+(?:và|cùng)?\s*$/u, '').trim();
  if (!span || span.split(/\s+/).length > MAX_UNIT_WORDS) return null;
  return { span, end: offset + endIn };
}

/** "chủ trì, phối hợp với Y tham mưu …" → Y (the support units), from position `from` within the same sentence. */
function supportFrom(s: string, from: number): string | null {
  // ";" does not end the support list: "phối hợp với Văn phòng UBND tỉnh; Sở Tư pháp và các cơ quan … tham mưu".
  const sentenceEnd = /[.:)](?:\s|$)/u.exec(s.slice(from));
  const scope = s.slice(from, sentenceEnd ? from + sentenceEnd.index : s.length);
  const m = /(?<![\p{L}])phối hợp(?:\s+với)?\s+/iu.exec(scope);
  if (!m) return null;
  const restAll = s.slice(from + m.index + m[0].length);
  const members = collectiveMembers(restAll);
  if (members) return members.span;
  const rest = scope.slice(m.index + m[0].length);
  const stop = ACTION_RE.exec(rest);
  const span = (stop ? rest.slice(0, stop.index) : rest).replace(/[\s,]+(?:và|cùng)?\s*$/u, '').trim();
  // Only names count as support: "phối hợp theo kế hoạch" names nobody.
  return span && UNIT_START_RE.test(capitalise(span)) ? span : null;
}

/** Units in a span: the lead engineer's splitter, with "Đối với"/"Giao" dropped. */
export function unitsOf(span: string): string[] {
  return splitUnits(span.replace(ADDRESS_PREFIX_RE, ''));
}

/**
 * Actors named in a duty's own text, in order of trust:
 * 1. "Giao X …" / "Yêu cầu X …" / "Đề nghị X …" at a sentence start, anywhere in the text;
 * 2. a unit opening the text ("Sở Kế hoạch và Đầu tư rà soát …");
 * support: "phối hợp (với) Y" later in the same sentence.
 * Without either, `support` still comes from a leading "Chủ trì, phối hợp với Y …" (the addressee is the heading's unit).
 */
/** Marks OCR leaves before a line ("~ Trưởng các đơn vị có liên quan …", KH 753 scanned). */
const OCR_LEADING_MARKS_RE = /^[~—–|$%*•·+-]+\s+/u;

export function actorsInText(raw: string): Actors & { found: boolean } {
  const text = raw.replace(OCR_LEADING_MARKS_RE, '');
  const own = actorsAtStart(text);
  return own.found || !LEADING_CLAUSE_RE.test(text.trimStart()) ? own : afterLeadingClause(text) ?? own;
}

/**
 * "Trường hợp …, Sở X phối hợp với Y …", "Định kỳ, Thường trực … chủ trì, phối hợp với Y …": the actors
 * of the clause after a leading condition, time or adverb, in the first sentence; null when none names a unit.
 */
function afterLeadingClause(text: string): (Actors & { found: boolean }) | null {
  const t = text.trimStart();
  const end = /[.:](?:\s|$)/u.exec(t)?.index ?? t.length;
  const starts = [...t.slice(0, end).matchAll(/,\s*|\s+thì\s+/gu)].map((m) => (m.index ?? 0) + m[0].length);
  const opening = OPENING_BEFORE_SUBJECT_RE.exec(t);
  if (opening) starts.unshift(opening[0].length);
  for (const start of starts) {
    const at = listStart(t, start);
    const a = actorsAtStart(t.slice(at));
    if (a.found) return a;
    // "Trường hợp … thì phối hợp với các cơ quan, đơn vị liên quan …": the commas after it are inside the support list.
    if (a.support.length) return a;
  }
  return null;
}

/** "Báo cáo …/Kết quả …/Văn bản … của <unit>": a paper the unit is to send. */
const REPORT_OF_RE = /^(?:Báo cáo|Kết quả|Văn bản|Ý kiến|Hồ sơ|Danh sách|Số liệu)(?![\p{L}])[^.;:]{0,150}?\scủa\s+/u;
/** "… đề nghị gửi về Bộ Công an", "… gửi về Sở Nội vụ trước ngày …". */
const SENT_TO_RE = /^\s*(?:đề nghị\s+|xin\s+)?gửi\s+(?:về|đến)(?![\p{L}])/u;

/** A comma inside a list ("… vướng mắc các cơ quan, đơn vị, địa phương báo cáo …"): the list starts at its "các". */
const LIST_BEFORE_COMMA_RE = new RegExp(String.raw`(?:^|\s)(?:các|Các|những|Những)\s+(?:${[...UNIT_PLURAL_NOUNS].sort((a, b) => b.length - a.length).join('|')})(?:,\s*[^,]{1,30})*,\s*$`, 'u');

function listStart(t: string, at: number): number {
  const m = LIST_BEFORE_COMMA_RE.exec(t.slice(0, at));
  return m ? m.index + (m[0].length - m[0].trimStart().length) : at;
}

function actorsAtStart(text: string): Actors & { found: boolean } {
  for (const m of text.matchAll(ASSIGN_VERB_RE)) {
    const from = (m.index ?? 0) + m[0].length;
    // "… Giao Trung tâm Xúc tiến du lịch:" — a lead-in at the end of a paragraph names its unit up to the colon.
    const u = unitAtStart(text.slice(from)) ?? (LEAD_IN_END_RE.test(text.slice(from)) ? unitAtStart(text.slice(from), false) : null);
    if (!u) continue;
    const support = supportFrom(text, from + u.end);
    return { lead: unitsOf(u.span), support: support ? unitsOf(support) : [], found: true };
  }
  const u = unitAtStart(text);
  // "Sở GDĐT đã giao dự toán …": a unit that has already acted is reported, not addressed.
  if (u && !/^\s*đã\s/u.test(text.slice(u.end))) {
    // "Giám đốc Sở GDĐT yêu cầu trưởng các phòng …" → the second unit.
    const pass = PASS_ON_RE.exec(text.slice(u.end));
    const next = pass ? unitAtStart(text.slice(u.end + pass[0].length)) : null;
    if (pass && next) {
      const from = u.end + pass[0].length;
      const support = supportFrom(text, from + next.end);
      return { lead: unitsOf(next.span), support: support ? unitsOf(support) : [], found: true };
    }
    const support = supportFrom(text, u.end);
    return { lead: unitsOf(u.span), support: support ? unitsOf(support) : [], found: true };
  }
  // "Báo cáo tổng kết của các Bộ, ngành và địa phương đề nghị gửi về Bộ Công an …" (CV 5240/BCA-V01): who sends it leads.
  const report = REPORT_OF_RE.exec(text);
  const sender = report ? unitAtStart(text.slice(report[0].length)) : null;
  if (report && sender && SENT_TO_RE.test(text.slice(report[0].length + sender.end))) {
    return { lead: unitsOf(sender.span), support: [], found: true };
  }
  // "Chủ trì, phối hợp với Y …" / "Phối hợp với Y …" under a unit heading: the heading's unit leads, Y supports.
  if (/^\s*(?:chủ trì,?\s*(?:và\s+)?)?phối hợp/iu.test(text)) {
    const support = supportFrom(text, 0);
    return { lead: [], support: support ? unitsOf(support) : [], found: false };
  }
  return { lead: [], support: [], found: false };
}

/** A heading that is only a unit name ("3. Phòng Kế hoạch tài chính Sở GDĐT", "10. Đối với phòng GDĐT các huyện …"). */
export function headingUnit(heading: string): string | null {
  const h = capitalise(heading.replace(ADDRESS_PREFIX_RE, '').replace(/[.:;,\s]+$/u, '').trim());
  const head = UNIT_START_RE.exec(h);
  if (!h || !head || NOT_UNIT_START_RE.test(h)) return null;
  // A heading with an action word ("… căn cứ chức năng, nhiệm vụ được giao chỉ đạo") is a sentence, not a name.
  if (ACTION_RE.test(h.slice(head[0].length)) || h.split(/\s+/).length > MAX_UNIT_WORDS) return null;
  return h;
}

/** Actors of the first clause ("…; Sở X báo cáo …") that names one: for sections whose heading is not about duties. */
export function actorsInClauses(text: string): Actors & { found: boolean } {
  const whole = actorsInText(text);
  if (whole.found) return whole;
  for (const m of text.matchAll(/[.;]\s+/gu)) {
    const a = actorsInText(text.slice((m.index ?? 0) + m[0].length));
    if (a.found) return a;
  }
  return whole;
}
