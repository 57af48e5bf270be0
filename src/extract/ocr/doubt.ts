// OCR words whose digits are not to be trusted: read with low confidence, or written by hand (taller
// than the page's printed digits and not read with high confidence). The metadata recogniser leaves
// the number's seq or the date's day null when the digits it would take come from such a word.
//
// Measured on the eleven corpus scans (tesseract 5.3 `vie`, 200 dpi; README "OCR", issue 10):
// handwritten "299" read "899" (conf 28, 1.21× the printed digits), "4409" → "409" (52, 1.32×),
// "3980" → "3" (88, 1.22×) + "39/C04-P6" (78), "5240" → "Số:52/BCA-V01" (18), "932" → "332/QĐ-TTg" (38);
// printed "70" (70, 0.89×), "2307" (93), "15" of g.pdf (38, 0.89×, a typewriter face) stay; the
// handwritten day "23" of 1_5240 is read right at 96 and stays.
import type { OcrWord } from './types.js';

/** Below this a word is never trusted. */
const NEVER = 30;
/** Below this a word with letters or signs besides its digits is not trusted. */
const MIXED = 60;
/** A digits-only word taller than this many printed-digit heights is handwriting-like… */
const TALL = 1.2;
/** …and trusted only from this confidence on. */
const TALL_SURE = 90;

export type DoubtReason = 'low-confidence' | 'handwriting-like';

const DIGITS_ONLY = /^\d+[.,;:]?$/u;

/** The usual height of printed digits on a page: the median box of digit-only words read with high confidence (0 when none). */
export function printedDigitHeight(words: OcrWord[]): number {
  const hs = words.filter((w) => w.conf >= TALL_SURE && /\d/u.test(w.text) && /^[\d/.,;:()-]+$/u.test(w.text)).map((w) => w.height).sort((a, b) => a - b);
  return hs[Math.floor(hs.length / 2)] ?? 0;
}

/** Why the digits of `w` are not to be trusted, or null (also for words without digits). */
export function digitDoubt(w: OcrWord, digitHeight: number): DoubtReason | null {
  if (!/\d/u.test(w.text)) return null;
  if (w.conf < NEVER) return 'low-confidence';
  if (!DIGITS_ONLY.test(w.text)) return w.conf < MIXED ? 'low-confidence' : null;
  // A word with letters, "/" or "Đ" is taller than its digits: height is compared for digits-only words.
  if (digitHeight > 0 && w.height > digitHeight * TALL && w.conf < TALL_SURE) return 'handwriting-like';
  return null;
}
