// Cell text clean-up and the joins used when a row was split across pages.
import { cleanText } from '../model/text.js';
import {
  BROKEN_YEAR_RE,
  CELL_MARKUP_RE,
  FINAL_PUNCT_RE,
  GLUED_BREAK_RE,
  ITEM_START_RE,
  MD_EMPHASIS_RE,
} from './patterns.js';

/** Cell text without converter markup: "<p>a</p> <p>b</p>" → "a b", "**I.**" → "I.". */
export function cleanCell(text: string): string {
  return cleanText(text.replace(CELL_MARKUP_RE, ' ').replace(MD_EMPHASIS_RE, '$2'));
}

/** Header text for comparison: "KẾT QUẢ DỰ KIẾN/ SẢN PHẨM" and "Kết quả dự kiến/sản phẩm" give the same key. */
export function normaliseHeader(text: string): string {
  return cleanCell(text)
    .toLocaleLowerCase('vi')
    .replace(/\s*([/\\\-–])\s*/gu, '$1')
    .replace(/[:.]+$/u, '')
    .trim();
}

/** Join two pieces of one cell split by a page break: "Kế" + "hoạch số 633" with a space, "NQ-" + "UBTVQH15" without. */
export function joinSplitText(before: string, after: string): string {
  if (!before) return after;
  if (!after) return before;
  if (GLUED_BREAK_RE.test(before)) return before + after;
  const yearHead = BROKEN_YEAR_RE.test(before) ? /\d+$/u.exec(before)![0] : '';
  const yearTail = /^\d+/u.exec(after)?.[0] ?? '';
  if (yearHead && yearTail && yearHead.length + yearTail.length === 4) return before + after;
  return `${before} ${after}`;
}

/** The first letter of a cell is lower case ("hoạch số 633…", "<p>tình hình…"): it carries on a sentence. */
export function startsLowerCase(text: string): boolean {
  const m = /\p{L}/u.exec(text);
  if (!m) return false;
  // A cell starting with a list marker starts a new item even when the marker letter is lower case.
  if (ITEM_START_RE.test(text)) return false;
  const ch = m[0];
  return ch === ch.toLocaleLowerCase('vi') && ch !== ch.toLocaleUpperCase('vi');
}

/** A cell ends without closing punctuation, so its sentence may go on in the next fragment. */
export function endsOpen(text: string): boolean {
  return text.length > 0 && !FINAL_PUNCT_RE.test(text);
}

/** A cell that begins a new item ("- Thảo luận…", "a) …") rather than continuing one. */
export function startsNewItem(text: string): boolean {
  return ITEM_START_RE.test(text);
}
