// The one recogniser contract: every stage is a pure `(context) => { value, warnings }` over one
// context computed once per document (stitched blocks, the layout), reading the values of the stages
// listed before it in the stage table (stages.ts). No stage finds the layout again.
import type { Block, DocumentModel } from '../model/document.js';
import type { SourceInfo, Warning } from '../model/registry.js';
import type { Layout } from './layout.js';

export interface StageResult<T> {
  value: T;
  warnings: Warning[];
}

export interface RecogniseContext<V> {
  /** The model with tables stitched across pages. */
  model: DocumentModel;
  blocks: Block[];
  /** Header, title, body, closing and appendix found once (layout.ts). */
  layout: Layout;
  source: SourceInfo;
  /** The values of the stages run so far; `need` reads one and fails loudly on a mis-ordered table. */
  need<K extends keyof V>(stage: K): V[K];
}

export type Stage<V, K extends keyof V> = (ctx: RecogniseContext<V>) => StageResult<V[K]>;

/** One row of the stage table. */
export interface StageRow<V, K extends keyof V = keyof V> {
  name: K;
  run: Stage<V, K>;
}

/** Run the stages in table order; their warnings come out in the same order. */
export function runStages<V>(table: readonly StageRow<V>[], base: Omit<RecogniseContext<V>, 'need'>): { values: V; warnings: Warning[] } {
  const done = new Map<keyof V, unknown>();
  const ctx: RecogniseContext<V> = {
    ...base,
    need: (stage) => {
      if (!done.has(stage)) throw new Error(`recogniser stage "${String(stage)}" is read before it has run (stage table order)`);
      return done.get(stage) as V[typeof stage];
    },
  };
  const warnings: Warning[] = [];
  for (const row of table) {
    const r = row.run(ctx);
    done.set(row.name, r.value);
    warnings.push(...r.warnings);
  }
  return { values: Object.fromEntries(done) as V, warnings };
}
