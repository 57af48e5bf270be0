// The plain inline reader (src/extract/txt/inline-plain.ts) reads a line only when its markup is
// unambiguous, and then exactly as remark does: checked on every line of the seeds and of the
// corpus .txt/.md files, as the txt reader hands them over (whole, trimmed, with a carried "**"
// either side, and each tab or pipe cell).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInlinePlain } from '../../src/extract/txt/inline-plain.js';
import { readInlineRemark } from '../../src/extract/txt/inline-remark.js';
import { CORPUS_DIR, corpusMissing, hasCorpus, SEEDS_DIR } from '../helpers/seeds.js';

corpusMissing('test/txt/inline-plain.test.ts');

function textFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return textFiles(p);
    return /\.(txt|md)$/i.test(name) ? [p] : [];
  });
}

/** The strings the txt reader passes to readInline for one line of a file. */
function variants(line: string): string[] {
  const t = line.trim();
  const cells = line.includes('\t') ? line.split('\t') : line.includes('|') ? line.split('|') : [];
  return [line, t, `**${t}`, `${t}**`, `**${t}**`, ...cells];
}

const MARKUP = /[*_<`\\[&]/;

function agreeOn(files: string[]): { read: number; remark: number } {
  let read = 0;
  let remark = 0;
  for (const f of files) {
    for (const line of readFileSync(f, 'utf8').split(/\r?\n/)) {
      for (const v of variants(line)) {
        if (!MARKUP.test(v)) continue;
        const plain = readInlinePlain(v);
        if (!plain) {
          remark++;
          continue;
        }
        read++;
        expect({ line: v, ...plain }).toEqual({ line: v, ...readInlineRemark(v) });
      }
    }
  }
  return { read, remark };
}

describe('the plain inline reader agrees with remark', () => {
  it('on every line of the five seeds', () => {
    const { read } = agreeOn(textFiles(SEEDS_DIR));
    // Seed 000 alone has "*cốt lõi*", "**…**" over two lines and "<p>"; seed 001 <sup>n</sup>.
    expect(read).toBeGreaterThan(100);
  });

  it.skipIf(!hasCorpus)('on every line of the corpus .txt and .md files', () => {
    const { read } = agreeOn(textFiles(CORPUS_DIR));
    expect(read).toBeGreaterThan(300);
  });

  it('on hand-written lines it reads', () => {
    const cases: [string, { text: string; bold: boolean; italic: boolean; supMarks: string[] }][] = [
      ['**KẾ HOẠCH**', { text: 'KẾ HOẠCH', bold: true, italic: false, supMarks: [] }],
      ['- Trong giai đoạn dạy nội dung “*cốt lõi*” cần', { text: '- Trong giai đoạn dạy nội dung “cốt lõi” cần', bold: false, italic: false, supMarks: [] }],
      ['<sup>1</sup> **Mầm non** 18 trường', { text: 'Mầm non 18 trường', bold: false, italic: false, supMarks: ['1'] }],
      ['\t<p>tình hình và kết quả', { text: 'tình hình và kết quả', bold: false, italic: false, supMarks: [] }],
      ['- LĐ, CV phòng GD&ĐT;', { text: '- LĐ, CV phòng GD&ĐT;', bold: false, italic: false, supMarks: [] }],
      ['a * b ** c', { text: 'a * b ** c', bold: false, italic: false, supMarks: [] }],
      ['*Cấp Mầm non*', { text: 'Cấp Mầm non', bold: false, italic: true, supMarks: [] }],
      ['***Nơi nhận:***', { text: 'Nơi nhận:', bold: true, italic: true, supMarks: [] }],
      ['giảm còn **2,6%**; tỷ lệ', { text: 'giảm còn 2,6%; tỷ lệ', bold: false, italic: false, supMarks: [] }],
      ['[đã ký]', { text: '[đã ký]', bold: false, italic: false, supMarks: [] }],
    ];
    for (const [line, want] of cases) {
      expect(readInlinePlain(line)).toEqual(want);
      expect(readInlineRemark(line)).toEqual(want);
    }
  });

  it('on delimiter runs that could both open and close, wherever it reads them', () => {
    const lines = ['giữa*từ*ngữ', 'a**b**c', '"*x*"', '(**x**).', '**x**!', '*x*y*', 'x*"y"*', '"**x**"y', '***x***', 'a***b***c', '*a*b', '%**2**%', '**a**b**c**'];
    for (const line of lines) {
      const plain = readInlinePlain(line);
      if (plain) expect({ line, ...plain }).toEqual({ line, ...readInlineRemark(line) });
    }
    expect(readInlinePlain('giữa*từ*ngữ')).toEqual({ text: 'giữatừngữ', bold: false, italic: false, supMarks: [] });
  });

  it('on 20 000 random lines of letters, spaces, punctuation, "*" runs, tags and brackets', () => {
    const parts = ['a', 'Đ', 'ữ', '1', ' ', ' ', '*', '**', '***', '"', '“', '”', '.', ',', '%', ';', ':', '(', ')', '[', ']', '&', '<p>', '<sup>', '</sup>', '<br>', '\t', '-', '+', '©'];
    let seed = 15;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    let read = 0;
    for (let n = 0; n < 20_000; n++) {
      let line = '';
      const len = 1 + Math.floor(next() * 12);
      for (let k = 0; k < len; k++) line += parts[Math.floor(next() * parts.length)].replace('\\t', '\t');
      if (!MARKUP.test(line)) continue;
      const plain = readInlinePlain(line);
      if (!plain) continue;
      read++;
      expect({ line, ...plain }).toEqual({ line, ...readInlineRemark(line) });
    }
    expect(read).toBeGreaterThan(3000);
  });

  it('leaves to remark what only a Markdown parser can say', () => {
    for (const line of [
      'a_b_ and _nghiêng_',
      'mã `x`',
      'thoát \\*sao\\*',
      '[liên kết](http://x)',
      'ký tự &amp; thực thể',
      '****bốn sao****',
      '![ảnh](a.png)',
      '[a][b]',
      '*a **lồng** b*',
      '**mở không đóng',
      'đóng không mở**',
      '<b>thẻ khác</b>',
      '<sup>*1*</sup>',
      '**a** *b**',
      'số < 5',
    ]) {
      expect(readInlinePlain(line), line).toBeNull();
    }
  });
});
