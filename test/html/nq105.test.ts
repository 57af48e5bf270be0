// NQ 105/2025/UBTVQH15 (Chương trình lập pháp năm 2026) as saved from vbpl.vn: ~1.1 MB of site
// chrome around the document. Expected values were read from the page by hand.
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentModel, TableBlock } from '../../src/model/document.js';
import type { PlanDocument } from '../../src/model/registry.js';
import { cellTexts, corpusHtml, readHtml, recogniseModel, tables, textBlocks, texts } from './helpers.js';
import { corpusMissing } from '../helpers/seeds.js';

corpusMissing('test/html/nq105.test.ts');

const PATH = corpusHtml('doc_000032.html');

describe.skipIf(!PATH)('vbpl doc_000032.html — NQ 105/2025/UBTVQH15', () => {
  let model: DocumentModel;
  let doc: PlanDocument;
  let table: TableBlock;
  beforeAll(async () => {
    model = await readHtml(PATH!);
    doc = recogniseModel(model, PATH!);
    table = tables(model)[0];
  });

  it('reads the NĐ 30 header table as header zone text, left column first', () => {
    const header = textBlocks(model).filter((b) => b.zone === 'header').map((b) => b.text);
    expect(header).toEqual(['ỦY BAN THƯỜNG VỤ QUỐC HỘI', 'Nghị quyết số: 105/2025/UBTVQH15', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']);
    expect(texts(model).slice(4, 7)).toEqual(['NGHỊ QUYẾT', 'CHƯƠNG TRÌNH LẬP PHÁP NĂM 2026', 'ỦY BAN THƯỜNG VỤ QUỐC HỘI']);
  });

  it('keeps the body in page order with its markers and formatting', () => {
    const blocks = textBlocks(model);
    const art1 = blocks.find((b) => b.text === 'Điều 1. Chương trình lập pháp năm 2026');
    expect(art1?.bold).toBe(true);
    expect(art1?.marker).toBe('Điều 1.');
    const basis = blocks.find((b) => b.text.startsWith('Căn cứ Hiến pháp'));
    // "<em>Căn cứ </em><em>Hiến pháp …</em>": two runs, one paragraph, italic as a whole.
    expect(basis?.text).toBe('Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam đã được sửa đổi, bổ sung một số điều theo Nghị quyết số 203/2025/QH15;');
    expect(basis?.italic).toBe(true);
    expect(blocks.filter((b) => /^Điều \d\./.test(b.text)).map((b) => b.text)).toEqual([
      'Điều 1. Chương trình lập pháp năm 2026',
      'Điều 2. Tổ chức thực hiện',
      'Điều 3. Hiệu lực thi hành',
    ]);
  });

  it('never lets site chrome (menu, tabs, status, table of contents, footer) into the model', () => {
    for (const chrome of ['Trang chủ', 'TRANG CHỦ', 'GIỚI THIỆU', 'VĂN BẢN PHÁP LUẬT ĐỊA PHƯƠNG', 'Thuộc tính', 'Lược đồ', 'Tải về', 'Còn hiệu lực', 'Ngày cập nhật', 'Hiển thị chi tiết', 'Mục lục', 'Đơn vị chủ quản', '024.6273.9468', 'Số 60 Trần Phú', 'CƠ SỞ DỮ LIỆU QUỐC GIA']) {
      expect(model.text, chrome).not.toContain(chrome);
    }
    // The table of contents repeats "Khoản 1", "Điểm a" as items of their own.
    expect(texts(model).filter((t) => /^(Khoản|Điểm) \S+$/.test(t))).toEqual([]);
    expect(model.warnings).toEqual([]);
  });

  it('reads the Phụ lục table: 43 rows, spans, Roman group rows, words split across spans rejoined', () => {
    expect(tables(model)).toHaveLength(1);
    expect(table.rows).toHaveLength(43);
    expect(cellTexts(table, 0)).toEqual(['STT', 'Tên dự án', 'Cơ quan trình', 'Cơ quan chủ trì thẩm tra', 'Cơ quan tham gia thẩm tra', 'Tiến độ trình UBTVQH']);
    const groups = table.rows.map((r, i) => [i, r.cells[0].text, r.cells[1]?.colSpan] as const).filter(([, no]) => /^[IVX]+\.?$/.test(no));
    expect(groups).toEqual([
      [1, 'I', 5],
      [15, 'II.', 5],
      [38, 'III.', 5],
    ]);
    expect(cellTexts(table, 1)[1]).toBe('Trình Quốc hội xem xét, thông qua tại Kỳ họp thứ nhất, Quốc hội khóa XVI (dự kiến tháng 4/2026)');
    expect(cellTexts(table, 2)).toEqual(['1.', 'Luật Hộ tịch (sửa đổi)', 'Chính phủ', 'Ủy ban Pháp luật và Tư pháp của Quốc hội', 'Hội đồng Dân tộc, các Ủy ban khác của Quốc hội', 'Tháng 03/2026']);
    // "   2." printed with leading spaces; "Lu<span>ật</span> Thủ tục …".
    expect(cellTexts(table, 3).slice(0, 2)).toEqual(['2.', 'Luật Thủ tục ban hành quyết định hành chính']);
    expect(cellTexts(table, 42)).toEqual(['4.', 'Nghị quyết của Ủy ban Thường vụ Quốc hội về Biểu thuế bảo vệ môi trường', 'Chính phủ', 'Ủy ban Kinh tế và Tài chính của Quốc hội', 'Hội đồng Dân tộc, các Ủy ban khác của Quốc hội', 'Tháng 6/2026']);
    // The page's own typos stay as printed.
    expect(cellTexts(table, 10)[1]).toBe('Luuật sửa đổi, bổ sung một số điều của Luật Nhà ở');
  });

  it('reads the closing table as closing zone lines, one per <br>', () => {
    const closing = textBlocks(model).filter((b) => b.zone === 'closing').map((b) => b.text);
    expect(closing).toEqual(['TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI', 'CHỦ TỊCH', '(Đã ký)', 'Trần Thanh Mẫn']);
  });

  it('splits a <br> line of different style: the Phụ lục title and its italic "Ban hành kèm theo" line', () => {
    const t = texts(model);
    const i = t.indexOf('CÁC DỰ ÁN LUẬT, PHÁP LỆNH, NGHỊ QUYẾT TRONG CHƯƠNG TRÌNH LẬP PHÁP NĂM 2026');
    expect(i).toBeGreaterThan(0);
    expect(t[i + 1]).toBe('Ban hành kèm theo Nghị quyết số: 105/2025/UBTVQH15 về Chương trình lập pháp năm 2026)');
  });

  describe('through the recognisers', () => {
    it('meta: kind, issuer, title', () => {
      expect(doc.meta.kind).toBe('NGHỊ QUYẾT');
      expect(doc.meta.issuer?.name).toBe('ỦY BAN THƯỜNG VỤ QUỐC HỘI');
      expect(doc.meta.title).toBe('CHƯƠNG TRÌNH LẬP PHÁP NĂM 2026');
    });

    // The header prints "Nghị quyết số: 105/2025/UBTVQH15", not "Số: …": the metadata recogniser misses it.
    it('meta.number is 105/2025/UBTVQH15 (from the "Nghị quyết số:" line; a UBTVQH number has no kind code)', () => {
      expect(doc.meta.number).toEqual({ raw: '105/2025/UBTVQH15', seq: 105, kindCode: null, issuerCode: 'UBTVQH15', year: 2025 });
    });

    // No place/date line: the date is only in "thông qua tại Phiên họp thứ 49 ngày 26 tháng 9 năm 2025".
    it('meta.date is 2025-09-26, the date of adoption in the closing sentence', () => {
      expect(doc.meta.date).toEqual({ raw: 'ngày 26 tháng 9 năm 2025', iso: '2025-09-26' });
    });

    it('sections: Điều 1–3 with their clauses', () => {
      expect(doc.sections.map((s) => [s.label, s.heading])).toEqual([
        ['Điều 1', 'Chương trình lập pháp năm 2026'],
        ['Điều 2', 'Tổ chức thực hiện'],
        ['Điều 3', 'Hiệu lực thi hành'],
      ]);
      expect(doc.sections[0].children.map((s) => s.label)).toEqual(['1', '2', '3', '4']);
      expect(doc.sections[0].children[0].children).toHaveLength(13);
      expect(doc.sections[0].children[1].children).toHaveLength(22);
      expect(doc.sections[1].children.map((s) => s.label)).toEqual(['1', '2', '3', '4', '5', '6']);
    });

    it('the Phụ lục table with its caption is a task table: "Tên dự án" the task, "Cơ quan trình" the lead, "Tiến độ" the deadline', () => {
      expect(doc.tables).toHaveLength(1);
      const t = doc.tables[0];
      expect(t.appendix).toBe('PHỤ LỤC');
      expect(t.header).toEqual(['STT', 'Tên dự án', 'Cơ quan trình', 'Cơ quan chủ trì thẩm tra', 'Cơ quan tham gia thẩm tra', 'Tiến độ trình UBTVQH']);
      expect(t.role).toBe('tasks');
      // "Cơ quan chủ trì thẩm tra" examines the project: neither its lead nor its support.
      expect(t.columns).toEqual({ no: 0, task: 1, lead: 2, review: 3, deadline: 5 });
      expect(t.groups?.map((g) => g.no)).toEqual(['I', 'II', 'III']);
    });

    it('39 table tasks, one per law project, each under its Roman group', () => {
      const rows = doc.tasks.filter((k) => k.origin === 'table');
      expect(rows).toHaveLength(39);
      const brief = (k: (typeof rows)[number]) => ({ no: k.no, text: k.text, lead: k.lead, support: k.support, deadline: k.deadline && { raw: k.deadline.raw, kind: k.deadline.kind, start: k.deadline.start, end: k.deadline.end }, group: k.group });
      expect(brief(rows[0])).toEqual({
        no: '1',
        text: 'Luật Hộ tịch (sửa đổi)',
        lead: ['Chính phủ'],
        support: [],
        deadline: { raw: 'Tháng 03/2026', kind: 'month', start: '2026-03-01', end: '2026-03-31' },
        group: 'Trình Quốc hội xem xét, thông qua tại Kỳ họp thứ nhất, Quốc hội khóa XVI (dự kiến tháng 4/2026)',
      });
      // "Tháng 01 - 02/2026": two months of one year.
      expect(brief(rows[4]).deadline).toEqual({ raw: 'Tháng 01- 02/2026', kind: 'range', start: '2026-01-01', end: '2026-02-28' });
      // The page itself prints "Tháng 01 - 02/2" (row 7): no year, so no dates, and a warning.
      expect(brief(rows[6]).deadline).toEqual({ raw: 'Tháng 01 - 02/2', kind: 'unknown', start: null, end: null });
      expect(brief(rows[38])).toMatchObject({
        no: '4',
        text: 'Nghị quyết của Ủy ban Thường vụ Quốc hội về Biểu thuế bảo vệ môi trường',
        lead: ['Chính phủ'],
        deadline: { raw: 'Tháng 6/2026', kind: 'month', start: '2026-06-01', end: '2026-06-30' },
      });
      expect(rows.map((k) => k.no).filter((n) => n === '1')).toHaveLength(3); // numbering restarts in each group
    });

    it('assignment tasks from Điều 2 name their lead', () => {
      const leads = doc.tasks.filter((k) => k.origin === 'assignment').map((k) => k.lead);
      expect(leads).toContainEqual(['Bộ Tư pháp']);
    });

    it('signer and citations', () => {
      expect(doc.signature).toEqual({ authority: 'TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI', title: 'CHỦ TỊCH', name: 'Trần Thanh Mẫn' });
      expect(doc.recipients).toEqual([]); // the page prints no Nơi nhận
      const raws = doc.citations.map((c) => c.raw);
      for (const c of [
        'Nghị quyết số 203/2025/QH15',
        'Luật Tổ chức Quốc hội số 57/2014/QH13',
        'Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15',
        'Tờ trình số 724/TTr-CP ngày 26/8/2025 của Chính phủ',
        'Nghị quyết số 66-NQ/TW',
      ]) expect(raws).toContain(c);
      const tt = doc.citations.find((c) => c.number === '724/TTr-CP');
      expect(tt?.date).toBe('2025-08-26');
    });
  });
});
