// Grids + items → table rows: each item goes to the cell holding its centre, a cell's lines are
// joined with spaces, vertical merges become restart/continue cells, header rows are marked.
import type { CellInput, RowInput } from '../../model/build.js';
import { cellIndexAt, findGrids, type Grid } from './grid.js';
import { buildLines, joinLineTexts, type CellEdges } from './lines.js';
import type { PageData, PdfItem } from './types.js';

export interface PageTable {
  rows: RowInput[];
  /** Display bbox [x0, top, x1, bottom]. */
  box: [number, number, number, number];
}

/** A numbering cell: "1", "12.", "a)", "đ)", "II". */
const NUMBER_CELL = /^(?:\d{1,3}[.)]?|[a-zđ]\)|[IVXLC]{1,5}\.?|[A-Z]\.?)$/u;
/** Header rows are short labels; a long cell is content. */
const HEADER_CELL_MAX = 60;

/** Split the page's items into table rows and the items left for running text. */
export function extractTables(page: PageData): { tables: PageTable[]; rest: PdfItem[] } {
  const grids = findGrids(page.hRules, page.vRules);
  if (!grids.length) return { tables: [], rest: page.items };
  const buckets = grids.map((g) => g.cells.map((): PdfItem[] => []));
  const rest: PdfItem[] = [];
  for (const it of page.items) {
    const cx = (it.x0 + it.x1) / 2;
    const cy = it.base - it.size * 0.3;
    let placed = false;
    for (let k = 0; k < grids.length && !placed; k++) {
      const idx = cellIndexAt(grids[k], cx, cy);
      if (idx >= 0) {
        buckets[k][idx].push(it);
        placed = true;
      }
    }
    if (!placed) rest.push(it);
  }
  const tables: PageTable[] = [];
  grids.forEach((g, k) => {
    const rows = gridRows(g, buckets[k], page);
    // A frame with no text (a drawn box, an empty form) is not a table.
    if (rows.some((r) => r.cells.some((c) => c.text))) tables.push({ rows, box: [g.x0, g.y0, g.x1, g.y1] });
  });
  return { tables, rest };
}

function cellText(items: PdfItem[], edges?: CellEdges): { text: string; bold: boolean } {
  const lines = buildLines(items);
  const text = joinLineTexts(lines, edges).replace(/\s+/g, ' ').trim();
  const chars = lines.reduce((n, l) => n + l.text.length, 0);
  const boldChars = lines.reduce((n, l) => n + (l.bold ? l.text.length : 0), 0);
  return { text, bold: chars > 0 && boldChars / chars > 0.6 };
}

function bbox(page: PageData, x0: number, y0: number, x1: number, y1: number): [number, number, number, number] {
  const [a, b] = page.toPdf(x0, y1);
  const [c, d] = page.toPdf(x1, y0);
  return [Math.min(a, c), Math.min(b, d), Math.max(a, c), Math.max(b, d)];
}

function gridRows(g: Grid, buckets: PdfItem[][], page: PageData): RowInput[] {
  const texts = buckets.map((items, i) => cellText(items, { left: g.xs[g.cells[i].c0], right: g.xs[g.cells[i].c1 + 1] }));
  const nr = g.ys.length - 1;
  const nc = g.xs.length - 1;
  const rows: RowInput[] = [];
  for (let r = 0; r < nr; r++) {
    const cells: CellInput[] = [];
    for (let c = 0; c < nc; ) {
      const idx = g.cellAt[r][c];
      const box = g.cells[idx];
      const span = box.c1 - c + 1;
      const cell: CellInput = { text: '', prov: { page: page.page, bbox: bbox(page, g.xs[box.c0], g.ys[box.r0], g.xs[box.c1 + 1], g.ys[box.r1 + 1]) } };
      if (span > 1) cell.colSpan = span;
      if (box.r0 === r) {
        cell.text = texts[idx].text;
        if (texts[idx].bold) cell.bold = true;
        if (box.r1 > box.r0) {
          cell.rowSpan = box.r1 - box.r0 + 1;
          cell.vMerge = 'restart';
        }
      } else cell.vMerge = 'continue';
      cells.push(cell);
      c = box.c1 + 1;
    }
    rows.push({ cells, prov: { page: page.page, bbox: bbox(page, g.x0, g.ys[r], g.x1, g.ys[r + 1]) } });
  }
  markHeaderRows(rows);
  return rows;
}

/** Leading rows of short bold labels with no numbering cell are header rows (with the rows their merges reach). */
export function markHeaderRows(rows: RowInput[]): void {
  let reach = -1;
  for (let r = 0; r < Math.min(rows.length - 1, 3); r++) {
    const filled = rows[r].cells.filter((c) => c.text);
    const looksHeader =
      filled.length > 0 &&
      filled.every((c) => c.bold && c.text.length <= HEADER_CELL_MAX && !NUMBER_CELL.test(c.text)) &&
      filled.length >= 2;
    if (!looksHeader && r > reach) break;
    rows[r].header = true;
    for (const c of rows[r].cells) if (c.rowSpan) reach = Math.max(reach, r + c.rowSpan - 1);
  }
}
