// One unit lexicon and one list of closing formulas for the whole project (issue 11): the lists live
// in src/vocab and nowhere else; the closing formulas are never duties, a duty is not a formula.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NOT_A_DUTY, testVocab, UNIT_HEADS } from '../../src/vocab/index.js';
import { UNIT_HEADS as SPLITTER_HEADS } from '../../src/recognise/units/index.js';
import { actorsInText } from '../../src/recognise/tasks/actors.js';

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : f.endsWith('.ts') ? [join(dir, f)] : []));

describe('one vocabulary', () => {
  it('the unit heads are one list, in src/vocab/units.ts', () => {
    expect(SPLITTER_HEADS).toBe(UNIT_HEADS);
    const lists = files('src').filter((f) => /\bUNIT_HEADS\s*=/u.test(readFileSync(f, 'utf8')));
    expect(lists).toEqual([join('src', 'vocab', 'units.ts')]);
  });
  it('closing formulas are one list, in src/vocab/closing.ts', () => {
    const lists = files('src').filter((f) => /CLOSING_FORMULA(?:_RE)?\s*=/u.test(readFileSync(f, 'utf8')));
    expect(lists).toEqual([join('src', 'vocab', 'closing.ts')]);
  });
  it('formulas that are never duties, as agencies type them', () => {
    for (const t of [
      'Trân trọng thông báo đề nghị các sở, ngành biết, thực hiện./.',
      'Trân trọng cảm ơn sự phối hợp của Quý cơ quan./.',
      'Bộ Công an trân trọng cảm ơn sự quan tâm phối hợp của Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương./.',
      'Thừa lệnh Chủ tịch UBND tỉnh, Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.',
      'Trên đây là Kế hoạch tập huấn năm 2025.',
      'Tran trong cam on su phoi hop.',
    ]) expect(testVocab(NOT_A_DUTY, t), t).toBe(true);
    for (const t of [
      'Bộ Công an trân trọng đề nghị UBND tỉnh điều chỉnh quy mô.',
      'Giao Sở Y tế chủ trì, phối hợp với các đơn vị liên quan.',
      'Văn phòng UBND tỉnh đề nghị Sở Nội vụ tổng hợp, báo cáo trước ngày 15/10/2025.',
    ]) expect(testVocab(NOT_A_DUTY, t), t).toBe(false);
  });
  it('a head that starts a common word is no unit: "Khoa học", "Đội ngũ" (beside "Khoa Thương mại", "Đội kiểm tra 814")', () => {
    expect(actorsInText('Khoa học, công nghệ và đổi mới sáng tạo là đột phá quan trọng hàng đầu.').found).toBe(false);
    expect(actorsInText('Đội ngũ cán bộ thực hiện nhiệm vụ được giao.').found).toBe(false);
    expect(actorsInText('Khoa Thương mại phối hợp triển khai khảo sát.').lead).toEqual(['Khoa Thương mại']);
  });
});
