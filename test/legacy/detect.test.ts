// Font-name detection and the text-only heuristic: decode only when sure, never touch Unicode.
import { describe, expect, it } from 'vitest';
import { decodeLegacyText, decodeRunText, guessLegacyEncoding, legacyFontEncoding } from '../../src/extract/legacy/index.js';
import { restoreDroppedU } from '../../src/extract/legacy/repair.js';

const TCVN3_PARA =
  'Quèc héi kho¸ XI t¹i kú häp thø 4 ®· th«ng qua môc tiªu tæng qu¸t vÒ nhiÖm vô n¨m 2004 nh»m: B¶o ®¶m ph¸t triÓn kinh tÕ nhanh víi b\u00ADíc tiÕn míi';
const VNI_PARA = 'Caên cöù Quyeát ñònh soá 186/2006/QÑ-TTg ngaøy 14/8/2006 cuûa Thuû töôùng Chính phuû veà vieäc ban haønh quy cheá quaûn lyù röøng;';
const UNICODE_PARA = 'Căn cứ Quyết định số 186/2006/QĐ-TTg ngày 14/8/2006 của Thủ tướng Chính phủ về việc ban hành quy chế quản lý rừng;';

describe('legacyFontEncoding', () => {
  it('knows TCVN3 fonts, their "H" capitals variants and PDF font names (must match)', () => {
    expect(legacyFontEncoding('.VnTime')).toEqual({ encoding: 'tcvn3', upperCase: false });
    expect(legacyFontEncoding('.VnTimeH')).toEqual({ encoding: 'tcvn3', upperCase: true });
    expect(legacyFontEncoding('.VnArial NarrowH')).toEqual({ encoding: 'tcvn3', upperCase: true });
    expect(legacyFontEncoding('AARIQC+.VnTimeH,Bold')).toEqual({ encoding: 'tcvn3', upperCase: true });
    expect(legacyFontEncoding('AARIQC+.VnTime,BoldItalic')).toEqual({ encoding: 'tcvn3', upperCase: false });
    expect(legacyFontEncoding('VnTime')).toEqual({ encoding: 'tcvn3', upperCase: false });
  });

  it('knows VNI fonts (must match)', () => {
    expect(legacyFontEncoding('VNI-Times')).toEqual({ encoding: 'vni', upperCase: false });
    expect(legacyFontEncoding('VNI-Helve-Condense')).toEqual({ encoding: 'vni', upperCase: false });
    expect(legacyFontEncoding('ABCDEF+VNI-Times,Bold')).toEqual({ encoding: 'vni', upperCase: false });
  });

  it('leaves Unicode fonts alone (must not match)', () => {
    for (const f of ['Times New Roman', 'Arial', 'Liberation Serif', 'Tahoma', 'Symbol', 'Vni', 'Vnitimes', undefined]) {
      expect(legacyFontEncoding(f)).toBeNull();
    }
  });
});

describe('guessLegacyEncoding (text without fonts)', () => {
  it('recognises TCVN3 and VNI mojibake (must match)', () => {
    expect(guessLegacyEncoding(TCVN3_PARA).encoding).toBe('tcvn3');
    expect(guessLegacyEncoding(VNI_PARA).encoding).toBe('vni');
  });

  it('leaves Unicode Vietnamese, French, German and short snippets alone (must not match)', () => {
    expect(guessLegacyEncoding(UNICODE_PARA).encoding).toBeNull();
    expect(guessLegacyEncoding("Ça a été déjà très élevé, où l'on a vu la façon d'être à Hà Nội").encoding).toBeNull();
    expect(guessLegacyEncoding('Müller über die Größe der Straße, señor Núñez').encoding).toBeNull();
    expect(guessLegacyEncoding('Sè: 144').encoding).toBeNull();
  });
});

describe('decodeLegacyText', () => {
  it('decodes by hint or by guess', () => {
    expect(decodeLegacyText('B¸o c¸o', 'tcvn3')).toBe('Báo cáo');
    expect(decodeLegacyText(VNI_PARA)).toBe(UNICODE_PARA);
    expect(decodeLegacyText(TCVN3_PARA)).toMatch(/^Quốc hội khoá XI tại kỳ họp thứ 4 đã thông qua mục tiêu .* với bước tiến mới$/);
  });

  it('never touches lines that already hold Unicode Vietnamese (mixed documents)', () => {
    const mixed = `${VNI_PARA}\nTrương Tấn Thiệu`;
    expect(decodeLegacyText(mixed)).toBe(`${UNICODE_PARA}\nTrương Tấn Thiệu`);
    expect(decodeLegacyText('Trương Tấn Thiệu', 'vni')).toBe('Trương Tấn Thiệu');
    expect(decodeLegacyText(UNICODE_PARA)).toBe(UNICODE_PARA);
  });

  it('puts back the "ư" pdfjs drops only when asked', () => {
    const dropped = 'Thñ tíng ChÝnh phñ; ngêi d©n; nhµ níc';
    expect(decodeLegacyText(dropped, 'tcvn3')).toBe('Thủ tớng Chính phủ; ngời dân; nhà nớc');
    expect(decodeLegacyText(dropped, 'tcvn3', { droppedSoftHyphen: true })).toBe('Thủ tướng Chính phủ; người dân; nhà nước');
  });
});

describe('restoreDroppedU', () => {
  it('restores "ư" where the rest cannot be Vietnamese (must match)', () => {
    expect(restoreDroppedU('bớc tiến, trơng trình, rợu, hng thịnh, đầu t vào, nh sau:, TRƠNG')).toBe(
      'bước tiến, trương trình, rượu, hưng thịnh, đầu tư vào, như sau:, TRƯƠNG',
    );
    expect(restoreDroppedU('u tiên, lu ý, cha đạt')).toBe('ưu tiên, lưu ý, chưa đạt');
  });

  it('keeps real words and split words (must not match)', () => {
    const kept = 'mới, với, hơn, cơ sở, tối đa, ch ỉ đạo, c òn, cha mẹ, a) b) c) d), TP, UBND';
    expect(restoreDroppedU(kept)).toBe(kept);
  });
});

describe('decodeRunText (a run with its font)', () => {
  it('decodes a legacy run and keeps a Unicode one typed in a legacy font', () => {
    expect(decodeRunText('Sè: 144', '.VnTime')).toEqual({ text: 'Số: 144', font: { encoding: 'tcvn3', upperCase: false } });
    expect(decodeRunText('quyÕt ®Þnh', '.VnTimeH')?.text).toBe('QUYẾT ĐỊNH');
    expect(decodeRunText('ương Tấn Thiệu', 'VNI-Times')).toBeNull();
    expect(decodeRunText('Sè: 144', 'Times New Roman')).toBeNull();
  });
});
