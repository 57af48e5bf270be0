// Whole-document forms typed as Word tables. The PHIẾU TRÌNH of a Văn phòng UBND is one table:
// a full-width cell holds the body ("I. NỘI DUNG TRÌNH/CHỈ ĐẠO", "1. Văn bản/cơ quan, đơn vị: …",
// "2. Trích yếu: V/v …", "II. RÀ SOÁT, TỔNG HỢP …"), the rows under it are the signature boxes
// ("LÃNH ĐẠO VĂN PHÒNG … Nguyễn Nhân Bản" | "Chuyên viên … Trương Hải Châu" | "Lãnh đạo phòng …").
// Its "Kính gửi:" is a small table of its own ("Kính gửi:" | "- Lãnh đạo UBND tỉnh; …").
import { parseMarker } from '../../model/markers.js';
import { KINH_GUI, testVocab } from '../../vocab/index.js';
import type { ParaItem, RowItem, TableItem } from './context.js';

/** A form is small: at most this many grid columns and rows (the PHIẾU TRÌNH has 3 × 4). */
const MAX_FORM_COLUMNS = 3;
const MAX_FORM_ROWS = 8;
/** The body cell of a form holds an outline: at least this many paragraphs, two of them numbered. */
const MIN_BODY_PARAGRAPHS = 4;
const MIN_BODY_MARKERS = 2;

const gridWidth = (r: RowItem): number => r.cells.reduce((n, c) => n + (c.colSpan ?? 1), 0);

/** Numbered section paragraphs of a cell ("I. NỘI DUNG …", "1. Văn bản …"); a Roman one must be among them. */
function isOutline(paras: ParaItem[]): boolean {
  if (paras.filter((p) => p.text.trim()).length < MIN_BODY_PARAGRAPHS) return false;
  const schemes = paras.map((p) => parseMarker(p.text)?.scheme).filter((s) => s && s !== 'bullet' && s !== 'plus');
  return schemes.length >= MIN_BODY_MARKERS && schemes.includes('roman');
}

/**
 * The row index of a form's body cell, or -1 when the table is not a form: a small table one of
 * whose rows is a single cell over the whole width holding a numbered outline that starts a Roman
 * section ("I."). A data table's group row ("I. NHIỆM VỤ CHUNG") is one paragraph, never an outline.
 */
export function formBodyRow(table: TableItem): number {
  const width = Math.max(0, ...table.rows.map(gridWidth));
  if (width > MAX_FORM_COLUMNS || table.rows.length > MAX_FORM_ROWS) return -1;
  return table.rows.findIndex((r) => {
    const filled = r.cells.filter((c) => c.paras.some((p) => p.text.trim()));
    return filled.length === 1 && (r.cells.length === 1 || (filled[0]!.colSpan ?? 1) === width) && isOutline(filled[0]!.paras);
  });
}

/** The paragraphs of rows [from, to) in reading order: row by row, cells left to right. */
export function rowParagraphs(table: TableItem, from: number, to: number): ParaItem[] {
  return table.rows.slice(from, to).flatMap((r) => r.cells.filter((c) => c.vMerge !== 'continue').flatMap((c) => c.paras));
}

/**
 * A "Kính gửi:" table: one or two rows of at most two cells, the first cell "Kính gửi:" and the
 * addressees beside it. Read as body text, it gives meta.addressees like a typed "Kính gửi:" line.
 */
export function isAddresseeTable(table: TableItem): boolean {
  if (table.rows.length > 2 || table.rows.some((r) => r.cells.length > 2)) return false;
  const first = table.rows[0]?.cells[0]?.paras.find((p) => p.text.trim());
  return first !== undefined && testVocab(KINH_GUI, first.text.trim());
}
