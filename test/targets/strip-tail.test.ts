// stripTail (src/recognise/targets/metric.ts) matches only the last characters of a fragment: the same
// output as a whole-string regex over the same verbs (the earlier implementation), which it replaced for cost
// (issue 11, a hot spot of .txt runs).
import { describe, expect, it } from 'vitest';
import { stripTail } from '../../src/recognise/targets/metric.js';

/** The earlier implementation, kept here as the reference the new one must agree with. */
const OLD_TAIL_RE =
  /(?:^|[\s,:;]+)(?:đạt(?: được)?|đạt tỷ lệ|là|ở mức|chiếm(?: tỷ lệ)?|nằm trong(?: nhóm)?|giảm(?: xuống)?|tăng(?: lên| thêm)?|thêm|xuống|lên|còn|bằng|(?:vào )?khoảng|trung bình|mục tiêu(?: đến năm \d{4})?)\s*$/iu;
function oldStripTail(s: string): string {
  for (let i = 0; i < 64 && OLD_TAIL_RE.test(s); i++) s = s.replace(OLD_TAIL_RE, '');
  return s;
}

/** A small seeded generator (mulberry32), so a failure names a case that can be run again. */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['Tỷ lệ', 'vào', 'vào khoảng', 'học sinh', 'đạt', 'Đạt', 'được', 'là', 'ở mức', 'chiếm', 'tỷ lệ', 'nằm trong', 'nhóm', 'giảm', 'xuống', 'tăng', 'lên', 'còn', 'bằng', 'khoảng', 'trung bình', 'mục tiêu', 'đến năm 2025', 'năm', 'xđạt', 'là1', 'MỤC TIÊU'];
const SEPARATORS = [' ', '  ', ', ', ',', ': ', ';', ' ; ', '\t', ''];

describe('stripTail', () => {
  it('strips the verbs before a value as they are written', () => {
    expect(stripTail('Tỷ lệ trường đạt chuẩn quốc gia mức độ 1 đạt')).toBe('Tỷ lệ trường đạt chuẩn quốc gia mức độ 1');
    expect(stripTail('Tỷ lệ hộ nghèo giảm xuống')).toBe('Tỷ lệ hộ nghèo');
    expect(stripTail('Tỷ lệ bao phủ bảo hiểm y tế: đạt')).toBe('Tỷ lệ bao phủ bảo hiểm y tế');
    expect(stripTail('Số học sinh mục tiêu đến năm 2025 là')).toBe('Số học sinh');
    expect(stripTail('đạt')).toBe('');
    expect(stripTail('Tỷ lệ xđạt')).toBe('Tỷ lệ xđạt');
  });

  it('gives the same output as the whole-string regex on 20,000 generated fragments', () => {
    const next = rng(11);
    for (let n = 0; n < 20_000; n++) {
      let s = '';
      const k = Math.floor(next() * 8);
      for (let i = 0; i < k; i++) s += SEPARATORS[Math.floor(next() * SEPARATORS.length)] + WORDS[Math.floor(next() * WORDS.length)];
      if (next() < 0.3) s += SEPARATORS[Math.floor(next() * SEPARATORS.length)];
      expect(stripTail(s), JSON.stringify(s)).toBe(oldStripTail(s));
    }
  });

  it('agrees on long runs: 70 verbs in a row (the 64-step bound) and long separator runs', () => {
    for (const s of [`Tỷ lệ ${'đạt '.repeat(70)}`.trim(), `Tỷ lệ học sinh ${'là '.repeat(40)}`, `Tỷ lệ${' ,'.repeat(100)} đạt`, `${' '.repeat(50)}đạt${' '.repeat(50)}`]) {
      expect(stripTail(s), JSON.stringify(s)).toBe(oldStripTail(s));
    }
  });
});
