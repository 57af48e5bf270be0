// A table as a rectangular grid: every row has one slot per column, spans made explicit.
// Word semantics in the model (a colSpan cell stands for the columns it covers, 'continue'
// cells are placeholders) and HTML semantics (covered cells absent) both come out the same.
import type { ModelWarning, Provenance, TableBlock, TableCell, TableRow } from '../model/document.js';
import { cleanCell } from './text.js';

export interface GridCell {
  text: string;
  /** Columns the cell spans (on the slot where it starts). */
  colSpan: number;
  /** Rows the cell spans after vertical merges are resolved (on the slot where it starts). */
  rowSpan: number;
  /** 'col': this slot is covered by a cell to its left; 'row': covered by the cell above (vertical merge). */
  covered?: 'col' | 'row';
  bold?: boolean;
  prov?: Provenance;
}

export interface GridRow {
  cells: GridCell[];
  header?: boolean;
  prov?: Provenance;
}

/** No real table is wider than this; a larger span is damaged or hostile input (Word's own limit is 63). */
const MAX_COLUMNS = 256;

/** A cell's column span as a whole number within 1..MAX_COLUMNS, whatever the extractor was given. */
function colSpanOf(c: { colSpan?: number }): number {
  const n = Math.trunc(c.colSpan ?? 1);
  return Number.isFinite(n) ? Math.min(Math.max(n, 1), MAX_COLUMNS) : 1;
}

const slot = (text = '', covered?: GridCell['covered']): GridCell => ({ text, colSpan: 1, rowSpan: 1, ...(covered ? { covered } : {}) });

/** Columns a row fills: the sum of its cells' spans. */
export function rowWidth(row: TableRow): number {
  return row.cells.reduce((n, c) => n + colSpanOf(c), 0);
}

export function tableWidth(table: TableBlock): number {
  return table.rows.reduce((n, r) => Math.max(n, rowWidth(r)), 0);
}

/** One fragment to a grid of `width` columns; vertical merges are marked, not yet filled. */
export function toGrid(table: TableBlock, width = tableWidth(table)): GridRow[] {
  const pending: number[] = new Array<number>(width).fill(0);
  const out: GridRow[] = [];
  for (const row of table.rows) {
    const cells: GridCell[] = [];
    const covering = pending.filter((n) => n > 0).length;
    // HTML-style rowSpan: the covered cells are absent, so the row is short by that many slots.
    const htmlStyle = covering > 0 && rowWidth(row) + covering <= width && rowWidth(row) < width;
    const skipCovered = (): void => {
      while (htmlStyle && cells.length < width && pending[cells.length] > 0) cells.push(slot('', 'row'));
    };
    for (const cell of row.cells) {
      skipCovered();
      const start = cells.length;
      cells.push(fromCell(cell));
      for (let k = 1; k < colSpanOf(cell); k++) cells.push(slot('', 'col'));
      if ((cell.rowSpan ?? 1) > 1) for (let k = start; k < cells.length && k < width; k++) pending[k] = Math.max(pending[k], (cell.rowSpan ?? 1));
    }
    skipCovered();
    while (cells.length < width) cells.push(slot());
    // Placeholders inside a rowSpan (Word style with rowSpan given) are covered slots too.
    for (let k = 0; k < width; k++) {
      if (pending[k] > 0 && !isOrigin(row, k) && cells[k].text === '' && !cells[k].covered) cells[k].covered = 'row';
    }
    for (let k = 0; k < width; k++) if (pending[k] > 0) pending[k]--;
    const g: GridRow = { cells };
    if (row.header) g.header = true;
    if (row.prov) g.prov = row.prov;
    out.push(g);
  }
  return out;
}

function isOrigin(row: TableRow, col: number): boolean {
  let at = 0;
  for (const c of row.cells) {
    if (at === col) return (c.rowSpan ?? 1) > 1 || c.vMerge === 'restart';
    at += colSpanOf(c);
    if (at > col) return false;
  }
  return false;
}

function fromCell(cell: TableCell): GridCell {
  const g = slot(cleanCell(cell.text));
  g.colSpan = colSpanOf(cell);
  if (cell.vMerge === 'continue') g.covered = 'row';
  if (cell.bold) g.bold = true;
  if (cell.prov) g.prov = cell.prov;
  return g;
}

/**
 * Fill vertically merged slots with the text of the cell they continue and count each origin's
 * rowSpan afresh (so running it twice changes nothing). Returns warnings for orphan merges.
 */
export function resolveVerticalMerges(grid: GridRow[]): ModelWarning[] {
  const warnings: ModelWarning[] = [];
  const width = grid.reduce((n, r) => Math.max(n, r.cells.length), 0);
  for (const row of grid) for (const c of row.cells) if (c.covered !== 'row') c.rowSpan = 1;
  for (let col = 0; col < width; col++) {
    let origin: GridCell | null = null;
    for (let r = 0; r < grid.length; r++) {
      const cell = grid[r].cells[col];
      if (!cell) continue;
      if (cell.covered === 'row') {
        if (origin?.covered === 'col') {
          // Below a slot covered from the left (a merged block wider than one column).
          cell.covered = 'col';
        } else if (origin) {
          origin.rowSpan++;
          cell.text = origin.text;
        } else {
          warnings.push({ code: 'TABLE_VMERGE_ORPHAN', message: `a vertically merged cell in column ${col + 1} has no cell above it to continue`, ...(grid[r].prov ? { prov: grid[r].prov } : {}) });
          cell.covered = undefined;
        }
      } else {
        origin = cell;
      }
    }
  }
  return warnings;
}

/** Back to model rows (Word semantics): covered-by-column slots dropped, merges as restart/continue. */
export function fromGrid(grid: GridRow[]): TableRow[] {
  return grid.map((g) => {
    const cells: TableCell[] = [];
    for (const c of g.cells) {
      if (c.covered === 'col') continue;
      const cell: TableCell = { type: 'tableCell', text: c.text };
      if (c.colSpan > 1) cell.colSpan = c.colSpan;
      if (c.covered === 'row') cell.vMerge = 'continue';
      else if (c.rowSpan > 1) {
        cell.rowSpan = c.rowSpan;
        cell.vMerge = 'restart';
      }
      if (c.bold) cell.bold = true;
      if (c.prov) cell.prov = c.prov;
      cells.push(cell);
    }
    const row: TableRow = { type: 'tableRow', cells };
    if (g.header) row.header = true;
    if (g.prov) row.prov = g.prov;
    return row;
  });
}

/** Cell texts of a grid row, one per column (covered slots: '' for column spans, the merged text for row spans). */
export function rowTexts(row: GridRow): string[] {
  return row.cells.map((c) => (c.covered === 'col' ? '' : c.text));
}
