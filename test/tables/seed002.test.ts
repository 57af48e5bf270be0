// Seed 002 (KH hội nghị giao ban giữa kỳ I): Phụ lục I is a meeting schedule with sub-rows,
// Phụ lục II a 19-row list whose row 10 is split across a page.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/txt/index.js';
import { findCaption, stitchTables } from '../../src/table-logic/index.js';
import { tablesToOutput } from '../../src/recognise/tables/index.js';
import { blocksFromTsv, seedLines, seedPath, tables, texts } from './helpers.js';

const ROW_10 =
  'Tiến độ triển khai thực hiện Đề án phát triển trung tâm GDNN-GDTX gắn với nâng cao chất lượng, hiệu quả công tác phân luồng học sinh tốt nghiệp THCS, THPT giai đoạn 2021-2025; giáo dục hướng nghiệp và định hướng phân luồng học sinh trong giáo dục phổ thông; thực hiện kết hợp dạy văn hóa phổ thông với dạy nghề hiệu quả, đúng quy định.';

const SCHEDULE = [
  ['1', "7h30' - 7h35'", '- Đón tiếp đại biểu', 'Ban Tổ chức'],
  ['2', "7h35' - 11h00'", '- Tuyên bố lý do, giới thiệu đại biểu', 'Chánh Văn phòng Sở GDĐT'],
  ['', '', '- Báo cáo đề dẫn triển khai nhiệm vụ trọng tâm 9 tuần đầu học kỳ I; triển khai nhiệm vụ trọng tâm các tháng còn lại của năm học 2023-2024', 'Đồng chí Bạch Đăng Khoa - PGĐ Sở GDĐT'],
  ['', '', '- Thảo luận; Giải trình (Nếu có)', '03 đồng chí Phó Giám đốc Sở GDĐT'],
  ['3', "11h00' - 11h30'", '- Phát biểu của Giám đốc Sở GDĐT', 'Giám đốc Sở GDĐT'],
  ['4', "11h30' - 11h35'", '- Kết thúc hội nghị', 'Chánh Văn phòng Sở GDĐT'],
];

async function model002() {
  return extract({ bytes: readFileSync(seedPath('002_')), path: '002.txt', format: 'txt' }, {});
}

describe('seed 002', () => {
  it('the list table is one table of 19 rows with row 10 repaired (hand-built fragments)', () => {
    const ts = tables(stitchTables(blocksFromTsv(seedLines('002_', 105, 127))).blocks);
    expect(ts).toHaveLength(1);
    const body = texts(ts[0]).slice(1);
    expect(body).toHaveLength(19);
    expect(body.map((r) => r[0])).toEqual(Array.from({ length: 19 }, (_, i) => String(i + 1)));
    expect(body[9]).toEqual(['10', ROW_10]);
    expect(body[10]).toEqual(['11', 'Công tác lãnh đạo, chỉ đạo tập trung nâng cao chất lượng bồi dưỡng đội tuyển HSG Quốc gia']);
  });

  it('the schedule keeps its sub-rows as rows (no page break between them)', () => {
    const ts = tables(stitchTables(blocksFromTsv(seedLines('002_', 90, 96))).blocks);
    expect(texts(ts[0]).slice(1)).toEqual(SCHEDULE);
  });

  it('through the real extractor: two tables with roles, captions and rows', async () => {
    const model = await model002();
    const { blocks } = stitchTables(model.children);
    const ts = tables(blocks);
    expect(ts).toHaveLength(2);
    const captions = ts.map((t) => findCaption(blocks.slice(0, blocks.indexOf(t))));
    expect(captions[0].appendix).toBe('Phụ lục I');
    expect(captions[0].caption).toMatch(/^CHƯƠNG TRÌNH \(DỰ KIẾN\) HỘI NGHỊ GIAO BAN GIỮA KỲ I/);
    expect(captions[1].appendix).toBe('Phụ lục II');
    expect(captions[1].caption).toMatch(/^DANH MỤC CÁC NỘI DUNG THAM LUẬN/);
    const out = tablesToOutput(ts, { captions });
    const [schedule, list] = out.tables;
    expect(schedule.role).toBe('schedule');
    expect(schedule.header).toEqual(['TT', 'Thời gian', 'Nội dung', 'Thực hiện']);
    expect(schedule.rows).toEqual(SCHEDULE);
    expect(schedule.columns).toEqual({ no: 0, time: 1, task: 2, lead: 3 });
    expect(list.role).toBe('list');
    expect(list.header).toEqual(['TT', 'Nội dung tham luận']);
    expect(list.rows).toHaveLength(19);
    expect(list.rows[9]).toEqual(['10', ROW_10]);
    expect(list.appendix).toBe('Phụ lục II');
    // Neither a schedule nor a list gives tasks.
    expect(out.tasks).toEqual([]);
  });
});
