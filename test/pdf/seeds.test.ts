// The five seeds rendered to PDF by LibreOffice (fixtures/pdf, made by fixtures/pdf/render.sh from
// fixtures/docx): header and closing zones, footnotes and table fragments as the pages show them.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPdf, tables, texts } from './helpers.js';

const dir = new URL('../../fixtures/pdf/', import.meta.url).pathname;
const seed = (name: string): string | null => (existsSync(`${dir}${name}.pdf`) ? `${dir}${name}.pdf` : null);

describe.skipIf(!seed('003_731ef92cda07baf8'))('seed 171/KH-PGDĐT Gia Lộc', () => {
  it('header columns and closing', async () => {
    const m = await readPdf(seed('003_731ef92cda07baf8')!);
    expect(texts(m, 'header')).toEqual([
      'UBND HUYỆN GIA LỘC',
      'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO',
      'Số: 171 /KH - PGDĐT',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Gia Lộc, ngày 14 tháng 9 năm 2023',
    ]);
    expect(texts(m, 'closing')).toEqual([
      'Nơi nhận:',
      '- Lãnh đạo UBND huyện;',
      '- LĐ, CV phòng GD&ĐT;',
      '- Các trường MN, TH, THCS trong huyện;',
      '- Lưu: VT.',
      'TRƯỞNG PHÒNG',
      'Đỗ Thế Ngọc',
    ]);
  }, 60_000);
});

describe.skipIf(!seed('001_eb04ff3914c6f1ad'))('seed KH Bắc Sơn (footnotes)', () => {
  it('twelve footnotes out of the running text, refs on their paragraphs', async () => {
    const m = await readPdf(seed('001_eb04ff3914c6f1ad')!);
    const notes = m.children.filter((b) => b.type === 'footnote');
    expect(notes.map((n) => n.mark)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12']);
    expect(notes[7]).toMatchObject({ text: 'THPT Bắc Sơn 38,8%, THPT Vũ Lễ 26,3%, TTGDNN-GDTH 16,9%.' });
    const cited = m.children.find((b) => b.type !== 'footnote' && b.type !== 'table' && b.type !== 'pageBreak' && b.footnoteRefs?.includes('7'));
    expect(cited && 'text' in cited ? cited.text : '').toContain('đạt 99,35%; tỷ lệ học sinh tốt nghiệp THPT đỗ vào các trường Đại học, cao đẳng đạt khoảng 27,3%.');
    expect(texts(m).some((t) => t.startsWith('THPT Bắc Sơn 38,8%'))).toBe(false);
    expect(texts(m, 'closing').slice(-3)).toEqual(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Dương Thị Thép']);
  }, 60_000);
});

describe.skipIf(!seed('000_2cb036a4f30d648d'))('seed KH Sở GDĐT Bắc Giang (landscape appendix table)', () => {
  it('one fragment per appendix page, the header row on each', async () => {
    const m = await readPdf(seed('000_2cb036a4f30d648d')!);
    const ts = tables(m);
    expect(ts).toHaveLength(18);
    expect(ts.map((t) => t.pages?.[0])).toEqual(Array.from({ length: 18 }, (_, i) => 11 + i));
    for (const t of ts) {
      expect(t.rows[0].header).toBe(true);
      expect(t.rows[0].cells[0].text).toBe('TT');
    }
    expect(m.children.filter((b) => b.type === 'footnote')).toHaveLength(1);
    expect(texts(m, 'closing').slice(-2)).toEqual(['GIÁM ĐỐC', 'Tạ Việt Hùng']);
  }, 60_000);
});

describe.skipIf(!seed('002_ee21ab449407d70d'))('seed KH Sở GDĐT (schedule tables)', () => {
  it('reads the schedule table header', async () => {
    const m = await readPdf(seed('002_ee21ab449407d70d')!);
    expect(tables(m)[0].rows[0].cells.map((c) => c.text)).toEqual(['TT', 'Thời gian', 'Nội dung', 'Thực hiện']);
    expect(texts(m, 'header')[2]).toBe('Số: /KH-SGDĐT');
  }, 60_000);
});

describe.skipIf(!seed('004_ceed5cc17a5fa85e'))('seed TB Sở GDĐT (date wrapped in the header)', () => {
  it('joins the wrapped year to the date line of the right column', async () => {
    const m = await readPdf(seed('004_ceed5cc17a5fa85e')!);
    expect(texts(m, 'header').slice(-2)).toEqual(['Độc lập - Tự do - Hạnh phúc', 'Bắc Giang, ngày 29 tháng 01 năm 2024']);
    expect(texts(m, 'closing').slice(-3)).toEqual(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Nguyễn Văn Thêm']);
  }, 60_000);
});
