// The stage table: every recogniser, once, in the order they run. Each row is a pure
// `(context) => { value, warnings }` (context.ts); a stage reads earlier stages through `need`.
import { isTextBlock, type TableBlock } from '../model/document.js';
import type { Citation, Footnote, PlanMeta, Signature, TableOut, Target, Task, Warning } from '../model/registry.js';
import { findCaption } from '../table-logic/index.js';
import { recogniseClosing } from './closing/index.js';
import type { StageRow } from './context.js';
import { recogniseMeta } from './metadata/index.js';
import { collectCitations, linkFootnotes } from './references.js';
import { buildSections, sourceOf, type SectionNode } from './sections/index.js';
import { findAddressees } from './addressees/index.js';
import { tablesToOutput } from './tables/index.js';
import { findTargets, withoutRepeats } from './targets/index.js';
import { findTasks } from './tasks/index.js';

export interface StageValues {
  meta: PlanMeta;
  sections: { nodes: SectionNode[]; preamble: SectionNode };
  closing: { recipients: string[]; signature: Signature | null };
  tables: { blocks: TableBlock[]; tables: TableOut[]; tasks: Task[]; targets: Target[] };
  tasks: Task[];
  targets: Target[];
  footnotes: Footnote[];
  citations: Citation[];
}

const row = <K extends keyof StageValues>(name: K, run: StageRow<StageValues, K>['run']): StageRow<StageValues> =>
  ({ name, run }) as unknown as StageRow<StageValues>;

export const STAGES: readonly StageRow<StageValues>[] = [
  // Header block and title: kind, number, issuer, place, date, title, draft.
  row('meta', (ctx) => {
    const { meta, warnings } = recogniseMeta(ctx.model, ctx.layout);
    // "Kính gửi:" addressees of a công văn.
    const { addressees } = findAddressees(ctx.model);
    if (addressees.length) meta.addressees = addressees;
    return { value: meta, warnings };
  }),
  // The numbered tree of the body, and the preamble before it.
  row('sections', (ctx) => {
    // The "Kính gửi:" blocks are the addressees (stage meta), not the first preamble paragraph.
    const { sections, preamble, warnings } = buildSections(ctx.model, ctx.layout, new Set(findAddressees(ctx.model).blocks));
    return { value: { nodes: sections, preamble }, warnings };
  }),
  // Nơi nhận and the signer.
  row('closing', (ctx) => {
    const { recipients, signature, warnings } = recogniseClosing(ctx.model, ctx.layout);
    return { value: { recipients, signature }, warnings };
  }),
  // Body tables (not the header/closing layout tables), with their captions and task rows.
  row('tables', (ctx) => {
    const blocks: TableBlock[] = [];
    const captions: ReturnType<typeof findCaption>[] = [];
    ctx.blocks.forEach((b, i) => {
      if (b.type !== 'table' || b.zone === 'header' || b.zone === 'closing') return;
      blocks.push(b);
      captions.push(findCaption(ctx.blocks.slice(0, i)));
    });
    const meta = ctx.need('meta');
    const out = tablesToOutput(blocks, { docDate: meta.date?.iso ?? null, captions, docTitle: meta.title });
    return { value: { blocks, tables: out.tables, tasks: out.tasks, targets: out.targets }, warnings: out.warnings };
  }),
  // Duties in the text, then the table rows.
  row('tasks', (ctx) => {
    const { nodes, preamble } = ctx.need('sections');
    const meta = ctx.need('meta');
    const { layout, blocks } = ctx;
    // The body's last paragraph, when the layout took it for the closing formula ("… giao Công an tỉnh … triển khai thực hiện …/.").
    const tail = blocks
      .slice(layout.bodyEnd, layout.recipients >= 0 ? layout.recipients : layout.bodyEnd)
      .filter((b) => isTextBlock(b) && b.zone !== 'closing' && b.zone !== 'header')
      .map((b) => ({ text: isTextBlock(b) ? b.text : '', source: sourceOf(b) }));
    const text = findTasks(nodes, { docDate: meta.date?.iso ?? null }, preamble, meta.addressees ?? [], tail);
    return { value: [...text, ...ctx.need('tables').tasks], warnings: [] };
  }),
  // Targets in the text, then the rows of targets tables (a row restating a target of the text is not a second one).
  row('targets', (ctx) => ({ value: withoutRepeats(findTargets(ctx.need('sections').nodes), ctx.need('tables').targets), warnings: [] })),
  row('footnotes', (ctx) => {
    const { footnotes, warnings } = linkFootnotes(ctx.blocks);
    return { value: footnotes, warnings };
  }),
  row('citations', (ctx) => {
    const warnings: Warning[] = [];
    const value = collectCitations(ctx.blocks, ctx.layout.bodyStart, ctx.layout.recipients, ctx.need('tables').blocks, warnings);
    return { value, warnings };
  }),
];
