// Page-image steps: PGM in/out, Otsu, skew found and levelled (±3°), TSV words, OCR lines → items.
import { describe, expect, it } from 'vitest';
import { binarise, estimateSkew, otsuThreshold, parsePgm, rotate, toPgm, type Gray } from '../../src/extract/ocr/image.js';
import { parseTsv } from '../../src/extract/ocr/tsv.js';
import { groupLines, isNoise, lineItems } from '../../src/extract/ocr/items.js';
import { buildLines } from '../../src/extract/pdf/lines.js';

/** A white page with dark "text lines": short dashes (words) in rows. */
function fakePage(w = 800, h = 1100): Gray {
  const data = new Uint8Array(w * h).fill(250);
  for (let y = 100; y < h - 100; y += 30) {
    for (let x = 80; x < w - 80; x += 60) {
      for (let dy = 0; dy < 12; dy++) for (let dx = 0; dx < 45; dx++) data[(y + dy) * w + x + dx] = 20;
    }
  }
  return { width: w, height: h, data };
}

describe('page images', () => {
  it('PGM round trip', () => {
    const img = fakePage(40, 30);
    const back = parsePgm(toPgm(img));
    expect([back.width, back.height]).toEqual([40, 30]);
    expect(Buffer.compare(Buffer.from(back.data), Buffer.from(img.data))).toBe(0);
  });
  it('Otsu splits ink from paper', () => {
    const t = otsuThreshold(fakePage());
    expect(t).toBeGreaterThanOrEqual(20);
    expect(t).toBeLessThan(250);
    expect(new Set(binarise(fakePage()).data)).toEqual(new Set([0, 255]));
  });
  it('finds a small skew either way and levels it', () => {
    const level = fakePage();
    expect(estimateSkew(level)).toBe(0);
    for (const deg of [1.2, -0.8, 2.5]) {
      const skewed = rotate(level, -deg);
      const found = estimateSkew(skewed);
      expect(Math.abs(found - deg)).toBeLessThanOrEqual(0.15);
      expect(Math.abs(estimateSkew(rotate(skewed, found)))).toBeLessThanOrEqual(0.15);
    }
  });
});

// Two lines of `tesseract … tsv` output (level 5 = word), as tesseract 5.3 prints them for 1_4409.signed.pdf.
const TSV = [
  'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext',
  '4\t1\t3\t1\t1\t0\t527\t335\t464\t40\t-1\t',
  '5\t1\t3\t1\t1\t1\t527\t335\t65\t38\t93.2\tSố:',
  '5\t1\t3\t1\t1\t2\t617\t336\t126\t37\t31.5\t2H02',
  '5\t1\t3\t1\t1\t3\t765\t336\t226\t38\t90.1\tBCA-C04',
  '5\t1\t4\t1\t1\t1\t1538\t389\t17\t5\t12.0\t~',
  '5\t1\t5\t1\t1\t1\t514\t799\t151\t43\t96.0\tThực',
  '5\t1\t5\t1\t1\t2\t661\t805\t76\t37\t95.5\thiện',
].join('\n');

describe('OCR words', () => {
  it('TSV words with boxes and confidences, in lines', () => {
    const words = parseTsv(TSV);
    expect(words.map((w) => w.text)).toEqual(['Số:', '2H02', 'BCA-C04', '~', 'Thực', 'hiện']);
    expect(words[1]).toMatchObject({ left: 617, top: 336, width: 126, height: 37, conf: 31.5 });
    const lines = groupLines(words);
    expect(lines.map((l) => l.text)).toEqual(['Số: 2H02 BCA-C04', '~', 'Thực hiện']);
    expect(lines.map(isNoise)).toEqual([false, true, false]);
  });
  it('become items on one baseline per line, words kept apart even when their boxes touch', () => {
    const lines = groupLines(parseTsv(TSV)).filter((l) => !isNoise(l));
    const items = lineItems(lines, 72 / 300);
    const built = buildLines(items);
    expect(built.map((l) => l.text)).toEqual(['Số: 2H02 BCA-C04', 'Thực hiện']);
    // 300 dpi: 527 px = 126.5 pt.
    expect(built[0].x0).toBeCloseTo(126.5, 0);
    expect(built[0].size).toBeGreaterThan(8);
    expect(built[0].size).toBeLessThan(16);
  });
});

describe('rendering without poppler', () => {
  it('pdfjs on @napi-rs/canvas draws the fixture scan page, and its +1.2° skew is found', async () => {
    const { readFileSync } = await import('node:fs');
    const { pageRenderer } = await import('../../src/extract/ocr/render.js');
    const { REPO } = await import('../helpers/seeds.js');
    const r = await pageRenderer(new Uint8Array(readFileSync(`${REPO}/fixtures/ocr/003-scan-p1.pdf`)), undefined, 'pdfjs');
    try {
      expect(r.name).toBe('pdfjs');
      const img = await r.render(1, 100);
      // A4 at 100 dpi.
      expect(img.width).toBeGreaterThan(820);
      expect(img.width).toBeLessThan(830);
      expect(Math.abs(estimateSkew(img) - 1.2)).toBeLessThanOrEqual(0.2);
    } finally {
      await r.close();
    }
  }, 60_000);
});
