// A signature table: the boxes a form is signed in, side by side (PHIẾU TRÌNH of a Văn phòng UBND:
// "LÃNH ĐẠO VĂN PHÒNG … Ngày … tháng 10 năm 2025 Nguyễn Nhân Bản" on the right, "Chuyên viên Ngày 03
// tháng 10 năm 2025 Trương Hải Châu" and "Lãnh đạo phòng … Lương Thị Nguyệt Thành" under it). The
// signer is the box on the right with its title in capitals (NĐ 30 puts the signer on the right);
// the other named boxes are the reviewers who drafted and checked it. Boxes with no name (the
// leader's blank opinion box, "PHÒNG XỬ LÝ CHÍNH: NỘI CHÍNH") are no one's signature.
import type { TableBlock } from '../../model/document.js';
import type { Reviewer } from '../../model/registry.js';
import { matchVocab, PLACE_DATE } from '../../vocab/index.js';

/** Dot leaders typed for a handwritten opinion: "……", "......", "…….……". */
const LEADER_RE = /(?:[.…·_]\s*){4,}|…+/gu;
/** "Ngày 03 tháng 10 năm 2025", "Ngày ….. tháng 10 năm 2025", "Ngày tháng năm 2025". */
const BOX_DATE_RE = /(?:^|\s)(Ngày|ngày)\s*[.…\s]*(\d{1,2})?[.…\s]*tháng\s*[.…\s]*(\d{1,2})?[.…\s]*năm\s*(\d{4})/u;
/** A person's name: 2–6 capitalised words, each with lower-case letters after the first ("Lương Thị Nguyệt Thành"). */
const NAME_WORD_RE = /^\p{Lu}[\p{Ll}\p{M}]+$|^\p{Lu}$/u;
const MIN_NAME_WORDS = 2;
const MAX_NAME_WORDS = 6;

export interface Box {
  title: string | null;
  name: string | null;
  date: string | null;
  /** First grid column of the box, for "the one on the right". */
  column: number;
  row: number;
}

/** ISO of a box's date: "2025-10-03", "2025-10" with the day blank, "2025" with both blank. */
function isoOf(day: string | undefined, month: string | undefined, year: string): string {
  const m = month ? Number(month) : 0;
  if (!(m >= 1 && m <= 12)) return year;
  const mm = `${year}-${String(m).padStart(2, '0')}`;
  const d = day ? Number(day) : 0;
  return d >= 1 && d <= 31 ? `${mm}-${String(d).padStart(2, '0')}` : mm;
}

/** The trailing run of name words of a text, or null. */
function trailingName(text: string): { name: string; before: string } | null {
  const words = text.split(/\s+/u).filter(Boolean);
  let k = words.length;
  while (k > 0 && words.length - k < MAX_NAME_WORDS && NAME_WORD_RE.test(words[k - 1]!)) k--;
  if (words.length - k < MIN_NAME_WORDS) return null;
  return { name: words.slice(k).join(' '), before: words.slice(0, k).join(' ') };
}

/** One box: "TITLE [dots] [Ngày … tháng … năm …] [dots] Name" with its lines joined by spaces. */
export function readBox(text: string, row: number, column: number): Box | null {
  let t = text.replace(/\s+/gu, ' ').trim();
  if (!t) return null;
  let date: string | null = null;
  const d = BOX_DATE_RE.exec(t);
  if (d) {
    date = isoOf(d[2], d[3], d[4]!);
    t = `${t.slice(0, d.index)} | ${t.slice(d.index + d[0].length)}`;
  }
  t = t.replace(LEADER_RE, ' | ');
  const pieces = t.split('|').map((p) => p.trim()).filter(Boolean);
  if (!pieces.length) return null;
  // The name is the last piece when the title, dots or a date came before it, else the words after the title.
  const last = pieces[pieces.length - 1]!;
  let title: string | null = pieces[0]!;
  let name: string | null = null;
  const tail = trailingName(last);
  if (pieces.length > 1 && tail && !tail.before) name = tail.name;
  else if (pieces.length === 1 && tail && tail.before) {
    name = tail.name;
    title = tail.before;
  }
  if (matchVocab(PLACE_DATE, title)) title = null;
  return { title: title ? title.replace(/[:\s]+$/u, '') : null, name, date, column, row };
}

/** The named boxes of a signature table in reading order (merged cells read once). */
export function readBoxes(table: TableBlock): Box[] {
  const out: Box[] = [];
  const seen = new Set<string>();
  table.rows.forEach((r, row) => {
    let column = 0;
    for (const c of r.cells) {
      const at = column;
      column += c.colSpan ?? 1;
      if (c.vMerge === 'continue' || seen.has(c.text)) continue;
      seen.add(c.text);
      const box = readBox(c.text, row, at);
      if (box?.name) out.push(box);
    }
  });
  return out;
}

const isUpper = (t: string | null): boolean => {
  const letters = (t ?? '').replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toLocaleUpperCase('vi');
};

/** The box of the leader the form is put to: "KÍNH TRÌNH LÃNH ĐẠO UBND TỈNH", "Ý KIẾN CỦA LÃNH ĐẠO UBND TỈNH". */
const APPROVER_HEAD_RE = /^(?:KÍNH\s+TRÌNH|Ý\s+KIẾN(?:\s+CHỈ\s+ĐẠO)?(?:\s+CỦA)?)\s+/u;

const person = (b: Box, title = b.title): Reviewer => ({ title, name: b.name!, ...(b.date ? { date: b.date } : {}) });

/**
 * The signer's box, the reviewers' boxes and the approver's: null when no box has a name. The
 * approver is the leader the form is put to, who writes the decision in the box under the others
 * ("KÍNH TRÌNH LÃNH ĐẠO UBND TỈNH … Nguyễn Minh"); the title keeps the leader, not "KÍNH TRÌNH".
 */
export function signerOfBoxes(boxes: Box[]): { signer: Box; reviewers: Reviewer[]; approver: Reviewer | null } | null {
  const approverBox = boxes.find((b) => APPROVER_HEAD_RE.test(b.title ?? '')) ?? null;
  const rest = boxes.filter((b) => b !== approverBox);
  if (!rest.length) return null;
  const pool = rest.some((b) => isUpper(b.title)) ? rest.filter((b) => isUpper(b.title)) : rest;
  const signer = pool.reduce((best, b) => (b.column > best.column || (b.column === best.column && b.row < best.row) ? b : best));
  const reviewers = rest.filter((b) => b !== signer).map((b) => person(b));
  const approver = approverBox ? person(approverBox, approverBox.title!.replace(APPROVER_HEAD_RE, '')) : null;
  return { signer, reviewers, approver };
}
