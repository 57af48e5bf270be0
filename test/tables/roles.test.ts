// Column roles from header synonyms and table roles; captions from the lines before a table.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/model/document.js';
import { columnRoleOf, COLUMN_SYNONYMS, detectColumnRoles, findCaption, normaliseHeader, tableRole } from '../../src/table-logic/index.js';
import { COLUMN_SYNONYM_START_RE } from '../../src/table-logic/patterns.js';
import { SEEDS_DIR, seedNames } from '../helpers/seeds.js';

describe('normaliseHeader', () => {
  it('ignores case, spacing and spaces around "/"', () => {
    expect(normaliseHeader('KẾT QUẢ DỰ KIẾN/SẢN PHẨM')).toBe(normaliseHeader('KẾT QUẢ DỰ KIẾN/ SẢN PHẨM'));
    expect(normaliseHeader('  Kết quả  dự kiến / sản phẩm ')).toBe('kết quả dự kiến/sản phẩm');
  });
  it('keeps different names apart', () => {
    expect(normaliseHeader('ĐƠN VỊ CHỦ TRÌ')).not.toBe(normaliseHeader('ĐƠN VỊ PHỐI HỢP'));
  });
});

describe('columnRoleOf', () => {
  const cases: [string, string][] = [
    ['TT', 'no'], ['STT', 'no'], ['Stt TT', 'no'], ['Số TT', 'no'],
    ['Chi tiết', 'detail'],
    ['NHIỆM VỤ', 'task'], ['NỘI DUNG', 'task'], ['Tên nhiệm vụ', 'task'], ['Nội dung công việc', 'task'], ['Nội dung tham luận', 'task'],
    ['ĐƠN VỊ CHỦ TRÌ', 'lead'], ['Cơ quan chủ trì', 'lead'], ['Chủ trì thực hiện', 'lead'], ['Đơn vị thực hiện', 'lead'], ['Thực hiện', 'lead'],
    ['Cơ quan chủ trì theo dõi, đánh giá', 'lead'],
    ['ĐƠN VỊ PHỐI HỢP', 'support'], ['Cơ quan phối hợp', 'support'],
    ['LỘ TRÌNH THỰC HIỆN', 'deadline'], ['THỜI GIAN', 'deadline'], ['THỜI HẠN', 'deadline'], ['Tiến độ', 'deadline'],
    ['Thời gian hoàn thành', 'deadline'], ['Thời gian thực hiện', 'deadline'],
    ['KẾT QUẢ DỰ KIẾN/ SẢN PHẨM', 'outputs'], ['Sản phẩm', 'outputs'], ['Kết quả', 'outputs'], ['Hình thức văn bản', 'outputs'],
    ['Số ngày dự kiến', 'duration'],
    ['Chỉ tiêu', 'metric'], ['Đơn vị', 'unit'], ['Đơn vị tính', 'unit'],
  ];
  it.each(cases)('%s → %s', (h, role) => expect(columnRoleOf(h)).toBe(role));
  it('names no role for other cells', () => {
    for (const h of ['Ghi chú xyz', 'Hướng dẫn, tổ chức tập huấn chuyên môn', '1', '', 'Phòng Giáo dục Mầm non']) {
      expect(columnRoleOf(h)).not.toBe('lead');
    }
    expect(columnRoleOf('Phòng Giáo dục Mầm non')).toBeNull();
  });
});

describe('header synonym start words', () => {
  const byPatterns = (h: string): string | null => {
    const key = normaliseHeader(h);
    return key ? (COLUMN_SYNONYMS.find(([, re]) => re.test(key))?.[0] ?? null) : null;
  };
  it('cover every synonym: each sample header starts with one of them', () => {
    for (const [, , sample] of COLUMN_SYNONYMS) expect(COLUMN_SYNONYM_START_RE.test(normaliseHeader(sample)), sample).toBe(true);
  });
  it('give the roles the patterns alone give, on every cell and line of the seeds', () => {
    const cells = seedNames().flatMap((f) => readFileSync(join(SEEDS_DIR, f), 'utf8').split(/[\n|\t]+/u).map((c) => c.trim()));
    for (const h of cells) expect(columnRoleOf(h), h).toBe(byPatterns(h));
  });
});

describe('tableRole', () => {
  it('seed 000 appendix is a task table', () => {
    const header = ['TT', 'NHIỆM VỤ', 'ĐƠN VỊ CHỦ TRÌ', 'ĐƠN VỊ PHỐI HỢP', 'LỘ TRÌNH THỰC HIỆN', 'KẾT QUẢ DỰ KIẾN/SẢN PHẨM'];
    const r = tableRole(header, [['1', 'Hướng dẫn', 'Phòng Khảo thí', 'Phòng GDĐT', 'Quý I năm 2024', 'Kế hoạch']]);
    expect(r).toEqual({ role: 'tasks', columns: { no: 0, task: 1, lead: 2, support: 3, deadline: 4, outputs: 5 } });
  });
  it('seed 002 Phụ lục I is a schedule, not a task table', () => {
    const body = [
      ['1', "7h30' - 7h35'", '- Đón tiếp đại biểu', 'Ban Tổ chức'],
      ['2', "7h35' - 11h00'", '- Tuyên bố lý do', 'Chánh Văn phòng Sở GDĐT'],
      ['', '', '- Thảo luận', '03 đồng chí Phó Giám đốc Sở GDĐT'],
    ];
    expect(tableRole(['TT', 'Thời gian', 'Nội dung', 'Thực hiện'], body).role).toBe('schedule');
  });
  it('the same header with months is a task table', () => {
    expect(tableRole(['TT', 'Thời gian', 'Nội dung', 'Thực hiện'], [['1', 'Tháng 3/2024', 'Tổng kết', 'Văn phòng']]).role).toBe('tasks');
  });
  it('targets, list, other', () => {
    expect(tableRole(['TT', 'Chỉ tiêu', 'Đơn vị', 'Kết quả', 'Cơ quan chủ trì theo dõi, đánh giá'], []).role).toBe('targets');
    expect(tableRole(['TT', 'Nội dung tham luận'], [['1', 'Các khó khăn']]).role).toBe('list');
    expect(tableRole(['Họ và tên', 'Chức vụ', 'Đơn vị công tác'], []).role).toBe('other');
    expect(tableRole(['', ''], [['a', 'b']]).role).toBe('other');
  });
  it('KH 277 header with a detail column', () => {
    expect(detectColumnRoles(['Stt TT', 'Chi tiết', 'Tên nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Sản phẩm', 'Thời hạn'])).toEqual({
      no: 0, detail: 1, task: 2, lead: 3, support: 4, outputs: 5, deadline: 6,
    });
  });
});

describe('findCaption', () => {
  const p = (text: string): Block => ({ type: 'paragraph', text });
  const h = (text: string): Block => ({ type: 'heading', text });
  it('seed 000: "PHỤ LỤC" and its two-line bold title, not the "(Kèm theo…)" note', () => {
    const before = [
      p('Lưu: VT, VP.'),
      h('PHỤ LỤC'),
      p('Một số nhiệm vụ cụ thể của Kế hoạch tổ chức, triển khai thực hiện nhiệm vụ trọng tâm và nhiệm vụ đăng ký của người đứng đầu ngành Giáo dục năm 2024'),
      p('(Kèm theo Kế hoạch số /KH-SGDĐT ngày /01/2024 của Sở GDĐT)'),
    ];
    expect(findCaption(before)).toEqual({
      appendix: 'PHỤ LỤC',
      caption: 'Một số nhiệm vụ cụ thể của Kế hoạch tổ chức, triển khai thực hiện nhiệm vụ trọng tâm và nhiệm vụ đăng ký của người đứng đầu ngành Giáo dục năm 2024',
    });
  });
  it('"Phụ lục I: TITLE" on one line', () => {
    expect(findCaption([p('Phụ lục I: DANH MỤC NHIỆM VỤ')])).toEqual({ appendix: 'Phụ lục I', caption: 'DANH MỤC NHIỆM VỤ' });
  });
  it('no appendix line: nothing, and a body sentence mentioning "Phụ lục kèm theo" is not one', () => {
    expect(findCaption([p('Các nhiệm vụ cụ thể thực hiện theo Phụ lục kèm theo Kế hoạch này.')])).toEqual({});
    expect(findCaption([h('PHỤ LỤC'), { type: 'table', rows: [] }, p('Ghi chú')])).toEqual({});
  });
});
