// Header rows: which leading rows are headers, their per-column text, and the role of each column.
import type { GridRow } from './grid.js';
import { ARABIC_NO_RE, COLUMN_SYNONYM_START_RE, COLUMN_SYNONYMS, ROMAN_NO_RE, type ColumnRole } from './patterns.js';
import { fold } from '../vocab/index.js';
import { normaliseHeader } from './text.js';

/** Longest text a header cell has in the plans we read ("KẾT QUẢ DỰ KIẾN/ SẢN PHẨM", "Cơ quan chủ trì theo dõi, đánh giá"). */
const MAX_HEADER_CELL = 60;

/** The role a header cell names, or null: "ĐƠN VỊ CHỦ TRÌ" → lead, "Stt TT" → no, "Chi tiết" → detail. */
export function columnRoleOf(headerText: string): ColumnRole | null {
  const known = ROLES.get(headerText);
  if (known !== undefined) return known;
  if (ROLES.size >= 4096) ROLES.clear();
  const key = normaliseHeader(headerText);
  let found: ColumnRole | null = null;
  if (key && COLUMN_SYNONYM_START_RE.test(key)) {
    for (const [role, re] of COLUMN_SYNONYMS) {
      if (re.test(key)) {
        found = role;
        break;
      }
    }
  }
  ROLES.set(headerText, found);
  return found;
}

/** Roles of the header texts seen (every table's first rows are tried, their parts many times over). */
const ROLES = new Map<string, ColumnRole | null>();

/**
 * Role of a combined header cell, else of its tail under a spanning cell that names a role itself:
 * under a spanning "Stt" the columns read "Stt TT" and "Stt Chi tiết", and the second is the
 * "Chi tiết" column. A tail under a spanning cell that names no role is no column name
 * ("Số lượng giáo viên theo phương thức đào tạo Đào tạo theo phương thức giao nhiệm vụ" is no task column).
 */
export function combinedRoleOf(headerText: string): ColumnRole | null {
  const whole = columnRoleOf(headerText);
  if (whole) return whole;
  const words = headerText.trim().split(/\s+/u);
  for (let k = 1; k < words.length; k++) {
    if (!columnRoleOf(words.slice(0, k).join(' '))) continue;
    const role = columnRoleOf(words.slice(k).join(' '));
    if (role) return role;
  }
  return null;
}

/** Role → column index (first column wins when two name the same role). */
export function detectColumnRoles(header: string[]): Partial<Record<ColumnRole, number>> {
  const roles: Partial<Record<ColumnRole, number>> = {};
  header.forEach((h, i) => {
    const role = combinedRoleOf(h);
    if (role && roles[role] === undefined) roles[role] = i;
  });
  return roles;
}

function countRoles(texts: string[]): number {
  return texts.filter((t) => columnRoleOf(t) !== null).length;
}

const texts = (row: GridRow): string[] => row.cells.map((c) => c.text);

const looksNumbered = (t: string): boolean => ARABIC_NO_RE.test(t) || ROMAN_NO_RE.test(t);

/** A first row that names columns: two known column names, or one with only short cells and no row number. */
export function isHeaderLike(row: GridRow): boolean {
  const t = texts(row).filter((_, i) => row.cells[i].covered !== 'col');
  const filled = t.filter(Boolean);
  // A header names at least two columns (unless the table has one).
  if (filled.length < Math.min(2, t.length) || looksNumbered(t[0] ?? '')) return false;
  if (filled.some((x) => x.length > 120)) return false;
  const n = countRoles(t);
  return n >= 2 || (n >= 1 && filled.every((x) => x.length <= MAX_HEADER_CELL));
}

/** Per-column header text: header rows top-down, each distinct text once ("Stt" + "TT" → "Stt TT"). */
export function headerTexts(rows: GridRow[], width: number): string[] {
  const out: string[] = [];
  for (let col = 0; col < width; col++) {
    const parts: string[] = [];
    for (const row of rows) {
      const text = textAt(row, col);
      if (text && parts[parts.length - 1] !== text) parts.push(text);
    }
    out.push(parts.join(' '));
  }
  return out;
}

/** Text of a slot, taking a column-spanning header from the slot where it starts. */
function textAt(row: GridRow, col: number): string {
  let c = col;
  while (c > 0 && row.cells[c]?.covered === 'col') c--;
  return row.cells[c]?.text ?? '';
}

/** A second header row under the first: short cells, no row number, and it either sits under a merged header cell or completes column names ("Chi" + "tiết"). */
function isSecondHeaderRow(first: GridRow, second: GridRow, width: number): boolean {
  if (second.header) return true;
  const t = texts(second);
  if (looksNumbered(t[0] ?? '')) return false;
  // A slot covered by a header cell above repeats that cell's text: its length says nothing about this row
  // (NĐ 311/2025: "Phương thức đào tạo (địa phương giao nhiệm vụ, …)" merged over "Thời gian bắt đầu").
  if (t.some((x, i) => x.length > MAX_HEADER_CELL && second.cells[i]?.covered !== 'row')) return false;
  if (!t.some(Boolean)) return false;
  const underMerge = first.cells.some((c) => c.colSpan > 1) || second.cells.some((c) => c.covered === 'row');
  if (underMerge && t.every((x, i) => !x || second.cells[i].covered === 'row' || x.length <= MAX_HEADER_CELL)) return true;
  return countRoles(headerTexts([first, second], width)) > countRoles(headerTexts([first], width));
}

/** How many leading rows are headers (0–3): rows flagged as headers, else a header-like first row and maybe a second. */
export function headerDepth(rows: GridRow[], width: number): number {
  let flagged = 0;
  while (flagged < rows.length && flagged < 3 && rows[flagged].header) flagged++;
  if (flagged > 0) return flagged;
  if (rows.length === 0 || !isHeaderLike(rows[0])) return 0;
  return rows.length > 1 && isSecondHeaderRow(rows[0], rows[1], width) ? 2 : 1;
}

/** Normalised keys of header rows, one string per row, to recognise a header repeated on a later page. */
export function headerKeys(rows: GridRow[]): string[] {
  return rows.map((r) => r.cells.map((c) => (c.covered === 'col' ? '' : normaliseHeader(c.text))).join('\t').replace(/\t+$/u, ''));
}

/** Shortest cell text that may stand for a longer one cut short, and the share of it that must be there. */
const MIN_CUT_CHARS = 4;
const MIN_CUT_SHARE = 0.6;

/** One header cell against another: equal once diacritics are folded, or one of them cut short (a prefix). */
function cellAgreement(a: string, b: string): 'same' | 'cut' | null {
  const [x, y] = [fold(a), fold(b)];
  if (x === y) return 'same';
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  if (short.length < MIN_CUT_CHARS || short.length < MIN_CUT_SHARE * long.length) return null;
  return long.startsWith(short) ? 'cut' : null;
}

/**
 * Two header keys (one row each, from `headerKeys`) name the same columns: the same number of
 * cells, each equal after folding diacritics (OCR reads "phôi" for "phối"), and at most half of the
 * filled cells cut short ("Đơn vị chủ trì/phối" for "Đơn vị chủ trì/phối hợp"), never all of them.
 */
export function sameHeaderKey(want: string, have: string): boolean {
  if (want === have) return true;
  const a = want.split('\t');
  const b = have.split('\t');
  if (a.length !== b.length) return false;
  let cut = 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) {
    const agree = cellAgreement(a[i], b[i]);
    if (!agree) return false;
    if (agree === 'cut') cut++;
    else if (a[i]) same++;
  }
  return same > 0 && cut <= same;
}
