// Tasks from the running text: "assignment" (TỔ CHỨC THỰC HIỆN / PHÂN CÔNG NHIỆM VỤ, lead = the unit the
// item is addressed to) and "section" (NHIỆM VỤ VÀ GIẢI PHÁP items, "Thứ nhất, …" in THÔNG BÁO kết luận).
// Table rows (origin "table", ids "T…") are another recogniser's.
import type { SectionKind, Task } from '../../model/registry.js';
import { findDeadline, type DeadlineContext } from '../../values/deadline/index.js';
import type { Para, SectionNode } from '../sections/types.js';
import { walkAddressed, walkItem, walkSection, type TaskDraft } from './walk.js';
import { unitAtStart, unitsOf } from './actors.js';
import { isClosingFormula, INTRO_END_RE } from './patterns.js';
import { testVocab, WHOLE_DOCUMENT_REQUEST } from '../../vocab/index.js';
import { addressedAt, isLetterDuty, YOU_RE } from './letter.js';
import { actorsInText } from './actors.js';

/** "… yêu cầu phòng GDĐT các huyện, thành phố, … thực hiện" — the addressees of a notice's items. */
const INTRO_ADDRESS_RE = /(?<![\p{L}])(?:yêu cầu|đề nghị|giao)\s+/giu;

export { actorsInText, headingUnit } from './actors.js';

/** Kinds whose "Thứ nhất, …" items are not duties: the reported past and its assessment. */
const NOT_DUTY_KINDS = new Set<SectionKind>(['results', 'assessment', 'bases', 'purpose', 'requirements', 'purpose-requirements', 'budget']);

/** Parts that report the past: a KINH PHÍ / THỜI GIAN heading inside them reports too. */
const REPORT_KINDS = new Set<SectionKind>(['results', 'assessment']);

function collect(nodes: SectionNode[], out: TaskDraft[], introLead: string[], inReport = false): void {
  for (const n of nodes) {
    if (n.kind === 'organization') walkSection(n, 'assignment', out);
    else if (n.kind === 'tasks') walkSection(n, 'section', out);
    // THÔNG BÁO kết luận: "Thứ nhất, tiếp tục tham mưu …" items stand for a tasks section of their own;
    // the preamble's "… yêu cầu X … thực hiện tốt một số nhiệm vụ trọng tâm sau:" addresses them to X.
    else if ((n.scheme === 'ordinal' && !NOT_DUTY_KINDS.has(n.effectiveKind)) || (n.kind === 'other' && n.effectiveKind === 'tasks')) {
      walkItem(n, { origin: 'section', lead: introLead }, out);
    }
    // KINH PHÍ, THỜI GIAN / LỊCH TRÌNH: the sentences that name a unit are still its duties.
    else if ((n.kind === 'budget' || n.kind === 'schedule') && !inReport) walkAddressed(n, { origin: 'section', lead: [] }, out);
    // "2. Yêu cầu: Hội A, Hội B … thực hiện kiểm kê tài sản …" (THÔNG BÁO): a requirement addressed to units is a duty.
    else if (n.kind === 'requirements' && n.path.length === 1 && n.heading !== n.line && actorsInText(n.paras[0]?.text ?? n.line).lead.length) {
      walkAddressed(n, { origin: 'section', lead: [] }, out);
    }
    else collect(n.children, out, introLead, inReport || REPORT_KINDS.has(n.kind));
  }
}

/** Units the last preamble paragraph addresses when it introduces the items ("… yêu cầu X … sau:"). */
function leadFromIntro(preamble: SectionNode | undefined): string[] {
  const last = preamble?.paras[preamble.paras.length - 1];
  if (!last || !INTRO_END_RE.test(last.text)) return [];
  for (const m of last.text.matchAll(INTRO_ADDRESS_RE)) {
    const u = unitAtStart(last.text.slice((m.index ?? 0) + m[0].length));
    if (u) return unitsOf(u.span);
  }
  return [];
}


/**
 * Duties in the running text before any section (a công văn giao việc): each paragraph that addresses a unit
 * ("Chủ tịch UBND tỉnh giao Công an tỉnh …") is an assignment with that lead.
 */

/** Paragraphs split at a PDF line end ("…, thành phố trực" / "thuộc Trung ương nghiên cứu, …") joined back. */
function joinContinuations(paras: Para[]): Para[] {
  // Pieces are collected and joined once, and only the last piece's end is tested: a run of
  // thousands of continuation lines stays linear (it was quadratic on 64k lines of "a)").
  const out: { first: Para; pieces: string[] }[] = [];
  for (const p of paras) {
    const prev = out[out.length - 1];
    if (prev && /^\p{Ll}/u.test(p.text) && !/[.;:!?]\s*$/u.test(prev.pieces[prev.pieces.length - 1]!)) prev.pieces.push(p.text);
    else out.push({ first: p, pieces: [p.text] });
  }
  return out.map(({ first, pieces }) => (pieces.length === 1 ? first : { ...first, text: pieces.join(' ') }));
}

function letterDuties(preamble: SectionNode | undefined, addressees: string[], out: TaskDraft[], tail: Para[] = []): void {
  const names = new Set(addressees);
  const body = joinContinuations(preamble?.paras ?? []);
  for (const p of joinContinuations(tail)) if (!testVocab(WHOLE_DOCUMENT_REQUEST, p.text)) body.push(p);
  let last: TaskDraft | undefined;
  for (const p of body) {
    if (!isLetterDuty(p, names)) {
      // "Văn bản tham gia ý kiến của các bộ, … đề nghị gửi về Bộ Nội vụ … trước ngày 30/9/2025 …" (CV 8151/BNV-CCHC):
      // a later paragraph that only sets the time of the duty before it gives that duty its deadline.
      const d = last && !last.deadlineText && !findDeadline(last.text) && !isClosingFormula(p.text) ? findDeadline(p.text) : null;
      if (last && d && d.kind !== 'unknown') last.deadlineText = p.text;
      continue;
    }
    const at = addressedAt(p.text);
    const rest = p.text.slice(at);
    const a = actorsInText(rest);
    const you = YOU_RE.test(rest.replace(/^\S+(?:\s+nghị|\s+cầu)?\s+/u, ''));
    const lead = you ? addressees : a.lead;
    last = { origin: 'assignment', text: p.text, lead, support: a.support, source: p.source };
    out.push(last);
  }
}

/** Ids in document order per origin: "A1", "A2" … for assignments, "S1" … for section items. */
export function findTasks(sections: SectionNode[], ctx: DeadlineContext = {}, preamble?: SectionNode, addressees: string[] = [], tail: Para[] = []): Task[] {
  const drafts: TaskDraft[] = [];
  letterDuties(preamble, addressees, drafts, sections.length ? [] : tail);
  collect(sections, drafts, leadFromIntro(preamble));
  const counters = { assignment: 0, section: 0, table: 0 };
  const prefix = { assignment: 'A', section: 'S', table: 'T' } as const;
  return drafts.map((d) => {
    counters[d.origin]++;
    const t: Task = {
      id: `${prefix[d.origin]}${counters[d.origin]}`,
      origin: d.origin,
      text: d.text,
      lead: d.lead,
      support: d.support,
      deadline: findDeadline(d.text, ctx) ?? (d.deadlineText ? findDeadline(d.deadlineText, ctx) : null),
      outputs: [],
      source: d.source,
    };
    if (d.section !== undefined) t.section = d.section;
    if (d.no !== undefined) t.no = d.no;
    if (d.group !== undefined) t.group = d.group;
    return t;
  });
}
