// tablesToOutput: TableOut and tasks (origin "table") from seed 000's appendix and from a KH 277
// shaped table (2-row header, "Chi tiết" column, group rows, a vertical merge over 8 rows).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/txt/index.js';
import { tablesToOutput } from '../../src/recognise/tables/index.js';
import { stitchTables } from '../../src/table-logic/index.js';
import { cell, row, seedPath, table, tables } from './helpers.js';

async function appendix000() {
  const model = await extract({ bytes: readFileSync(seedPath('000_')), path: '000.txt', format: 'txt' }, {});
  return tables(stitchTables(model.children).blocks);
}

describe('seed 000 appendix → tasks', () => {
  it('one task table, header out of the body, 23 tasks T1-1…T1-23', async () => {
    const out = tablesToOutput(await appendix000(), { docDate: '2024-01', captions: [{ appendix: 'PHỤ LỤC', caption: 'Một số nhiệm vụ cụ thể' }] });
    const [t] = out.tables;
    expect(t.role).toBe('tasks');
    expect(t.appendix).toBe('PHỤ LỤC');
    expect(t.header).toEqual(['TT', 'NHIỆM VỤ', 'ĐƠN VỊ CHỦ TRÌ', 'ĐƠN VỊ PHỐI HỢP', 'LỘ TRÌNH THỰC HIỆN', 'KẾT QUẢ DỰ KIẾN/SẢN PHẨM']);
    expect(t.rows).toHaveLength(23);
    expect(t.columns).toEqual({ no: 0, task: 1, lead: 2, support: 3, deadline: 4, outputs: 5 });
    expect(t.groups).toBeUndefined();
    expect(out.tasks.map((x) => x.id)).toEqual(Array.from({ length: 23 }, (_, i) => `T1-${i + 1}`));
    expect(out.tasks.map((x) => x.no)).toEqual(Array.from({ length: 23 }, (_, i) => String(i + 1)));
    expect(out.tasks.every((x) => x.origin === 'table')).toBe(true);
    expect(out.warnings).toEqual([]);
  });

  it('units, deadlines and products per row', async () => {
    const { tasks } = tablesToOutput(await appendix000(), { docDate: '2024-01' });
    const [t1, , t3, t4, , , t7, , , t10] = tasks;
    expect(t1).toMatchObject({
      lead: ['Phòng Khảo thí và Kiểm định chất lượng giáo dục'],
      support: ['Phòng GDĐT các huyện và thành phố', 'Các đơn vị trực thuộc Sở GDĐT'],
      deadline: { raw: 'Quý I năm 2024', kind: 'quarter', start: '2024-01-01', end: '2024-03-31' },
      outputs: ['Kế hoạch', 'Hội nghị trực tiếp và trực tuyến'],
      source: { table: 1, row: 1 },
    });
    // Row 3 has only a lead: nothing is invented for the empty cells.
    expect(t3).toMatchObject({ support: [], deadline: null, outputs: [] });
    expect(t4.deadline).toMatchObject({ kind: 'continuous', start: null, end: null });
    expect(t7.deadline).toMatchObject({ raw: 'Quý I, II năm 2024', start: '2024-01-01', end: '2024-06-30' });
    expect(t10).toMatchObject({
      no: '10',
      text: 'Xây dựng Kế hoạch triển khai thực hiện Kế hoạch số 633/UBND-KGVX ngày 21/12/2022 của UBND tỉnh',
      lead: ['Phòng Giáo dục Mầm non'],
      support: ['Các phòng thuộc Sở', 'Phòng GDĐT các huyện và thành phố'],
      deadline: { kind: 'month', start: '2024-02-01', end: '2024-02-29' },
      outputs: ['Kế hoạch'],
    });
    expect(tasks[18].outputs).toEqual(['Công văn hướng dẫn', 'Kế hoạch', 'Tổ chức các cuộc kiểm tra, xét công nhận', 'tờ trình UBND tỉnh']);
  });
});

// KH 277 (UBND TP Hà Nội, 14/7/2026) appendix, first groups, as a docx/pdf extractor would give them.
function kh277() {
  const h1 = row(['Stt', 'Chi', 'Tên nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Sản phẩm', 'Thời hạn']);
  const h2 = row(['TT', 'tiết', '', '', '', '', '']);
  const merged = (i: number, text: string) => (i === 0 ? cell(text, { vMerge: 'restart' }) : cell('', { vMerge: 'continue' }));
  const items = [
    ['a)', 'Dữ liệu đầu tư công, thu ngân sách, dự án đầu tư, doanh nghiệp, hộ kinh doanh', 'Sở Tài chính'],
    ['b)', 'Dữ liệu quy hoạch', 'Sở Quy hoạch - Kiến trúc'],
    ['c)', 'Dữ liệu đất đai, địa chính, môi trường', 'Sở Nông nghiệp và Môi trường'],
    ['d)', 'Dữ liệu xây dựng, hạ tầng kỹ thuật, giao thông, cấp thoát nước, chiếu sáng, cây xanh', 'Sở Xây dựng/các công ty quản lý lĩnh vực liên quan'],
    ['đ)', 'Hồ sơ, kết quả giải quyết TTHC', 'Trung tâm Phục vụ hành chính công, Sở, ban, ngành'],
    ['e)', 'Dữ liệu quản lý văn bản và điều hành (QLVB)', 'Văn phòng UBND Thành phố'],
    ['g)', 'Dữ liệu y tế', 'Sở Y tế'],
    ['h)', 'Dữ liệu giáo dục', 'Sở Giáo dục và Đào tạo'],
  ].map(([l, task, lead], i) =>
    row([
      String(i + 1),
      l,
      task,
      lead,
      merged(i, 'Sở Khoa học và Công nghệ'),
      merged(i, 'Hoàn thành tích hợp, di trú và chuẩn hóa dữ liệu về Kho dữ liệu dùng chung thành phố Hà Nội'),
      merged(i, '30/8/2026'),
    ]),
  );
  const page2 = table(
    [h1, h2, row(['', '1', 'Làm sạch, di trú, tích hợp, chuẩn hóa nhóm dữ liệu thiết yếu, trọng điểm về Kho dữ liệu dùng chung của Thành phố.', '', '', '', '']), ...items],
    { pages: [2] },
  );
  const page3 = table(
    [
      h1,
      h2,
      row(['', '3', 'Chuẩn hóa, tích hợp và liên thông hệ thống thông tin, bao gồm:', '', '', 'Đạt được các chỉ tiêu sau đây:', 'Theo thời hạn cụ thể sau đây:']),
      row(['11', 'a)', 'Tổng rà soát, kiểm kê, đánh giá hiện trạng các phần mềm, hệ thống thông tin đang sử dụng', 'Sở Khoa học và Công nghệ', 'Các Sở, ban, ngành, các đơn vị quản lý hệ thống', 'Danh mục phần mềm, hệ thống giữ lại, tích hợp, dừng, hợp nhất hoặc thay thế', '100 ngày kể từ ngày ban hành Kế hoạch']),
      row(['', 'b)', 'Xây dựng, triển khai hệ thống xác thực định danh người dùng', 'Sở Khoa học và Công nghệ', '', '', '30/9/2026']),
    ],
    { pages: [3] },
  );
  return stitchTables([page2, { type: 'pageBreak', page: 3 }, page3]);
}

describe('KH 277 shaped appendix', () => {
  it('stitches, merges the 2-row header and names the columns', () => {
    const { blocks } = kh277();
    const out = tablesToOutput(tables(blocks), { docDate: '2026-07-14' });
    const [t] = out.tables;
    expect(tables(blocks)).toHaveLength(1);
    expect(t.header).toEqual(['Stt TT', 'Chi tiết', 'Tên nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Sản phẩm', 'Thời hạn']);
    expect(t.role).toBe('tasks');
    expect(t.pages).toEqual([2, 3]);
    expect(t.rows).toHaveLength(12);
    expect(t.spans).toEqual([
      { row: 1, col: 4, rowSpan: 8 },
      { row: 1, col: 5, rowSpan: 8 },
      { row: 1, col: 6, rowSpan: 8 },
    ]);
  });

  it('group rows keep their own product/deadline; merged cells reach every task under them', () => {
    const out = tablesToOutput(tables(kh277().blocks), { docDate: '2026-07-14' });
    const [t] = out.tables;
    expect(t.groups).toEqual([
      { no: '1', text: 'Làm sạch, di trú, tích hợp, chuẩn hóa nhóm dữ liệu thiết yếu, trọng điểm về Kho dữ liệu dùng chung của Thành phố.', row: 0 },
      {
        no: '3',
        text: 'Chuẩn hóa, tích hợp và liên thông hệ thống thông tin, bao gồm:',
        outputs: ['Đạt được các chỉ tiêu sau đây:'],
        deadline: expect.objectContaining({ raw: 'Theo thời hạn cụ thể sau đây:' }),
        row: 9,
      },
    ]);
    expect(out.tasks).toHaveLength(10);
    for (const task of out.tasks.slice(0, 8)) {
      expect(task.group).toMatch(/^Làm sạch, di trú/);
      expect(task.support).toEqual(['Sở Khoa học và Công nghệ']);
      expect(task.deadline).toMatchObject({ kind: 'date', end: '2026-08-30' });
      expect(task.outputs).toEqual(['Hoàn thành tích hợp, di trú và chuẩn hóa dữ liệu về Kho dữ liệu dùng chung thành phố Hà Nội']);
    }
    expect(out.tasks[0]).toMatchObject({ id: 'T1-2', no: '1', lead: ['Sở Tài chính'], source: { table: 1, row: 2, pages: [2, 3] } });
    const [t11, t11b] = out.tasks.slice(8);
    expect(t11).toMatchObject({ no: '11', group: 'Chuẩn hóa, tích hợp và liên thông hệ thống thông tin, bao gồm:' });
    expect(t11.deadline).toMatchObject({ kind: 'relative', start: '2026-07-14', end: '2026-10-22' });
    // Not merged: the group's product and deadline are not copied down; no Stt → group + letter.
    expect(t11b).toMatchObject({ no: '3.b', outputs: [], support: [] });
    expect(t11b.deadline).toMatchObject({ kind: 'date', end: '2026-09-30' });
  });
});

describe('group rows', () => {
  it('Roman-numbered rows and numbered rows with sub-numbers are groups; a plain task row is not', () => {
    const t = table([
      row(['TT', 'Tên nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Kết quả', 'Thời gian hoàn thành']),
      row(['I.', 'Nâng cao nhận thức, đột phá về đổi mới tư duy', '', '', '', '']),
      row(['1.', 'Xây dựng chương trình chuyên biệt', 'VTV, VOV, TTXVN, các địa phương', 'Bộ Khoa học và Công nghệ', 'Chương trình', 'Thường xuyên']),
      row(['2.', 'Nhóm nhiệm vụ về dữ liệu', '', '', '', '']),
      row(['2.1', 'Hoàn thiện cơ sở dữ liệu', 'Bộ Công an', '', '', '2025']),
      row(['3.', 'Có hướng dẫn, giải pháp xử lý', '', '', '', '']),
    ]);
    const out = tablesToOutput(tables(stitchTables([t]).blocks));
    expect(out.tables[0].groups?.map((g) => [g.no, g.row])).toEqual([['I', 0], ['2', 2]]);
    expect(out.tasks.map((x) => [x.no, x.group])).toEqual([
      ['1', 'Nâng cao nhận thức, đột phá về đổi mới tư duy'],
      ['2.1', 'Nhóm nhiệm vụ về dữ liệu'],
      // "3." is a sibling of group "2.", not one of its items.
      ['3', undefined],
    ]);
    expect(out.tasks[0].lead).toEqual(['VTV', 'VOV', 'TTXVN', 'các địa phương']);
  });
});
