// Targets on the real seeds (extract → buildSections → findTargets), expected values read from the text by hand.
import { describe, expect, it } from 'vitest';
import { findTargets } from '../../src/recognise/targets/index.js';
import type { Target } from '../../src/model/registry.js';

import { nodeAt, seedSections } from './load.js';

const row = (t: Target) => [t.section, t.metric, t.value, t.unit, t.comparator, ...(t.of ? [t.of] : [])];
const all = async (prefix: string) => {
  const { preamble, sections } = await seedSections(prefix);
  return findTargets([preamble, ...sections]);
};

describe('targets on the seeds', () => {
  it('000: the seven values under II. CÁC CHỈ TIÊU THỰC HIỆN', async () => {
    expect((await all('000')).map(row)).toEqual([
      ['II.1', 'Tỷ lệ trường đạt chuẩn quốc gia mức độ 1', 95.2, '%', '>='],
      ['II.1', 'Tỷ lệ trường đạt chuẩn quốc gia mức độ 2', 26.6, '%', '>='],
      ['II.1', 'Tỷ lệ tốt nghiệp trung học phổ thông (THPT)', 98, '%', '>'],
      ['II.1', 'Kết quả thi học sinh giỏi quốc gia', 15, 'hạng', '<=', 63],
      ['II.2', 'Tỷ lệ kiên cố hóa toàn tỉnh', 97.5, '%', '>='],
      ['II.2', 'Tỷ lệ huy động trẻ mẫu giáo ra lớp', 100, '%', '>='],
      ['II.2', 'Tỷ lệ huy động trẻ nhà trẻ ra lớp', 30.2, '%', '>='],
    ]);
  });

  it('000: text is the whole item', async () => {
    const [first] = await all('000');
    expect(first.text).toBe('Tỷ lệ trường đạt chuẩn quốc gia mức độ 1 đạt 95,2%, mức độ 2 đạt 26,6%.');
  });

  it('001: the 15 items of "2. Mục tiêu cụ thể đến năm 2025" (items 9 and 13 have no value)', async () => {
    const s = (n: number) => `PHẦN THỨ HAI.II.2.(${n})`;
    expect((await all('001')).map(row)).toEqual([
      [s(1), 'Tỷ lệ huy động nhà trẻ', 47, '%', '>'],
      [s(2), 'Tỷ lệ huy động mẫu giáo', 100, '%', '>='],
      [s(3), 'Trẻ 5 tuổi đến trường', 100, '%', '>='],
      [s(4), 'Tỷ lệ suy dinh dưỡng', 3, '%', '<'], // "giảm tỷ lệ suy dinh dưỡng xuống dưới 3%"
      [s(5), 'Tỷ lệ huy động trẻ 6 tuổi vào lớp 1', 100, '%', '>='],
      [s(6), 'Tỷ lệ huy động học sinh hoàn thành chương trình Tiểu học vào học lớp 6', 100, '%', '>='],
      [s(7), 'Duy trì sĩ số: Cấp Tiểu học', 100, '%', '>='],
      [s(7), 'Duy trì sĩ số: Cấp THCS', 99, '%', '>'],
      [s(8), 'Học sinh lên lớp: Tiểu học', 100, '%', '>='],
      [s(8), 'Học sinh lên lớp: THCS', 100, '%', '>='],
      [s(8), 'Học sinh hoàn thành chương trình tiểu học và xét công nhận tốt nghiệp THCS', 100, '%', '>='],
      [s(10), 'Trường chuẩn Quốc gia', 30, 'trường', '='],
      [s(11), 'Tỷ lệ tốt nghiệp THPT hằng năm', 99, '%', '>'],
      [s(12), 'Học sinh tốt nghiệp THCS tiếp tục học trung học (phổ thông, giáo dục thường xuyên, trung cấp)', 70, '%', '>'],
      [s(14), 'Tỷ lệ nhà giáo', 93, '%', '>'],
      [s(14), 'Tỷ lệ cán bộ quản lý giáo dục', 100, '%', '>='],
      [s(14), 'Giáo viên đạt chuẩn trình độ đào tạo trở lên theo Luật giáo dục 2019', 90, '%', '>'],
      [s(15), 'Sáp nhập cặp trường', 5, 'cặp trường', '='],
    ]);
  });

  it('001: nothing from PHẦN THỨ NHẤT (results: "15.314 học sinh", "tỷ lệ 47,58% (tăng 2,58%)", "đạt 100%")', async () => {
    const { sections } = await seedSections('001');
    const part1 = nodeAt(sections, ['PHẦN THỨ NHẤT']);
    expect(part1.kind).toBe('results');
    expect(findTargets([part1])).toEqual([]);
  });

  it('004: the goal sentence in "Thứ năm", nothing from the reported results before "Thứ nhất"', async () => {
    const { preamble, sections } = await seedSections('004');
    expect(preamble.paras.some((p) => p.text.includes('xếp thứ 3/20'))).toBe(true);
    expect(findTargets([preamble])).toEqual([]);
    expect(findTargets([preamble, ...sections]).map(row)).toEqual([
      ['Thứ năm', 'Tỷ lệ trường đạt chuẩn quốc gia được giao năm 2024: mức độ 1', 95.2, '%', '>='],
      ['Thứ năm', 'Tỷ lệ trường đạt chuẩn quốc gia được giao năm 2024: mức độ 2', 26.6, '%', '>='],
      ['Thứ năm', 'Tỷ lệ kiên cố hóa toàn tỉnh', 97.5, '%', '>='],
    ]);
  });

  it('002 and 003 set no targets', async () => {
    expect(await all('002')).toEqual([]);
    expect(await all('003')).toEqual([]);
  });
});
