// Lines of marks are dropped as noise, but a number line whose handwritten seq OCR could not read
// is kept for its well-read codes (5689_BCA-C04.pdf: "só:5ÿ" at 0 %, "/BCA-C04" at 77 %).
import { describe, expect, it } from 'vitest';
import { isNoise, type OcrLine } from '../../src/extract/ocr/items.js';

const line = (...ws: [string, number][]): OcrLine => {
  const words = ws.map(([text, conf], i) => ({ text, conf, left: i * 100, top: 0, width: 80, height: 30, block: 1, par: 1, line: 1 }));
  return { words, text: ws.map((w) => w[0]).join(' '), conf: ws.reduce((n, w) => n + w[1], 0) / ws.length };
};

describe('isNoise', () => {
  it('keeps a number line with unreadable digits and readable codes', () => {
    expect(isNoise(line(['só:5ÿ', 0], ['/BCA-C04', 77]))).toBe(false);
  });
  it('drops marks with a code read with low confidence among them', () => {
    expect(isNoise(line(['ZTN', 10], ['/BCA-C04', 40]))).toBe(true);
  });
});
