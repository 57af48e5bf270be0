import { describe, expect, it } from 'vitest';
import { parseDeadline } from '../../src/values/deadline/index.js';

// Expected values written by hand from the calendar (2024 is a leap year).
const cases: [string, string, string | null, string | null][] = [
  // [cell, kind, start, end]
  ['Quý I năm 2024', 'quarter', '2024-01-01', '2024-03-31'],
  ['Quý I, năm 2024', 'quarter', '2024-01-01', '2024-03-31'],
  ['Quý I, II năm 2024', 'quarter', '2024-01-01', '2024-06-30'],
  ['Quý I và Quý II năm 2024', 'quarter', '2024-01-01', '2024-06-30'],
  ['Quý II, III năm 2024', 'quarter', '2024-04-01', '2024-09-30'],
  ['Quý II năm 2024', 'quarter', '2024-04-01', '2024-06-30'],
  ['Quý II/2025', 'quarter', '2025-04-01', '2025-06-30'],
  ['Quý IV/2026', 'quarter', '2026-10-01', '2026-12-31'],
  ['Tháng 02/2024', 'month', '2024-02-01', '2024-02-29'],
  ['Tháng 6/2024', 'month', '2024-06-01', '2024-06-30'],
  ['6/2025', 'month', '2025-06-01', '2025-06-30'],
  ['06/2025', 'month', '2025-06-01', '2025-06-30'],
  ['12/2028', 'month', '2028-12-01', '2028-12-31'],
  ['Tháng 5/2025', 'month', '2025-05-01', '2025-05-31'],
  ['tháng 7 năm 2026', 'month', '2026-07-01', '2026-07-31'],
  ['chậm nhất ngày 18/11/2023', 'date', null, '2023-11-18'],
  ['trước ngày 30/6/2024', 'date', null, '2024-06-30'],
  ['30/8/2026', 'date', null, '2026-08-30'],
  ['ngày 14 tháng 7 năm 2026', 'date', null, '2026-07-14'],
  ['Năm 2025', 'year', '2025-01-01', '2025-12-31'],
  ['2025', 'year', '2025-01-01', '2025-12-31'],
  ['6 tháng đầu năm 2024', 'half', '2024-01-01', '2024-06-30'],
  ['6 tháng cuối năm 2024', 'half', '2024-07-01', '2024-12-31'],
  ['Thường xuyên', 'continuous', null, null],
  ['Nhiệm vụ thường xuyên', 'continuous', null, null],
  ['hằng quý năm 2024', 'periodic', '2024-01-01', '2024-12-31'],
  ['Hằng năm', 'periodic', null, null],
  ['định kỳ', 'periodic', null, null],
  ['6 tháng, hằng năm và định kỳ', 'periodic', null, null],
  ['Từ tháng 3/2024 đến tháng 6/2024', 'range', '2024-03-01', '2024-06-30'],
  ['Từ tháng 3 đến tháng 6/2024', 'range', '2024-03-01', '2024-06-30'],
  ['2024-2025', 'range', '2024-01-01', '2025-12-31'],
  ['2025 - 2026', 'range', '2025-01-01', '2026-12-31'],
  ['2025 và những năm tiếp theo', 'range', '2025-01-01', null],
  ['Từ tháng 11/2013 trở đi', 'range', '2013-11-01', null],
  ['Từ năm 2013 đến năm 2020 và tiếp theo', 'range', '2013-01-01', null],
  ['Tháng 12/2013 và thường xuyên', 'continuous', '2013-12-01', null],
  ['Tháng 11, 12/2013 và kiện toàn thường xuyên', 'continuous', '2013-11-01', null],
  ['Tháng 11, 12/2013', 'month', '2013-11-01', '2013-12-31'],
  ['Theo từng mốc thời hạn dưới đây', 'unknown', null, null],
  ['Quý I', 'quarter', null, null],
];

describe('parseDeadline', () => {
  it.each(cases)('%s → %s %s..%s', (cell, kind, start, end) => {
    const d = parseDeadline(cell);
    expect(d).not.toBeNull();
    expect({ kind: d!.kind, start: d!.start, end: d!.end }).toEqual({ kind, start, end });
    expect(d!.raw).toBe(cell);
  });

  it('returns null for an empty or dash-only cell', () => {
    expect(parseDeadline('')).toBeNull();
    expect(parseDeadline('   ')).toBeNull();
    expect(parseDeadline('---')).toBeNull();
  });

  it('resolves "100 ngày kể từ ngày ban hành Kế hoạch" against a full document date', () => {
    // 14/7 + 17 days = 31/7, + 31 (Aug) = 48, + 30 (Sep) = 78, + 22 = 100 → 22/10/2026.
    expect(parseDeadline('100 ngày kể từ ngày ban hành Kế hoạch', { docDate: '2026-07-14' })).toEqual({
      raw: '100 ngày kể từ ngày ban hành Kế hoạch',
      kind: 'relative',
      start: '2026-07-14',
      end: '2026-10-22',
      relative: { days: 100, from: 'ngày ban hành Kế hoạch' },
    });
  });

  it('keeps a relative deadline unresolved when the document date is not a full date', () => {
    for (const docDate of [undefined, null, '2026-07', '2026']) {
      expect(parseDeadline('100 ngày kể từ ngày ban hành Kế hoạch', { docDate })).toMatchObject({
        kind: 'relative',
        start: null,
        end: null,
        relative: { days: 100, from: 'ngày ban hành Kế hoạch' },
      });
    }
  });

  it('reads "Từ ngày ban hành Kế hoạch trở đi" (KH 277) as starting on the document date', () => {
    expect(parseDeadline('Từ ngày ban hành Kế hoạch trở đi', { docDate: '2026-07-14' })).toMatchObject({
      kind: 'relative',
      start: '2026-07-14',
      end: null,
      relative: { from: 'ngày ban hành Kế hoạch' },
    });
  });

  it('never guesses: nonsense and impossible dates are unknown', () => {
    expect(parseDeadline('năm tiếp theo')!.kind).toBe('unknown');
    expect(parseDeadline('31/6/2024')!.kind).toBe('unknown');
    expect(parseDeadline('Quý V năm 2024')!.kind).toBe('unknown');
    expect(parseDeadline('Theo kế hoạch của Sở')!.kind).toBe('unknown');
  });
});

describe('parseDeadline — lists, school years, days without a year', () => {
  it.each([
    ['30/6/2024 và 30/12/2024', 'date', null, '2024-12-30'],
    ['Quý I/2024; Quý III/2024', 'quarter', '2024-01-01', '2024-09-30'],
    ['Tháng 6 và tháng 12 năm 2024', 'month', '2024-06-01', '2024-12-31'],
    ['Tháng 6/2024, Quý IV/2024', 'range', '2024-06-01', '2024-12-31'],
    ['Năm học 2023-2024', 'range', '2023-09-01', '2024-08-31'],
    ['Giai đoạn 2021-2025', 'range', '2021-01-01', '2025-12-31'],
    ['Năm 2024 - 2025', 'range', '2024-01-01', '2025-12-31'],
    ['Trước 30/6', 'date', null, null],
    ['trước ngày 15 hằng tháng', 'periodic', null, null],
    ['Tháng 12 hằng năm', 'periodic', null, null],
    ['Quý I/2024 (dự kiến)', 'quarter', '2024-01-01', '2024-03-31'],
    ['Cuối năm 2025', 'year', '2025-01-01', '2025-12-31'],
  ])('%s → %s %s..%s', (cell, kind, start, end) => {
    expect(parseDeadline(cell)).toMatchObject({ kind, start, end });
  });

  it('a list with a value it cannot date stays unknown', () => {
    expect(parseDeadline('30/6/2024 và thường xuyên')).toMatchObject({ kind: 'continuous', start: '2024-06-30', end: null });
    expect(parseDeadline('30/6/2024 và thường xuyên cập nhật')!.kind).toBe('unknown');
    expect(parseDeadline('30/6/2024; theo yêu cầu của Sở')!.kind).toBe('unknown');
  });
});
