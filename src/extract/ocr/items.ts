// OCR words → the positioned items the PDF reader turns into lines, paragraphs and zones: one
// item per word in display points, the words of one OCR line on one baseline with one size.
import { bottom, top, type PdfItem } from '../pdf/types.js';
import { isVietnameseText, scoreText } from './quality.js';
import type { OcrWord } from './types.js';

/** OCR lines below this mean confidence are reported; below NOISE_CONF and not Vietnamese, dropped as noise (seals, signatures, QR codes). */
export const LOW_CONF = 60;
const NOISE_CONF = 45;
/** The codes of a document number, "/BCA-C04", "/KH-UBND", "/QĐ-TTg". */
const NUMBER_CODE = /^\/\p{Lu}[\p{L}\d]*[-/][\p{Lu}\d][\p{L}\d&.-]*$/u;
export const OCR_FONT = 'OCR';

export interface OcrLine {
  words: OcrWord[];
  text: string;
  conf: number;
}

export function groupLines(words: OcrWord[]): OcrLine[] {
  const byKey = new Map<string, OcrWord[]>();
  for (const w of words) {
    const k = `${w.block}/${w.par}/${w.line}`;
    const l = byKey.get(k);
    if (l) l.push(w);
    else byKey.set(k, [w]);
  }
  return [...byKey.values()].map((ws) => {
    ws.sort((a, b) => a.left - b.left);
    return { words: ws, text: ws.map((w) => w.text).join(' '), conf: ws.reduce((n, w) => n + w.conf, 0) / ws.length };
  });
}

/** A line of marks that is no text: low confidence and no Vietnamese in it, or no letter or digit at all. */
export function isNoise(l: OcrLine): boolean {
  if (!/[\p{L}\p{N}]/u.test(l.text)) return true;
  if (l.conf >= NOISE_CONF) return false;
  // "só:5ÿ /BCA-C04": a number line whose handwritten seq OCR could not read; its code is read well.
  if (l.words.some((w) => w.conf >= LOW_CONF && NUMBER_CODE.test(w.text))) return false;
  const s = scoreText(l.text);
  return s.words === 0 ? l.text.replace(/[^\p{N}]/gu, '').length < 2 : !isVietnameseText(s) || s.syllables / s.words < 0.6;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

/** Lines whose measured size is within this share of the page's usual size are set in it: OCR boxes jitter, type does not. */
const SAME_SIZE = 0.25;

/** The largest size a line may have, in usual sizes. */
const MAX_SIZE = 1.6;
/** A gap wider than this many letter heights parts the columns of a line. */
const COLUMN_GAP = 4;

function splitColumns(l: OcrLine): OcrLine[] {
  const h = median(l.words.map((w) => w.height));
  const out: OcrLine[] = [];
  let cur: OcrWord[] = [];
  for (const w of l.words) {
    const prev = cur[cur.length - 1];
    if (prev && w.left - (prev.left + prev.width) > h * COLUMN_GAP) {
      out.push({ ...l, words: cur });
      cur = [];
    }
    cur.push(w);
  }
  out.push({ ...l, words: cur });
  return out;
}

/** Items for the lines of a page; `scale` = points per pixel. */
export function lineItems(lines: OcrLine[], scale: number): PdfItem[] {
  const out: PdfItem[] = [];
  // Medians: a seal or a signature stroke through one word must not make the whole line tall.
  // OCR may read the two columns of a header or closing block as one line: each column gets its own baseline.
  const measured = lines.flatMap(splitColumns).map((l) => {
    const base = median(l.words.map((w) => w.top + w.height)) * scale;
    // The top of the taller words (an ascender or a mark: most Vietnamese words have one) is ~0.9 em over the baseline.
    const tops = l.words.map((w) => w.top).sort((x, y) => x - y);
    const lineTop = tops[Math.floor((tops.length - 1) * 0.25)] * scale;
    return { l, base, size: Math.max(4, (base - lineTop) / 0.9) };
  });
  const usual = median(measured.flatMap((m) => m.l.words.map(() => m.size)));
  for (const { l, base, size: raw } of measured) {
    // Type on these pages is never much larger than the body: a taller box is a stamp or a stroke through the line.
    const size = Math.abs(raw - usual) <= usual * SAME_SIZE ? usual : Math.min(raw, usual * MAX_SIZE);
    const words = fixMarker(l.words.map((w) => w.text));
    l.words.forEach((w, i) => {
      // OCR words are words: a trailing space keeps them apart even when their boxes touch.
      const str = i < l.words.length - 1 ? `${words[i]} ` : words[i];
      out.push({ str, x0: w.left * scale, x1: (w.left + w.width) * scale, base, size, font: OCR_FONT, bold: false, italic: false, spaceAfter: true, ocrLine: `${w.block}/${w.par}/${w.line}` });
    });
  }
  return out;
}

/** The dot of a numbering marker as OCR misreads it: "2:" "1;" "3," "II..." → "2." "1." "3." "II." (the first word, when more follow). */
export function fixMarker(words: string[]): string[] {
  if (words.length < 2) return words;
  const m = /^(\d{1,2}|[IVX]{1,5})(?:[:;,]|\.{2,})$/u.exec(words[0]);
  return m ? [`${m[1]}.`, ...words.slice(1)] : words;
}

/** OCR items that repeat text the page's text layer already has (a stamp drawn on the page) are dropped. */
export function withoutOverlap(ocr: PdfItem[], kept: PdfItem[]): PdfItem[] {
  if (!kept.length) return ocr;
  return ocr.filter((o) => {
    const area = (o.x1 - o.x0) * (bottom(o) - top(o));
    return !kept.some((k) => {
      const w = Math.min(o.x1, k.x1) - Math.max(o.x0, k.x0);
      const h = Math.min(bottom(o), bottom(k)) - Math.max(top(o), top(k));
      return w > 0 && h > 0 && w * h > area * 0.3;
    });
  });
}
