// The per-file time limit grows with the OCR'd pages (README, "Scanned PDFs (OCR)").
import { describe, expect, it } from 'vitest';
import { OCR_SECONDS_PER_PAGE, ocrTimeLimitMs } from '../../src/extract/ocr/time.js';

describe('OCR time limit', () => {
  it('base limit + 60 s per OCR\'d page', () => {
    expect(OCR_SECONDS_PER_PAGE).toBe(60);
    expect(ocrTimeLimitMs(120_000, 0)).toBe(120_000);
    expect(ocrTimeLimitMs(120_000, 6)).toBe(480_000);
    expect(ocrTimeLimitMs(120_000, -1)).toBe(120_000);
  });
});
