// Numbering markers set apart by a tab ("I.<tab>MỤC ĐÍCH", "1.<tab>Quán triệt…") stand alone on the
// image, and OCR often misreads them ("1L,", "IL", "JT", "đ.", "VẶ", "Đ:"). Across the document, in
// reading order, such a marker is checked against the sequence it belongs to — roman before an
// upper-case heading, arabic before running text (restarting under each roman heading) — and a
// misread one is replaced by the number the sequence expects. Markers read right are kept, and
// only a short first word followed by a tab is ever touched.
import type { OcrLine } from './items.js';

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV'];
/** What OCR makes of a roman numeral and its dot. */
const ROMAN_LIKE = /^[IVXLl1|TJ]{1,4}[.,:;]?$/u;
/** A short token that is not a word: a misread "3." ("đ.", "Đ:", "VẶ", "JT", "T,"). */
const MARKER_LIKE = /^(?:\S{1,2}[.,:;]|[\p{Lu}\d|]{1,2}\p{P}?)$/u;

function isUpperLine(words: string[]): boolean {
  const letters = words.join('').replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toLocaleUpperCase('vi');
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

/** The first word is followed by a gap of at least two letter heights (a tab stop). */
export function isTabbed(l: OcrLine): boolean {
  if (l.words.length < 2) return false;
  const h = median(l.words.map((w) => w.height));
  return l.words[1].left - (l.words[0].left + l.words[0].width) >= h * 1.6;
}

/** Rewrite misread tab-set markers in place (lines of all pages, in reading order). */
export function repairMarkers(lines: OcrLine[]): void {
  let roman = 0;
  let arabic = 0;
  for (const l of lines) {
    if (!isTabbed(l)) continue;
    const first = l.words[0];
    const rest = l.words.slice(1).map((w) => w.text);
    const dot = /^(\d{1,2}|[IVX]{1,5})[.,:;]?$/u.exec(first.text);
    if (isUpperLine(rest)) {
      const r = dot ? ROMAN.indexOf(dot[1]) : -1;
      if (r >= 0 && r === roman) {
        roman = r + 1;
        arabic = 0;
        first.text = `${ROMAN[r]}.`;
      } else if (ROMAN_LIKE.test(first.text) && roman < ROMAN.length) {
        first.text = `${ROMAN[roman++]}.`;
        arabic = 0;
      }
      continue;
    }
    const n = dot && /^\d/.test(dot[1]) ? Number(dot[1]) : NaN;
    if (n === arabic + 1 || (n === 1 && arabic > 1)) {
      arabic = n;
      first.text = `${n}.`;
    } else if (Number.isNaN(n) && MARKER_LIKE.test(first.text) && arabic < 99) {
      first.text = `${++arabic}.`;
    }
  }
}
