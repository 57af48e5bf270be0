// PDF footnotes (issue 11 item 12): a number at the start of a wrapped footnote line ("10 giải Ba …")
// is text, not the next footnote's mark; the next mark in sequence still opens a note.
import { describe, expect, it } from 'vitest';
import { nextInSequence, splitFootnotes } from '../../src/extract/pdf/footnotes.js';
import type { Line, Segment } from '../../src/extract/pdf/types.js';

const line = (text: string, top: number, size = 10): Line => ({
  items: [], text, x0: 60, x1: 500, base: top + size, top, bottom: top + size, size, bold: false, fonts: [], refs: [],
});

describe('footnote marks', () => {
  it('only the next number in sequence opens a note', () => {
    expect(nextInSequence('1', '2')).toBe(true);
    expect(nextInSequence('1', '10')).toBe(false);
    expect(nextInSequence('*', '**')).toBe(true);
  });
  it('"10 giải Ba" at the start of a continuation line stays in note 1', () => {
    const body = [line('Kết quả thi học sinh giỏi cấp tỉnh đạt nhiều giải.', 100, 13)];
    const notes = [
      line('1 Đạt 02 giải Nhất, 05 giải Nhì và', 700),
      line('10 giải Ba, 12 giải Khuyến khích.', 712),
      line('2 Số liệu đến ngày 31/12/2023.', 724),
    ];
    const rule: Segment = { x0: 60, x1: 200, y0: 690, y1: 690 } as Segment;
    const r = splitFootnotes([...body, ...notes], [rule], 13, 440, 842);
    expect(r.body.map((l) => l.text)).toEqual(['Kết quả thi học sinh giỏi cấp tỉnh đạt nhiều giải.']);
    expect(r.notes.map((n) => [n.mark, n.lines.map((l) => l.text).join(' ')])).toEqual([
      ['1', 'Đạt 02 giải Nhất, 05 giải Nhì và 10 giải Ba, 12 giải Khuyến khích.'],
      ['2', 'Số liệu đến ngày 31/12/2023.'],
    ]);
  });
});
