// Tasks from the rows of a task table: one Task per item row, group rows as their group.
import type { Provenance } from '../../model/document.js';
import type { Deadline, EventTime, SourceRef, Task, TableGroup, Warning } from '../../model/registry.js';
import type { ColumnMap } from '../../table-logic/index.js';
import { ARABIC_NO_RE, LETTER_NO_RE } from '../../table-logic/patterns.js';
import { eventTime, parseDeadline } from '../../values/deadline/index.js';
import { splitUnits } from '../units/index.js';
import { groupRow, noLabel } from './groups.js';

/** Separator of products in one cell: "Kế hoạch; Hội nghị trực tiếp và trực tuyến". */
const OUTPUT_SEPARATOR = /\s*;\s*/u;
/** A bullet before a product: "- 100% hồ sơ TTHC…". */
const OUTPUT_BULLET = /^[-–—•+*]\s*/u;
/** In a cell that is a bulleted list, the next bullet after its line break was folded into a space: "…tiền mặt - Mỗi xã, phường…". */
const INLINE_BULLET = /\s[-–—•+]\s+(?=[\p{Lu}\d])/u;

export interface TableTaskContext {
  /** 1-based number of the table in the document. */
  table: number;
  pages?: number[];
  /** Provenance of each body row (the page a row starts on, pdf/docx), same order as the rows. */
  rowProv?: (Provenance | undefined)[];
  docDate?: string | null;
  /** The year a deadline cell without one belongs to (column header, title or date of the document). */
  year?: number | null;
  /** How the time column reads (timeColumnKind): always deadlines, a schedule's event days, or plain. */
  timeKind?: 'deadline' | 'schedule' | 'plain';
}

const cellAt = (row: string[], col: number | undefined): string => (col === undefined ? '' : (row[col] ?? '').trim());

export function splitOutputs(text: string): string[] {
  const pieces = text.split(OUTPUT_SEPARATOR);
  return (OUTPUT_BULLET.test(text.trim()) ? pieces.flatMap((p) => p.split(INLINE_BULLET)) : pieces)
    .map((s) => s.replace(OUTPUT_BULLET, '').replace(/[.;,]+$/u, '').trim())
    .filter(Boolean);
}

function deadlineOf(text: string, docDate: string | null | undefined, year?: number | null): Deadline | null {
  return text ? parseDeadline(text, { docDate: docDate ?? null, year: year ?? null }) : null;
}

/**
 * A time cell is a deadline, or the time of an event: a meeting's hour ("Từ 19 giờ 30 phút - 20 giờ ngày 12
 * tháng 3") or, in a schedule, its day. A column named as a deadline ("Thời gian hoàn thành") always holds deadlines.
 */
function timeOf(text: string, ctx: TableTaskContext): { deadline: Deadline | null; time?: EventTime } {
  if (text && ctx.timeKind !== 'deadline') {
    const time = eventTime(text, { docDate: ctx.docDate ?? null, year: ctx.year ?? null, schedule: ctx.timeKind === 'schedule' });
    if (time) return { deadline: null, time };
  }
  return { deadline: deadlineOf(text, ctx.docDate, ctx.year) };
}

/**
 * Groups of any table with a task or metric column, and tasks of a task table.
 * `no` is the TT cell without its trailing dot ("1." → "1"); when the TT cell is empty and a
 * "Chi tiết" column holds a letter, it is the group number and the letter ("2" + "a)" → "2.a").
 */
export function rowsToTasks(
  rows: string[][],
  cols: ColumnMap,
  ctx: TableTaskContext,
  withTasks: boolean,
): { tasks: Task[]; groups: TableGroup[]; warnings: Warning[] } {
  const tasks: Task[] = [];
  const groups: TableGroup[] = [];
  const warnings: Warning[] = [];
  let group: TableGroup | null = null;
  rows.forEach((row, r) => {
    if (group && leavesGroup(group, row, cols)) group = null;
    if (row.every((c) => !c.trim())) return;
    const source = sourceOf(ctx, r);
    const g = groupRow(row, rows[r + 1], cols);
    if (g) {
      group = { no: g.no, text: g.text, row: r };
      const outputs = splitOutputs(cellAt(row, cols.outputs));
      if (outputs.length) group.outputs = outputs;
      const { deadline } = timeOf(cellAt(row, cols.deadline), ctx);
      if (deadline) group.deadline = deadline;
      // KH 277 group 2 names its own lead on the group row ("Sở Nông nghiệp và Môi trường").
      const lead = splitUnits(cellAt(row, cols.lead));
      if (lead.length) group.lead = lead;
      const support = splitUnits(cellAt(row, cols.support));
      if (support.length) group.support = support;
      groups.push(group);
      return;
    }
    // KH 277 rows 28–31: an item with its own group number in "Chi tiết" stands outside the group above.
    if (group && ARABIC_NO_RE.test(cellAt(row, cols.detail))) group = null;
    if (!withTasks) return;
    const text = cellAt(row, cols.task);
    if (!text) {
      warnings.push({ code: 'TABLE_ROW_WITHOUT_TASK', message: `row ${r + 1} of table ${ctx.table} has no task text; not a task`, source });
      return;
    }
    const when = timeOf(cellAt(row, cols.deadline), ctx);
    const task: Task = {
      id: `T${ctx.table}-${r + 1}`,
      origin: 'table',
      text,
      lead: splitUnits(cellAt(row, cols.lead)),
      support: splitUnits(cellAt(row, cols.support)),
      deadline: when.deadline,
      ...(when.time ? { time: when.time } : {}),
      outputs: splitOutputs(cellAt(row, cols.outputs)),
      source,
    };
    const no = itemNo(row, cols, group);
    if (no) task.no = no;
    if (group) task.group = (group as TableGroup).text;
    if (task.deadline?.kind === 'unknown') {
      warnings.push({ code: 'TABLE_DEADLINE_UNKNOWN', message: `deadline "${task.deadline.raw}" of task ${task.id} is not a date or period`, source });
    }
    tasks.push(task);
  });
  return { tasks, groups, warnings };
}

/** An Arabic-numbered group ("2. Nhóm…") holds "2.1", "a)"…; the next plain number ("3.") is outside it. */
export function leavesGroup(group: Pick<TableGroup, 'no'>, row: string[], cols: ColumnMap): boolean {
  if (!group.no || !ARABIC_NO_RE.test(group.no) || cols.detail !== undefined) return false;
  const no = noLabel(cellAt(row, cols.no ?? 0));
  return ARABIC_NO_RE.test(no) && !no.startsWith(`${group.no}.`);
}

/** Where a row is: table and 1-based row, and its page(s) when known, else the table's pages. */
function sourceOf(ctx: TableTaskContext, r: number): SourceRef {
  const source: SourceRef = { table: ctx.table, row: r + 1 };
  const prov = ctx.rowProv?.[r];
  if (prov?.page) {
    source.page = prov.page;
    if (prov.pageEnd && prov.pageEnd !== prov.page) source.pageEnd = prov.pageEnd;
  } else if (ctx.pages?.length) source.pages = ctx.pages;
  return source;
}

function itemNo(row: string[], cols: ColumnMap, group: TableGroup | null): string | undefined {
  const no = noLabel(cellAt(row, cols.no ?? 0));
  if (no) return no;
  const detail = cellAt(row, cols.detail);
  if (!detail) return undefined;
  const letter = LETTER_NO_RE.exec(detail)?.[1];
  if (letter && group?.no) return `${group.no}.${letter}`;
  return noLabel(detail);
}
