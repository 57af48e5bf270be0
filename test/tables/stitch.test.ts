// Stitching on fragments shaped like docx/pdf extractor output: repeated 2-row headers, vertical
// merges, words split at a page break, horizontal spans; and cases that must not be stitched.
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/model/document.js';
import { isContinuationRow, joinSplitText, stitchTables, toGrid } from '../../src/table-logic/index.js';
import { cell, row, table, tables, texts } from './helpers.js';

const H1 = ['Stt', 'Chi', 'Tên nhiệm vụ', 'Đơn vị chủ trì', 'Sản phẩm', 'Thời hạn'];
const H2 = ['TT', 'tiết', '', '', '', ''];
const pb = (page: number): Block => ({ type: 'pageBreak', page });

describe('joinSplitText', () => {
  it('joins with a space, or without one after "-", "/" or inside a year', () => {
    expect(joinSplitText('Kế', 'hoạch số 633')).toBe('Kế hoạch số 633');
    expect(joinSplitText('Tháng 10/202', '4')).toBe('Tháng 10/2024');
    expect(joinSplitText('Nghị quyết số 686/NQ-', 'UBTVQH15')).toBe('Nghị quyết số 686/NQ-UBTVQH15');
    expect(joinSplitText('quy mô nhóm/', 'lớp')).toBe('quy mô nhóm/lớp');
  });
  it('keeps a space after a free-standing dash and between two numbers that are not a year', () => {
    expect(joinSplitText('Phòng Giáo dục Tiểu học -', 'Chính trị Tư tưởng')).toBe('Phòng Giáo dục Tiểu học - Chính trị Tư tưởng');
    expect(joinSplitText('Tháng 10/2024', '15')).toBe('Tháng 10/2024 15');
  });
});

describe('stitchTables on extractor-shaped fragments', () => {
  it('drops a repeated 2-row header and joins "10/202" + "4" across the page break', () => {
    const f1 = table([row(H1), row(H2), row(['1', 'a)', 'Rà soát dữ liệu đất', 'Sở Tài chính', 'Kế hoạch', 'Tháng 10/202'])], { pages: [2] });
    const f2 = table([row(H1), row(H2), row(['', '', '', '', '', '4']), row(['2', 'b)', 'Dữ liệu quy hoạch', 'Sở Quy hoạch - Kiến trúc', 'Báo cáo', '30/8/2026'])], { pages: [3] });
    const { blocks } = stitchTables([f1, pb(3), f2]);
    const [t] = tables(blocks);
    expect(tables(blocks)).toHaveLength(1);
    expect(t.fragments).toBe(2);
    expect(t.pages).toEqual([2, 3]);
    expect(texts(t)).toEqual([H1, H2, ['1', 'a)', 'Rà soát dữ liệu đất', 'Sở Tài chính', 'Kế hoạch', 'Tháng 10/2024'], ['2', 'b)', 'Dữ liệu quy hoạch', 'Sở Quy hoạch - Kiến trúc', 'Báo cáo', '30/8/2026']]);
    expect(t.rows.slice(0, 2).every((r) => r.header)).toBe(true);
    expect(t.rows[2].header).toBeUndefined();
    expect(blocks[1]).toEqual(pb(3));
  });

  it('fills a vertical merge over 8 rows (Word vMerge) and reports the span', () => {
    const header = row(['Stt TT', 'Chi tiết', 'Tên nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Sản phẩm', 'Thời hạn'], { header: true });
    const group = row(['', '1', 'Làm sạch, di trú, tích hợp, chuẩn hóa nhóm dữ liệu thiết yếu', '', '', '', '']);
    const items = ['a)', 'b)', 'c)', 'd)', 'đ)', 'e)', 'g)', 'h)'].map((l, i) =>
      row([
        String(i + 1),
        l,
        `Dữ liệu ${i + 1}`,
        `Sở ${i + 1}`,
        i === 0 ? cell('Sở Khoa học và Công nghệ', { vMerge: 'restart' }) : cell('', { vMerge: 'continue' }),
        i === 0 ? cell('Hoàn thành tích hợp, di trú và chuẩn hóa dữ liệu', { vMerge: 'restart' }) : cell('', { vMerge: 'continue' }),
        i === 0 ? cell('30/8/2026', { vMerge: 'restart' }) : cell('', { vMerge: 'continue' }),
      ]),
    );
    const [t] = tables(stitchTables([table([header, group, ...items])]).blocks);
    const body = texts(t).slice(2);
    expect(body).toHaveLength(8);
    for (const r of body) expect(r.slice(4)).toEqual(['Sở Khoa học và Công nghệ', 'Hoàn thành tích hợp, di trú và chuẩn hóa dữ liệu', '30/8/2026']);
    expect(t.rows[2].cells[4]).toMatchObject({ rowSpan: 8, vMerge: 'restart' });
    expect(t.rows[3].cells[4]).toMatchObject({ vMerge: 'continue', text: 'Sở Khoa học và Công nghệ' });
    // The group row above the merge keeps its empty cells.
    expect(texts(t)[1].slice(3)).toEqual(['', '', '', '']);
  });

  it('fills an HTML-style rowSpan (covered cells absent)', () => {
    const t0 = table([
      row(['TT', 'Nhiệm vụ', 'Chủ trì', 'Thời hạn'], { header: true }),
      row(['1', 'Việc một', cell('Sở Y tế', { rowSpan: 2 }), '2025']),
      row(['2', 'Việc hai', '2026']),
    ]);
    const [t] = tables(stitchTables([t0]).blocks);
    expect(texts(t).slice(1)).toEqual([
      ['1', 'Việc một', 'Sở Y tế', '2025'],
      ['2', 'Việc hai', 'Sở Y tế', '2026'],
    ]);
  });

  it('keeps a horizontal span as a span', () => {
    const t0 = table([
      row(['TT', 'Nhiệm vụ', 'Chủ trì', 'Thời hạn']),
      row(['I', cell('NHÓM NHIỆM VỤ VỀ CHUYỂN ĐỔI SỐ', { colSpan: 3 })]),
      row(['1', 'Việc một', 'Sở Y tế', '2025']),
    ]);
    const [t] = tables(stitchTables([t0]).blocks);
    expect(t.rows[1].cells).toHaveLength(2);
    expect(t.rows[1].cells[1]).toMatchObject({ text: 'NHÓM NHIỆM VỤ VỀ CHUYỂN ĐỔI SỐ', colSpan: 3 });
    expect(toGrid(t)[1].cells.map((c) => c.covered ?? '')).toEqual(['', '', 'col', 'col']);
  });

  it('ignores a stray trailing empty cell in one fragment', () => {
    const f1 = table([row(['TT', 'Nội dung']), row(['1', 'Một'])]);
    const f2 = table([row(['TT', 'Nội dung', '']), row(['2', 'Hai', ''])]);
    const [t] = tables(stitchTables([f1, pb(2), f2]).blocks);
    expect(texts(t)).toEqual([['TT', 'Nội dung', ''], ['1', 'Một', ''], ['2', 'Hai', '']]);
  });

  it('strips <p>, </p>, <br> markup in cells', () => {
    const [t] = tables(stitchTables([table([row(['TT', 'Nội dung']), row(['1', '<p>Một</p> <p>Hai<br/>ba</p>'])])]).blocks);
    expect(texts(t)[1]).toEqual(['1', 'Một Hai ba']);
  });

  it('joins a fragment without a repeated header when it starts lower case', () => {
    const f1 = table([row(['TT', 'Nhiệm vụ', 'Chủ trì']), row(['1', 'Xây dựng kế hoạch triển khai', 'Sở Nội'])]);
    const f2 = table([row(['', 'thực hiện Đề án', 'vụ']), row(['2', 'Kiểm tra', 'Sở Y tế'])]);
    const [t] = tables(stitchTables([f1, pb(2), f2]).blocks);
    expect(texts(t).slice(1)).toEqual([['1', 'Xây dựng kế hoạch triển khai thực hiện Đề án', 'Sở Nội vụ'], ['2', 'Kiểm tra', 'Sở Y tế']]);
  });
});

describe('stitchTables must not', () => {
  it('stitch tables with different headers or column counts', () => {
    const a = table([row(['TT', 'Thời gian', 'Nội dung', 'Thực hiện']), row(['1', '7h30', 'Đón tiếp', 'Ban Tổ chức'])]);
    const b = table([row(['TT', 'Nội dung tham luận']), row(['1', 'Khó khăn'])]);
    const c = table([row(['STT', 'Chỉ tiêu', 'Đơn vị', 'Kết quả']), row(['1', 'Tỷ lệ', '%', '95'])]);
    expect(tables(stitchTables([a, pb(2), b]).blocks)).toHaveLength(2);
    expect(tables(stitchTables([a, pb(2), c]).blocks)).toHaveLength(2);
  });

  it('stitch across a paragraph', () => {
    const a = table([row(['TT', 'Nội dung']), row(['1', 'Một'])]);
    const b = table([row(['TT', 'Nội dung']), row(['1', 'Hai'])]);
    expect(tables(stitchTables([a, { type: 'paragraph', text: 'Phụ lục II' }, b]).blocks)).toHaveLength(2);
  });

  it('join a sub-row that starts a new item at the top of a page', () => {
    const f1 = table([row(['TT', 'Thời gian', 'Nội dung', 'Thực hiện']), row(['2', "7h35' - 11h00'", '- Tuyên bố lý do, giới thiệu đại biểu', 'Chánh Văn phòng Sở GDĐT'])]);
    const f2 = table([row(['TT', 'Thời gian', 'Nội dung', 'Thực hiện']), row(['', '', '- Thảo luận; Giải trình (Nếu có)', '03 đồng chí Phó Giám đốc Sở GDĐT'])]);
    const [t] = tables(stitchTables([f1, pb(2), f2]).blocks);
    expect(texts(t)).toHaveLength(3);
    expect(texts(t)[2][2]).toBe('- Thảo luận; Giải trình (Nếu có)');
  });

  it('treat a row with a TT number as a continuation', () => {
    const g = toGrid(table([row(['1', 'Việc một chưa xong']), row(['2', 'tiếp theo'])]));
    expect(isContinuationRow(g[0], g[1], 0)).toBe(false);
  });

  it('join an upper-case row after a finished sentence', () => {
    const g = toGrid(table([row(['1', 'Việc một.', 'Sở Y tế']), row(['', 'Việc khác', ''])]));
    expect(isContinuationRow(g[0], g[1], 0)).toBe(false);
  });
});
