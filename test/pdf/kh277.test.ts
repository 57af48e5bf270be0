// KH 277/KH-UBND Hà Nội (12 pages): expected values read by hand from the PDF and its page images.
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentModel, TableBlock } from '../../src/model/document.js';
import { isTextBlock } from '../../src/model/document.js';
import { corpusFile, KH277, readPdf, tables, texts } from './helpers.js';
import { corpusMissing } from '../helpers/seeds.js';

corpusMissing('test/pdf/kh277.test.ts');

const file = corpusFile(KH277);

describe.skipIf(!file)('KH 277 Hà Nội', () => {
  let m: DocumentModel;
  beforeAll(async () => {
    m = await readPdf(file!);
  }, 60_000);

  it('reads the two header columns left then right, with the typed-in number and date', () => {
    expect(texts(m, 'header')).toEqual([
      'ỦY BAN NHÂN DÂN',
      'THÀNH PHỐ HÀ NỘI',
      'Số:277 /KH-UBND',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Hà Nội, ngày 14 tháng 7 năm 2026',
    ]);
  });

  it('keeps the kind line apart from the centred subject', () => {
    const body = texts(m, 'body');
    expect(body[0]).toBe('KẾ HOẠCH');
    expect(body[1]).toBe('Triển khai đợt cao điểm 100 ngày thực hiện các nhiệm vụ trọng tâm về chuyển đổi số thành phố Hà Nội');
    expect(body).toContain('I. MỤC ĐÍCH, YÊU CẦU');
    expect(body).toContain('IV. TỔ CHỨC THỰC HIỆN');
  });

  it('joins the paragraph that runs from page 1 onto page 2', () => {
    const p = m.children.filter(isTextBlock).find((b) => b.text.startsWith('- Việc triển khai các nhiệm vụ phải bảo đảm an toàn'));
    expect(p?.text).toBe(
      '- Việc triển khai các nhiệm vụ phải bảo đảm an toàn hệ thống thông tin theo cấp độ, tuân thủ Luật Dữ liệu số 60/2024/QH15 và Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15; việc kết nối, chia sẻ dữ liệu giữa các cơ quan, đơn vị thực hiện theo Nghị định số 278/2025/NĐ-CP và hướng dẫn của Sở Khoa học và Công nghệ.',
    );
    expect(p?.prov?.page).toBe(1);
    expect(p?.prov?.pageEnd).toBe(2);
  });

  it('separates two numbered items on consecutive lines', () => {
    const body = texts(m, 'body');
    expect(body).toContain('1. Thời gian thực hiện: 100 ngày kể từ ngày Kế hoạch được ban hành.');
    expect(body).toContain('2. Nội dung thực hiện: Các nhiệm vụ cụ thể thực hiện theo Phụ lục kèm theo Kế hoạch này.');
  });

  it('keeps the typed-in day and month of the appendix caption around the printed "/"', () => {
    // The widget types "14      7" padded with spaces; the page prints "/" between the two numbers.
    expect(texts(m, 'body')).toContain('(Kèm theo Kế hoạch số 277 /KH-UBND ngày 14 / 7 /2026 của UBND thành phố Hà Nội)');
  });

  it('drops page numbers, also the one printed above the appendix table', () => {
    expect(texts(m).filter((t) => /^\d{1,2}$/.test(t))).toEqual([]);
    expect(m.children.filter((b) => b.type === 'pageBreak')).toHaveLength(11);
    expect(m.pages).toBe(12);
  });

  it('reads the closing block: recipients column, then the signer column', () => {
    const closing = texts(m, 'closing');
    expect(closing[0]).toBe('Nơi nhận:');
    expect(closing[1]).toBe('- Ban Chỉ đạo 57 Trung ương;');
    expect(closing).toContain('- VPUB: CVP, PCVP B.V.Thắng, các phòng, đơn vị: ĐMPT, TH, TT TTDL&CNS;');
    expect(closing.slice(-5)).toEqual(['- Lưu: VT, ĐMPT.', 'TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Trương Việt Dũng']);
    expect(closing).toHaveLength(17 + 4);
  });

  it('emits one appendix table fragment per landscape page with its rows as drawn', () => {
    const ts = tables(m);
    expect(ts.map((t) => t.pages)).toEqual([[5], [6], [7], [8], [9], [10], [11], [12]]);
    expect(ts.map((t) => t.rows.length)).toEqual([11, 7, 6, 8, 7, 7, 6, 6]);
    for (const t of ts) {
      expect(t.prov?.orientation).toBe('landscape');
      expect(t.rows.filter((r) => r.header)).toHaveLength(2);
      expect(t.rows[0].cells.map((c) => c.text)).toEqual(['Stt', 'Tên nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Sản phẩm', 'Thời hạn']);
    }
    const numbered = ts.flatMap((t) => t.rows).filter((r) => /^\d+$/.test(r.cells[0]?.text ?? ''));
    expect(numbered.map((r) => r.cells[0].text)).toEqual(Array.from({ length: 33 }, (_, i) => String(i + 1)));
  });

  it('keeps vertical merges: one "phối hợp" cell over the nine rows of group 1', () => {
    const t: TableBlock = tables(m)[0];
    const group = t.rows[2];
    expect(group.cells.map((c) => c.text)).toEqual([
      '',
      '1',
      'Làm sạch, di trú, tích hợp, chuẩn hóa nhóm dữ liệu thiết yếu, trọng điểm về Kho dữ liệu dùng chung của Thành phố.',
      '',
      'Sở Khoa học và Công nghệ',
      'Hoàn thành tích hợp, di trú và chuẩn hóa dữ liệu về Kho dữ liệu dùng chung thành phố Hà Nội',
      '30/8/2026',
    ]);
    expect(group.cells[4]).toMatchObject({ rowSpan: 9, vMerge: 'restart' });
    const row4 = t.rows[6];
    expect(row4.cells.slice(0, 4).map((c) => c.text)).toEqual(['4', 'd)', 'Dữ liệu xây dựng, hạ tầng kỹ thuật, giao thông, cấp thoát nước, chiếu sáng, cây xanh', 'Sở Xây dựng/các công ty quản lý lĩnh vực liên quan']);
    expect(row4.cells[4]).toMatchObject({ vMerge: 'continue', text: '' });
  });

  it('reads relative deadlines and multi-line cells of later pages', () => {
    const rows = tables(m).flatMap((t) => t.rows);
    const r11 = rows.find((r) => r.cells[0]?.text === '11')!;
    expect(r11.cells[6].text).toBe('100 ngày kể từ ngày ban hành Kế hoạch');
    const r33 = rows.find((r) => r.cells[0]?.text === '33')!;
    expect(r33.cells[6].text).toBe('100 ngày');
    const r17 = rows.find((r) => r.cells[0]?.text === '17')!;
    expect(r17.cells[6].text).toBe('Từ ngày ban hành Kế hoạch trở đi');
    // Group 12: "chủ trì" and "phối hợp" span the group row and rows 32, 33.
    const g12 = rows.find((r) => r.cells[1]?.text === '12')!;
    expect(g12.cells[3]).toMatchObject({ text: 'Các Sở, ban, ngành; UBND các xã, phường', rowSpan: 3 });
  });

  it('puts page, bbox and provenance on every node', () => {
    for (const b of m.children) {
      if (b.type === 'pageBreak') continue;
      expect(b.prov?.page, JSON.stringify(b).slice(0, 80)).toBeGreaterThan(0);
      expect(b.prov?.bbox).toHaveLength(4);
      expect(b.position).toBeDefined();
    }
  });
});
