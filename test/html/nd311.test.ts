// NĐ 311/2025/NĐ-CP as saved from vbpl.vn: the decree, its signer, then an appendix of five forms
// (a KH template and reports), each with its own Quốc hiệu, Nơi nhận and tables. Expected values
// were read from the page by hand.
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../src/model/document.js';
import type { PlanDocument } from '../../src/model/registry.js';
import { cellTexts, corpusHtml, readHtml, recogniseModel, tables, textBlocks, texts } from './helpers.js';
import { corpusMissing } from '../helpers/seeds.js';

corpusMissing('test/html/nd311.test.ts');

const PATH = corpusHtml('doc_000502.html');

describe.skipIf(!PATH)('vbpl doc_000502.html — NĐ 311/2025/NĐ-CP', () => {
  let model: DocumentModel;
  let doc: PlanDocument;
  beforeAll(async () => {
    model = await readHtml(PATH!);
    doc = recogniseModel(model, PATH!);
  });

  it('only the decree\'s own header and closing tables are zones; the forms\' ones are plain text', () => {
    const zone = (z: string) => textBlocks(model).filter((b) => b.zone === z).map((b) => b.text);
    expect(zone('header')).toEqual(['CHÍNH PHỦ', 'Số: 311/2025/NĐ-CP', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Hà Nội, ngày 05 tháng 12 năm 2025']);
    expect(zone('closing')).toEqual(['TM. CHÍNH PHỦ', 'KT. THỦ TƯỚNG', 'PHÓ THỦ TƯỚNG', '(Đã ký)', 'Lê Thành Long']);
    // Mẫu số 1 (the KH template) keeps its header lines, as body text.
    const t = texts(model);
    const m1 = t.indexOf('Mẫu số 1');
    expect(t.slice(m1, m1 + 8)).toEqual([
      'Mẫu số 1',
      'BỘ GIÁO DỤC VÀ ĐÀO TẠO',
      'Số: .../KH-BGDĐT',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Hà Nội, ngày ... tháng ... năm 20...',
      'KẾ HOẠCH',
      'Thực hiện lộ trình nâng trình độ chuẩn được đào tạo của giáo viên mầm non, tiểu học, trung học cơ sở giai đoạn 2 (2026 - 2030)',
    ]);
    expect(t.filter((x) => x === 'Nơi nhận:')).toHaveLength(5);
    // A recipient wrapped over two lines of its cell is one line again.
    expect(t).toContain('- Sở Giáo dục và Đào tạo/Cơ quan quản lý trực tiếp cơ sở giáo dục theo phân cấp;');
  });

  it('24 <table>s: 6 header + 6 closing layout tables, 12 data tables', () => {
    const ts = tables(model);
    expect(ts).toHaveLength(12);
    expect(cellTexts(ts[0], 0)).toEqual(['Mẫu số 1', 'Kế hoạch 5 năm theo lộ trình 2026 - 2030']);
    expect(ts[0].rows).toHaveLength(5);
  });

  it('rowspan/colspan: covered slots are continue placeholders, every row 10 columns wide', () => {
    // Mẫu số 3, "a) Thông tin tổng hợp": STT and Ngành span two rows; two group headers span 4 and 3 columns.
    const t = tables(model)[1];
    const width = (r: number) => t.rows[r].cells.reduce((n, c) => n + (c.colSpan ?? 1), 0);
    expect(t.rows.map((_, r) => width(r))).toEqual(new Array(t.rows.length).fill(10));
    const [stt, nganh, byMode, blank, byLevel] = t.rows[0].cells;
    expect([stt.text, stt.rowSpan, nganh.rowSpan, byMode.text, byMode.colSpan, blank.text, byLevel.colSpan]).toEqual(['STT', 2, 2, 'Số lượng giáo viên theo phương thức đào tạo', 4, '', 3]);
    expect(t.rows[1].cells.slice(0, 3).map((c) => c.vMerge ?? c.text)).toEqual(['continue', 'continue', 'Tổng']);
    expect(cellTexts(t, 2).slice(0, 2)).toEqual(['I', 'Đã hoàn thành đào tạo trong năm báo cáo']);
  });

  it('never lets site chrome into the model', () => {
    for (const chrome of ['Trang chủ', 'Văn bản quy phạm pháp luật Trung ương', 'Thuộc tính', 'Tải về', 'Mục lục', 'Đơn vị chủ quản']) {
      expect(model.text, chrome).not.toContain(chrome);
    }
  });

  describe('through the recognisers', () => {
    it('meta: number, place, date from the decree\'s own header', () => {
      expect(doc.meta.number?.raw).toBe('311/2025/NĐ-CP');
      expect(doc.meta.place).toBe('Hà Nội');
      expect(doc.meta.date?.iso).toBe('2025-12-05');
    });

    it('meta.kind is NGHỊ ĐỊNH', () => {
      expect(doc.meta.kind).toBe('NGHỊ ĐỊNH');
    });

    // The closing recogniser reads the forms' signer lines too ("BỘ TRƯỞNG", "CHỦ TỊCH" …).
    it('signature is the decree\'s signer; the Nơi nhận of the appendix forms are not the decree\'s', () => {
      expect(doc.signature).toEqual({ authority: 'TM. CHÍNH PHỦ / KT. THỦ TƯỚNG', title: 'PHÓ THỦ TƯỚNG', name: 'Lê Thành Long' });
      expect(doc.recipients).toEqual([]); // the decree prints no Nơi nhận on this page
    });

    it('12 tables and the citations of the decree', () => {
      expect(doc.tables).toHaveLength(12);
      const raws = doc.citations.map((c) => c.raw);
      expect(raws).toContain('Nghị định số 105/2020/NĐ-CP ngày 08 tháng 9 năm 2020 của Chính phủ');
      expect(raws).toContain('Luật Giáo dục số 43/2019/QH14');
    });
  });
});
