// The one vocabulary (src/vocab): text forms (NFD, old tone placement), the folded second pass for
// OCR text, and the layout words, each with lines that must match and lines that must not.
import { describe, expect, it } from 'vitest';
import {
  AUTHORITY_LINE,
  DRAFT_MARK,
  fold,
  kindOfCode,
  matchForm,
  matchVocab,
  MOTTO_LINE,
  NOI_NHAN,
  NUMBER_LINE,
  PLACE_DATE,
  QUOC_HIEU,
  testVocab,
} from '../../src/vocab/index.js';

describe('text forms', () => {
  it('moves the old tone placement of a final oa/oe/uy and keeps the length', () => {
    for (const [old, canon] of [['hoà', 'hòa'], ['uỷ ban', 'ủy ban'], ['CỘNG HOÀ', 'CỘNG HÒA'], ['khoẻ', 'khỏe'], ['Thuỷ', 'Thủy']]) {
      expect(matchForm(old)).toBe(canon);
      expect(matchForm(old).length).toBe(old.length);
    }
  });
  it('leaves rhymes that have one placement alone', () => {
    for (const w of ['quý', 'hoàn', 'khuỷu', 'hoài', 'thuyền', 'Quỳnh']) expect(matchForm(w)).toBe(w);
  });
  it('reads NFD text as NFC', () => {
    expect(matchForm('Nơi nhận'.normalize('NFD'))).toBe('Nơi nhận');
  });
  it('folds diacritics without changing the length', () => {
    expect(fold('Kế hoạch Đảng ủy Hà Nội')).toBe('Ke hoach Dang uy Ha Noi');
    expect(fold('BỘ TRƯỞNG').length).toBe('BỘ TRƯỞNG'.length);
  });
});

describe('layout words', () => {
  it('Quốc hiệu in either tone placement and in NFD, as typed', () => {
    for (const t of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'.normalize('NFD')]) {
      expect(testVocab(QUOC_HIEU, t)).toBe(true);
    }
    expect(testVocab(MOTTO_LINE, 'Độc lập - Tự do - Hạnh phúc')).toBe(true);
    expect(testVocab(MOTTO_LINE, 'ĐẢNG CỘNG SẢN VIỆT NAM')).toBe(true);
    expect(testVocab(MOTTO_LINE, 'Độc lập tự chủ về kinh tế')).toBe(false);
  });
  it('"Nơi nhận" exactly, and as OCR reads it in the second pass', () => {
    expect(matchVocab(NOI_NHAN, 'Nơi nhận:')?.folded).toBe(false);
    expect(matchVocab(NOI_NHAN, 'Noi nhân:')?.folded).toBe(true);
    expect(matchVocab(NOI_NHAN, 'Noi nhân:', { fold: false })).toBeNull();
    expect(testVocab(NOI_NHAN, 'Nơi ở của học sinh')).toBe(false);
  });
  it('"Số:" — the folded pass needs a number, never "Sở Y tế"', () => {
    expect(matchVocab(NUMBER_LINE, 'Số: 105/PT-NC')?.groups[0]).toBe('105/PT-NC');
    expect(matchVocab(NUMBER_LINE, 'Sô: 4409/BCA-C04')?.folded).toBe(true);
    expect(matchVocab(NUMBER_LINE, 'Sở Y tế')).toBeNull();
    expect(matchVocab(NUMBER_LINE, 'So sánh kết quả')).toBeNull();
  });
  it('place/date line with blanks; groups keep the document letters', () => {
    const m = matchVocab(PLACE_DATE, 'Lâm Đồng, ngày    tháng 10 năm 2025');
    expect(m?.groups[0]).toBe('Lâm Đồng');
    expect(m?.groups[3]).toBe('10');
    const ocr = matchVocab(PLACE_DATE, 'Hà Nói, ngay 12 thang 9 nam 2025');
    expect(ocr?.folded).toBe(true);
    expect(ocr?.groups[0]).toBe('Hà Nói');
    expect(matchVocab(PLACE_DATE, 'Trong năm 2025 tổ chức')).toBeNull();
  });
  it('signer authority with or without the space after the dot', () => {
    for (const t of ['TL.CHỦ TỊCH', 'TL. CHỦ TỊCH', 'KT. GIÁM ĐỐC', 'TM. ỦY BAN NHÂN DÂN', 'TUQ. CHỦ TỊCH', 'Q. HIỆU TRƯỞNG', 'T/M BAN THƯỜNG VỤ']) {
      expect(testVocab(AUTHORITY_LINE, t), t).toBe(true);
    }
    for (const t of ['TP. Hồ Chí Minh', 'KT.', 'CHỦ TỊCH']) expect(testVocab(AUTHORITY_LINE, t), t).toBe(false);
  });
  it('DỰ THẢO standing alone, never inside a sentence', () => {
    for (const t of ['DỰ THẢO', 'Dự thảo', '(Dự thảo)', 'DỰ THẢO LẦN 2', 'Dự thảo 3']) expect(testVocab(DRAFT_MARK, t), t).toBe(true);
    for (const t of ['Góp ý dự thảo Báo cáo sơ kết', 'Dự thảo Kế hoạch đã được gửi', 'V/v lấy ý kiến dự thảo']) expect(testVocab(DRAFT_MARK, t), t).toBe(false);
  });
  it('kind codes name their kind', () => {
    expect(kindOfCode('PT')).toBe('PHIẾU TRÌNH');
    expect(kindOfCode('KL')).toBe('KẾT LUẬN');
    expect(kindOfCode('CĐ')).toBe('CÔNG ĐIỆN');
    expect(kindOfCode('UBND')).toBeNull();
  });
});
