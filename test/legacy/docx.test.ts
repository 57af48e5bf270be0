// The docx reader decodes legacy-font runs before the text reaches the model.
import { describe, expect, it } from 'vitest';
import { read, texts } from '../docx/helpers.js';

const font = (name: string, extra = '') => `<w:rFonts w:ascii="${name}" w:hAnsi="${name}"/>${extra}`;
const r = (t: string, rPr = '') => `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${t}</w:t></w:r>`;
const softHyphen = (rPr: string) => `<w:r><w:rPr>${rPr}</w:rPr><w:softHyphen/></w:r>`;
const warning = (m: ReturnType<typeof read>) => m.warnings.find((w) => w.code === 'LEGACY_ENCODING')?.message;

describe('docx legacy-font runs', () => {
  it('decodes .VnTime, upper-cases .VnTimeH, reads the soft-hyphen element as "ư"', () => {
    const body =
      `<w:p>${r('quyÕt ®Þnh cña bé tr', font('.VnTimeH'))}${softHyphen(font('.VnTimeH'))}${r('ëng', font('.VnTimeH'))}</w:p>` +
      `<w:p>${r('Thñ t', font('.VnTime'))}${softHyphen(font('.VnTime'))}${softHyphen(font('.VnTime'))}${r('íng ChÝnh phñ', font('.VnTime'))}</w:p>`;
    const m = read({ body });
    expect(texts(m)).toEqual(['QUYẾT ĐỊNH CỦA BỘ TRƯỞNG', 'Thủ tướng Chính phủ']);
    expect(warning(m)).toMatch(/\.VnTimeH, \.VnTime was decoded from TCVN3/);
  });

  it('takes the font from styles, and w:hAnsi over w:ascii (the font of non-ASCII characters)', () => {
    const styles = `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:rPr>${font('.VnTime')}</w:rPr></w:style>`;
    const body = `<w:p>${r('Sè: 144')}</w:p><w:p>${r('Sè: 144', '<w:rFonts w:ascii=".VnTime" w:hAnsi="Times New Roman"/>')}</w:p>`;
    expect(texts(read({ body, styles }))).toEqual(['Số: 144', 'Sè: 144']);
  });

  it('decodes VNI, joining a vowel and its marks split across runs', () => {
    const body = `<w:p>${r('CH', font('VNI-Times'))}${r('UÛ T', font('VNI-Times'))}${r('Ò', font('VNI-Times'))}${r('CH', font('VNI-Times'))}</w:p><w:p>${r('Ñoäc la', font('VNI-Times'))}${r('äp', font('VNI-Times', '<w:b/>'))}</w:p>`;
    const m = read({ body });
    expect(texts(m)).toEqual(['CHỦ TỊCH', 'Độc lập']);
    expect(warning(m)).toMatch(/VNI-Times was decoded from VNI/);
  });

  it('keeps Unicode text typed in a legacy font, and runs in other fonts (mixed documents)', () => {
    const body = `<w:p>${r('Tr', font('VNI-Times'))}${r('ương Tấn Thiệu')}</w:p><w:p>${r('Trương Tấn Thiệu', font('VNI-Times'))}</w:p><w:p>${r('Hà Nội', font('Times New Roman'))}</w:p>`;
    const m = read({ body });
    expect(texts(m)).toEqual(['Trương Tấn Thiệu', 'Trương Tấn Thiệu', 'Hà Nội']);
    expect(warning(m)).toMatch(/that already held Unicode Vietnamese were kept/);
  });

  it('no warning and no change without legacy fonts (must not match)', () => {
    const m = read({ body: `<w:p>${r('Sè: 144 — B¸o c¸o', font('Times New Roman'))}</w:p>` });
    expect(texts(m)).toEqual(['Sè: 144 — B¸o c¸o']);
    expect(warning(m)).toBeUndefined();
  });
});
