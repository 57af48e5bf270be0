import { describe, expect, it } from 'vitest';
import { parseMarker } from '../../src/model/markers.js';

describe('parseMarker', () => {
  const cases: [string, string | null, string | null][] = [
    ['PHẦN THỨ NHẤT KẾT QUẢ THỰC HIỆN', 'part', 'PHẦN THỨ NHẤT'],
    ['PHẦN THỨ TƯ', 'part', 'PHẦN THỨ TƯ'],
    ['I. MỤC ĐÍCH, YÊU CẦU', 'roman', 'I'],
    ['IV. TỔ CHỨC THỰC HIỆN', 'roman', 'IV'],
    ['1. Mục đích', 'decimal', '1'],
    ['10. Đối với phòng GDĐT', 'decimal', '10'],
    ['3.1. Địa điểm: Phòng họp số 1', 'multi', '3.1'],
    ['a) Cơ quan chủ trì', 'letter', 'a'],
    ['đ) Nội dung khác', 'letter', 'đ'],
    ['(1) Tỷ lệ huy động nhà trẻ đạt trên 47%', 'paren', '(1)'],
    ['- (7) Duy trì sĩ số', 'paren', '(7)'],
    ['(iv). Trong giai đoạn dạy nội dung', 'roman-paren', '(iv)'],
    ['Thứ nhất, tiếp tục tham mưu', 'ordinal', 'Thứ nhất'],
    ['Thứ mười, các hoạt động khác', 'ordinal', 'Thứ mười'],
    ['- Tổ chức thực hiện chất lượng', 'bullet', '-'],
    ['+ Lớp ghép', 'plus', '+'],
    ['. Rà soát, thực hiện các chương trình', 'bullet', '-'],
    // must not match
    ['2024. Năm học mới', null, null],
    ['Tăng cường công tác', null, null],
    ['Thứ trưởng Bộ GDĐT', null, null],
    ['Phần mềm quản lý', null, null],
    ['Văn phòng UBND tỉnh', null, null],
  ];
  for (const [line, scheme, label] of cases) {
    it(`${line} → ${scheme ?? 'none'}`, () => {
      const m = parseMarker(line);
      expect(m?.scheme ?? null).toBe(scheme);
      expect(m?.label ?? null).toBe(label);
    });
  }
});
