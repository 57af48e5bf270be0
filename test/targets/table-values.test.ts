// Values of a targets table's "Kết quả" cell (NQ 03/NQ-CP Phụ lục I), read by hand from the table.
import { describe, expect, it } from 'vitest';
import { cellValues } from '../../src/recognise/tables/targets.js';

describe('cellValues', () => {
  it('reads comparators, ranges, percentages and qualifiers', () => {
    expect(cellValues('≥ 55', '%')).toEqual([{ comparator: '>=', value: 55, unit: '%' }]);
    expect(cellValues('> 0,7', 'Chỉ số phát triển con người (HDI)')).toEqual([{ comparator: '>', value: 0.7, unit: 'Chỉ số phát triển con người (HDI)' }]);
    expect(cellValues('100%', '%')).toEqual([{ comparator: '>=', value: 100, unit: '%' }]);
    expect(cellValues('40 - 50', 'Tổ chức')).toEqual([
      { comparator: '>=', value: 40, unit: 'Tổ chức' },
      { comparator: '<=', value: 50, unit: 'Tổ chức' },
    ]);
    expect(cellValues('≤ 3 Đông Nam Á; ≤ 50 Thế giới', 'Thứ bậc')).toEqual([
      { comparator: '<=', value: 3, unit: 'Thứ bậc', qualifier: 'Đông Nam Á' },
      { comparator: '<=', value: 50, unit: 'Thứ bậc', qualifier: 'Thế giới' },
    ]);
    expect(cellValues('09', 'Tuyến cáp quang biển')).toEqual([{ comparator: '=', value: 9, unit: 'Tuyến cáp quang biển' }]);
    // "và tăng dần theo yêu cầu phát triển" is a clause, not which value it is.
    expect(cellValues('≥ 3% và tăng dần theo yêu cầu phát triển', '% tổng chi NSNN')).toEqual([{ comparator: '>=', value: 3, unit: '% tổng chi NSNN' }]);
  });
  it('a worded result sets no value', () => {
    expect(cellValues('Đạt mức trên trung bình của thế giới', 'Thứ bậc')).toEqual([]);
    expect(cellValues('Tiên tiến, hiện đại, dung lượng siêu lớn', '')).toEqual([]);
  });
});
