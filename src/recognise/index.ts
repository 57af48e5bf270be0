// The recogniser stage: one pure function from a DocumentModel to a PlanDocument.
// Order: shared table logic (stitching) → layout → metadata, sections, closing → targets,
// tasks, tables, citations, footnotes.
import type { Block, DocumentModel, TableBlock } from '../model/document.js';
import { isTextBlock } from '../model/document.js';
import type { Citation, Footnote, PlanDocument, SourceInfo, Warning } from '../model/registry.js';
import { findCaption, stitchTables } from '../table-logic/index.js';
import { findCitations } from './citations/index.js';
import { recogniseClosing } from './closing/index.js';
import { findAddressees } from './addressees/index.js';
import { findLayout } from './layout.js';
import { recogniseMeta } from './metadata/index.js';
import { buildSections, sourceOf, toOutputSections } from './sections/index.js';
import { tablesToOutput } from './tables/index.js';
import { findTargets } from './targets/index.js';
import { findTasks } from './tasks/index.js';

export function documentId(meta: PlanDocument['meta'], path: string): string {
  if (meta.number && meta.number.seq !== null) return meta.number.raw.replace(/\//g, '-');
  const base = path.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  return base || 'document';
}

function linkFootnotes(blocks: Block[]): { footnotes: Footnote[]; warnings: Warning[] } {
  const refs = new Map<string, string>();
  for (const b of blocks) {
    if (!isTextBlock(b) || !b.footnoteRefs) continue;
    for (const mark of b.footnoteRefs) if (!refs.has(mark)) refs.set(mark, excerpt(b.text));
  }
  const footnotes: Footnote[] = [];
  const warnings: Warning[] = [];
  for (const b of blocks) {
    if (b.type !== 'footnote') continue;
    const fn: Footnote = { mark: b.mark, text: b.text };
    const ref = refs.get(b.mark);
    if (ref) fn.ref = ref;
    else warnings.push({ code: 'FOOTNOTE_UNREFERENCED', message: `footnote ${b.mark} has no reference mark in the text`, source: sourceOf(b) });
    footnotes.push(fn);
  }
  return { footnotes, warnings };
}

function excerpt(text: string): string {
  return text.length <= 80 ? text : `${text.slice(0, 79).replace(/\s+\S*$/, '')}…`;
}

function collectCitations(blocks: Block[], bodyStart: number, recipients: number, tables: TableBlock[], warnings: Warning[]): Citation[] {
  // One entry per cited document: the first mention, completed by later ones (a date or issuer
  // given only once, e.g. "Quyết định số 184/QĐ-UBND" after its full first citation).
  const byKey = new Map<string, Citation>();
  const add = (text: string): void => {
    for (const c of findCitations(text)) {
      const key = c.number ? `${c.type}|${c.number}` : `${c.type}|${c.raw}`;
      const seen = byKey.get(key);
      if (!seen) byKey.set(key, c);
      else if (seen.date && c.date && seen.date !== c.date) {
        // The same number with two dates: one is a typo in the document; keep both and say so.
        const k2 = `${key}|${c.date}`;
        if (!byKey.has(k2)) {
          byKey.set(k2, c);
          warnings.push({ code: 'CITATION_DATE_CONFLICT', message: `${c.type} ${c.number} is cited with two dates (${seen.date}, ${c.date})` });
        }
      } else {
        if (!seen.date && c.date) seen.date = c.date;
        if (!seen.issuer && c.issuer) seen.issuer = c.issuer;
      }
    }
  };
  blocks.forEach((b, i) => {
    // The header block and "Nơi nhận" lines name the document itself and its addressees, not references.
    if (i < bodyStart || (recipients >= 0 && i >= recipients && isTextBlock(b) && !b.footnoteRefs)) return;
    if (isTextBlock(b) && b.zone !== 'header' && b.zone !== 'closing' && !/^\(?\s*Kèm theo\b/u.test(b.text)) add(b.text);
    else if (b.type === 'footnote') add(b.text);
  });
  for (const t of tables) for (const r of t.rows) if (!r.header) for (const c of r.cells) add(c.text);
  return [...byKey.values()];
}

export function recognise(input: DocumentModel, source: SourceInfo): PlanDocument {
  const stitched = stitchTables(input.children);
  const model: DocumentModel = { ...input, children: stitched.blocks };
  const warnings: Warning[] = [
    ...input.warnings.map((w) => ({ code: w.code, message: w.message, ...(w.prov?.page ? { source: { page: w.prov.page } } : {}) })),
    ...stitched.warnings.map((w) => ({ code: w.code, message: w.message, ...(w.prov?.page ? { source: { page: w.prov.page } } : {}) })),
  ];
  const layout = findLayout(model);
  const { meta, warnings: metaWarnings } = recogniseMeta(model, layout);
  const { sections, preamble, warnings: sectionWarnings } = buildSections(model);
  const closing = recogniseClosing(model, layout);
  const docDate = meta.date?.iso ?? null;

  const blocks = model.children;
  const tableBlocks: TableBlock[] = [];
  const captions: ReturnType<typeof findCaption>[] = [];
  blocks.forEach((b, i) => {
    if (b.type !== 'table' || b.zone === 'header' || b.zone === 'closing') return;
    tableBlocks.push(b);
    captions.push(findCaption(blocks.slice(0, i)));
  });
  const tables = tablesToOutput(tableBlocks, { docDate, captions, docTitle: meta.title });
  const { addressees } = findAddressees(model);
  if (addressees.length) meta.addressees = addressees;
  // The body's last paragraph, when the layout took it for the closing formula ("… giao Công an tỉnh … triển khai thực hiện …/.").
  const tail = blocks.slice(layout.bodyEnd, layout.recipients >= 0 ? layout.recipients : layout.bodyEnd)
    .filter((b) => isTextBlock(b) && b.zone !== 'closing' && b.zone !== 'header')
    .map((b) => ({ text: isTextBlock(b) ? b.text : '', source: sourceOf(b) }));
  const textTasks = findTasks(sections, { docDate }, preamble, addressees, tail);
  const targets = findTargets(sections);
  const { footnotes, warnings: fnWarnings } = linkFootnotes(blocks);
  const citationWarnings: Warning[] = [];
  const citations = collectCitations(blocks, layout.bodyStart, layout.recipients, tableBlocks, citationWarnings);

  const doc: PlanDocument = {
    id: documentId(meta, source.path),
    source,
    meta,
    sections: toOutputSections(sections),
    targets,
    tasks: [...textTasks, ...tables.tasks],
    tables: tables.tables,
    footnotes,
    citations,
    recipients: closing.recipients,
    signature: closing.signature,
    warnings: [...warnings, ...metaWarnings, ...sectionWarnings, ...closing.warnings, ...tables.warnings, ...fnWarnings, ...citationWarnings],
  };
  return doc;
}
