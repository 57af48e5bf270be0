// One walker for both kinds of prose duties: items under TỔ CHỨC THỰC HIỆN (origin "assignment") and
// items of NHIỆM VỤ VÀ GIẢI PHÁP / "Thứ nhất, …" (origin "section").
//
// Granularity (the same for both): one task per paragraph or bullet, and one per numbered item that has
// nothing under it (then its whole line is the task, `no` = its label). A numbered item with paragraphs
// or sub-items is a container: its heading becomes the `group` of the tasks inside it, and the text after
// its colon, when there is some and it is not a list introduction ("… các nội dung:"), is a task itself.
import type { SourceRef, TaskOrigin } from '../../model/registry.js';
import type { Para, SectionNode } from '../sections/types.js';
import { bodyParas, isLineRest } from '../targets/items.js';
import { actorsInClauses, actorsInText, headingUnit, unitsOf } from './actors.js';
import { isClosingFormula, INTRO_END_RE, OVERSIGHT_HEADING_RE } from './patterns.js';
import { findDeadline } from '../../values/deadline/index.js';

export interface TaskDraft {
  origin: TaskOrigin;
  no?: string;
  text: string;
  lead: string[];
  support: string[];
  group?: string;
  section?: string;
  source: SourceRef;
  /** Where the deadline is written when not in the duty's own text (a công văn's next paragraph). */
  deadlineText?: string;
}

/** "Lý do:", "Lý do giải thể:" — what follows explains a decision. */
const REASONS_INTRO_RE = /^Lý do(?![\p{L}])[^:]{0,40}:/u;

/** A numbered line longer than this that ends a sentence is a statement, not a title. */
const SENTENCE_LINE = 120;

interface Scope {
  origin: TaskOrigin;
  lead: string[];
  /** Support named on the addressing line: "3. Giao Sở X chủ trì, phối hợp với các sở, ngành, địa phương:". */
  support?: string[];
  group?: string;
}

const pathOf = (n: SectionNode): string => n.path.join('.');

/** The text after "Heading:" on the numbered line, when the line has one. */
function lineRest(node: SectionNode): Para | undefined {
  return node.paras.find((p) => isLineRest(node, p));
}

/** One duty: its own words name the lead when they can ("Sở GDĐT gửi …"), else the scope's lead. */
function draft(scope: Scope, node: SectionNode, text: string, source: SourceRef, fallbackLead: string[], no?: string, fallbackSupport: string[] = scope.support ?? []): TaskDraft {
  const a = actorsInText(text);
  // An item that names its own unit overrides the inherited lead and support; one that does not inherits both.
  const d: TaskDraft = {
    origin: scope.origin,
    text,
    lead: a.found ? a.lead : fallbackLead,
    support: a.found || a.support.length ? a.support : fallbackSupport,
    source,
  };
  if (node.path.length) d.section = pathOf(node);
  if (no !== undefined) d.no = no;
  if (scope.group) d.group = scope.group;
  return d;
}

/** Paragraphs of a node as tasks; a paragraph ending in ":" introduces the next ones and lends them its lead. */
function paraTasks(node: SectionNode, scope: Scope, paras: Para[], out: TaskDraft[]): void {
  let lead = scope.lead;
  let support = scope.support ?? [];
  for (const p of paras) {
    if (isClosingFormula(p.text)) continue;
    if (INTRO_END_RE.test(p.text)) {
      const a = actorsInText(p.text);
      lead = a.found ? a.lead : scope.lead;
      support = a.found ? a.support : scope.support ?? [];
      continue;
    }
    out.push(draft(scope, node, p.text, p.source, lead, undefined, support));
  }
}

/**
 * A section whose heading is not about duties (KINH PHÍ, THỜI GIAN, LỊCH TRÌNH): only the sentences that
 * name who does something are duties ("Giao Sở Tài chính cân đối, bố trí kinh phí …").
 */
export function walkAddressed(node: SectionNode, outer: Scope, out: TaskDraft[]): void {
  const texts: Array<{ text: string; source: SourceRef }> = [];
  if (node.path.length && !bodyParas(node).length && !node.children.length) texts.push({ text: node.line, source: node.source });
  for (const p of bodyParas(node)) texts.push(p);
  const rest = lineRest(node);
  if (rest) texts.unshift(rest);
  let lead: string[] = [];
  for (const t of texts) {
    if (isClosingFormula(t.text) || INTRO_END_RE.test(t.text)) continue;
    const a = actorsInClauses(t.text);
    if (a.found && a.lead.length) {
      lead = a.lead;
      out.push({ ...draft({ ...outer, support: [] }, node, t.text, t.source, a.lead), lead: a.lead, support: a.support });
    } else if (lead.length && findDeadline(t.text)) {
      // "Trong thời gian 03 tháng kể từ ngày … ban hành Thông báo này, các hội hoàn thành …": the same units, with a deadline.
      out.push({ ...draft({ ...outer, support: [] }, node, t.text, t.source, lead), lead, support: [] });
    }
  }
  for (const c of node.children) walkAddressed(c, outer, out);
}

/** A numbered item inside a tasks or organization section. */
export function walkItem(node: SectionNode, outer: Scope, out: TaskDraft[]): void {
  if (node.kind === 'budget' || node.kind === 'schedule') {
    walkAddressed(node, { origin: outer.origin, lead: [] }, out);
    return;
  }
  if (outer.origin === 'assignment' && OVERSIGHT_HEADING_RE.test(node.heading.trim())) return;
  const unit = headingUnit(node.heading);
  const body = bodyParas(node);
  const rest = lineRest(node);
  const leaf = body.length === 0 && node.children.length === 0;

  if (unit) {
    // "3. Phòng Kế hoạch tài chính Sở GDĐT" / "5. Phòng GDĐT …: Chuẩn bị báo cáo …": the unit is the lead of everything under it.
    const scope: Scope = { ...outer, lead: unitsOf(unit), support: [] };
    if (rest && !INTRO_END_RE.test(rest.text)) out.push(draft(scope, node, rest.text, rest.source, scope.lead, leaf ? node.label : undefined));
    paraTasks(node, scope, body, out);
    for (const c of node.children) walkItem(c, scope, out);
    return;
  }
  const own = actorsInText(node.line);
  const lead = own.found ? own.lead : outer.lead;
  const support = own.found ? own.support : outer.support ?? [];
  if (leaf) {
    out.push(draft(outer, node, node.line, node.source, lead, node.label, support));
    return;
  }
  // "1. Mục đích: Đánh giá …" is cut at a colon: the rest is a duty. "2. Quy hoạch …. Tăng cường …" is cut at a
  // sentence end: the whole line is the title.
  const cutAtColon = node.line.slice(node.heading.length).trimStart().startsWith(':');
  const group = cutAtColon || !rest ? node.heading : node.line.replace(/[:\s]+$/u, '');
  const scope: Scope = { ...outer, lead, support, group };
  // "1. Thống nhất việc giải thể 06 hội gồm: Hội A, Hội B …" — the rest is a list of names, not a duty.
  const restIsList = /(?<![\p{L}])(?:gồm|bao gồm|như sau)$/u.test(node.heading.trim());
  if (rest && cutAtColon && !restIsList && !INTRO_END_RE.test(rest.text)) out.push(draft(scope, node, rest.text, rest.source, lead));
  // A numbered sentence that is a duty in itself, with notes under it ("1. Thủ trưởng các sở … chỉ
  // đạo: xây dựng Kế hoạch … trước ngày 28/2/2023." + "* Lưu ý: …"): the line is a task too.
  // (A title sentence — no addressee and no deadline in it — stays the group only.)
  else if (!rest && node.line.length > SENTENCE_LINE && /[.;]$/u.test(node.line) && (own.found || findDeadline(node.line))) {
    out.push(draft(scope, node, node.line, node.source, lead));
  }
  paraTasks(node, scope, body, out);
  // "Lý do: Vi phạm quy định …, cụ thể như sau:" + a) Hội A: …, b) Hội B: … — the reasons of a decision, not duties.
  if (body.some((p) => REASONS_INTRO_RE.test(p.text))) return;
  for (const c of node.children) walkItem(c, scope, out);
}

/** A whole tasks/organization section: its own paragraphs, then its items. */
export function walkSection(root: SectionNode, origin: TaskOrigin, out: TaskDraft[]): void {
  const scope: Scope = { origin, lead: [] };
  paraTasks(root, scope, bodyParas(root), out);
  for (const c of root.children) walkItem(c, scope, out);
}
