import { describe, expect, it } from 'vitest';
import { findAllDeadlines, findDeadline } from '../../src/values/deadline/index.js';

describe('findDeadline — running text (must match)', () => {
  it.each([
    // seed 000 line 103
    ['đề xuất Kế hoạch phát triển đến năm 2025 và năm 2030; **hoàn thành trong Quý I, năm 2024.**', 'hoàn thành trong Quý I, năm 2024', 'quarter', '2024-01-01', '2024-03-31'],
    // seed 002 line 57 / 59
    ['gửi Văn phòng chậm nhất **ngày 18/11/2023** để gửi về cơ sở', 'chậm nhất ngày 18/11/2023', 'date', null, '2023-11-18'],
    ['(gửi bản mềm trước ngày **18/11/2023** theo địa chỉ email: Lhan@bacgiang.edu.vn).', 'trước ngày 18/11/2023', 'date', null, '2023-11-18'],
    ['Sở Tài chính hoàn thành trước ngày 30/6/2024.', 'hoàn thành trước ngày 30/6/2024', 'date', null, '2024-06-30'],
    // seed 000 line 157
    ['báo cáo Giám đốc Sở GDĐT theo hằng quý năm 2024.', 'theo hằng quý năm 2024', 'periodic', '2024-01-01', '2024-12-31', 'quarter'],
    // seed 001 line 203
    ['định kỳ hằng năm tổng hợp báo cáo UBND huyện, Sở GDĐT kết quả thực hiện.', 'định kỳ hằng năm', 'periodic', null, null, 'year'],
    // congbot KH 252/2013
    ['Thời gian thực hiện: Tháng 12/2013 và thường xuyên.', 'Tháng 12/2013 và thường xuyên', 'continuous', '2013-12-01', null],
    ['Thời gian thực hiện: Từ năm 2013 đến năm 2020 và tiếp theo.', 'Từ năm 2013 đến năm 2020 và tiếp theo', 'range', '2013-01-01', null],
    ['Thời hạn: Thường xuyên.', 'Thường xuyên', 'continuous', null, null],
    ['Tổ chức sơ kết trong tháng 01 năm 2025.', 'trong tháng 01 năm 2025', 'month', '2025-01-01', '2025-01-31'],
    ['Tổ chức sơ kết trong 6 tháng đầu năm 2024.', 'trong 6 tháng đầu năm 2024', 'half', '2024-01-01', '2024-06-30'],
    ['triển khai từ tháng 3/2024 đến tháng 6/2024 tại các trường', 'từ tháng 3/2024 đến tháng 6/2024', 'range', '2024-03-01', '2024-06-30'],
  ])('%s', (text, raw, kind, start, end, period?: string) => {
    expect(findDeadline(text)).toEqual({ raw, kind, start, end, ...(period ? { period } : {}) });
  });

  it('resolves a relative phrase against the document date (KH 277, 14/7/2026)', () => {
    expect(findDeadline('1. Thời gian thực hiện: 100 ngày kể từ ngày Kế hoạch được ban hành.', { docDate: '2026-07-14' })).toEqual({
      raw: '100 ngày kể từ ngày Kế hoạch được ban hành',
      kind: 'relative',
      start: '2026-07-14',
      end: '2026-10-22',
      relative: { days: 100, from: 'ngày Kế hoạch được ban hành' },
    });
    // 14/7 + 15 days = 29/7/2026
    expect(findDeadline('HanoiWork, hoàn thành trong 15 ngày kể từ ngày Kế hoạch được ban hành; số liệu', { docDate: '2026-07-14' })).toMatchObject({
      raw: 'hoàn thành trong 15 ngày kể từ ngày Kế hoạch được ban hành',
      start: '2026-07-14',
      end: '2026-07-29',
    });
  });

  it('ends the "from" after the issuing words when PDF columns run on', () => {
    expect(findDeadline('Hạ tầng số 100 ngày kể từ ngày ban hành Kế hoạch 13 c Sở Khoa học và Công nghệ', { docDate: '2026-07-14' })).toEqual({
      raw: '100 ngày kể từ ngày ban hành Kế hoạch',
      kind: 'relative',
      start: '2026-07-14',
      end: '2026-10-22',
      relative: { days: 100, from: 'ngày ban hành Kế hoạch' },
    });
  });

  it('keeps a relative deadline counted from something else unresolved', () => {
    expect(findDeadline('giải quyết trong 10 ngày kể từ ngày nhận được hồ sơ hợp lệ.', { docDate: '2026-07-14' })).toEqual({
      raw: 'trong 10 ngày kể từ ngày nhận được hồ sơ hợp lệ',
      kind: 'relative',
      start: null,
      end: null,
      relative: { days: 10, from: 'ngày nhận được hồ sơ hợp lệ' },
    });
  });

  it('prefers the stronger lead word: "hoàn thành trong Quý I" over a horizon year', () => {
    expect(findDeadline('Kế hoạch phát triển đến năm 2025 và năm 2030; hoàn thành trong Quý I, năm 2024')!.raw).toBe('hoàn thành trong Quý I, năm 2024');
  });

  it('findAllDeadlines lists each phrase once, in order', () => {
    const text = 'gửi Văn phòng chậm nhất ngày 18/11/2023; gửi bản mềm trước ngày 25/11/2023.';
    expect(findAllDeadlines(text).map((d) => d.end)).toEqual(['2023-11-18', '2023-11-25']);
  });
});

describe('findDeadline — must not match', () => {
  it.each([
    // a cited document's date is not a deadline (seed 000 line 49)
    ['Thực hiện Kế hoạch số 633/KH-UBND ngày 21/12/2022 của UBND tỉnh về việc huy động trẻ mầm non ra lớp'],
    ['Quyết định số 184/QĐ-UBND ngày 24/01/2024 của Chủ tịch UBND tỉnh'],
    // "thường xuyên" as an adverb or in a unit name
    ['Bảo đảm sự phối hợp thường xuyên, chặt chẽ, hiệu quả giữa các đơn vị'],
    ['Phòng Giáo dục Trung học, giáo dục thường xuyên'],
    // a horizon, a school year, a period — not deadlines
    ['đề xuất Kế hoạch phát triển đến năm 2025 và năm 2030'],
    ['nhất là giai đoạn từ năm học 2027-2028'],
    ['Kết quả năm học 2023-2024 đạt 95,2%'],
    ['Trong năm 2023, toàn huyện có 15 trường đạt chuẩn'],
    // a target measured yearly
    ['Tỷ lệ tốt nghiệp THPT hằng năm đạt trên 99%.'],
    ['Hết thời hạn 100 ngày, Sở Khoa học và Công nghệ chủ trì tổng hợp kết quả'],
    ['Kế hoạch này có hiệu lực kể từ ngày ký.'],
    ['như trước đây'],
  ])('%s', (text) => {
    expect(findDeadline(text)).toBeNull();
  });
});
