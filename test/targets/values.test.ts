// Numbers, units and comparators, one sentence at a time (expected values read from the text by hand).
import { describe, expect, it } from 'vitest';
import { parseViNumber } from '../../src/values/number.js';
import { findMentions } from '../../src/recognise/targets/mentions.js';
import { goalSpans, targetsFromText } from '../../src/recognise/targets/item.js';

const brief = (text: string) => targetsFromText(text, 'X').map((t) => ({ metric: t.metric, value: t.value, unit: t.unit, comparator: t.comparator, ...(t.of ? { of: t.of } : {}) }));

describe('parseViNumber', () => {
  it('reads the Vietnamese number format', () => {
    expect(parseViNumber('95,2')).toBe(95.2);
    expect(parseViNumber('15.314')).toBe(15314);
    expect(parseViNumber('1.250,5')).toBe(1250.5);
    expect(parseViNumber('01')).toBe(1);
    expect(parseViNumber('2.46')).toBe(2.46); // "tăng 2.46%" in seed 001: a typed decimal point, not thousands
  });
});

describe('findMentions', () => {
  it('takes numbers with a unit or a rank', () => {
    expect(findMentions('trên 98%').map((m) => [m.value, m.unit, m.comparator])).toEqual([[98, '%', '>']]);
    expect(findMentions('nằm trong top 15/63 tỉnh').map((m) => [m.value, m.unit, m.comparator, m.of])).toEqual([[15, 'hạng', '<=', 63]]);
    expect(findMentions('là 30 trường').map((m) => [m.value, m.unit, m.comparator])).toEqual([[30, 'trường', '=']]);
    expect(findMentions('không dưới 90%').map((m) => m.comparator)).toEqual(['>=']);
    expect(findMentions('tối đa 5%').map((m) => m.comparator)).toEqual(['<=']);
    expect(findMentions('từ 90% trở lên').map((m) => m.comparator)).toEqual(['>=']);
    expect(findMentions('đạt 1,5 tỷ đồng').map((m) => [m.value, m.unit])).toEqual([[1.5, 'tỷ đồng']]);
    expect(findMentions('05 cặp trường').map((m) => [m.value, m.unit])).toEqual([[5, 'cặp trường']]);
  });

  it('does not take years, dates, document numbers, levels, ages or class names', () => {
    for (const s of ['đến năm 2025', 'ngày 21/12/2022', 'Kế hoạch 633/KH-UBND', 'Nghị quyết số 40/2023/NQ-HĐND', 'mức độ 3', 'trẻ em 5 tuổi', 'vào lớp 1', 'giai đoạn 2023-2025', 'Thứ năm, công tác']) {
      expect(findMentions(s), s).toEqual([]);
    }
  });
});

describe('targetsFromText', () => {
  it('splits the OUTPUT.md example into two targets, the second borrowing the metric', () => {
    expect(brief('Tỷ lệ trường đạt chuẩn quốc gia mức độ 1 đạt 95,2%, mức độ 2 đạt 26,6%.')).toEqual([
      { metric: 'Tỷ lệ trường đạt chuẩn quốc gia mức độ 1', value: 95.2, unit: '%', comparator: '>=' },
      { metric: 'Tỷ lệ trường đạt chuẩn quốc gia mức độ 2', value: 26.6, unit: '%', comparator: '>=' },
    ]);
  });

  it('joins a colon prefix to head-less fragments: "Duy trì sĩ số: Cấp Tiểu học 100%; Cấp THCS trên 99%"', () => {
    expect(brief('Duy trì sĩ số: Cấp Tiểu học 100%; Cấp THCS trên 99%.')).toEqual([
      { metric: 'Duy trì sĩ số: Cấp Tiểu học', value: 100, unit: '%', comparator: '>=' },
      { metric: 'Duy trì sĩ số: Cấp THCS', value: 99, unit: '%', comparator: '>' },
    ]);
  });

  it('reads a number-first value and the "là" of a count', () => {
    expect(brief('Trên 70% học sinh tốt nghiệp THCS tiếp tục học trung học (phổ thông, giáo dục thường xuyên, trung cấp).')).toEqual([
      { metric: 'Học sinh tốt nghiệp THCS tiếp tục học trung học (phổ thông, giáo dục thường xuyên, trung cấp)', value: 70, unit: '%', comparator: '>' },
    ]);
    expect(brief('Trường chuẩn Quốc gia: Mục tiêu đến năm 2025 là 30 trường.')).toEqual([
      { metric: 'Trường chuẩn Quốc gia', value: 30, unit: 'trường', comparator: '=' },
    ]);
  });

  it('makes a range two targets and a rank a "hạng" with its denominator', () => {
    expect(brief('Xây dựng mới 03-05 trường đạt chuẩn')).toEqual([
      { metric: 'Xây dựng mới trường', value: 3, unit: 'trường', comparator: '>=' },
      { metric: 'Xây dựng mới trường', value: 5, unit: 'trường', comparator: '<=' },
    ]);
    expect(brief('Kết quả thi học sinh giỏi quốc gia nằm trong top 15/63 tỉnh, thành phố.')).toEqual([
      { metric: 'Kết quả thi học sinh giỏi quốc gia', value: 15, unit: 'hạng', comparator: '<=', of: 63 },
    ]);
  });

  it('never reads a reported change in parentheses as a goal', () => {
    expect(brief('Nhà trẻ tỷ lệ 47,58% (tăng 2,58%)').map((t) => t.value)).toEqual([47.58]);
    expect(brief('tỷ lệ 99,6% (+1,52%)').map((t) => t.value)).toEqual([99.6]);
  });

  it('finds "phấn đấu" goal sentences and nothing in a sentence without one', () => {
    const p =
      'Các trường rà soát các tiêu chí; phấn đấu đạt và vượt chỉ tiêu tỷ lệ trường đạt chuẩn quốc gia được giao năm 2024: mức độ 1 đạt 95,2%, mức độ 2 đạt 26,6%; tỷ lệ kiên cố hóa toàn tỉnh đạt 97,5%.';
    const spans = goalSpans(p);
    expect(spans).toHaveLength(1);
    expect(brief(spans[0])).toEqual([
      { metric: 'Tỷ lệ trường đạt chuẩn quốc gia được giao năm 2024: mức độ 1', value: 95.2, unit: '%', comparator: '>=' },
      { metric: 'Tỷ lệ trường đạt chuẩn quốc gia được giao năm 2024: mức độ 2', value: 26.6, unit: '%', comparator: '>=' },
      { metric: 'Tỷ lệ kiên cố hóa toàn tỉnh', value: 97.5, unit: '%', comparator: '>=' },
    ]);
    expect(goalSpans('Công tác CCHC được duy trì tốt, xếp thứ 3/20.')).toEqual([]);
  });
});

describe('unit words inside other words', () => {
  it('does not count "giải quyết", "trường hợp", "đồng chí" or a year', () => {
    for (const s of ['năm 2005 giải quyết việc làm', 'xử lý 3 trường hợp vi phạm', 'cử 03 đồng chí tham dự', 'trong năm 2024 trường học']) {
      expect(findMentions(s), s).toEqual([]);
    }
    expect(findMentions('đạt 86 giải').map((m) => [m.value, m.unit])).toEqual([[86, 'giải']]);
  });
});
