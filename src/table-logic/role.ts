// What a table is for, from its column roles and (for schedules) the values in its time column.
import type { TableRole } from '../model/registry.js';
import { detectColumnRoles } from './header.js';
import { DEADLINE_HEADER_RE, SCHEDULE_NAME_RE, TIME_OF_DAY_RE, type ColumnRole } from './patterns.js';

export type ColumnMap = Partial<Record<ColumnRole, number>>;

/** Share of filled time cells that must read as a time of day for a meeting schedule. */
const SCHEDULE_SHARE = 0.6;

function columnValues(body: string[][], col: number): string[] {
  return body.map((r) => r[col] ?? '').filter(Boolean);
}

/** A "Thời gian" column whose values are times of day ("7h30' - 7h35'"): a meeting programme, not deadlines. */
export function isTimeOfDayColumn(body: string[][], col: number): boolean {
  const values = columnValues(body, col);
  if (values.length === 0) return false;
  return values.filter((v) => TIME_OF_DAY_RE.test(v)).length / values.length >= SCHEDULE_SHARE;
}

/**
 * Role of a table:
 * - "schedule": a time-of-day column ("TT | Thời gian | Nội dung | Thực hiện" with "7h30' - 7h35'");
 * - "targets": a "Chỉ tiêu" column;
 * - "tasks": a task column and a lead or deadline column;
 * - "list": a TT column and one content column ("TT | Nội dung tham luận");
 * - "other" otherwise.
 */
export function tableRole(header: string[], body: string[][]): { role: TableRole; columns: ColumnMap } {
  const columns = detectColumnRoles(header);
  const content = header.filter((h, i) => h && i !== columns.no).length;
  if (columns.deadline !== undefined && isTimeOfDayColumn(body, columns.deadline)) return { role: 'schedule', columns };
  if (columns.metric !== undefined) return { role: 'targets', columns };
  if (columns.task !== undefined && (columns.lead !== undefined || columns.deadline !== undefined)) return { role: 'tasks', columns };
  if (columns.no !== undefined && content === 1) return { role: 'list', columns };
  return { role: 'other', columns };
}

/**
 * How the time column of a table is read: "deadline" when its header names a deadline ("Thời gian hoàn
 * thành", "Thời hạn"); "schedule" when the table is a schedule of events (role schedule, a "Lịch trình" /
 * "Chương trình làm việc" caption or header, a "Địa điểm" or "Thành phần" column): there a day is the day of an
 * event; "plain" otherwise (an hour of the day still makes a cell an event).
 */
export function timeColumnKind(header: string[], columns: ColumnMap, role: TableRole, caption?: string): 'deadline' | 'schedule' | 'plain' {
  const timeHeader = columns.deadline === undefined ? '' : (header[columns.deadline] ?? '');
  if (DEADLINE_HEADER_RE.test(timeHeader)) return 'deadline';
  if (role === 'schedule' || columns.place !== undefined || columns.participants !== undefined) return 'schedule';
  if (SCHEDULE_NAME_RE.test(caption ?? '') || header.some((h) => SCHEDULE_NAME_RE.test(h))) return 'schedule';
  return 'plain';
}
