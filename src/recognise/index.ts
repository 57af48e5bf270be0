// The recogniser stage: one pure function from a DocumentModel to a PlanDocument.
// Shared table logic (stitching) → the layout, found once → the stage table (stages.ts: meta,
// sections, closing, tables, tasks, targets, footnotes, citations), each a pure
// `(context) => { value, warnings }` (context.ts).
import type { DocumentModel } from '../model/document.js';
import type { PlanDocument, SourceInfo, Warning } from '../model/registry.js';
import { stitchTables } from '../table-logic/index.js';
import { runStages } from './context.js';
import { findLayout } from './layout.js';
import { toOutputSections } from './sections/index.js';
import { STAGES } from './stages.js';

export function documentId(meta: PlanDocument['meta'], path: string): string {
  if (meta.number && meta.number.seq !== null) return meta.number.raw.replace(/\//g, '-');
  const base = path.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  return base || 'document';
}

export function recognise(input: DocumentModel, source: SourceInfo): PlanDocument {
  const stitched = stitchTables(input.children);
  const model: DocumentModel = { ...input, children: stitched.blocks };
  const warnings: Warning[] = [
    ...input.warnings.map((w) => ({ code: w.code, message: w.message, ...(w.prov?.page ? { source: { page: w.prov.page } } : {}) })),
    ...stitched.warnings.map((w) => ({ code: w.code, message: w.message, ...(w.prov?.page ? { source: { page: w.prov.page } } : {}) })),
  ];
  const layout = findLayout(model);
  const { values, warnings: stageWarnings } = runStages(STAGES, { model, blocks: model.children, layout, source });
  const { meta, sections, closing, tables } = values;
  const preamble = sections.preamble.paras.map((p) => ({ text: p.text, ...(Object.keys(p.source).length ? { source: p.source } : {}) }));
  return {
    id: documentId(meta, source.path),
    source,
    meta,
    preamble,
    sections: toOutputSections(sections.nodes),
    targets: values.targets,
    tasks: values.tasks,
    tables: tables.tables,
    footnotes: values.footnotes,
    citations: values.citations,
    recipients: closing.recipients,
    signature: closing.signature,
    warnings: [...warnings, ...stageWarnings],
  };
}
