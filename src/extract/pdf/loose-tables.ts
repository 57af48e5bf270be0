// Tables drawn without ruling lines, from positions alone: a header line of three or more labels
// set apart by wide gaps gives the columns; each body line is cut at its wide gaps and every piece
// goes to the column whose label it lies under; a line with text in the first column starts a row,
// a line without it is text hanging under the row's cells. Text across two labels ends the table.
import type { CellInput, RowInput } from '../../model/build.js';
import { joinLineTexts, makeLine } from './lines.js';
import type { PageTable } from './tables.js';
import { markHeaderRows } from './tables.js';
import type { Line, PageData, PdfItem } from './types.js';

/** Pieces of a line further apart than this many font sizes are in different columns. */
const COLUMN_GAP = 1.5;
/** A header has at least this many columns (two-column layouts are the header/closing blocks). */
const MIN_COLUMNS = 3;
/** …and the table at least this many rows under it. */
const MIN_ROWS = 2;
/** A vertical gap larger than this many font sizes between lines ends the table. */
const MAX_ROW_GAP = 2.5;

interface Piece {
  items: PdfItem[];
  x0: number;
  x1: number;
}

/** A line cut at its wide gaps. */
export function linePieces(line: Line): Piece[] {
  const out: Piece[] = [];
  for (const it of line.items) {
    const last = out[out.length - 1];
    if (last && it.x0 - last.x1 <= COLUMN_GAP * Math.max(it.size, line.size * 0.8)) {
      last.items.push(it);
      last.x1 = Math.max(last.x1, it.x1);
    } else out.push({ items: [it], x0: it.x0, x1: it.x1 });
  }
  return out;
}

/**
 * The column of a piece: the header label it overlaps (labels may be centred over wider text), else
 * the nearest one; -1 when it overlaps two labels (running text across the columns ends the table).
 */
function columnOf(p: Piece, head: Piece[]): number {
  const over = head.map((h) => Math.min(p.x1, h.x1) - Math.max(p.x0, h.x0));
  const hits = over.filter((o) => o > 0).length;
  if (hits >= 2) return -1;
  let best = 0;
  for (let c = 1; c < over.length; c++) if (over[c] > over[best]) best = c;
  return best;
}

/** The lines of one table: header line index, the lines it takes, column edges. */
interface Found {
  start: number;
  end: number;
  rows: Line[][][];
}

function tryTable(lines: Line[], start: number): Found | null {
  const head = linePieces(lines[start]);
  if (head.length < MIN_COLUMNS) return null;
  const size = lines[start].size;
  const rows: Line[][][] = [head.map((p) => [makeLine(p.items)])];
  let end = start + 1;
  for (; end < lines.length; end++) {
    const l = lines[end];
    if (l.top - lines[end - 1].bottom > size * MAX_ROW_GAP) break;
    const pieces = linePieces(l);
    const cols = pieces.map((p) => columnOf(p, head));
    if (cols.some((c) => c < 0)) break;
    const cells = head.map((): Line[] => []);
    pieces.forEach((p, i) => cells[cols[i]].push(makeLine(p.items)));
    // A bold line right under the header, without a first cell, is the header's wrapped labels.
    if (rows.length === 1 && !cells[0].length && l.bold) rows[0].forEach((cell, c) => cell.push(...cells[c]));
    // Text in the first column starts a row; without it the line hangs under the row above.
    else if (cells[0].length || rows.length === 1) rows.push(cells);
    else rows[rows.length - 1].forEach((cell, c) => cell.push(...cells[c]));
  }
  const body = rows.slice(1);
  if (body.length < MIN_ROWS || !body.some((r) => r.filter((c) => c.length).length >= 2)) return null;
  return { start, end, rows };
}

function toRows(found: Found, page: PageData): RowInput[] {
  const rows: RowInput[] = found.rows.map((r) => ({
    cells: r.map((lines): CellInput => {
      const cell: CellInput = { text: joinLineTexts(lines).replace(/\s+/g, ' ').trim() };
      if (lines.length && lines.every((l) => l.bold)) cell.bold = true;
      return cell;
    }),
    prov: { page: page.page },
  }));
  markHeaderRows(rows);
  // The first line set the columns: it is the header even when it is not bold.
  rows[0].header = true;
  return rows;
}

/** Find line-less tables among a page's body lines; the lines they take are removed. */
export function findLooseTables(lines: Line[], page: PageData): { tables: PageTable[]; lines: Line[] } {
  const tables: PageTable[] = [];
  const rest: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const found = tryTable(lines, i);
    if (!found) {
      rest.push(lines[i]);
      continue;
    }
    const taken = lines.slice(found.start, found.end);
    const box: [number, number, number, number] = [
      Math.min(...taken.map((l) => l.x0)),
      Math.min(...taken.map((l) => l.top)),
      Math.max(...taken.map((l) => l.x1)),
      Math.max(...taken.map((l) => l.bottom)),
    ];
    tables.push({ rows: toRows(found, page), box });
    i = found.end - 1;
  }
  return { tables, lines: rest };
}
