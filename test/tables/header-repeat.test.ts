// A header repeated on a later page is recognised when its cells agree after folding diacritics,
// one of them maybe cut short; two tables with different headers are never joined.
// The real case: ../shared/corpus/das-luu-tru-cong-van/kh-753 (a scan), "6. Tiến độ thực hiện",
// TT | Nội dung công việc | Thời gian thực hiện | Đơn vị chủ trì/phối hợp over pp. 3–4, rows 1–3 on
// p. 3, the header repeated on p. 4 over rows 4–5. OCR (tesseract 5.3, vie, 200 dpi) reads the last
// header cell "Đơn vị chủ trì/phôi hợp" on p. 3 and "Đơn vị chủ trì/phối" on p. 4 (the wrapped
// "hợp" lost). The header texts below are those readings; body rows as printed on the page images.
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/model/document.js';
import { headerKeys, sameHeaderKey } from '../../src/table-logic/header.js';
import { stitchTables } from '../../src/table-logic/index.js';
import { row, table, tables, texts } from './helpers.js';

const P3_HEADER = ['TT', 'Nội dung công việc', 'Thời gian thực hiện', 'Đơn vị chủ trì/phôi hợp'];
const P4_HEADER = ['TT', 'Nội dung công việc', 'Thời gian thực hiện', 'Đơn vị chủ trì/phối'];
const ROWS_P3 = [
  ['1', 'Ban hành kế hoạch; rà soát danh sách sinh viên thuộc 05 khoa được chọn', 'Trước ngày 27/6/2026', 'Phòng Đào tạo; Trung tâm QLCL'],
  ['2', 'Chọn mẫu ngẫu nhiên, chuẩn bị tài khoản/đường dẫn và hướng dẫn khảo sát', 'Trước ngày 30/6/2026', 'Trung tâm QLCL; các khoa'],
  ['3', 'Triển khai khảo sát trực tuyến; theo dõi, đôn đốc sinh viên thực hiện', '29/6/2026 - 09/7/2026', 'Trung tâm QLCL; các khoa; cố vấn học tập và cán bộ phụ trách lớp'],
];
const ROWS_P4 = [
  ['4', 'Tổng hợp dữ liệu, rà soát tỷ lệ tham gia, hoàn thiện báo cáo kết quả khảo sát', '10/7/2026 - 13/7/2026', 'Trung tâm QLCL; các đơn vị liên quan'],
  ['5', 'Trình lãnh đạo Trường xem xét và gửi báo cáo theo yêu cầu của Bộ Giáo dục và Đào tạo', 'Trước ngày 15/7/2026', 'Trung tâm QLCL'],
];
const pb = (page: number): Block => ({ type: 'pageBreak', page });
const key = (cells: string[]): string => headerKeys([row(cells)])[0];
const fragments = (h3: string[], h4: string[]): Block[] => [
  table([row(h3), ...ROWS_P3.map((r) => row(r))], { pages: [3] }),
  pb(4),
  { type: 'paragraph', text: '4' },
  table([row(h4), ...ROWS_P4.map((r) => row(r))], { pages: [4] }),
];

describe('sameHeaderKey', () => {
  it('kh-753: "…/phôi hợp" on p. 3 and "…/phối" on p. 4 are the same header (folded, the last cell cut short)', () => {
    expect(sameHeaderKey(key(P3_HEADER), key(P4_HEADER))).toBe(true);
    expect(sameHeaderKey(key(P4_HEADER), key(P3_HEADER))).toBe(true);
  });
  it('agrees on cells that differ only by diacritics or case', () => {
    expect(sameHeaderKey(key(['STT', 'NHIỆM VỤ', 'ĐƠN VỊ CHỦ TRÌ']), key(['Stt', 'Nhiem vu', 'Đơn vi chu trì']))).toBe(true);
  });
  it('must not: another column ("Đơn vị chủ trì" / "Đơn vị phối hợp"), a cell cut too short ("Đơn vị" for "Đơn vị chủ trì/phối hợp")', () => {
    const a = key(['TT', 'Nội dung công việc', 'Thời gian thực hiện', 'Đơn vị chủ trì']);
    expect(sameHeaderKey(a, key(['TT', 'Nội dung công việc', 'Thời gian thực hiện', 'Đơn vị phối hợp']))).toBe(false);
    expect(sameHeaderKey(key(P3_HEADER), key(['TT', 'Nội dung công việc', 'Thời gian thực hiện', 'Đơn vị']))).toBe(false);
    // "Nội dung" is under 60 % of "Nội dung công việc".
    expect(sameHeaderKey(key(P3_HEADER), key(['TT', 'Nội dung', 'Thời gian thực hiện', 'Đơn vị chủ trì/phôi hợp']))).toBe(false);
  });
  it('must not: another number of columns, an empty cell against a filled one, more cells cut short than whole', () => {
    expect(sameHeaderKey(key(P3_HEADER), key(P3_HEADER.slice(0, 3)))).toBe(false);
    expect(sameHeaderKey(key(P3_HEADER), key(['TT', 'Nội dung công việc', '', 'Đơn vị chủ trì/phôi hợp']))).toBe(false);
    expect(sameHeaderKey(key(['Thời gian thực hiện', 'Đơn vị chủ trì/phối hợp']), key(['Thời gian thực', 'Đơn vị chủ trì/phối']))).toBe(false);
  });
});

describe('stitchTables with a repeated header read differently on the next page', () => {
  it('kh-753: the p. 3 and p. 4 fragments are one table, the p. 3 header kept, the p. 4 header dropped, rows 1–5', () => {
    const { blocks } = stitchTables(fragments(P3_HEADER, P4_HEADER));
    const ts = tables(blocks);
    expect(ts).toHaveLength(1);
    expect(ts[0].fragments).toBe(2);
    expect(ts[0].pages).toEqual([3, 4]);
    expect(texts(ts[0])).toEqual([P3_HEADER, ...ROWS_P3, ...ROWS_P4]);
    expect(ts[0].rows[0].header).toBe(true);
    expect(ts[0].rows.slice(1).every((r) => !r.header)).toBe(true);
  });
  it('must not: two tables of the same width with different headers stay two tables', () => {
    // kh-753 p. 2 has "TT | Khoa tham gia khảo sát | Đối tượng khảo sát"; the same layout with a fourth column named otherwise.
    const other = ['TT', 'Khoa tham gia khảo sát', 'Đối tượng khảo sát', 'Ghi chú'];
    const ts = tables(stitchTables(fragments(P3_HEADER, other)).blocks);
    expect(ts).toHaveLength(2);
    expect(texts(ts[1])[0]).toEqual(other);
    // A header whose last column names another role is another table too.
    const lead = ['TT', 'Nội dung công việc', 'Thời gian thực hiện', 'Đơn vị chủ trì'];
    const support = ['TT', 'Nội dung công việc', 'Thời gian thực hiện', 'Đơn vị phối hợp'];
    expect(tables(stitchTables(fragments(lead, support)).blocks)).toHaveLength(2);
  });
});
