// Deadlines in table cells (issue 11 item 9): the year from the column header or the document, a start
// year, a phrase inside a longer cell, periodic cells with their period, "đến 30/5/2025" without "ngày".
// A meeting time in running text and a cited document's date are never deadlines.
import { describe, expect, it } from 'vitest';
import { eventTime, findDeadline, hoursOf, parseDeadline } from '../../src/values/deadline/index.js';
import { cellYear } from '../../src/recognise/tables/index.js';

const cell = (text: string, year: number | null = null) => {
  const d = parseDeadline(text, { docDate: null, year });
  return d && { kind: d.kind, start: d.start, end: d.end, ...(d.period ? { period: d.period } : {}) };
};

describe('deadline cells', () => {
  it('takes the year of the column header or the document for a day without one', () => {
    expect(cell('Từ 19 giờ 30 phút - 20 giờ ngày 12 tháng 3', 2025)).toEqual({ kind: 'date', start: null, end: '2025-03-12' });
    expect(cell('Ngày 15/3', 2025)).toEqual({ kind: 'date', start: null, end: '2025-03-15' });
    expect(cell('Tháng 6', 2025)).toEqual({ kind: 'month', start: '2025-06-01', end: '2025-06-30' });
    // The cell's own year wins over the context's.
    expect(cell('Tháng 02/2024', 2025)).toEqual({ kind: 'month', start: '2024-02-01', end: '2024-02-29' });
    // Without a year anywhere the dates stay null, never guessed.
    expect(cell('ngày 12 tháng 3')).toEqual({ kind: 'date', start: null, end: null });
  });
  it('reads a start year, a phrase inside a longer cell, "đến" + date', () => {
    expect(cell('Bắt đầu thực hiện từ năm 2025')).toEqual({ kind: 'range', start: '2025-01-01', end: null });
    expect(cell('Xây dựng báo cáo, gửi Sở Nội vụ chậm nhất là ngày 20/6/2025 để tổng hợp')).toEqual({ kind: 'date', start: null, end: '2025-06-20' });
    expect(cell('đến 30/5/2025')).toEqual({ kind: 'date', start: null, end: '2025-05-30' });
  });
  it('gives periodic cells their period', () => {
    expect(cell('Trước ngày 05 của tháng liền kề')).toEqual({ kind: 'periodic', start: null, end: null, period: 'month' });
    expect(cell('Hằng tuần')).toEqual({ kind: 'periodic', start: null, end: null, period: 'week' });
    expect(cell('Trước ngày 31/01 năm liền kề')).toEqual({ kind: 'periodic', start: null, end: null, period: 'year' });
    expect(cell('Định kỳ hằng quý')).toEqual({ kind: 'periodic', start: null, end: null, period: 'quarter' });
  });
  it('never takes a cited document\'s date for a deadline', () => {
    expect(cell('Theo Quyết định số 12/QĐ-UBND ngày 05/3/2025')).toMatchObject({ kind: 'unknown', start: null, end: null });
  });
});

describe('the year of a table', () => {
  it('comes from the deadline column header, the caption, the title, then the date', () => {
    expect(cellYear('Thời gian (Năm 2025)', undefined, { docDate: '2024-12-20' })).toBe(2025);
    expect(cellYear('Thời gian', 'Lịch trình năm 2025', { docDate: '2024-12-20' })).toBe(2025);
    expect(cellYear('Thời gian', undefined, { docDate: '2024-12-20', docTitle: 'Kế hoạch tuyên truyền năm 2025' })).toBe(2025);
    expect(cellYear('Thời gian', undefined, { docDate: '2024-12-20', docTitle: 'Kế hoạch giai đoạn 2021 - 2025' })).toBe(2024);
    expect(cellYear(undefined, undefined, {})).toBeNull();
  });
});

describe('running text', () => {
  it('a meeting time is not a deadline; a deadline word makes it one', () => {
    expect(findDeadline('Hội nghị tổ chức từ 19 giờ 30 phút - 20 giờ ngày 12/3/2025 tại Hội trường tỉnh.')).toBeNull();
    expect(findDeadline('gửi báo cáo trước 17 giờ ngày 12/3/2025')).toMatchObject({ kind: 'date', end: '2025-03-12' });
  });
});

describe('event times (issue 11 item 9: a meeting date is never a deadline)', () => {
  it('reads the hour and day of an event', () => {
    expect(eventTime('Từ 19 giờ 30 phút - 20 giờ ngày 12 tháng 3', { year: 2025 })).toEqual({ raw: 'Từ 19 giờ 30 phút - 20 giờ ngày 12 tháng 3', date: '2025-03-12', from: '19:30', to: '20:00' });
    expect(eventTime("7h30' - 7h35'")).toEqual({ raw: "7h30' - 7h35'", date: null, from: '07:30', to: '07:35' });
    expect(eventTime('Dự kiến từ 07 giờ 30 phút ngày 24/11/2023 (thứ Sáu)')).toMatchObject({ date: '2023-11-24', from: '07:30' });
    expect(hoursOf('14h00 - 16:30')).toEqual(['14:00', '16:30']);
  });
  it('a day alone is an event only in a schedule', () => {
    expect(eventTime('Ngày 24/11/2023', { schedule: true })).toEqual({ raw: 'Ngày 24/11/2023', date: '2023-11-24' });
    expect(eventTime('Ngày 24/11/2023')).toBeNull();
  });
  it('a deadline word keeps a cell a deadline; periods and no time are no event', () => {
    for (const s of ['Trước 17 giờ ngày 12/3/2025', 'Chậm nhất 10h00 ngày 20/6/2025', 'Hoàn thành trước ngày 24/11/2023', 'Thời hạn: 8 giờ ngày 5/3/2025', 'Quý I năm 2025', 'Hằng tuần', '5 ha', 'Nghị định 30/2020']) {
      expect(eventTime(s, { schedule: true }), s).toBeNull();
    }
  });
});
