// Where an item is in its document: "page 3 · line 103 · table 1, row 10", the section path,
// and the text it came from (the paragraph of its section, or its table row).
import type { PlanDocument, Section, SourceRef, Task } from '../../model/registry.js';
import type { Strings } from './i18n.js';

export function whereText(ref: SourceRef | undefined, s: Strings): string {
  if (!ref) return '';
  const parts: string[] = [];
  if (ref.page !== undefined) parts.push(`${s.page} ${ref.page}${ref.pageEnd && ref.pageEnd !== ref.page ? `–${ref.pageEnd}` : ''}`);
  else if (ref.pages?.length) parts.push(`${s.page} ${ref.pages.join(', ')}`);
  if (ref.line !== undefined) parts.push(`${s.line} ${ref.line}`);
  if (ref.table !== undefined) parts.push(`${s.table} ${ref.table}${ref.row !== undefined ? `, ${s.row} ${ref.row}` : ''}`);
  else if (ref.paragraph !== undefined && ref.line === undefined) parts.push(`${s.paragraph} ${ref.paragraph}`);
  return parts.join(' · ');
}

/** Sections by their dotted path ("IV.3"), as tasks name them. */
export function sectionIndex(doc: PlanDocument): Map<string, Section[]> {
  const index = new Map<string, Section[]>();
  const walk = (list: Section[], trail: Section[], path: string[]) => {
    for (const sec of list) {
      const p = [...path, sec.label];
      index.set(p.join('.'), [...trail, sec]);
      walk(sec.children, [...trail, sec], p);
    }
  };
  walk(doc.sections, [], []);
  return index;
}

/** "IV. TỔ CHỨC THỰC HIỆN › 3. Phòng Kế hoạch tài chính Sở GDĐT" for a task's section. */
export function sectionTrail(index: Map<string, Section[]>, path: string | undefined): string {
  if (!path) return '';
  const trail = index.get(path);
  if (!trail) return path;
  return trail.map((sec) => `${sec.label}. ${sec.heading}`).join(' › ');
}

export type SourceText =
  | { kind: 'paragraph'; text: string }
  | { kind: 'row'; caption?: string; cells: { header: string; value: string }[] }
  | null;

const fold = (t: string) => t.replace(/\s+/g, ' ').trim();

/** The text a task came from: its table row, or the paragraph of its section that holds its text. */
export function sourceText(doc: PlanDocument, task: Task, index: Map<string, Section[]>): SourceText {
  const ref = task.source;
  if (ref.table !== undefined && ref.row !== undefined) {
    const table = doc.tables[ref.table - 1];
    const row = table?.rows[ref.row - 1];
    if (table && row) {
      return {
        kind: 'row',
        ...(table.caption ? { caption: table.caption } : {}),
        cells: row.map((value, i) => ({ header: table.header[i] ?? '', value })).filter((c) => c.value.trim() !== ''),
      };
    }
  }
  const sec = task.section ? index.get(task.section)?.at(-1) : undefined;
  if (sec) {
    const probe = fold(task.text).slice(0, 60);
    const para = sec.paragraphs.find((p) => fold(p).includes(probe));
    if (para) return { kind: 'paragraph', text: para };
    if (fold(sec.heading).includes(probe)) return { kind: 'paragraph', text: `${sec.label}. ${sec.heading}` };
  }
  return null;
}
