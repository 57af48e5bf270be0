// Corpus documents through the real extractors: Kehoachgoc.md (pipe tables, Roman group rows,
// continuation rows without page markers) and the KH 277 PDF appendix (8 page fragments).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract as extractTxt } from '../../src/extract/txt/index.js';
import { tablesToOutput } from '../../src/recognise/tables/index.js';
import { findCaption, stitchTables } from '../../src/table-logic/index.js';
import { tables } from './helpers.js';

import { corpusFile, corpusMissing } from '../helpers/seeds.js';

const KEHOACHGOC = corpusFile('vnmasterplan/Kehoachgoc.md');
const KH277 = corpusFile('parsing-data-from-pdf/kh-cao-diem-100-ngay-c-s-tp-hn.pdf');
corpusMissing('test/tables/corpus.test.ts');

describe.runIf(KEHOACHGOC)('Kehoachgoc.md appendices', async () => {
  if (!KEHOACHGOC) return; // vitest still collects a skipped suite's body
  const model = await extractTxt({ bytes: readFileSync(KEHOACHGOC!), path: 'Kehoachgoc.md', format: 'md' }, {});
  const { blocks, warnings } = stitchTables(model.children);
  const ts = tables(blocks);
  const out = tablesToOutput(ts, { docDate: '2025-01-01', captions: ts.map((t) => findCaption(blocks.slice(0, blocks.indexOf(t)))) });
  const [targets, taskTable] = out.tables;

  it('Phụ lục I is a targets table with groups I, 11 and II', () => {
    expect(out.tables).toHaveLength(2);
    expect(targets).toMatchObject({ appendix: 'PHỤ LỤC I', caption: 'DANH MỤC CÁC CHỈ TIÊU CỤ THỂ', role: 'targets' });
    expect(targets.columns).toEqual({ no: 0, metric: 1, unit: 2, value: 3, lead: 4 });
    // 2 period rows + 41 numbered rows + 11.1–11.12 + 23.1–23.4
    expect(targets.rows).toHaveLength(59);
    expect(targets.groups?.map((g) => [g.no, g.text])).toEqual([
      ['I', 'Đến năm 2030'],
      ['11', 'Chỉ tiêu về thực hiện thủ tục hành chính, dịch vụ công và chỉ đạo, điều hành, quản trị nội bộ trên môi trường điện tử'],
      ['II', 'Đến năm 2045'],
    ]);
  });

  it('Phụ lục II gives 140 tasks in 7 Roman groups; three wrapped rows are joined back', () => {
    expect(taskTable.role).toBe('tasks');
    expect(taskTable.appendix).toBe('PHỤ LỤC II');
    expect(taskTable.groups?.map((g) => g.no)).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII']);
    const tasks = out.tasks;
    expect(tasks).toHaveLength(140);
    expect(tasks.map((t) => t.no)).toEqual(Array.from({ length: 140 }, (_, i) => String(i + 1)));
    expect(tasks[0].group).toMatch(/^Nâng cao nhận thức, đột phá về đổi mới tư duy/);
    expect(tasks[13].group).toMatch(/^Khẩn trương, quyết liệt hoàn thiện thể chế/);
    expect(tasks[109].text).toBe(
      'Xây dựng giải pháp, công cụ để giám sát các cơ sở khám chữa bệnh thực hiện liên thông dữ liệu Sổ sức khỏe điện tử, Giấy chuyển tuyến, Giấy hẹn khám lại; Kết quả xét nghiệm; để cơ sở khám chữa bệnh, bác sĩ khai thác thông tin Sổ sức khỏe trên VNeID trực tiếp từ phần mềm của cơ sở khám chữa bệnh',
    );
    expect(tasks[109]).toMatchObject({ lead: ['Bộ Y tế'], outputs: ['Giải pháp, công cụ'], deadline: { kind: 'month', start: '2025-03-01', end: '2025-03-31' } });
    expect(tasks[107].text).toMatch(/\(4\) Xây dựng sàn giao dịch bất động sản; \(5\) Ứng dụng dữ liệu dân cư/);
    expect(warnings.map((w) => w.code)).toEqual(['TABLE_ROW_JOINED', 'TABLE_ROW_JOINED', 'TABLE_ROW_JOINED']);
  });
});

describe.runIf(KH277)('KH 277 PDF appendix', async () => {
  if (!KH277) return;
  const { extract } = await import('../../src/extract/pdf/index.js');
  const model = await extract({ bytes: new Uint8Array(readFileSync(KH277!)), path: 'kh277.pdf', format: 'pdf' }, {});
  const { blocks } = stitchTables(model.children);
  const ts = tables(blocks);
  const out = tablesToOutput(ts, { docDate: '2026-07-14' });

  it('eight page fragments are one task table of 33 numbered tasks', () => {
    expect(ts).toHaveLength(1);
    expect(ts[0].fragments).toBe(8);
    const [t] = out.tables;
    expect(t.role).toBe('tasks');
    expect(t.columns).toMatchObject({ no: 0, detail: 1, task: 2, lead: 3, support: 4, outputs: 5, deadline: 6 });
    expect(out.tasks.map((x) => x.no)).toEqual(Array.from({ length: 33 }, (_, i) => String(i + 1)));
    expect(findCaption(blocks.slice(0, blocks.indexOf(ts[0])))).toEqual({ appendix: 'Phụ lục', caption: 'DANH MỤC NHIỆM VỤ TRỌNG TÂM TRIỂN KHAI TRONG 100 NGÀY' });
  }, 30000);

  it('groups 1–7 and 12 are group rows; 8–11 are single items', () => {
    const [t] = out.tables;
    expect(t.groups?.map((g) => g.no)).toEqual(['1', '2', '3', '4', '5', '6', '7', '12']);
    expect(t.groups?.[2]).toMatchObject({ text: 'Chuẩn hóa, tích hợp và liên thông hệ thống thông tin, bao gồm:', outputs: ['Đạt được các chỉ tiêu sau đây:'] });
    expect(out.tasks[27].group).toBeUndefined();
  });

  it('the merged support/product/deadline reach tasks 1–8; relative deadlines resolve against 14/7/2026', () => {
    for (const task of out.tasks.slice(0, 8)) {
      expect(task.support).toEqual(['Sở Khoa học và Công nghệ']);
      expect(task.deadline).toMatchObject({ kind: 'date', end: '2026-08-30' });
    }
    expect(out.tasks[0].lead).toEqual(['Sở Tài chính']);
    expect(out.tasks[10].deadline).toMatchObject({ kind: 'relative', start: '2026-07-14', end: '2026-10-22' });
    // Task 14's product list continues at the top of the next page.
    expect(out.tasks[13].outputs.at(-1)).toBe('Phê duyệt phương án tái cấu trúc, đơn giản hóa bảo đảm giảm 50% thời gian giải quyết, 50% thành phần hồ sơ');
  });
});
