// PDF paragraphs (issue 11 item 12): on a page where no full line is set with stretched spaces
// (every word placed by the printer: CV 8151/BNV-CCHC), a line a little short of the edge does not
// end its paragraph; on a page with stretched lines it still does.
import { describe, expect, it } from 'vitest';
import { continues, measureBody } from '../../src/extract/pdf/paragraphs.js';
import type { Line } from '../../src/extract/pdf/types.js';

const line = (text: string, x0: number, x1: number, base: number, stretch: number): Line => ({
  items: [], text, x0, x1, base, top: base - 14, bottom: base, size: 14.04, bold: false, fonts: [], refs: [], stretch,
});

// CV 8151/BNV-CCHC page 1, x and baselines as pdfjs reads them.
const page = (stretch: number): Line[] => [
  line('Thực hiện Quyết định số 145/QĐ-BNV ngày 03/3/2025 của Bộ trưởng Bộ', 121.1, 539.0, 281.0, stretch),
  line('Nội vụ ban hành Kế hoạch sơ kết 05 năm thực hiện Chương trình tổng thể', 85.1, 539.0, 297.0, stretch),
  line('hành chính nhà nước giai đoạn 2021 - 2030, đề xuất nhiệm vụ, giải pháp', 85.1, 539.1, 313.1, stretch),
  line('đẩy mạnh cải cách hành chính nhà nước giai đoạn 2026 - 2030; trên cơ sở', 85.1, 539.0, 329.2, stretch),
  line('kết quả thực hiện công tác cải cách hành chính giai đoạn 2021 - 2025 của', 85.1, 539.1, 345.3, stretch),
  line('cơ quan ngang bộ, cơ quan thuộc Chính phủ, Ủy ban nhân dân các tỉnh, thành phố', 85.1, 532.1, 361.4, 0),
  line('trực thuộc Trung ương, thời gian qua, Bộ Nội vụ đã tổng hợp, xây dựng dự thảo', 85.1, 538.8, 377.6, stretch),
];

describe('natural spaces', () => {
  it('no stretched line on the page: "… thành phố" (7 pt short) goes on', () => {
    const lines = page(0);
    const m = measureBody(lines, 595);
    expect(m.stretched).toBe(false);
    expect(continues(lines[5], lines[6], m)).toBe(true);
  });
  it('stretched full lines on the page: the natural line short of the edge ends its paragraph', () => {
    const lines = page(0.03);
    const m = measureBody(lines, 595);
    expect(m.stretched).toBeUndefined();
    expect(continues(lines[5], lines[6], m)).toBe(false);
  });
});
