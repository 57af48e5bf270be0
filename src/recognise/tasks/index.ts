// Tasks from the running text: "assignment" (TỔ CHỨC THỰC HIỆN / PHÂN CÔNG NHIỆM VỤ, lead = the unit the
// item is addressed to) and "section" (NHIỆM VỤ VÀ GIẢI PHÁP items, "Thứ nhất, …" in THÔNG BÁO kết luận).
// Table rows (origin "table", ids "T…") are another recogniser's.
import type { SectionKind, Task } from '../../model/registry.js';
import { findDeadline, type DeadlineContext } from '../deadline/index.js';
import type { SectionNode } from '../sections/types.js';
import { walkItem, walkSection, type TaskDraft } from './walk.js';

export { actorsInText, headingUnit } from './actors.js';

/** Kinds whose "Thứ nhất, …" items are not duties: the reported past and its assessment. */
const NOT_DUTY_KINDS = new Set<SectionKind>(['results', 'assessment', 'bases', 'purpose', 'requirements', 'purpose-requirements', 'budget']);

function collect(nodes: SectionNode[], out: TaskDraft[]): void {
  for (const n of nodes) {
    if (n.kind === 'organization') walkSection(n, 'assignment', out);
    else if (n.kind === 'tasks') walkSection(n, 'section', out);
    // THÔNG BÁO kết luận: "Thứ nhất, tiếp tục tham mưu …" items stand for a tasks section of their own.
    else if (n.scheme === 'ordinal' && !NOT_DUTY_KINDS.has(n.effectiveKind)) walkItem(n, { origin: 'section', lead: [] }, out);
    else collect(n.children, out);
  }
}

/** Ids in document order per origin: "A1", "A2" … for assignments, "S1" … for section items. */
export function findTasks(sections: SectionNode[], ctx: DeadlineContext = {}): Task[] {
  const drafts: TaskDraft[] = [];
  collect(sections, drafts);
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
      deadline: findDeadline(d.text, ctx),
      outputs: [],
      source: d.source,
    };
    if (d.section !== undefined) t.section = d.section;
    if (d.no !== undefined) t.no = d.no;
    if (d.group !== undefined) t.group = d.group;
    return t;
  });
}
