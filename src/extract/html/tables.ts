// HTML tables: rows and cells with colspan/rowspan, as lines of text per cell. Nested tables
// become text of their cell; covered slots of a rowspan become Word-style placeholders so the
// shared table logic sees a full grid.
import type { CellInput, RowInput } from '../../model/build.js';
import { childrenOf, isElement, isInvisible, isText, spanAttr, type HtmlElement, type HtmlNode } from './dom.js';
import { formatOf, type Format } from './inline.js';
import { isBlockTag } from './tags.js';

/** Wider than any real table; a larger colspan is damaged or hostile input. */
const MAX_COLSPAN = 256;
/** A rowspan past this is clamped (and to the rows that are left anyway). */
const MAX_ROWSPAN = 10_000;

export interface CellRead {
  el: HtmlElement;
  /** The cell's lines: one per paragraph or <br>, nested tables one line per cell. */
  lines: { text: string; bold: boolean }[];
  colSpan: number;
  rowSpan: number;
  th: boolean;
}

export interface RowRead {
  cells: CellRead[];
  /** In <thead>, or every cell a <th>. */
  header: boolean;
}

/** The rows of a table, not those of tables nested in its cells. */
export function readRows(table: HtmlElement, skip: Set<HtmlElement>): RowRead[] {
  const rows: RowRead[] = [];
  const visible = (n: HtmlNode): n is HtmlElement => isElement(n) && !skip.has(n) && !isInvisible(n);
  const addRow = (tr: HtmlElement, inHead: boolean): void => {
    const cells = childrenOf(tr).filter(visible).filter((c) => c.tagName === 'td' || c.tagName === 'th').map((c) => readCell(c, skip));
    if (!cells.length) return;
    rows.push({ cells, header: inHead || cells.every((c) => c.th) });
  };
  for (const part of childrenOf(table).filter(visible)) {
    if (part.tagName === 'tr') addRow(part, false);
    else if (part.tagName === 'thead' || part.tagName === 'tbody' || part.tagName === 'tfoot') {
      for (const tr of childrenOf(part).filter(visible)) if (tr.tagName === 'tr') addRow(tr, part.tagName === 'thead');
    }
  }
  return rows;
}

function readCell(cell: HtmlElement, skip: Set<HtmlElement>): CellRead {
  const lines: CellRead['lines'] = [];
  let cur = '';
  let curBold = true;
  let curHasText = false;
  const endLine = (): void => {
    if (cur.trim()) lines.push({ text: cur, bold: curHasText && curBold });
    cur = '';
    curBold = true;
    curHasText = false;
  };
  const walk = (n: HtmlNode, fmt: Format): void => {
    if (isText(n)) {
      cur += n.value;
      if (/\S/u.test(n.value)) {
        curHasText = true;
        curBold &&= fmt.bold;
      }
      return;
    }
    if (!isElement(n) || skip.has(n) || isInvisible(n)) return;
    if (n.tagName === 'br') return endLine();
    const block = isBlockTag(n.tagName);
    if (block) endLine();
    const inner = formatOf(n, fmt);
    for (const c of childrenOf(n)) walk(c, inner);
    if (block) endLine();
  };
  walk(cell, { bold: false, italic: false });
  endLine();
  return {
    el: cell,
    lines,
    colSpan: spanAttr(cell, 'colspan', MAX_COLSPAN),
    rowSpan: spanAttr(cell, 'rowspan', MAX_ROWSPAN),
    th: cell.tagName === 'th',
  };
}

/** One column per cell: every row holds at most one cell (a layout wrapper, not a data table). */
export function isSingleColumn(rows: RowRead[]): boolean {
  return rows.every((r) => r.cells.length <= 1 && r.cells.every((c) => c.colSpan === 1));
}

/** Rows for ModelBuilder.addTable, with a 'continue' placeholder in each slot a rowspan covers. */
export function toRowInputs(rows: RowRead[]): RowInput[] {
  // cover[col]: rows still covered by a rowspan that starts at this column, and its width.
  const cover: ({ left: number; span: number } | undefined)[] = [];
  const out: RowInput[] = [];
  rows.forEach((row, r) => {
    const cells: CellInput[] = [];
    let col = 0;
    const fillCovered = (): void => {
      for (let c = cover[col]; c && c.left > 0; c = cover[col]) {
        cells.push({ text: '', vMerge: 'continue', ...(c.span > 1 ? { colSpan: c.span } : {}) });
        c.left--;
        col += c.span;
      }
    };
    for (const cell of row.cells) {
      fillCovered();
      const rowSpan = Math.min(cell.rowSpan, rows.length - r);
      const bold = cell.lines.length > 0 && cell.lines.every((l) => l.bold);
      cells.push({
        text: cell.lines.map((l) => l.text).join('\n'),
        ...(cell.colSpan > 1 ? { colSpan: cell.colSpan } : {}),
        ...(rowSpan > 1 ? { rowSpan, vMerge: 'restart' as const } : {}),
        ...(bold ? { bold: true } : {}),
      });
      if (rowSpan > 1) cover[col] = { left: rowSpan - 1, span: cell.colSpan };
      col += cell.colSpan;
    }
    // Covered slots after the row's last cell; an uncovered gap before one is an empty cell.
    for (let c = col; c < cover.length; c++) {
      const k = cover[c];
      if (!k || k.left <= 0) continue;
      while (col < c) {
        cells.push({ text: '' });
        col++;
      }
      fillCovered();
      c = col - 1;
    }
    out.push({ cells, ...(row.header ? { header: true } : {}) });
  });
  return out;
}

