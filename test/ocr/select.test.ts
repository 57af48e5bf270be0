// Which PDF pages need OCR: no text, stamp text only, or a text layer that is not Vietnamese —
// and born-digital pages (real text of the seeds) are left alone.
import { describe, expect, it } from 'vitest';
import { ocrReason, keptItems } from '../../src/extract/ocr/select.js';
import { isVietnameseText, scoreText } from '../../src/extract/ocr/quality.js';
import { lineOf } from './helpers.js';

// The body of seed 003 (KH 171/KH-PGDĐT), as the born-digital PDF prints it.
const REAL = [
  'Thực hiện kế hoạch số 1587/SGDĐT-VP ngày 11/9/2023 của Sở Giáo dục và',
  'Đào tạo Hải Dương về việc ban hành kế hoạch nhiệm vụ, giải pháp trọng tâm',
  'năm học 2023 - 2024 của ngành Giáo dục tỉnh Hải Dương, Phòng Giáo dục và',
  'Đào tạo Gia Lộc xây dựng kế hoạch thực hiện nhiệm vụ năm học 2023-2024',
];
// An old OCR layer made by an English model (the examples) and a TCVN3 layer read as Latin-1 (298 PC04.pdf of the corpus).
const ENGLISH_OCR = ['uY BAN NgAN nAN HUYEN GIA LgC', '56:]+9-} /TB-LIBND Gla LgC, ngAy I4 thAng 9 nAm 2023', 'KE HgACH NHlEM VU, GlAl PHAP TRgNG TAM NAM HgC 2023 - 2024'];
const MOJIBAKE = ['BØCÔNG AN CØNG HOÀXÃ HØI CHæNGH(AVIÆT NAM', 'Ùc l-p - Tå do - H¡nh phúc SÑg8 /TTr- CAT-PC04', 'HiÇn nay, trên dËa bàn tÉinh Lâm ông có 4.289 ng°Ýi sí dång tr£i phép ch¥t'];
// Server specifications: Vietnamese with many English terms (CV 6582.pdf page 5) — a real layer.
const TECH = ['Cụm Server CACHE CPU ≥ 8vCPU, Intel Xeon Processor (Skylake, IBRS), 2.3 GHz hoặc tương đương', 'RAM ≥ 8GB DDR4; HDD ≥ 100GB; SSD ≥ 100GB; OS: Ubuntu 24.04 Phiên bản Redis >= 6.2.4', 'Cụm Server ElasticSearch (Phục vụ tra cứu thông tin người dân, thông tin khám chữa bệnh, khám sức khỏe)'];

const page = (lines: string[], y0 = 100) => lines.flatMap((l, i) => lineOf(l, y0 + i * 18));

describe('text-layer score', () => {
  it('real Vietnamese passes, technical Vietnamese with English terms passes', () => {
    expect(isVietnameseText(scoreText(REAL.join('\n')))).toBe(true);
    expect(isVietnameseText(scoreText(TECH.join('\n')))).toBe(true);
  });
  it('an English-model OCR layer and a legacy-encoding mojibake layer fail', () => {
    expect(isVietnameseText(scoreText(ENGLISH_OCR.join('\n')))).toBe(false);
    expect(isVietnameseText(scoreText(MOJIBAKE.join('\n')))).toBe(false);
  });
  it('too few words to judge: trusted', () => {
    expect(isVietnameseText(scoreText('PHỤ LỤC 1'))).toBe(true);
  });
  it('a repeated word counts at each occurrence, judged on its own spelling (each distinct word is judged once)', () => {
    // 9 words, all syllables and common words; "ban" is the only one without a mark.
    expect(scoreText('Ủy ban nhân dân tỉnh\nỦy ban nhân dân')).toEqual({ words: 9, syllables: 9, diacritics: 7, common: 9, foreign: 0 });
    // "NgAN" (insane case) is no syllable however often it comes; "ngan" is one; "nAN" neither.
    expect(scoreText('NgAN ngan NgAN nAN NgAN')).toEqual({ words: 5, syllables: 1, diacritics: 0, common: 0, foreign: 0 });
    // A mojibake letter ("Ø", not Vietnamese) makes each token that has it foreign.
    expect(scoreText('BØ BØ BỘ').foreign).toBe(2);
  });
});

describe('ocrReason', () => {
  it('born-digital text: no OCR in auto; every page in force; never in off', () => {
    expect(ocrReason(page(REAL), 'auto')).toBeNull();
    expect(ocrReason(page(REAL), 'force')).toBe('forced');
    expect(ocrReason([], 'off')).toBeNull();
  });
  it('no text at all', () => {
    expect(ocrReason([], 'auto')).toBe('empty');
  });
  it('only a signature / copy stamp (1_4409.signed.pdf, 660TBUB…pdf, QD932.pdf)', () => {
    const sao = [...lineOf('SAO Y', 20, 450), ...lineOf('Bộ Công an', 32, 450), ...lineOf('Thời gian ký: 2025-10-01T17:08:18+07:00', 44, 450)];
    expect(ocrReason(sao, 'auto')).toBe('stamp');
    // The agency under "SAO Y" belongs to the stamp: it is not kept as body text.
    expect(keptItems(sao, 'stamp').map((i) => i.str)).not.toContain('Công');
    const signed = [...lineOf('Ký bởi: Ủy ban nhân dân tỉnh Quảng Ngãi', 20, 300), ...lineOf('Cơ quan: Tỉnh Quảng Ngãi', 32, 300), ...lineOf('Thời gian ký: 17/01/2025 08:56:09', 44, 300)];
    expect(ocrReason(signed, 'auto')).toBe('stamp');
    expect(ocrReason(lineOf('Cơ quan phát hành: Văn phòng Chính phủ', 20, 300), 'auto')).toBe('stamp');
  });
  it('a garbage layer is OCR\'d and only its stamps are kept', () => {
    const items = [...page(ENGLISH_OCR), ...lineOf('SAO Y', 20, 450)];
    expect(ocrReason(items, 'auto')).toBe('garbage');
    expect(keptItems(items, 'garbage').map((i) => i.str)).toEqual(['SAO', 'Y']);
    expect(ocrReason(page(MOJIBAKE), 'auto')).toBe('garbage');
  });
  it('technical pages of a born-digital file are not garbage', () => {
    expect(ocrReason(page(TECH), 'auto')).toBeNull();
  });
});
