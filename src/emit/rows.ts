// Flat tables (tasks, targets, citations, documents) shared by the CSV and XLSX emitters.
import type { PlanDocument, Registry } from '../model/registry.js';

export type TableName = 'tasks' | 'targets' | 'citations' | 'documents';
export const TABLE_NAMES: readonly TableName[] = ['tasks', 'targets', 'citations', 'documents'];

export type Cell = string | number | null;

export interface FlatTable {
  header: string[];
  rows: Cell[][];
}

/** Lists in one cell are joined with this (a unit name never contains "; " after splitting). */
export const LIST_JOIN = '; ';

const DOC_COLUMNS = ['documentId', 'documentNumber', 'documentDate', 'documentTitle'];

function docCells(d: PlanDocument): Cell[] {
  return [d.id, d.meta.number?.raw ?? null, d.meta.date?.iso ?? d.meta.date?.raw ?? null, d.meta.title];
}

function tasksTable(reg: Registry): FlatTable {
  const header = [
    ...DOC_COLUMNS,
    'id', 'no', 'origin', 'text', 'lead', 'support',
    'deadlineRaw', 'deadlineKind', 'deadlineStart', 'deadlineEnd',
    'outputs', 'group', 'section',
  ];
  const rows: Cell[][] = [];
  for (const d of reg.documents) {
    for (const t of d.tasks) {
      rows.push([
        ...docCells(d),
        t.id, t.no ?? null, t.origin, t.text, t.lead.join(LIST_JOIN), t.support.join(LIST_JOIN),
        t.deadline?.raw ?? null, t.deadline?.kind ?? null, t.deadline?.start ?? null, t.deadline?.end ?? null,
        t.outputs.join(LIST_JOIN), t.group ?? null, t.section ?? null,
      ]);
    }
  }
  return { header, rows };
}

function targetsTable(reg: Registry): FlatTable {
  const header = [...DOC_COLUMNS, 'text', 'metric', 'comparator', 'value', 'unit', 'of', 'section'];
  const rows: Cell[][] = [];
  for (const d of reg.documents) {
    for (const t of d.targets) {
      rows.push([...docCells(d), t.text, t.metric, t.comparator, t.value, t.unit, t.of ?? null, t.section]);
    }
  }
  return { header, rows };
}

function citationsTable(reg: Registry): FlatTable {
  const header = [...DOC_COLUMNS, 'raw', 'type', 'number', 'date', 'issuer'];
  const rows: Cell[][] = [];
  for (const d of reg.documents) {
    for (const c of d.citations) rows.push([...docCells(d), c.raw, c.type, c.number, c.date, c.issuer]);
  }
  return { header, rows };
}

function documentsTable(reg: Registry): FlatTable {
  const header = [
    'id', 'path', 'format', 'sha256', 'pages', 'kind', 'number', 'issuer', 'issuerParent', 'place',
    'dateRaw', 'date', 'title', 'sections', 'tasks', 'targets', 'tables', 'citations', 'footnotes', 'warnings',
  ];
  const rows: Cell[][] = reg.documents.map((d) => [
    d.id, d.source.path, d.source.format, d.source.sha256, d.source.pages ?? null, d.meta.kind,
    d.meta.number?.raw ?? null, d.meta.issuer?.name ?? null, d.meta.issuer?.parent ?? null, d.meta.place,
    d.meta.date?.raw ?? null, d.meta.date?.iso ?? null, d.meta.title,
    countSections(d.sections), d.tasks.length, d.targets.length, d.tables.length, d.citations.length,
    d.footnotes.length, d.warnings.length,
  ]);
  return { header, rows };
}

/** Sections at every depth. */
export function countSections(sections: PlanDocument['sections']): number {
  let n = 0;
  for (const s of sections) n += 1 + countSections(s.children);
  return n;
}

export function flatTable(reg: Registry, name: TableName): FlatTable {
  switch (name) {
    case 'tasks':
      return tasksTable(reg);
    case 'targets':
      return targetsTable(reg);
    case 'citations':
      return citationsTable(reg);
    case 'documents':
      return documentsTable(reg);
  }
}
