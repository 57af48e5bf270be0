// Whole-document forms typed as one Word table (the PHIẾU TRÌNH of Văn phòng UBND tỉnh Lâm Đồng,
// cell texts taken from "Phieu trinh 4409.docx"): the outline cell is read as the body, the boxes
// under it as the signature table, a "Kính gửi:" table as the addressees. Data tables are left alone.
import { describe, expect, it } from 'vitest';
import type { TableBlock } from '../../src/model/document.js';
import { recognise } from '../../src/recognise/index.js';
import { p, read, texts } from './helpers.js';

const tc = (inner: string, tcPr = '') => `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ''}${inner}</w:tc>`;
const tr = (cells: string) => `<w:tr>${cells}</w:tr>`;
const tbl = (rows: string) => `<w:tbl><w:tblPr/><w:tblGrid/>${rows}</w:tbl>`;
const span = (n: number) => `<w:gridSpan w:val="${n}"/>`;

const HEADER = tbl(
  tr(tc(p('UBND TỈNH LÂM ĐỒNG') + p('VĂN PHÒNG') + p('Số: /PT-NC')) + tc(p('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM') + p('Độc lập - Tự do - Hạnh phúc'))),
);
const KINH_GUI = tbl(tr(tc(p('Kính gửi:')) + tc(p('- Lãnh đạo UBND tỉnh;') + p('- Lãnh đạo Văn phòng UBND tỉnh.'))));
const OUTLINE = [
  'I. NỘI DUNG TRÌNH/CHỈ ĐẠO',
  '1. Văn bản/cơ quan, đơn vị: Công văn số 4409/BCA-C04 ngày 01/10/2025 của Bộ Công an.',
  '2. Trích yếu: V/v đề nghị tham gia ý kiến vào dự thảo hồ sơ Quyết định của Thủ tướng Chính phủ về tín dụng đối với người sau cai nghiện ma túy.',
  'II. RÀ SOÁT, TỔNG HỢP CỦA PHÒNG CHUYÊN MÔN THUỘC VĂN PHÒNG',
  '3. Thẩm quyền (Chọn ghi thẩm quyền tương ứng): Chủ tịch UBND tỉnh.',
  '5. Độ mật: Không',
];
const FORM = tbl(
  tr(tc(OUTLINE.map((t) => p(t)).join(''), span(3))) +
    tr(tc(p('PHÒNG XỬ LÝ CHÍNH: NỘI CHÍNH'), span(2)) + tc(p('LÃNH ĐẠO VĂN PHÒNG') + p('..........................') + p('Ngày tháng 10 năm 2025') + p('Nguyễn Nhân Bản'), '<w:vMerge w:val="restart"/>')) +
    tr(tc(p('Chuyên viên') + p('Ngày 03 tháng 10 năm 2025') + p('Trương Hải Châu')) + tc(p('Lãnh đạo phòng') + p('Ngày 03 tháng 10 năm 2025') + p('Lương Thị Nguyệt Thành')) + tc(p(''), '<w:vMerge/>')) +
    tr(tc(p('KÍNH TRÌNH LÃNH ĐẠO UBND TỈNH') + p('..........................') + p('Ngày tháng năm 2025'), span(3))),
);

describe('a form typed as one table (PHIẾU TRÌNH)', () => {
  const model = read({ body: HEADER + p('PHIẾU TRÌNH') + KINH_GUI + FORM });

  it('reads the outline cell as body paragraphs in reading order, the boxes as a closing table', () => {
    const t = texts(model);
    expect(t.slice(t.indexOf('PHIẾU TRÌNH') + 1)).toEqual(['Kính gửi:', '- Lãnh đạo UBND tỉnh;', '- Lãnh đạo Văn phòng UBND tỉnh.', ...OUTLINE]);
    const tables = model.children.filter((b): b is TableBlock => b.type === 'table');
    expect(tables.map((x) => [x.zone, x.rows.length])).toEqual([['closing', 3]]);
  });

  it('gives the title, the addressees, the sections and the signer with the reviewers', () => {
    const d = recognise(model, { path: 'pt.docx', format: 'docx', sha256: '0'.repeat(64) });
    expect(d.meta.title).toBe('V/v đề nghị tham gia ý kiến vào dự thảo hồ sơ Quyết định của Thủ tướng Chính phủ về tín dụng đối với người sau cai nghiện ma túy');
    expect(d.meta.addressees).toEqual(['Lãnh đạo UBND tỉnh', 'Lãnh đạo Văn phòng UBND tỉnh']);
    expect(d.preamble).toEqual([]);
    expect(d.sections.map((s) => [s.label, s.heading, s.children.map((c) => c.label)])).toEqual([
      ['I', 'NỘI DUNG TRÌNH/CHỈ ĐẠO', ['1', '2']],
      ['II', 'RÀ SOÁT, TỔNG HỢP CỦA PHÒNG CHUYÊN MÔN THUỘC VĂN PHÒNG', ['3', '5']],
    ]);
    expect(d.tables).toEqual([]);
    expect(d.signature).toEqual({
      authority: null,
      title: 'LÃNH ĐẠO VĂN PHÒNG',
      name: 'Nguyễn Nhân Bản',
      reviewers: [
        { title: 'Chuyên viên', name: 'Trương Hải Châu', date: '2025-10-03' },
        { title: 'Lãnh đạo phòng', name: 'Lương Thị Nguyệt Thành', date: '2025-10-03' },
      ],
    });
    expect(d.warnings.map((w) => w.code)).not.toContain('NO_RECIPIENTS');
  });
});

describe('tables that are not forms', () => {
  it('a task table with numbered group rows stays a data table', () => {
    const rows =
      tr(tc(p('TT')) + tc(p('Nội dung')) + tc(p('Đơn vị chủ trì'))) +
      tr(tc(p('I. NHIỆM VỤ CHUNG'), span(3))) +
      tr(tc(p('1')) + tc(p('Rà soát thủ tục hành chính')) + tc(p('Sở Nội vụ'))) +
      tr(tc(p('2')) + tc(p('Đánh giá chỉ số cải cách hành chính')) + tc(p('Văn phòng UBND tỉnh')));
    const m = read({ body: p('KẾ HOẠCH') + tbl(rows) });
    const tables = m.children.filter((b): b is TableBlock => b.type === 'table');
    expect(tables.map((x) => [x.zone, x.rows.length])).toEqual([[undefined, 4]]);
  });

  it('a one-column note box with a few numbered lines but no Roman section stays a table', () => {
    const m = read({ body: p('KẾ HOẠCH') + tbl(tr(tc(p('Ghi chú:') + p('1. Số liệu tính đến 30/9/2025.') + p('2. Đơn vị: triệu đồng.') + p('3. Nguồn: Sở Tài chính.')))) });
    expect(m.children.filter((b) => b.type === 'table')).toHaveLength(1);
  });
});
