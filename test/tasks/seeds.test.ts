// Tasks on the real seeds (extract → buildSections → findTasks); counts and leads counted by hand in the text.
import { describe, expect, it } from 'vitest';
import { findTasks } from '../../src/recognise/tasks/index.js';
import type { Task } from '../../src/model/registry.js';

import { seedSections } from '../targets/load.js';

const tasksOf = async (prefix: string, docDate: string | null = null): Promise<Task[]> => {
  const { preamble, sections } = await seedSections(prefix);
  return findTasks([preamble, ...sections], { docDate });
};
const countBy = (ts: Task[], key: (t: Task) => string) => ts.reduce<Record<string, number>>((m, t) => ({ ...m, [key(t)]: (m[key(t)] ?? 0) + 1 }), {});

describe('tasks on the seeds', () => {
  it('000 IV. TỔ CHỨC THỰC HIỆN: 10 addressees (1. Phụ trách chung is not a duty), 24 duties', async () => {
    const a = (await tasksOf('000')).filter((t) => t.origin === 'assignment');
    expect(countBy(a, (t) => t.section ?? '')).toEqual({
      'IV.2': 1, // Các đồng chí Phó Giám đốc Sở: Chỉ đạo các phòng …
      'IV.3': 5, // Phòng Kế hoạch tài chính Sở GDĐT, five "- " items
      'IV.4': 3, // Phòng Khảo thí và Kiểm định Chất lượng Giáo dục
      'IV.5': 1, // Phòng Giáo dục Mầm non, one paragraph
      'IV.6': 4, // Phòng GD Tiểu học - CTTT và Phòng GD Trung học, GDTX
      'IV.7': 2, // Phòng Tổ chức Cán bộ, two paragraphs
      'IV.8': 1, // Văn phòng Sở GDĐT (a paragraph split by a page break, joined)
      'IV.9': 1, // Thanh tra Sở GDĐT
      'IV.10': 4, // Đối với phòng GDĐT các huyện, thị xã và thành phố
      'IV.11': 2, // Các đơn vị trực thuộc Sở GDĐT
    });
    expect(a.map((t) => t.id)).toEqual(Array.from({ length: 24 }, (_, i) => `A${i + 1}`));
    expect(a.find((t) => t.section === 'IV.2')!.lead).toEqual(['Các đồng chí Phó Giám đốc Sở']);
    expect(a.filter((t) => t.section === 'IV.6')[0].lead).toEqual(['Phòng Giáo dục Tiểu học - Chính trị Tư tưởng', 'Phòng Giáo dục Trung học, giáo dục thường xuyên']);
    // "Đối với" is dropped; the first bullet names its own addressee ("Trưởng phòng GDĐT … có trách nhiệm").
    expect(a.filter((t) => t.section === 'IV.10').map((t) => t.lead[0])).toEqual([
      'Trưởng phòng GDĐT các huyện, thị xã và thành phố',
      'Phòng GDĐT các huyện, thị xã và thành phố',
      'Phòng GDĐT các huyện, thị xã và thành phố',
      'Phòng GDĐT các huyện, thị xã và thành phố',
    ]);
  });

  it('000: the Phòng Kế hoạch tài chính duty "hoàn thành trong Quý I, năm 2024" is due in Q1 2024', async () => {
    const t = (await tasksOf('000')).find((x) => x.section === 'IV.3')!;
    expect(t.lead).toEqual(['Phòng Kế hoạch tài chính Sở GDĐT']);
    expect(t.text.startsWith('Chủ trì tham mưu lãnh đạo Sở tham mưu UBND tỉnh chỉ đạo rà soát')).toBe(true);
    expect(t.deadline).toMatchObject({ kind: 'quarter', start: '2024-01-01', end: '2024-03-31' });
  });

  it('000 III. NHIỆM VỤ VÀ GIẢI PHÁP: 15 section tasks (2 paragraphs of item 1, items 2–8 whole, 6 bullets of item 9)', async () => {
    const s = (await tasksOf('000')).filter((t) => t.origin === 'section');
    expect(countBy(s, (t) => t.section ?? '')).toEqual({ 'III.1': 2, 'III.2': 1, 'III.3': 1, 'III.4': 1, 'III.5': 1, 'III.6': 1, 'III.7': 1, 'III.8': 1, 'III.9': 6 });
    expect(s.find((t) => t.section === 'III.2')!.no).toBe('2');
    expect(s.find((t) => t.section === 'III.9')!.group).toBe('Nâng cao chất lượng ôn thi tốt nghiệp THPT năm 2024. Tập trung chỉ đạo các đơn vị trực thuộc Sở thực hiện các nội dung');
  });

  it('002 III: unit 5 (heading up to the colon) sends its report "trước ngày 18/11/2023"', async () => {
    const a = await tasksOf('002');
    expect(a.map((t) => [t.section, t.lead])).toEqual([
      ['III.2', ['Các đồng chí Phó Giám đốc Sở']],
      ['III.3', ['Văn phòng']],
      ['III.4', ['Trưởng các phòng thuộc Sở', 'Chánh Thanh tra Sở']],
      ['III.5', ['Phòng GDĐT các huyện, thành phố', 'các đơn vị trực thuộc Sở', 'các trường cao đẳng có giảng dạy chương trình GDTX cấp THPT']],
      ['III.5', ['Sở GDĐT']], // "Sở GDĐT gửi báo cáo đề dẫn tới các đơn vị …" names its own lead
    ]);
    expect(a[1].support).toEqual(['các phòng thuộc Sở']);
    expect(a[3].text.startsWith('Chuẩn bị báo cáo tham luận')).toBe(true);
    expect(a[3].deadline).toMatchObject({ kind: 'date', end: '2023-11-18' });
    expect(a[2].deadline).toMatchObject({ kind: 'date', end: '2023-11-18' }); // "chậm nhất ngày 18/11/2023"
  });

  it('001 IV: units 1–7, one duty per paragraph, 19 in all', async () => {
    const a = (await tasksOf('001')).filter((t) => t.origin === 'assignment');
    const p = (n: number) => `PHẦN THỨ HAI.IV.${n}`;
    expect(countBy(a, (t) => t.section ?? '')).toEqual({ [p(1)]: 5, [p(2)]: 2, [p(3)]: 2, [p(4)]: 3, [p(5)]: 2, [p(6)]: 2, [p(7)]: 3 });
    expect(a.filter((t) => t.section === p(4))[0]).toMatchObject({
      lead: ['Phòng Lao động, Thương binh, Xã hội - Dân tộc'],
      support: ['ngành giáo dục và đào tạo', 'các cơ quan, đơn vị liên quan'],
    });
    expect(a.filter((t) => t.section === p(6))[0].lead).toEqual(['Ủy ban nhân dân các xã, thị trấn']);
  });

  it('003 III: one paragraph without a unit heading, lead from its sentence', async () => {
    const a = (await tasksOf('003')).filter((t) => t.origin === 'assignment');
    expect(a).toHaveLength(1);
    expect(a[0].lead).toEqual(['Hiệu trưởng các nhà trường']);
    expect(a[0].text).toContain('và tình hình thực tiễn của nhà trường'); // the page-split half is part of it
  });

  it('004 THÔNG BÁO: "Thứ nhất" … "Thứ mười" are section tasks; leads from "Giao …"', async () => {
    const s = await tasksOf('004');
    expect(s.every((t) => t.origin === 'section')).toBe(true);
    expect(new Set(s.map((t) => t.section!.split('.')[0]))).toEqual(
      new Set(['Thứ nhất', 'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy', 'Thứ tám', 'Thứ chín', 'Thứ mười']),
    );
    const giao = s.find((t) => t.text.includes('Giao Phòng Giáo dục Trung học'))!;
    expect(giao).toMatchObject({ section: 'Thứ chín', lead: ['Phòng Giáo dục Trung học, Giáo dục thường xuyên', 'Văn phòng Sở'], support: ['các phòng chuyên môn khác'] });
    // Nothing from the reported results before "Thứ nhất".
    expect(s.some((t) => t.text.includes('xếp thứ 3/20'))).toBe(false);
  });
});
