import { describe, expect, it } from 'vitest';
import { findCitations, uniqueCitations } from '../../src/recognise/citations/index.js';

const one = (text: string) => {
  const found = findCitations(text);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('findCitations — hand-checked references from the seeds', () => {
  it.each([
    // OUTPUT.md example (seed 000 line 7)
    ['Quyết định số 184/QĐ-UBND ngày 24/01/2024 của Chủ tịch UBND tỉnh về việc giao nhiệm vụ trọng tâm', 'Quyết định', '184/QĐ-UBND', '2024-01-24', 'Chủ tịch UBND tỉnh'],
    // seed 001 line 11
    ['Nghị quyết số 63-NQ/TU ngày 29/12/2021 của Ban Thường vụ Tỉnh ủy về tiếp tục đổi mới căn bản', 'Nghị quyết', '63-NQ/TU', '2021-12-29', 'Ban Thường vụ Tỉnh ủy'],
    // seed 000 line 49: no "số"
    ['Kế hoạch 633/KH-UBND ngày 21/12/2022 của UBND tỉnh về việc huy động trẻ mầm non ra lớp', 'Kế hoạch', '633/KH-UBND', '2022-12-21', 'UBND tỉnh'],
    // seed 004 line 113
    ['Công văn số 2686-CV/TU ngày 06/12/2023 của Ban Thường vụ Tỉnh ủy về thực hiện', 'Công văn', '2686-CV/TU', '2023-12-06', 'Ban Thường vụ Tỉnh ủy'],
    // seed 004 line 81: no date, no issuer
    ['Thông tư số 13/2020/TT-BGDĐT và', 'Thông tư', '13/2020/TT-BGDĐT', null, null],
    // seed 000 line 7: stray space in the number
    ['tại Thông báo số 2117- TB/TU ngày 26/12/2023;', 'Thông báo', '2117-TB/TU', '2023-12-26', null],
    // seed 000 line 225
    ['theo yêu cầu tại Nghị quyết số 686/NQ- UBTVQH15 của Ủy ban Thường vụ Quốc hội.', 'Nghị quyết', '686/NQ-UBTVQH15', null, 'Ủy ban Thường vụ Quốc hội'],
    // seed 000 line 51: year-bearing number, issuer then "theo"
    ['Nghị quyết số 40/2023/NQ-HĐND của HĐND tỉnh theo nội dung', 'Nghị quyết', '40/2023/NQ-HĐND', null, 'HĐND tỉnh'],
    // seed 001 line 101: party-style, issuer with "Trung ương Đảng"
    ['Kết luận số 51-KL/TW ngày 30/5/2019 của Ban Bí thư Trung ương Đảng về tiếp tục', 'Kết luận', '51-KL/TW', '2019-05-30', 'Ban Bí thư Trung ương Đảng'],
    // seed 001 line 103: comma before "ngày"
    ['Kế hoạch số 156/KH-UBND, ngày 13/9/2019 của UBND tỉnh Lạng Sơn về thực hiện', 'Kế hoạch', '156/KH-UBND', '2019-09-13', 'UBND tỉnh Lạng Sơn'],
    // seed 003 line 9: lower-case kind
    ['kế hoạch số 1587/SGDĐT-VP ngày 11/9/2023 của Sở Giáo dục và Đào tạo Hải Dương về việc ban hành', 'Kế hoạch', '1587/SGDĐT-VP', '2023-09-11', 'Sở Giáo dục và Đào tạo Hải Dương'],
    // seed 003 line 55: Quy định with a QĐ number
    ['Quy định số 27/2023/QĐ-UBND, ngày 10/8/2023 của Ủy ban nhân dân tỉnh về “Chế độ ưu đãi', 'Quy định', '27/2023/QĐ-UBND', '2023-08-10', 'Ủy ban nhân dân tỉnh'],
    // seed 000 line 63: issuer followed by a verb
    ['Quyết định số 1677/QĐ-TTg ngày 03/12/2018 của Thủ tướng Chính phủ phê duyệt Đề án phát triển', 'Quyết định', '1677/QĐ-TTg', '2018-12-03', 'Thủ tướng Chính phủ'],
    ['Kế hoạch số 633/UBND-KGVX ngày 21/12/2022 của UBND tỉnh huy động trẻ mầm non ra lớp', 'Kế hoạch', '633/UBND-KGVX', '2022-12-21', 'UBND tỉnh'],
    ['Nghị quyết số 52-NQ/HU ngày 17/11/2021 của Ban Chấp hành Đảng bộ huyện về nâng cao', 'Nghị quyết', '52-NQ/HU', '2021-11-17', 'Ban Chấp hành Đảng bộ huyện'],
    ['Nghị quyết số 19/2017/NQ-HĐND, ngày 13/7/2017 của Hội đồng nhân dân tỉnh Quy định cơ chế', 'Nghị quyết', '19/2017/NQ-HĐND', '2017-07-13', 'Hội đồng nhân dân tỉnh'],
    ['Chương trình số 15/CTr-UBND ngày 29/6/2022 của UBND huyện về thực hiện', 'Chương trình', '15/CTr-UBND', '2022-06-29', 'UBND huyện'],
    ['Nghị định 111/2022/NĐ-CP của Chính phủ, dùng nguồn thu', 'Nghị định', '111/2022/NĐ-CP', null, 'Chính phủ'],
    // KH 277 (PDF): Vietnamese long date
    ['Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị về đột phá', 'Nghị quyết', '57-NQ/TW', '2024-12-22', 'Bộ Chính trị'],
    ['Kế hoạch số 05-KH/BCĐTW ngày 11/7/2026 của Ban Chỉ đạo Trung ương về', 'Kế hoạch', '05-KH/BCĐTW', '2026-07-11', 'Ban Chỉ đạo Trung ương'],
    ['Luật Dữ liệu số 60/2024/QH15 và', 'Luật', '60/2024/QH15', null, null],
  ])('%s', (text, type, number, date, issuer) => {
    const c = one(text);
    expect({ type: c.type, number: c.number, date: c.date, issuer: c.issuer }).toEqual({ type, number, date, issuer });
    expect(text).toContain(c.raw.split(' ')[0]);
  });

  it('raw runs from the kind word through the issuer', () => {
    expect(one('Quyết định số 184/QĐ-UBND ngày 24/01/2024 của Chủ tịch UBND tỉnh về việc giao').raw).toBe(
      'Quyết định số 184/QĐ-UBND ngày 24/01/2024 của Chủ tịch UBND tỉnh',
    );
  });

  it('finds every reference of a long "Căn cứ" sentence (seed 000 line 7) in order', () => {
    const text =
      'Thực hiện Thông báo Kết luận của Thường trực Tỉnh ủy tại Thông báo số 2117- TB/TU ngày 26/12/2023; Quyết định số 184/QĐ-UBND ngày 24/01/2024 của Chủ tịch UBND tỉnh về việc giao nhiệm vụ (sau đây viết tắt là Quyết định số 184/QĐ-UBND); Kế hoạch số 20/KH-UBND ngày 26/01/2024 của Chủ tịch UBND tỉnh triển khai nhiệm vụ trọng tâm năm 2024 của Chủ tịch UBND tỉnh; Sở Giáo dục và Đào tạo (GDĐT) xây dựng Kế hoạch tổ chức';
    expect(findCitations(text).map((c) => c.number)).toEqual(['2117-TB/TU', '184/QĐ-UBND', '184/QĐ-UBND', '20/KH-UBND']);
    expect(uniqueCitations(findCitations(text)).map((c) => [c.number, c.date])).toEqual([
      ['2117-TB/TU', '2023-12-26'],
      ['184/QĐ-UBND', '2024-01-24'],
      ['20/KH-UBND', '2024-01-26'],
    ]);
  });

  it('a list of numbers after one kind word gives one citation each', () => {
    const found = findCitations('thực hiện các Thông tư số 17/2018/TT-BGDĐT, 18/2018/TT-BGDĐT và số 19/2018/TT-BGDĐT ngày 22/8/2018 của Bộ GDĐT; năm 2024, 2025.');
    expect(found.map((c) => [c.type, c.number, c.date, c.issuer, c.raw])).toEqual([
      ['Thông tư', '17/2018/TT-BGDĐT', null, null, 'Thông tư số 17/2018/TT-BGDĐT'],
      ['Thông tư', '18/2018/TT-BGDĐT', null, null, '18/2018/TT-BGDĐT'],
      ['Thông tư', '19/2018/TT-BGDĐT', '2018-08-22', 'Bộ GDĐT', '19/2018/TT-BGDĐT ngày 22/8/2018 của Bộ GDĐT'],
    ]);
  });

  it('a table row: a reference stops at the cell boundary (tab)', () => {
    const row = '11\tKiểm tra việc thực hiện Kế hoạch số 633/UBND-KGVX ngày 21/12/2022 của UBND tỉnh\tPhòng Giáo dục Mầm non\tCác phòng thuộc Sở';
    expect(findCitations(row).map((c) => c.issuer)).toEqual(['UBND tỉnh']);
  });

  it('includes a named document in quotes with number null (seed 001 line 167)', () => {
    expect(one('Triển khai thực hiện hiệu quả Đề án “*Xây dựng xã hội học tập giai đoạn 2021 - 2030*”<sup>11</sup>.')).toEqual({
      raw: 'Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”',
      type: 'Đề án',
      number: null,
      date: null,
      issuer: null,
    });
  });
});

describe('findCitations — must not match', () => {
  it.each([
    ['Kế hoạch này có hiệu lực kể từ ngày ký.'],
    ['Số: 171 /KH - PGDĐT'],
    ['Điện thoại: 0204.3854.123; Fax: 0204 3854 124'],
    ['Kết quả năm học 2023-2024 đạt 95,2%.'],
    ['xây dựng Kế hoạch tổ chức, triển khai thực hiện nhiệm vụ năm 2024'],
    ['Kế hoạch 2024-2025 của nhà trường'],
    ['Tiêu chí số 5 và Tiêu chí số 14'],
    ['Tiếp tục thực hiện hiệu quả Đề án phát triển đội ngũ nhà giáo'],
    ['bám sát chương trình "cốt lõi" của Bộ'],
    ['(Kèm theo Kế hoạch số /KH-SGDĐT ngày /01/2024 của Sở GDĐT)'],
  ])('%s', (text) => {
    expect(findCitations(text)).toEqual([]);
  });
});

describe('findCitations — PDF text with line breaks', () => {
  it('continues an issuer over a wrapped line', () => {
    expect(findCitations('Thực hiện Kế hoạch số 05-KH/BCĐTW ngày 11/7/2026 của Ban Chỉ đạo\nTrung ương về Kế hoạch hành động')[0]!.issuer).toBe('Ban Chỉ đạo Trung ương');
  });
  it('stops an issuer where the next table column starts (KH 277 page 5)', () => {
    const c = findCitations('theo Chỉ thị\nsố 05/CT-TTg ngày 13/02/2025 của Thủ\ntướng Chính phủ\nSở Nông nghiệp và\nMôi trường')[0]!;
    expect(c).toEqual({ raw: 'Chỉ thị số 05/CT-TTg ngày 13/02/2025 của Thủ tướng Chính phủ', type: 'Chỉ thị', number: '05/CT-TTg', date: '2025-02-13', issuer: 'Thủ tướng Chính phủ' });
  });
});
