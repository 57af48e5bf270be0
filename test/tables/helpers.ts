// Test helpers: table fragments built by hand or from a seed's tab-separated lines.
import { readFileSync } from 'node:fs';
import type { Block, TableBlock, TableCell, TableRow } from '../../src/model/document.js';

import { seedPath } from '../helpers/seeds.js';

export { seedPath };

/** Lines `from`..`to` (1-based, inclusive) of a seed. */
export function seedLines(prefix: string, from: number, to: number): string[] {
  return readFileSync(seedPath(prefix), 'utf8').split('\n').slice(from - 1, to);
}

/** Tab-separated lines → table fragments (a blank line ends one); other lines → paragraphs. */
export function blocksFromTsv(lines: string[], opts: { pageBreaks?: boolean } = {}): Block[] {
  const blocks: Block[] = [];
  let table: TableBlock | null = null;
  for (const line of lines) {
    if (!line.trim()) {
      if (table && opts.pageBreaks) blocks.push({ type: 'pageBreak' });
      table = null;
      continue;
    }
    if (line.includes('\t')) {
      if (!table) {
        table = { type: 'table', rows: [] };
        blocks.push(table);
      }
      table.rows.push(row(line.split('\t')));
      continue;
    }
    table = null;
    blocks.push({ type: 'paragraph', text: line.trim() });
  }
  return blocks;
}

export function cell(text: string, extra: Partial<TableCell> = {}): TableCell {
  return { type: 'tableCell', text, ...extra };
}

export function row(cells: (string | TableCell)[], extra: Partial<TableRow> = {}): TableRow {
  return { type: 'tableRow', cells: cells.map((c) => (typeof c === 'string' ? cell(c) : c)), ...extra };
}

export function table(rows: TableRow[], extra: Partial<TableBlock> = {}): TableBlock {
  return { type: 'table', rows, ...extra };
}

export function tables(blocks: Block[]): TableBlock[] {
  return blocks.filter((b): b is TableBlock => b.type === 'table');
}

export const texts = (t: TableBlock): string[][] => t.rows.map((r) => r.cells.map((c) => c.text));
