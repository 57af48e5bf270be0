// Group rows of task and target tables: "I | NHÓM NHIỆM VỤ VỀ …", KH 277 "| 1 | Làm sạch, di trú…"
// (number in the "Chi tiết" column, no Stt), "11 | Chỉ tiêu về thực hiện TTHC…" followed by 11.1, 11.2.
import type { ColumnMap } from '../../table-logic/index.js';
import { ARABIC_NO_RE, LETTER_GROUP_NO_RE, LETTER_NO_RE, ROMAN_NO_RE } from '../../table-logic/patterns.js';

/** Row number as a label: "1." → "1", "a)" → "a", "**I.**" was already cleaned to "I." → "I". */
export function noLabel(cell: string | undefined): string {
  return (cell ?? '').trim().replace(/^\(/u, '').replace(/[.)]+$/u, '').trim();
}

const cell = (row: string[], col: number | undefined): string => (col === undefined ? '' : (row[col] ?? '').trim());

/** Letters that are all upper case (at least 4): "NHÓM NHIỆM VỤ VỀ CHUYỂN ĐỔI SỐ". */
function isAllCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && letters === letters.toLocaleUpperCase('vi');
}

/** The row after a group row is numbered under it: "11" → "11.1", or a letter item "a)". */
function isChildNumber(parent: string, next: string[] | undefined, cols: ColumnMap): boolean {
  if (!next) return false;
  const no = noLabel(cell(next, cols.no ?? 0));
  if (no.startsWith(`${parent}.`)) return true;
  if (LETTER_NO_RE.test(cell(next, cols.no ?? 0))) return true;
  return cols.detail !== undefined && LETTER_NO_RE.test(cell(next, cols.detail));
}

export interface GroupRowInfo {
  no: string | null;
  text: string;
}

/** The text a row is about: its task/metric cell, else the first filled cell after the number. */
export function mainText(row: string[], cols: ColumnMap): string {
  const main = cell(row, cols.task ?? cols.metric);
  if (main) return main;
  const noCol = cols.no ?? 0;
  return row.find((t, i) => i !== noCol && i !== cols.detail && t.trim())?.trim() ?? '';
}

/**
 * A group row, or null for an item row. Group rows carry a Roman or capital-letter number, or a
 * number only in the "Chi tiết" column, or they name no unit/deadline/product and the next row
 * is numbered under them, or they are an all-caps line with nothing else filled in.
 */
export function groupRow(row: string[], next: string[] | undefined, cols: ColumnMap): GroupRowInfo | null {
  const rawNo = cell(row, cols.no ?? 0);
  const no = noLabel(rawNo);
  const text = mainText(row, cols);
  if (!text) return null;
  if (rawNo && (ROMAN_NO_RE.test(rawNo) || LETTER_GROUP_NO_RE.test(rawNo))) return { no, text };
  const detail = cell(row, cols.detail);
  if (!rawNo && detail && ARABIC_NO_RE.test(detail)) return { no: noLabel(detail), text };
  const bare = [cols.lead, cols.support, cols.deadline, cols.outputs].every((c) => !cell(row, c));
  if (!bare) return null;
  if (rawNo && ARABIC_NO_RE.test(rawNo) && isChildNumber(no, next, cols)) return { no, text };
  const filled = row.filter((t) => t.trim()).length - (rawNo ? 1 : 0);
  if (filled === 1 && isAllCaps(text)) return { no: no || null, text };
  return null;
}
