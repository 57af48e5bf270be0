// Which OCR'd digits are trusted: the words below are the ones tesseract 5.3 (vie, 200 dpi) gave for
// the number and date lines of the corpus scans, with the box heights it measured; printed or
// handwritten as seen on the page images (issue 10). The metadata recogniser then leaves the seq or
// the day of a doubtful word null with a warning.
import { describe, expect, it } from 'vitest';
import { digitDoubt, printedDigitHeight } from '../../src/extract/ocr/doubt.js';
import type { OcrWord } from '../../src/extract/ocr/types.js';
import { recogniseMeta } from '../../src/recognise/metadata/index.js';
import type { DocumentModel, OcrDoubtfulDigits } from '../../src/model/document.js';

const word = (text: string, conf: number, height: number): OcrWord => ({ text, conf, height, left: 0, top: 0, width: 10, block: 1, par: 1, line: 1 });

describe('digitDoubt', () => {
  it('handwritten numbers and days as read: not trusted', () => {
    // 299 UB: "Số: 299" handwritten, read "899" at 28 %, the page's printed digits 29 px tall.
    expect(digitDoubt(word('899', 28, 35), 29)).toBe('low-confidence');
    // 1_4409: handwritten "4409" read "409" at 52 %, 37 px against 28.
    expect(digitDoubt(word('409', 52, 37), 28)).toBe('handwriting-like');
    // 3980_0001: handwritten "3980" read "3" (88 %, 33 px against 27) then "39/C04-P6".
    expect(digitDoubt(word('3', 88, 33), 27)).toBe('handwriting-like');
    // 1_5240: "Số:5240/BCA-V01" handwritten seq, the whole line one word at 18 %.
    expect(digitDoubt(word('Số:52/BCA-V01', 18, 37), 27)).toBe('low-confidence');
    // QD932: handwritten "932" read "332/QĐ-TTg" at 38 %.
    expect(digitDoubt(word('332/QĐ-TTg', 38, 34), 27)).toBe('low-confidence');
  });
  it('printed numbers and days, and a handwritten day read with high confidence: trusted', () => {
    // g.pdf: printed "70" (70 %) and, in a typewriter face, "15" (38 %), both 24 px against 27.
    expect(digitDoubt(word('70', 70, 24), 27)).toBeNull();
    expect(digitDoubt(word('15', 38, 24), 27)).toBeNull();
    // 1.pdf: printed "2307" at 93 %; QD932: printed day "15" at 96 %.
    expect(digitDoubt(word('2307', 93, 27), 27)).toBeNull();
    expect(digitDoubt(word('15', 96, 26), 27)).toBeNull();
    // 1_5240: the handwritten day "23" read right at 96 %.
    expect(digitDoubt(word('23', 96, 32), 27)).toBeNull();
    // A printed number with its code, read at 87 % ("23/2023/QĐ-TTg", taller for its "/" and "g").
    expect(digitDoubt(word('23/2023/QĐ-TTg', 87, 36), 27)).toBeNull();
    expect(digitDoubt(word('ngày', 20, 36), 27)).toBeNull();
  });
  it('the printed digit height is the median of digit words read with high confidence', () => {
    expect(printedDigitHeight([word('2025', 97, 28), word('01', 97, 28), word('899', 28, 35), word('31/12/2024', 97, 29), word('tháng', 97, 37)])).toBe(28);
    expect(printedDigitHeight([word('tháng', 97, 37)])).toBe(0);
  });
});

describe('recogniseMeta on an OCR\'d header with doubtful digits', () => {
  const block = (text: string, y: number, zone: 'header' | 'body' = 'header') => ({ type: 'paragraph' as const, text, zone, prov: { page: 1, bbox: [60, y, 300, y + 14] as [number, number, number, number] } });
  const model = (doubts: OcrDoubtfulDigits[]): DocumentModel => ({
    type: 'document',
    format: 'pdf',
    text: '',
    warnings: [],
    children: [
      block('ỦY BAN NHÂN DÂN', 780),
      block('TỈNH QUẢNG NGÃI', 765),
      block('Số: 899 /UBND-TTHC', 740),
      block('Quảng Ngãi, ngày 15 tháng 01 năm 2025', 720),
      { type: 'heading', text: 'CÔNG VĂN', zone: 'body', prov: { page: 1, bbox: [200, 690, 400, 704] } },
      block('Thực hiện Quyết định số 1743/QĐ-BGTVT ngày 31/12/2024.', 600, 'body'),
    ],
    ocrDoubtfulDigits: doubts,
  });
  const at = (text: string, y: number, why: OcrDoubtfulDigits['why'] = 'low-confidence', conf = 28): OcrDoubtfulDigits => ({ page: 1, text, conf, why, bbox: [100, y + 2, 130, y + 12] });

  it('the seq and the day of doubtful words are null, with a warning each; the text stays as read', () => {
    const { meta, warnings } = recogniseMeta(model([at('899', 740), at('15', 720, 'handwriting-like', 70)]));
    expect(meta.number).toMatchObject({ raw: '899/UBND-TTHC', seq: null, kindCode: 'UBND', issuerCode: 'TTHC' });
    expect(meta.date).toEqual({ raw: 'ngày 15 tháng 01 năm 2025', iso: '2025-01' });
    expect(warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['OCR_UNREADABLE_NUMBER', 'OCR_UNREADABLE_DATE']));
    expect(warnings.map((w) => w.code)).not.toContain('BLANK_NUMBER');
    expect(warnings.find((w) => w.code === 'OCR_UNREADABLE_NUMBER')?.message).toContain('"899" on page 1, read with low confidence (28 %)');
  });
  it('a doubtful word elsewhere (another line, other digits) leaves number and date alone', () => {
    const { meta, warnings } = recogniseMeta(model([at('1743/QĐ-', 600), at('01', 740), at('16', 720)]));
    expect(meta.number?.seq).toBe(899);
    expect(meta.date?.iso).toBe('2025-01-15');
    expect(warnings.map((w) => w.code)).not.toContain('OCR_UNREADABLE_NUMBER');
    expect(warnings.map((w) => w.code)).not.toContain('OCR_UNREADABLE_DATE');
  });
  it('a seq OCR split in two ("3980" read "3" "39/C04-P6"): a doubtful piece is enough', () => {
    const m = model([at('3', 740, 'handwriting-like', 88)]);
    (m.children[2] as { text: string }).text = 'Số: 3 39/C04-P6';
    expect(recogniseMeta(m).meta.number).toMatchObject({ raw: '339/C04-P6', seq: null });
  });
});
