// Tasks on corpus documents: TB 565/TB-UBND Quảng Ngãi (PDF text layer) and QĐ 254 Sơn La "III. PHÂN CÔNG NHIỆM VỤ" (markdown).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractModel } from '../../src/pipeline.js';
import { buildSections } from '../../src/recognise/sections/index.js';
import { findTasks } from '../../src/recognise/tasks/index.js';
import { corpusMissing, CORPUS_DIR } from '../helpers/seeds.js';

corpusMissing('test/tasks/corpus.test.ts');

const TB565 = join(CORPUS_DIR, 'ocr-local-vbhc/vht534.signed_20250510_124908.pdf');
const QD254 = join(CORPUS_DIR, 'congbot/254_2023_QD_UBND_SonLa/chunk_2.md');

async function tasksOf(path: string) {
  const { model } = await extractModel({ bytes: readFileSync(path), path });
  return findTasks(buildSections(model).sections, { docDate: null });
}

describe.skipIf(!existsSync(TB565))('TB 565/TB-UBND (thông báo kết luận, duties in prose)', () => {
  it('reads leads from "Giao …", "Sở … rà soát", "UBND … chịu trách nhiệm:" and the 30/11/2024 deadline', async () => {
    const ts = await tasksOf(TB565);
    const at = (s: string) => ts.filter((t) => t.section === s);
    expect(ts.every((t) => t.origin === 'section')).toBe(true);
    expect(at('II.2.a')[0].lead).toEqual(['Sở Lao động - Thương binh và Xã hội', 'Ban Dân tộc tỉnh']);
    expect(at('II.4')[0].lead).toEqual(['Sở Kế hoạch và Đầu tư']);
    expect(at('II.6').map((t) => t.lead[0])).toContain('UBND các huyện, thị xã, thành phố');
    const traBong = ts.find((t) => t.lead[0] === 'UBND huyện Trà Bồng')!;
    expect(traBong.deadline).toMatchObject({ kind: 'date', end: '2024-11-30' });
    const giao = at('II.7').find((t) => t.text.startsWith('Giao Ban Dân tộc tỉnh'))!;
    expect(giao.lead).toHaveLength(5);
    expect(giao.support).toEqual(['các sở, ngành, địa phương']);
  }, 60_000);
});

describe.skipIf(!existsSync(QD254))('QĐ 254/QĐ-UBND Sơn La (III. PHÂN CÔNG NHIỆM VỤ per unit)', () => {
  it('one lead per unit heading, support from "Chủ trì, phối hợp với …", deadline "trước ngày 28/2/2023"', async () => {
    const ts = (await tasksOf(QD254)).filter((t) => t.origin === 'assignment');
    const units = [...new Set(ts.filter((t) => t.section!.startsWith('III.')).map((t) => t.lead.join(' | ')))];
    expect(units).toEqual(['Công an tỉnh', 'Văn phòng UBND tỉnh', 'Sở Nội vụ', 'Sở Tư pháp', 'Sở Thông tin và Truyền thông', 'Sở Tài chính']);
    expect(ts.find((t) => t.text.startsWith('Chủ trì, phối hợp với Văn phòng UBND tỉnh và'))!.support).toEqual(['Văn phòng UBND tỉnh', 'các cơ quan có liên quan']);
    const iv1 = ts.find((t) => t.section === 'IV.1')!;
    expect(iv1.deadline).toMatchObject({ kind: 'date', end: '2023-02-28' });
    expect(iv1.lead).toEqual(['Thủ trưởng các sở, ban, ngành trực thuộc UBND tỉnh', 'Chủ tịch UBND các huyện, thành phố']);
    // "2. Kinh phí thực hiện Kế hoạch này: …" is not a duty.
    expect(ts.some((t) => t.section === 'IV.2')).toBe(false);
  });
});
