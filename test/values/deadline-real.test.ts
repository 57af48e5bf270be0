import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDeadline } from '../../src/values/deadline/index.js';
import { CORPUS_DIR, corpusMissing } from '../helpers/seeds.js';

corpusMissing('test/values/deadline-real.test.ts');

const SEED_000 = new URL('../../fixtures/seeds/000_2cb036a4f30d648d.txt', import.meta.url);
const KEHOACHGOC = `${CORPUS_DIR}/vnmasterplan/Kehoachgoc.md`;

/** The LỘ TRÌNH THỰC HIỆN column (5th) of seed 000's tab-separated appendix. */
function seed000Cells(): string[] {
  const cells = new Set<string>();
  for (const line of readFileSync(SEED_000, 'utf8').split('\n')) {
    const c = line.split('\t');
    if (c.length >= 5 && c[0] !== 'TT' && c[4]!.trim()) cells.add(c[4]!.trim());
  }
  return [...cells];
}

/** The "Thời gian hoàn thành" column (6th) of Kehoachgoc.md Phụ lục II. */
function kehoachgocCells(): string[] {
  const lines = readFileSync(KEHOACHGOC, 'utf8').split('\n');
  const start = lines.findIndex((l) => l.includes('Thời gian hoàn thành'));
  const cells = new Set<string>();
  for (const line of lines.slice(start + 1)) {
    const c = line.split('|');
    if (c.length >= 7 && c[6]!.trim()) cells.add(c[6]!.trim());
  }
  return [...cells];
}

describe.skipIf(!existsSync(SEED_000))('seed 000 — every LỘ TRÌNH THỰC HIỆN cell', () => {
  it('has the 8 distinct cells, all understood', () => {
    const cells = seed000Cells();
    expect(cells.sort()).toEqual(
      ['Quý I năm 2024', 'Quý I, II năm 2024', 'Quý I, năm 2024', 'Quý I và Quý II năm 2024', 'Quý II năm 2024', 'Quý II, III năm 2024', 'Thường xuyên', 'Tháng 02/2024', 'Tháng 6/2024'].sort(),
    );
    for (const c of cells) expect(parseDeadline(c)!.kind).not.toBe('unknown');
  });
});

describe.skipIf(!existsSync(KEHOACHGOC))('Kehoachgoc.md Phụ lục II — every Thời gian hoàn thành cell', () => {
  it('parses every distinct cell without throwing; only the truncated "năm tiếp theo" and the "---" ruler are not understood', () => {
    const cells = kehoachgocCells();
    expect(cells.length).toBeGreaterThanOrEqual(30);
    const notUnderstood = cells.filter((c) => {
      const d = parseDeadline(c);
      return d === null || d.kind === 'unknown';
    });
    expect(notUnderstood.sort()).toEqual(['---', 'năm tiếp theo']);
  });

  it.each([
    ['6/2025', 'month', '2025-06-01', '2025-06-30'],
    ['Quý II/2025', 'quarter', '2025-04-01', '2025-06-30'],
    ['Năm 2025', 'year', '2025-01-01', '2025-12-31'],
    ['2025-2026', 'range', '2025-01-01', '2026-12-31'],
    ['2025 và những năm tiếp theo', 'range', '2025-01-01', null],
    ['Tháng 10/2025', 'month', '2025-10-01', '2025-10-31'],
    ['2/2025', 'month', '2025-02-01', '2025-02-28'],
    ['Nhiệm vụ thường xuyên', 'continuous', null, null],
    ['hằng năm', 'periodic', null, null],
  ])('%s', (cell, kind, start, end) => {
    expect(parseDeadline(cell)).toMatchObject({ kind, start, end });
  });
});

describe('KH 277/KH-UBND (PDF) — Thời hạn cells, document date 14/7/2026', () => {
  const ctx = { docDate: '2026-07-14' };
  it.each([
    ['30/8/2026', 'date', null, '2026-08-30'],
    ['30/7/2026', 'date', null, '2026-07-30'],
    ['31/7/2026', 'date', null, '2026-07-31'],
    ['30/9/2026', 'date', null, '2026-09-30'],
    ['100 ngày kể từ ngày ban hành Kế hoạch', 'relative', '2026-07-14', '2026-10-22'],
    // the PDF cell wraps over lines
    ['100 ngày kể\ntừ ngày ban\nhành Kế\nhoạch', 'relative', '2026-07-14', '2026-10-22'],
    ['Từ ngày ban hành Kế hoạch trở đi', 'relative', '2026-07-14', null],
    ['Theo từng mốc thời hạn dưới đây', 'unknown', null, null],
    ['Theo thời hạn', 'unknown', null, null],
  ])('%s', (cell, kind, start, end) => {
    expect(parseDeadline(cell, ctx)).toMatchObject({ kind, start, end });
  });
});
