// The NĐ 30 header block and closing block are two columns side by side; their lines are split
// by x and read left column first, then right column.
import { makeLine, splitSegments } from './lines.js';
import type { Line } from './types.js';
import { AUTHORITY_LINE, NOI_NHAN, QUOC_HIEU_START, SIGNER_TITLE_LINE, TIEU_NGU_START } from '../../vocab/index.js';

/** "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" (also the old tone placement "HOÀ") */
export const NATIONAL_TITLE = new RegExp(QUOC_HIEU_START.exact.source, 'iu');
/** "Độc lập - Tự do - Hạnh phúc" */
export const MOTTO = new RegExp(TIEU_NGU_START.exact.source, 'iu');
/** "Số:277 /KH-UBND", "Số: 11 /TB-UBND" */
export const NUMBER_LINE = /^Số\s*[:.]?\s*\S*\s*\/|^Số\s*:/u;
/** "Hà Nội, ngày14 tháng7 năm 2026", "Quảng Ngãi, ngày 08 tháng 01 năm 2025" */
export const PLACE_DATE = /ngày\s*\d*\s*tháng\s*\d*\s*năm\s*\d{0,4}/iu;
/** "V/v triển khai …": the subject line under the number in a công văn */
export const SUBJECT_LINE = /^V\/v\b/u;
/** The year of a place-date line that wrapped: "2024", "năm 2024" */
export const WRAPPED_YEAR = /^(?:năm\s*)?\d{4}$/u;
/** "Nơi nhận:" */
export const RECIPIENTS_HEAD = new RegExp(NOI_NHAN.exact.source, 'iu');
/** "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "Q. GIÁM ĐỐC", "TL. BỘ TRƯỞNG" */
export const AUTHORITY = new RegExp(`${AUTHORITY_LINE.exact.source}|${SIGNER_TITLE_LINE.exact.source}`, 'u');

/** Only the top of the first page can hold the header block. */
const HEADER_BAND = 0.4;
/** Lines scanned from the top for the header block. */
const HEADER_MAX_LINES = 12;

export interface ZoneLines {
  left: Line[];
  right: Line[];
}

/** The x where a pattern starts in a line (items may be glyphs, words or whole runs). */
export function xOfMatch(line: Line, re: RegExp): number | null {
  let joined = '';
  const starts: number[] = [];
  for (const it of line.items) {
    starts.push(joined.length);
    joined += it.str;
  }
  const m = re.exec(joined);
  if (!m) return null;
  let k = 0;
  while (k + 1 < starts.length && starts[k + 1] <= m.index) k++;
  return line.items[k].x0;
}

function isHeaderMark(text: string): boolean {
  return NATIONAL_TITLE.test(text) || MOTTO.test(text) || NUMBER_LINE.test(text) || PLACE_DATE.test(text);
}

/** The header block of a first page: how many leading lines it takes, and its two columns. */
export function findHeader(lines: Line[], width: number, height: number): { count: number; zone: ZoneLines } | null {
  let last = -1;
  for (let i = 0; i < Math.min(lines.length, HEADER_MAX_LINES); i++) {
    if (lines[i].top > height * HEADER_BAND) break;
    if (splitSegments(lines[i]).some((s) => isHeaderMark(s.text))) last = i;
  }
  if (last < 0) return null;
  const national = lines.slice(0, last + 1).map((l) => xOfMatch(l, NATIONAL_TITLE)).find((x) => x !== null);
  // The gutter between the columns; the national title's start when the columns touch.
  const splitX = columnGap(lines.slice(0, last + 1), width) ?? (national ? national - 2 : width / 2);
  const zone = columns(lines.slice(0, last + 1), splitX);
  let count = last + 1;
  // A "V/v …" subject under the number stays in the left column, with its wrapped lines.
  let inSubject = zone.left.some((s) => SUBJECT_LINE.test(s.text));
  while (count < lines.length) {
    const l = lines[count];
    if (WRAPPED_YEAR.test(l.text) && l.x0 >= splitX) {
      zone.right.push(l);
      count++;
      continue;
    }
    const startsSubject = SUBJECT_LINE.test(l.text) && l.x1 < splitX + 40;
    if (!(startsSubject || (inSubject && l.x1 < splitX + 40 && !RECIPIENTS_HEAD.test(l.text)))) break;
    if (l.top - zone.left[zone.left.length - 1].bottom > l.size * 1.2) break;
    inSubject = true;
    zone.left.push(l);
    count++;
  }
  zone.left = joinWrapped(zone.left);
  zone.right = joinWrapped(zone.right);
  return { count, zone };
}

/** One upper-case word alone on a line: "TẠO" under "PHÒNG GIÁO DỤC VÀ ĐÀO". */
const LONE_UPPER_WORD = /^[\p{Lu}Đ]+$/u;

/** Rejoin header lines that only wrapped: the national title, a one-word tail, the year of the date. */
function joinWrapped(lines: Line[]): Line[] {
  const out: Line[] = [];
  for (const l of lines) {
    const prev = out[out.length - 1];
    const wrapped =
      prev &&
      ((NATIONAL_TITLE.test(prev.text) && !/NAM$/u.test(prev.text) && /NAM$/u.test(l.text)) ||
        (LONE_UPPER_WORD.test(l.text) && prev.text === prev.text.toLocaleUpperCase('vi') && !NATIONAL_TITLE.test(prev.text)) ||
        (WRAPPED_YEAR.test(l.text) && PLACE_DATE.test(prev.text) && !/\d{4}$/.test(prev.text)));
    if (wrapped) out[out.length - 1] = { ...prev, text: `${prev.text} ${l.text}`, items: [...prev.items, ...l.items], x0: Math.min(prev.x0, l.x0), x1: Math.max(prev.x1, l.x1), bottom: l.bottom };
    else out.push(l);
  }
  return out;
}

/** Where the closing block starts: the "Nơi nhận" line or the authority line beside/above it. */
export function findClosingStart(lines: Line[], width: number): { index: number; splitX: number } | null {
  const recip = lines.findIndex((l) => splitSegments(l).some((s) => RECIPIENTS_HEAD.test(s.text) && s.x0 < width / 2));
  const authorityAt = (i: number): Line | undefined =>
    splitSegments(lines[i]).find((s) => AUTHORITY.test(s.text) && s.x0 > width * 0.35);
  let start = recip;
  let firstAuthority: Line | undefined;
  if (recip >= 0) {
    // The signer's authority may stand a few lines above "Nơi nhận" in the right column.
    for (let i = recip; i >= Math.max(0, recip - 3); i--) {
      const a = authorityAt(i);
      if (a) {
        start = i;
        firstAuthority = a;
      }
    }
    for (let i = recip; i < lines.length && !firstAuthority; i++) firstAuthority = authorityAt(i);
  } else {
    for (let i = 0; i < lines.length; i++) {
      const a = authorityAt(i);
      if (a && lines[i].items.length && lines[i].x0 > width * 0.35) {
        start = i;
        firstAuthority = a;
        break;
      }
    }
  }
  if (start < 0) return null;
  const splitX = columnGap(lines.slice(start), width) ?? (firstAuthority ? firstAuthority.x0 - 5 : width * 0.45);
  return { index: start, splitX };
}

/** The middle of the widest x-range no item covers, in the middle band of the page: the gutter between two columns. */
export function columnGap(lines: Line[], width: number): number | null {
  const spans = lines.flatMap((l) => l.items.map((i) => [i.x0, i.x1] as const)).sort((a, b) => a[0] - b[0]);
  let reach = -Infinity;
  let best: { x: number; w: number } | null = null;
  for (const [a, b] of spans) {
    if (reach > -Infinity && a > reach) {
      const lo = Math.max(reach, width * 0.25);
      const hi = Math.min(a, width * 0.75);
      if (hi - lo > 4 && (!best || hi - lo > best.w)) best = { x: (lo + hi) / 2, w: hi - lo };
    }
    reach = Math.max(reach, b);
  }
  return best ? best.x : null;
}

/** Split the closing lines into the recipients column and the signer column. */
export function columns(lines: Line[], splitX: number): ZoneLines {
  const zone: ZoneLines = { left: [], right: [] };
  for (const l of lines) {
    const left = l.items.filter((i) => i.x0 < splitX);
    const right = l.items.filter((i) => i.x0 >= splitX);
    // One line per column: a typed-in blank ("Số:      /QĐ-UBND") is a gap, not a column.
    if (left.length) zone.left.push(makeLine(left));
    if (right.length) zone.right.push(makeLine(right));
  }
  return zone;
}
