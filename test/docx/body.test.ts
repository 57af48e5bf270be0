// The body reader on hand-written document.xml: order, tracked changes, fields, text boxes,
// breaks and provenance, NĐ 30 layout tables as zones, footnotes, table merges and header rows.
import { describe, expect, it } from 'vitest';
import type { FootnoteBlock, TableBlock } from '../../src/model/document.js';
import { p, read, texts, textBlocks } from './helpers.js';

const r = (t: string, rPr = '') => `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${t}</w:t></w:r>`;
const tc = (inner: string, tcPr = '') => `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ''}${inner}</w:tc>`;
const tr = (cells: string, trPr = '') => `<w:tr>${trPr ? `<w:trPr>${trPr}</w:trPr>` : ''}${cells}</w:tr>`;
const tbl = (rows: string) => `<w:tbl><w:tblPr/><w:tblGrid/>${rows}</w:tbl>`;

describe('runs and inline content', () => {
  it('accepts tracked changes, shows field results and drops field codes', () => {
    const body =
      `<w:p>${r('Kế hoạch ')}<w:ins w:id="1">${r('số 12')}</w:ins><w:del w:id="2"><w:r><w:delText>số 11</w:delText></w:r></w:del>` +
      `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> DATE \\@ "dd/MM/yyyy" </w:instrText></w:r>` +
      `<w:r><w:fldChar w:fldCharType="separate"/></w:r>${r(' ngày 14/9/2023')}<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`;
    expect(texts(read({ body }))).toEqual(['Kế hoạch số 12 ngày 14/9/2023']);
  });

  it('normalises tabs, line breaks, soft and non-breaking hyphens and NBSP', () => {
    const body = `<w:p>${r('Gia\u00a0Lộc')}<w:r><w:tab/><w:t>kinh</w:t><w:softHyphen/><w:t>phí</w:t><w:br/><w:t>GD</w:t><w:noBreakHyphen/><w:t>ĐT</w:t></w:r></w:p>`;
    expect(texts(read({ body }))).toEqual(['Gia Lộc kinhphí GD-ĐT']);
  });

  it('reads content controls and a text box once (mc:Choice, not also mc:Fallback)', () => {
    const box = (t: string) => `<w:txbxContent>${p(t)}</w:txbxContent>`;
    const body =
      `<w:sdt><w:sdtPr/><w:sdtContent>${p('Trong điều khiển nội dung')}</w:sdtContent></w:sdt>` +
      `<w:p>${r('Neo')}<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx>${box('Hộp văn bản')}</wps:txbx></w:drawing></mc:Choice>` +
      `<mc:Fallback><w:pict><v:textbox>${box('Hộp văn bản')}</v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`;
    expect(texts(read({ body }))).toEqual(['Trong điều khiển nội dung', 'Neo', 'Hộp văn bản']);
  });

  it('marks bold only when the whole paragraph is bold, and keeps font names', () => {
    const m = read({ body: `<w:p>${r('KẾ HOẠCH', '<w:b/><w:rFonts w:ascii="Times New Roman"/>')}</w:p><w:p>${r('Nửa', '<w:b/>')}${r(' thường')}</w:p>` });
    const [a, b] = textBlocks(m);
    expect(a).toMatchObject({ bold: true, fonts: ['Times New Roman'] });
    expect(b.bold).toBeUndefined();
  });

  it('gives headingLevel from Heading styles and outlineLvl, as a hint only', () => {
    const styles = `<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style>`;
    const m = read({ styles, body: p('Mục tiêu chung', '<w:pStyle w:val="Heading2"/>') + p('Căn cứ', '<w:outlineLvl w:val="0"/>') + p('Nội dung thường') });
    expect(textBlocks(m).map((b) => b.headingLevel)).toEqual([2, 1, undefined]);
  });
});

describe('pages and sections', () => {
  it('turns a hard page break into a pageBreak block and counts pages and landscape sections', () => {
    const body =
      p('Trang một') + `<w:p><w:r><w:br w:type="page"/></w:r></w:p>` + p('Trang hai') +
      `<w:p><w:pPr><w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:pPr>${r('Cuối phần dọc')}</w:p>` +
      `<w:p><w:r><w:lastRenderedPageBreak/><w:t>Phụ lục ngang</w:t></w:r></w:p>` +
      `<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/></w:sectPr>`;
    const m = read({ body });
    const kinds = m.children.map((b) => (b.type === 'pageBreak' ? `PB${b.page}` : b.type));
    expect(kinds).toEqual(['paragraph', 'PB2', 'paragraph', 'paragraph', 'PB3', 'paragraph']);
    const last = textBlocks(m).at(-1)!;
    // The lastRenderedPageBreak right after the section break is the same page break, not a new one.
    expect(last.prov).toMatchObject({ page: 3, section: 1, orientation: 'landscape', part: 'word/document.xml', paragraph: 5 });
    expect(textBlocks(m)[0].prov).toMatchObject({ page: 1, section: 0, orientation: 'portrait', paragraph: 1 });
    expect(m.pages).toBe(3);
  });
});

describe('NĐ 30 layout tables', () => {
  const header = tbl(
    tr(tc(p('UBND HUYỆN GIA LỘC') + p('PHÒNG GIÁO DỤC VÀ ĐÀO TẠO')) + tc(p('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM') + p('Độc lập - Tự do - Hạnh phúc'))) +
      tr(tc(p('Số: 171 /KH-PGDĐT')) + tc(p('Gia Lộc, ngày 14 tháng 9 năm 2023'))),
  );
  const closing = tbl(tr(tc(p('Nơi nhận:') + p('- Lãnh đạo UBND huyện;') + p('- Lưu: VT.')) + tc(p('KT. GIÁM ĐỐC') + p('PHÓ GIÁM ĐỐC') + p('Nguyễn Văn Thêm'))));

  it('reads the header table as header-zone text, left column then right column', () => {
    const m = read({ body: header + p('KẾ HOẠCH') + closing });
    expect(m.children.some((b) => b.type === 'table')).toBe(false);
    const blocks = textBlocks(m);
    expect(blocks.filter((b) => b.zone === 'header').map((b) => b.text)).toEqual([
      'UBND HUYỆN GIA LỘC', 'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO', 'Số: 171 /KH-PGDĐT',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Gia Lộc, ngày 14 tháng 9 năm 2023',
    ]);
    expect(blocks.filter((b) => b.zone === 'closing').map((b) => b.text)).toEqual([
      'Nơi nhận:', '- Lãnh đạo UBND huyện;', '- Lưu: VT.', 'KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Nguyễn Văn Thêm',
    ]);
    expect(blocks.find((b) => b.text === 'KẾ HOẠCH')!.zone).toBeUndefined();
  });

  it('keeps a two-column data table as a table (must not match)', () => {
    const data = tbl(tr(tc(p('TT')) + tc(p('Nội dung tham luận'))) + tr(tc(p('1')) + tc(p('Các khó khăn, vướng mắc'))));
    const m = read({ body: data });
    expect(m.children.map((b) => b.type)).toEqual(['table']);
  });
});

describe('data tables', () => {
  it('carries gridSpan, vMerge, tblHeader and a nested table inside its cell', () => {
    const nested = tbl(tr(tc(p('Sở GDĐT')) + tc(p('Phòng GDĐT'))));
    const body = tbl(
      tr(tc(p('TT')) + tc(p('Thời gian')) + tc(p('Nội dung')), '<w:tblHeader/>') +
        tr(tc(p('2'), '<w:vMerge w:val="restart"/>') + tc(p('7h35')) + tc(p('- Tuyên bố lý do'))) +
        tr(tc(p(''), '<w:vMerge/>') + tc(p('Báo cáo đề dẫn') + nested, '<w:gridSpan w:val="2"/>')),
    );
    const t = read({ body }).children[0] as TableBlock;
    expect(t.rows[0].header).toBe(true);
    expect(t.rows[1].header).toBeUndefined();
    expect(t.rows[1].cells[0]).toMatchObject({ text: '2', vMerge: 'restart' });
    expect(t.rows[2].cells[0]).toMatchObject({ text: '', vMerge: 'continue' });
    expect(t.rows[2].cells[1]).toMatchObject({ text: 'Báo cáo đề dẫn Sở GDĐT Phòng GDĐT', colSpan: 2 });
  });
});

describe('footnotes and endnotes', () => {
  const footnotes =
    `<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>` +
    `<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r>${r(' Công nhận trường Mầm non đạt CQG thực hiện theo Thông tư số 19/2018/TT-BGDĐT.')}</w:p></w:footnote>`;
  const endnotes = `<w:endnote w:id="3"><w:p><w:r><w:endnoteRef/></w:r>${r(' Ghi chú cuối.')}</w:p></w:endnote>`;

  it('places the note after the referencing paragraph and links it, without the mark in the text', () => {
    const body = `<w:p>${r('từng mức độ')}<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r>${r('. Các trường tự đánh giá.')}</w:p>` + p('Đoạn sau');
    const m = read({ body, footnotes });
    expect(m.children.map((b) => b.type)).toEqual(['paragraph', 'footnote', 'paragraph']);
    expect(textBlocks(m)[0]).toMatchObject({ text: 'từng mức độ. Các trường tự đánh giá.', footnoteRefs: ['1'] });
    const fn = m.children[1] as FootnoteBlock;
    expect(fn).toMatchObject({ mark: '1', kind: 'footnote', text: 'Công nhận trường Mầm non đạt CQG thực hiện theo Thông tư số 19/2018/TT-BGDĐT.' });
    expect(fn.prov?.part).toBe('word/footnotes.xml');
  });

  it('marks endnotes i, ii … as Word does by default', () => {
    const m = read({ body: `<w:p>${r('Xem')}<w:r><w:endnoteReference w:id="3"/></w:r></w:p>`, endnotes });
    expect(m.children[1]).toMatchObject({ type: 'footnote', mark: 'i', kind: 'endnote', text: 'Ghi chú cuối.' });
  });

  it('puts notes referenced inside a table after the table', () => {
    const body = tbl(tr(tc(`<w:p>${r('Ô có chú thích')}<w:r><w:footnoteReference w:id="1"/></w:r></w:p>`) + tc(p('B')) + tc(p('C')) + tc(p('D'))));
    const m = read({ body, footnotes });
    expect(m.children.map((b) => b.type)).toEqual(['table', 'footnote']);
  });
});

describe('legacy encodings', () => {
  it('decodes .VnTime (TCVN3) runs and still warns LEGACY_ENCODING', () => {
    const m = read({ body: `<w:p>${r('Sè: 144', '<w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/>')}</w:p>` });
    expect(m.warnings.find((w) => w.code === 'LEGACY_ENCODING')?.message).toMatch(/\.VnTime was decoded from TCVN3/);
    expect(texts(m)).toEqual(['Số: 144']);
  });

  it('does not warn for Unicode fonts (must not match)', () => {
    const m = read({ body: `<w:p>${r('Số: 144', '<w:rFonts w:ascii="Times New Roman"/>')}</w:p>` });
    expect(m.warnings.map((w) => w.code)).not.toContain('LEGACY_ENCODING');
  });
});
