// Stitched TableBlocks → output tables (TableOut) and the tasks of task tables (origin "table").
import type { TableBlock } from '../../model/document.js';
import type { TableOut, Target, Task, Warning } from '../../model/registry.js';
import {
  headerDepth,
  headerTexts,
  resolveVerticalMerges,
  rowTexts,
  tableRole,
  tableWidth,
  timeColumnKind,
  toGrid,
  type ColumnMap,
  type GridRow,
  type TableCaption,
} from '../../table-logic/index.js';
import { rowsToTasks } from './tasks.js';
import { rowsToTargets } from './targets.js';

export { rowsToTasks, splitOutputs } from './tasks.js';
export { groupRow, noLabel } from './groups.js';

export interface TablesContext {
  /** ISO date of the document, to resolve "100 ngày kể từ ngày ban hành Kế hoạch". */
  docDate?: string | null;
  /** trích yếu of the document: "Kế hoạch … năm 2025" gives the year of cells that name none. */
  docTitle?: string | null;
  /** Per table (same order): its caption, or caption and appendix line from findCaption. */
  captions?: (string | TableCaption | undefined)[];
}

function spansOf(body: GridRow[]): NonNullable<TableOut['spans']> {
  const spans: NonNullable<TableOut['spans']> = [];
  body.forEach((row, r) =>
    row.cells.forEach((c, col) => {
      if (c.covered || (c.colSpan <= 1 && c.rowSpan <= 1)) return;
      spans.push({ row: r, col, ...(c.colSpan > 1 ? { colSpan: c.colSpan } : {}), ...(c.rowSpan > 1 ? { rowSpan: c.rowSpan } : {}) });
    }),
  );
  return spans;
}

/** Header rows of a stitched table are flagged; an unflagged table (not stitched) is inspected. */
function depthOf(grid: GridRow[], width: number): number {
  let n = 0;
  while (n < grid.length && grid[n].header) n++;
  return n > 0 ? n : headerDepth(grid, width);
}

/** Column names that mean something else by table role: a targets table's "Kết quả" is the target value, a schedule's "Thời gian" the time of day. */
const RENAMED: Partial<Record<TableOut['role'], Record<string, string>>> = {
  targets: { outputs: 'value' },
  schedule: { deadline: 'time' },
};

function outputColumns(columns: ColumnMap, role: TableOut['role']): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(columns)) if (v !== undefined) out[RENAMED[role]?.[k] ?? k] = v;
  return out;
}

/** "Thời gian (Năm 2025)", "Năm 2025" — one year named by a header, caption or title. */
const ONE_YEAR_RE = /(?<![\p{L}\d])năm\s*(\d{4})(?!\d)/giu;
const oneYear = (text: string | null | undefined): number | null => {
  if (!text) return null;
  // matchAll walks a copy of the pattern: ONE_YEAR_RE keeps lastIndex 0.
  const all = [...text.matchAll(ONE_YEAR_RE)].map((m) => Number(m[1]));
  // "giai đoạn 2021 - 2025", "năm 2024 và năm 2025": more than one year names no single one.
  return all.length === 1 && !/\d{4}\s*[-–]\s*\d{4}/u.test(text) ? all[0]! : null;
};

/** The year of deadline cells that name none: the deadline column's header, else the caption, the title, the document's date. */
export function cellYear(header: string | undefined, caption: string | undefined, ctx: TablesContext): number | null {
  const fromDate = ctx.docDate && /^\d{4}/u.test(ctx.docDate) ? Number(ctx.docDate.slice(0, 4)) : null;
  return oneYear(header) ?? oneYear(caption) ?? oneYear(ctx.docTitle) ?? fromDate;
}

/**
 * Output tables in document order; `rows` is the body only (header rows removed), one string per
 * column; `spans` and `groups[].row` index into `rows` (0-based); task `source.row` is 1-based.
 */
export function tablesToOutput(tables: TableBlock[], ctx: TablesContext = {}): { tables: TableOut[]; tasks: Task[]; targets: Target[]; warnings: Warning[] } {
  const out: TableOut[] = [];
  const tasks: Task[] = [];
  const targets: Target[] = [];
  const warnings: Warning[] = [];
  tables.forEach((table, i) => {
    const n = i + 1;
    const width = tableWidth(table);
    const grid = toGrid(table, width);
    for (const w of resolveVerticalMerges(grid)) warnings.push({ code: w.code, message: w.message, source: { table: n } });
    const depth = depthOf(grid, width);
    const header = headerTexts(grid.slice(0, depth), width);
    const bodyGrid = grid.slice(depth);
    const rows = bodyGrid.map(rowTexts);
    const { role, columns } = tableRole(header, rows);
    const t: TableOut = { header, rows, role };
    const cap = ctx.captions?.[i];
    const caption = typeof cap === 'string' ? { caption: cap } : (cap ?? {});
    if (caption.caption) t.caption = caption.caption;
    if (caption.appendix) t.appendix = caption.appendix;
    if (table.pages?.length) t.pages = table.pages;
    t.columns = outputColumns(columns, role);
    const spans = spansOf(bodyGrid);
    if (spans.length) t.spans = spans;
    if (role === 'tasks' || role === 'targets') {
      const year = cellYear(columns.deadline === undefined ? undefined : header[columns.deadline], caption.caption, ctx);
      const timeKind = timeColumnKind(header, columns, role, caption.caption);
      const r = rowsToTasks(rows, columns, { table: n, pages: table.pages, rowProv: bodyGrid.map((r) => r.prov), docDate: ctx.docDate, year, timeKind }, role === 'tasks');
      if (r.groups.length) t.groups = r.groups;
      tasks.push(...r.tasks);
      warnings.push(...r.warnings);
      if (role === 'targets') targets.push(...rowsToTargets(rows, columns, n));
    }
    out.push(t);
  });
  return { tables: out, tasks, targets, warnings };
}
