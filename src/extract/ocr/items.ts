// OCR words → the positioned items the PDF reader turns into lines, paragraphs and zones: one
// item per word in display points, the words of one OCR line on one baseline with one size.
import { bottom, top, type PdfItem } from '../pdf/types.js';
import { isVietnameseText, scoreText } from './quality.js';
import type { OcrWord } from './types.js';

/** OCR lines below this mean confidence are reported; below NOISE_CONF and not Vietnamese, dropped as noise (seals, signatures, QR codes). */
export const LOW_CONF = 60;
const NOISE_CONF = 45;
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
  const s = scoreText(l.text);
  return s.words === 0 ? l.text.replace(/[^\p{N}]/gu, '').length < 2 : !isVietnameseText(s) || s.syllables / s.words < 0.6;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

/** Items for the lines of a page; `scale` = points per pixel. */
export function lineItems(lines: OcrLine[], scale: number): PdfItem[] {
  const out: PdfItem[] = [];
  for (const l of lines) {
    // Medians: a seal or a signature stroke through one word must not make the whole line tall.
    const base = median(l.words.map((w) => w.top + w.height)) * scale;
    const lineTop = median(l.words.map((w) => w.top)) * scale;
    // Most Vietnamese words carry an ascender or a mark: from their top to the baseline is ~0.85 em.
    const size = Math.max(4, (base - lineTop) / 0.85);
    l.words.forEach((w, i) => {
      // OCR words are words: a trailing space keeps them apart even when their boxes touch.
      const str = i < l.words.length - 1 ? `${w.text} ` : w.text;
      out.push({ str, x0: w.left * scale, x1: (w.left + w.width) * scale, base, size, font: OCR_FONT, bold: false, italic: false, spaceAfter: true });
    });
  }
  return out;
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
