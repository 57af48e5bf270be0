// The five Word fixtures built from the seed texts: key blocks arrive with the exact printed text,
// Word numbering labels as markers, zones, footnotes and appendix tables (expected values read
// from the seed .txt files by hand).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/docx/index.js';
import type { Block, DocumentModel, FootnoteBlock, TableBlock, TextBlock } from '../../src/model/document.js';
import { isTextBlock } from '../../src/model/document.js';

async function load(name: string): Promise<DocumentModel> {
  const bytes = readFileSync(new URL(`../../fixtures/docx/${name}.docx`, import.meta.url));
  return extract({ bytes, path: `${name}.docx`, format: 'docx' }, {});
}

const textOf = (m: DocumentModel) => m.children.filter(isTextBlock);
const find = (m: DocumentModel, start: string): TextBlock => {
  const b = textOf(m).find((x) => x.text.startsWith(start));
  if (!b) throw new Error(`no block starting "${start}"`);
  return b;
};
const zone = (m: DocumentModel, z: string) => textOf(m).filter((b) => b.zone === z).map((b) => b.text);
const tables = (m: DocumentModel) => m.children.filter((b: Block): b is TableBlock => b.type === 'table');
const notes = (m: DocumentModel) => m.children.filter((b: Block): b is FootnoteBlock => b.type === 'footnote');

describe('003 KH 171/KH-PGDĐT Gia Lộc', async () => {
  const m = await load('003_731ef92cda07baf8');
  it('header zone, left column then right', () => {
    expect(zone(m, 'header')).toEqual([
      'UBND HUYỆN GIA LỘC', 'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO', 'Số: 171 /KH - PGDĐT',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Gia Lộc, ngày 14 tháng 9 năm 2023',
    ]);
  });
  it('the first body heading is Word-numbered "I."', () => {
    expect(find(m, 'I. ')).toMatchObject({ type: 'heading', marker: 'I.', text: 'I. MỤC ĐÍCH, YÊU CẦU' });
    expect(find(m, 'III. ')).toMatchObject({ marker: 'III.', text: 'III. TỔ CHỨC THỰC HIỆN' });
    expect(find(m, '10. ').text).toBe('10. Tăng cường công tác truyền thông giáo dục');
  });
  it('a paragraph cut by a page break in the .txt is whole', () => {
    expect(find(m, 'Tiếp tục triển khai hiệu quả công tác giáo dục lý tưởng').text).toContain('công tác tư vấn tâm lý, công tác xã hội cho học sinh phổ thông;');
  });
  it('closing zone: recipients then signer', () => {
    expect(zone(m, 'closing')).toEqual([
      'Nơi nhận:', '- Lãnh đạo UBND huyện;', '- LĐ, CV phòng GD&ĐT;', '- Các trường MN, TH, THCS trong huyện;', '- Lưu: VT.', 'TRƯỞNG PHÒNG', 'Đỗ Thế Ngọc',
    ]);
  });
});

describe('000 KH nhiệm vụ trọng tâm Sở GDĐT Bắc Giang', async () => {
  const m = await load('000_2cb036a4f30d648d');
  it('footnote ¹ is linked to its paragraph and follows it', () => {
    const ref = find(m, '6. Tăng cường trách nhiệm');
    expect(ref.footnoteRefs).toEqual(['1']);
    expect(ref.text).toContain('từng mức độ. Các trường');
    const i = m.children.indexOf(ref);
    expect(m.children[i + 1]).toMatchObject({ type: 'footnote', mark: '1' });
    expect((m.children[i + 1] as FootnoteBlock).text).toMatch(/^Công nhận trường Mầm non đạt CQG thực hiện theo Thông tư số 19\/2018\/TT-BGDĐT/);
  });
  it('numbering restarts under each roman heading', () => {
    const ones = textOf(m).filter((b) => b.marker === '1.').map((b) => b.text);
    expect(ones).toHaveLength(5);
    ['1. Mục đích', '1. Các chỉ tiêu thực hiện', '1. Tăng cường tuyên truyền', '1. Phụ trách chung:', '1. Kinh phí thực hiện'].forEach((start, i) =>
      expect(ones[i].startsWith(start)).toBe(true),
    );
    expect(find(m, '- Tổ chức thực hiện chất lượng')).toMatchObject({ type: 'listItem', marker: '-' });
  });
  it('the appendix table is one table in a landscape section after a page break, rows split by pages joined', () => {
    const [t] = tables(m);
    expect(t.rows).toHaveLength(24);
    expect(t.rows[0].header).toBe(true);
    expect(t.rows[0].cells.map((c) => c.text)).toEqual(['TT', 'NHIỆM VỤ', 'ĐƠN VỊ CHỦ TRÌ', 'ĐƠN VỊ PHỐI HỢP', 'LỘ TRÌNH THỰC HIỆN', 'KẾT QUẢ DỰ KIẾN/SẢN PHẨM']);
    const row10 = t.rows[10].cells.map((c) => c.text);
    expect(row10.slice(0, 4)).toEqual([
      '10', 'Xây dựng Kế hoạch triển khai thực hiện Kế hoạch số 633/UBND-KGVX ngày 21/12/2022 của UBND tỉnh', 'Phòng Giáo dục Mầm non', 'Các phòng thuộc Sở; Phòng GDĐT các huyện và thành phố',
    ]);
    expect(t.prov).toMatchObject({ orientation: 'landscape', section: 1, page: 2 });
    const pb = m.children.findIndex((b) => b.type === 'pageBreak');
    expect(pb).toBeGreaterThan(0);
    expect(m.children.indexOf(t)).toBeGreaterThan(pb);
  });
  it('header zone has the issuer and Quốc hiệu but no Số/date (the .txt has none)', () => {
    expect(zone(m, 'header')).toEqual(['UBND TỈNH BẮC GIANG', 'SỞ GIÁO DỤC VÀ ĐÀO TẠO', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']);
  });
});

describe('001 KH nâng cao chất lượng giáo dục Bắc Sơn', async () => {
  const m = await load('001_eb04ff3914c6f1ad');
  it('has its twelve footnotes, marked 1…12 in reference order', () => {
    expect(notes(m).map((n) => n.mark)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12']);
    expect(notes(m)[1].text).toBe('Quyết định 3083/QĐ-UBND ngày 08/8/2023 của UBND huyện Bắc Sơn.');
    expect(find(m, 'Xét tốt nghiệp THCS đạt tỷ lệ 100%').footnoteRefs).toContain('6');
  });
  it('renders "2.1." and "(1)"…"(15)" from Word numbering', () => {
    expect(find(m, '2.1. ')).toMatchObject({ marker: '2.1.', text: '2.1. Tồn tại, hạn chế' });
    expect(find(m, '(1) ')).toMatchObject({ marker: '(1)', text: '(1) Tỷ lệ huy động nhà trẻ đạt trên 47%' });
    expect(find(m, '(15) ').marker).toBe('(15)');
  });
  it('"I." restarts in PHẦN THỨ HAI', () => {
    expect(textOf(m).filter((b) => b.marker === 'I.').map((b) => b.text)).toEqual(['I. PHÁT TRIỂN MẠNG LƯỚI TRƯỜNG, LỚP', 'I. CĂN CỨ XÂY DỰNG KẾ HOẠCH']);
  });
  it('signer lines in the closing zone', () => {
    expect(zone(m, 'closing').slice(-3)).toEqual(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Dương Thị Thép']);
  });
});

describe('002 KH hội nghị giao ban giữa kỳ I', async () => {
  const m = await load('002_ee21ab449407d70d');
  it('keeps the source numbering "II." twice and "3.1."', () => {
    expect(textOf(m).filter((b) => b.marker === 'II.').map((b) => b.text)).toEqual(['II. THỜI GIAN, HÌNH THỨC, ĐỊA ĐIỂM, THÀNH PHẦN', 'II. NỘI DUNG, CHƯƠNG TRÌNH HỘI NGHỊ']);
    expect(find(m, '3.1. ').text).toBe('3.1. Địa điểm: Phòng họp số 1, Tầng 6, Cơ quan Sở (Lô Q10, đường Lý Tự Trọng, thành phố Bắc Giang, tỉnh Bắc Giang).');
  });
  it('Phụ lục I has merged TT/time cells; Phụ lục II row 10 is one row', () => {
    const [pl1, pl2] = tables(m);
    expect(pl1.rows[2].cells.slice(0, 2)).toMatchObject([{ text: '2', vMerge: 'restart' }, { text: "7h35' - 11h00'", vMerge: 'restart' }]);
    expect(pl1.rows[3].cells.slice(0, 2)).toMatchObject([{ vMerge: 'continue' }, { vMerge: 'continue' }]);
    expect(pl2.rows).toHaveLength(20);
    expect(pl2.rows[10].cells[1].text).toMatch(/gắn với nâng cao chất lượng, hiệu quả công tác phân lu.*phổ thông; thực hiện kết hợp dạy văn hóa phổ thông với dạy nghề hiệu quả, đúng quy định\.$/);
    expect(pl2.prov).toMatchObject({ page: 3, orientation: 'landscape' });
  });
});

describe('004 TB kết luận sơ kết học kỳ I', async () => {
  const m = await load('004_ceed5cc17a5fa85e');
  it('"(i)." from lowerRoman Word numbering and typed "Thứ nhất,"', () => {
    expect(find(m, '(i). ')).toMatchObject({ marker: '(i).' });
    expect(find(m, '(iv). ').text).toMatch(/^\(iv\)\. Trong giai đoạn dạy nội dung “cốt lõi”/);
    expect(find(m, 'Thứ nhất,').marker).toBe('Thứ nhất,');
  });
  it('header and signer', () => {
    expect(zone(m, 'header')).toContain('Số: /TB-SGDĐT');
    expect(zone(m, 'header')).toContain('Bắc Giang, ngày 29 tháng 01 năm 2024');
    expect(zone(m, 'closing').slice(-3)).toEqual(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Nguyễn Văn Thêm']);
    expect(tables(m)).toHaveLength(0);
  });
});
