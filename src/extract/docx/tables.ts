// w:tbl → rows of cells with gridSpan (colSpan), vMerge restart/continue and w:tblHeader rows.
// A nested table's text goes into its cell; merges are resolved later by the shared table logic.
import { tooComplex } from './errors.js';
import { provHere, type CellItem, type Item, type NoteRef, type ParaItem, type ReadContext, type RowItem, type TableItem } from './context.js';
import { readBlocks } from './blocks.js';
import { child, childVal, onOff, type XmlElement } from './xml.js';

/** Row/cell wrappers that hold rows or cells (content controls, custom XML). */
const WRAPPERS = new Set(['w:sdt', 'w:customXml', 'w:ins', 'w:moveTo']);

function unwrap(el: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    if (c.name === name) out.push(c);
    else if (WRAPPERS.has(c.name)) out.push(...unwrap(child(c, 'w:sdtContent') ?? c, name));
  }
  return out;
}

/** Word allows 63 grid columns; anything beyond (or not a number) is a damaged or hostile file. */
const MAX_GRID_COLUMNS = 63;

/** A gridSpan/gridBefore value as a column count within Word's limits. */
function gridCount(raw: string | undefined, fallback: number): number {
  const n = Number(raw ?? fallback);
  if (!Number.isFinite(n)) return fallback;
  return Math.min(Math.max(Math.trunc(n), fallback), MAX_GRID_COLUMNS);
}

export function readTable(tbl: XmlElement, ctx: ReadContext): { table: TableItem; refs: NoteRef[] } {
  const table: TableItem = { kind: 'table', rows: [], prov: { ...provHere(ctx), paragraph: ctx.paragraphIndex + 1 } };
  const refs: NoteRef[] = [];
  for (const tr of unwrap(tbl, 'w:tr')) {
    const trPr = child(tr, 'w:trPr');
    const row: RowItem = { cells: [], prov: provHere(ctx) };
    if (onOff(child(trPr, 'w:tblHeader'))) row.header = true;
    const before = gridCount(childVal(trPr, 'w:gridBefore'), 0);
    if (before > 0) row.cells.push({ text: '', paras: [], ...(before > 1 ? { colSpan: before } : {}) });
    for (const tc of unwrap(tr, 'w:tc')) {
      if (++ctx.cellCount > ctx.limits.maxTableCells) throw tooComplex(ctx.part, `more than ${ctx.limits.maxTableCells} table cells`);
      const cell = readCell(tc, ctx, refs);
      const hMerge = childVal(child(tc, 'w:tcPr'), 'w:hMerge');
      const prev = row.cells[row.cells.length - 1];
      if (hMerge !== undefined && hMerge !== 'restart' && prev) {
        // Legacy horizontal merge: a continuation widens the cell before it.
        prev.colSpan = (prev.colSpan ?? 1) + (cell.colSpan ?? 1);
        continue;
      }
      row.cells.push(cell);
    }
    if (row.cells.length) table.rows.push(row);
  }
  return { table, refs };
}

function readCell(tc: XmlElement, ctx: ReadContext, refs: NoteRef[]): CellItem {
  const tcPr = child(tc, 'w:tcPr');
  const sink = { items: [] as Item[], inCell: true };
  readBlocks(tc, ctx, sink);
  const paras: ParaItem[] = [];
  const lines: string[] = [];
  for (const item of sink.items) {
    if (item.kind === 'para') {
      paras.push(item);
      lines.push(item.text);
      refs.push(...item.refs);
    } else if (item.kind === 'table') {
      // Nested table: its rows become lines of this cell, its paragraphs stay readable for zones.
      refs.push(...(item.refs ?? []));
      for (const r of item.rows) {
        lines.push(r.cells.map((c) => c.text).filter(Boolean).join(' '));
        for (const c of r.cells) paras.push(...c.paras);
      }
    }
  }
  const cell: CellItem = { text: lines.filter((l) => l.trim()).join('\n'), paras };
  const span = gridCount(childVal(tcPr, 'w:gridSpan'), 1);
  if (span > 1) cell.colSpan = span;
  const vMerge = child(tcPr, 'w:vMerge');
  if (vMerge) cell.vMerge = vMerge.attrs['w:val'] === 'restart' ? 'restart' : 'continue';
  if (paras.length && paras.every((p) => p.hints.bold)) cell.bold = true;
  return cell;
}
