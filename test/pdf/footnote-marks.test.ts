// PDF footnotes (issue 11 item 12): a number at the start of a wrapped footnote line ("10 giải Ba …")
// is text, not the next footnote's mark; the next mark in sequence still opens a note; a note carried
// over to the next page (under Word's full-width continuation separator) stays a footnote.
import { describe, expect, it } from 'vitest';
import type { FootnoteBlock } from '../../src/model/document.js';
import { nextInSequence, splitFootnotes } from '../../src/extract/pdf/footnotes.js';
import type { Line, Segment } from '../../src/extract/pdf/types.js';
import { extractFile } from '../../src/pipeline.js';
import { linkFootnotes } from '../../src/recognise/references.js';
import { corpusFile, corpusMissing, hasCorpus } from '../helpers/seeds.js';

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

const marked = (text: string, top: number, mark: string, size = 9.36): Line => ({ ...line(text, top, size), leadingRef: mark }) as Line;
/** Word's continuation separator: a rule across the whole text width (KH 2005 of the Government, page 14). */
const wideRule: Segment = { x0: 120, x1: 560, y0: 648, y1: 648 } as Segment;

describe('a footnote carried over to the next page', () => {
  const body = [line('AFTA theo lộ trình, thiết lập khu vực đầu tư ASEAN (AIA), đàm phán khu vực', 615, 12.96)];

  it('the lines before the first mark under the continuation separator are the rest of the last note', () => {
    // Page 14 of "2005-1ADDZ_Ke_hoach_2005__QH_lan_6_25-10.pdf" (viparse-corpus), lines as read.
    const notes = [
      line('xuất khẩu được lợi về giá là gạo (giá tăng 27,7% so với năm 2003); cao su (tăng 34,2%);', 660.9, 9.36),
      line('than đá (tăng 12%); hạt điều (tăng 10%);...', 671.5, 9.36),
      marked('Trong đó Nhật Bản ước đạt 3,3 tỷ USD, tăng 10,5%; Trung Quốc ước đạt 2,5 tỷ USD, tăng 43%', 681.3, '22'),
      marked('Trong đó nhóm máy móc, thiết bị phụ tùng tăng trên 15%; nhóm nguyên, nhiên vật liệu tăng 14%; nhóm hàng', 692.1, '23'),
      line('hoá tiêu dùng tăng 17%.', 703.4, 9.36),
    ];
    const r = splitFootnotes([...body, ...notes], [wideRule], 12.96, 440, 792);
    expect(r.body.map((l) => l.text)).toEqual([body[0]!.text]);
    expect(r.notes.map((n) => [n.mark, n.continued ?? false, n.lines.length])).toEqual([
      ['', true, 2],
      ['22', false, 1],
      ['23', false, 2],
    ]);
  });

  it('a page whose note area is only the rest of a note (lower case under the separator) is split too', () => {
    const r = splitFootnotes([...body, line('trung học chuyên nghiệp ngoài công lập là 9,4%; cao đẳng đại học có 27 trường', 700, 9.36)], [wideRule], 12.96, 440, 792);
    expect(r.notes.map((n) => [n.mark, n.continued])).toEqual([['', true]]);
  });

  it('not: small text under a wide rule that neither goes on with a sentence nor precedes a mark stays body', () => {
    const r = splitFootnotes([...body, line('Nguồn: Tổng cục Thống kê, số liệu sơ bộ năm 2004.', 700, 9.36)], [wideRule], 12.96, 440, 792);
    expect(r.notes).toEqual([]);
    expect(r.body).toHaveLength(2);
  });

  it('not: body-size text under a wide rule (a table border, a drawn line) is never a note', () => {
    const r = splitFootnotes([...body, line('tiểu vùng Mê Kông tiếp tục được tăng cường để thực hiện các sáng kiến', 700, 12.96)], [wideRule], 12.96, 440, 792);
    expect(r.notes).toEqual([]);
  });

  it('the rest of a note is joined to the note it continues (footnotes output)', () => {
    const fb = (mark: string, text: string): FootnoteBlock => ({ type: 'footnote', mark, text });
    const { footnotes } = linkFootnotes([fb('21', 'Riêng 19 mặt hàng … chiếm 65%. Các mặt hàng'), fb('', 'xuất khẩu được lợi về giá là gạo …'), fb('22', 'Trong đó Nhật Bản …')]);
    expect(footnotes.map((f) => [f.mark, f.text])).toEqual([
      ['21', 'Riêng 19 mặt hàng … chiếm 65%. Các mặt hàng xuất khẩu được lợi về giá là gạo …'],
      ['22', 'Trong đó Nhật Bản …'],
    ]);
  });
});

corpusMissing('test/pdf/footnote-marks.test.ts');
const KH2005 = hasCorpus ? corpusFile('viparse-corpus/2005-1ADDZ_Ke_hoach_2005__QH_lan_6_25-10.pdf') : null;

describe.skipIf(!KH2005)('KH 2005 of the Government (58-page TCVN3 PDF): notes 21 and 30 go on over the page', () => {
  it('gives the 37 notes in sequence, 21 and 30 whole, 22–24 and 31 no longer in the body', async () => {
    const d = await extractFile(KH2005!, { ocr: 'off' });
    expect(d.footnotes.map((f) => f.mark)).toEqual(Array.from({ length: 37 }, (_, i) => String(i + 1)));
    // Read off the page (pdftotext -layout, pages 13–14 and 18–19): the note's last words on one page, the first on the next.
    expect(d.footnotes[20]!.text).toContain('chiếm 65%. Các mặt hàng xuất khẩu được lợi về giá là gạo (giá tăng 27,7% so với năm 2003)');
    expect(d.footnotes[20]!.text.endsWith('hạt điều (tăng 10%);...')).toBe(true);
    expect(d.footnotes[29]!.text).toContain('tỷ lệ học sinh trung học chuyên nghiệp ngoài công lập là 9,4%');
    expect(d.footnotes[21]!.text).toBe('Trong đó Nhật Bản ước đạt 3,3 tỷ USD, tăng 10,5%; Trung Quốc ước đạt 2,5 tỷ USD, tăng 43%');
    const body = JSON.stringify(d.sections);
    expect(body).not.toContain('được lợi về giá là gạo');
    expect(body).not.toContain('Trong đó Nhật Bản ước đạt');
  }, 300_000);
});
