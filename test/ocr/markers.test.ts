// Tab-set numbering markers that OCR misread are repaired against their sequence; markers read
// right, and first words that are no markers, are left alone.
import { describe, expect, it } from 'vitest';
import { fixMarker, type OcrLine } from '../../src/extract/ocr/items.js';
import { repairMarkers } from '../../src/extract/ocr/markers.js';

/** A line whose first word sits `gap` px before the rest (a tab when ≥ 1.6 letter heights). */
function line(first: string, rest: string, gap = 80): OcrLine {
  const w = (text: string, left: number) => ({ text, conf: 90, left, top: 0, width: 30, height: 30, block: 1, par: 1, line: 1 });
  const words = [w(first, 100), ...rest.split(' ').map((t, i) => w(t, 130 + gap + i * 40))];
  return { words, text: words.map((x) => x.text).join(' '), conf: 90 };
}

describe('OCR numbering markers', () => {
  it('a dot read as ":" ";" "," or "..." is a dot', () => {
    expect(fixMarker(['2:', 'Làm', 'căn', 'cứ'])).toEqual(['2.', 'Làm', 'căn', 'cứ']);
    expect(fixMarker(['II...', 'CÁC', 'NHIỆM', 'VỤ'])[0]).toBe('II.');
    expect(fixMarker(['2:'])).toEqual(['2:']);
    expect(fixMarker(['Số:', '171/KH'])).toEqual(['Số:', '171/KH']);
  });
  it('the fixture scan of KH 171: "1L," "JT" "đ." "VẶ" "IL" become I. 1. 3. 7. III.', () => {
    const lines = [
      line('1L,', 'MỤC ĐÍCH, YÊU CẦU'),
      line('JT', 'Quán triệt và chỉ đạo'),
      line('2.', 'Làm căn cứ để cơ quan'),
      line('3.', 'Bảo đảm tính đồng bộ'),
      line('II.', 'CÁC NHIỆM VỤ VÀ GIẢI PHÁP TRỌNG TÂM'),
      line('1.', 'Nâng cao hiệu lực'),
      line('2.', 'Thực hiện hiệu quả'),
      line('đ.', 'Nâng cao chất lượng'),
      line('4.', 'Huy động'),
      line('5.', 'Tăng cường'),
      line('6.', 'Tăng cường công tác'),
      line('VẶ', 'Đẩy mạnh chuyển đổi số'),
      line('IL', 'TỔ CHỨC THỰC HIỆN'),
    ];
    repairMarkers(lines);
    expect(lines.map((l) => l.words[0].text)).toEqual(['I.', '1.', '2.', '3.', 'II.', '1.', '2.', '3.', '4.', '5.', '6.', '7.', 'III.']);
  });
  it('no tab after the first word: never touched', () => {
    const l = line('Đ:', 'Tăng cường công tác', 5);
    repairMarkers([line('1.', 'Một'), l]);
    expect(l.words[0].text).toBe('Đ:');
  });
});
