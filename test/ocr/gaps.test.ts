// Print the page layout skipped (1_4409.signed.pdf: the "V/v tham gia ý kiến…" block and the Nơi
// nhận list read nothing at psm 3) is found as inked regions no OCR word covers, and read again.
// OCR lines the engine told apart stay apart in the PDF line builder.
import { describe, expect, it } from 'vitest';
import { crop, placeWords, uncoveredText } from '../../src/extract/ocr/gaps.js';
import type { Gray } from '../../src/extract/ocr/image.js';
import type { OcrWord } from '../../src/extract/ocr/types.js';
import { buildLines } from '../../src/extract/pdf/lines.js';
import type { PdfItem } from '../../src/extract/pdf/types.js';

/** A white 200 dpi page with "text lines": rows of short dark dashes (letters), 24 px tall (letters with their marks), 40 px apart. */
function page(blocks: { x: number; y: number; lines: number; width: number }[]): Gray {
  const width = 1600;
  const height = 2200;
  const data = new Uint8Array(width * height).fill(255);
  for (const b of blocks) {
    for (let l = 0; l < b.lines; l++) {
      for (let x = b.x; x < b.x + b.width; x += 12) {
        if ((x / 12) % 7 === 6) continue; // a word space
        for (let y = b.y + l * 40; y < b.y + l * 40 + 24; y++) for (let dx = 0; dx < 8; dx++) data[y * width + x + dx] = 20;
      }
    }
  }
  return { width, height, data };
}
const word = (text: string, left: number, top: number, w: number, h: number, line = 1): OcrWord => ({ text, conf: 95, left, top, width: w, height: h, block: 1, par: 1, line });

describe('uncoveredText', () => {
  it('finds a block of lines no word covers, and not the ones words cover', () => {
    const img = page([{ x: 200, y: 300, lines: 3, width: 560 }, { x: 200, y: 700, lines: 2, width: 900 }]);
    const words = [word('covered', 190, 690, 920, 70)];
    const regions = uncoveredText(img, words, 200);
    expect(regions).toHaveLength(1);
    const [r] = regions;
    expect(r.x).toBeLessThanOrEqual(200);
    expect(r.y).toBeLessThanOrEqual(300);
    expect(r.x + r.width).toBeGreaterThanOrEqual(760);
    expect(r.y + r.height).toBeGreaterThanOrEqual(300 + 2 * 40 + 24);
  });
  it('leaves alone specks, a lone word, tall shapes and ink touching the page edge (a scan border)', () => {
    const img = page([{ x: 300, y: 300, lines: 1, width: 40 }, { x: 300, y: 600, lines: 30, width: 60 }, { x: 0, y: 1200, lines: 2, width: 700 }]);
    expect(uncoveredText(img, [], 200)).toEqual([]);
  });
  it('crops a region and moves the words read in it back to page coordinates, in their own blocks', () => {
    const img = page([{ x: 200, y: 300, lines: 1, width: 300 }]);
    const c = crop(img, { x: 100, y: 250, width: 500, height: 100 });
    expect([c.width, c.height]).toEqual([500, 100]);
    expect(c.data[(300 - 250) * 500 + (200 - 100)]).toBe(20);
    expect(placeWords([word('V/v', 10, 20, 30, 14)], { x: 100, y: 250, width: 500, height: 100 }, 1000)[0]).toMatchObject({ left: 110, top: 270, block: 1001 });
  });
});

describe('buildLines with OCR words', () => {
  const item = (str: string, x0: number, base: number, size: number, ocrLine?: string): PdfItem => ({ str, x0, x1: x0 + 30, base, size, font: 'OCR', bold: false, italic: false, ...(ocrLine ? { ocrLine } : {}) });
  it('two lines of one OCR paragraph stay two lines even when a tall word makes their boxes overlap', () => {
    // 299 UB: "Nơi nhận:" and "TL. CHỦ TỊCH" (tall, under the seal) on one OCR line, "- Như trên;" the next.
    const lines = buildLines([item('Nơi', 78, 621, 14, '19/1/1'), item('nhận:', 100, 621, 14, '19/1/1'), item('TL.', 363, 626, 21, '19/1/1'), item('-', 78, 631, 9, '19/1/2'), item('Như', 84, 631, 9, '19/1/2')]);
    expect(lines.map((l) => l.items.map((i) => i.str))).toEqual([['Nơi', 'nhận:', 'TL.'], ['-', 'Như']]);
  });
  it('without OCR line keys (a text layer) the same items share a line, as before', () => {
    const lines = buildLines([item('Nơi', 78, 621, 14), item('TL.', 363, 626, 21), item('-', 78, 631, 9)]);
    expect(lines).toHaveLength(1);
  });
});

describe('newWordsOnly', () => {
  it('drops words read again over words the page read already (3980_0001: "chức chức", "UBND U8ND")', async () => {
    const { newWordsOnly } = await import('../../src/extract/ocr/gaps.js');
    const read = [word('chức', 400, 600, 60, 30)];
    const again = [word('chức', 402, 601, 58, 29), word('UBND', 900, 600, 80, 30)];
    expect(newWordsOnly(again, read).map((w) => w.text)).toEqual(['UBND']);
  });
});
