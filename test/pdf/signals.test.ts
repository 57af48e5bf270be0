// The page signals behind paragraph ends, word joins and typed-in widget text, each with a case that
// must match and one that must not: justification stretch of spaces, drawn trailing spaces, words
// broken in narrow cells, wrapped upper-case headings, widget words placed where they are drawn.
import { describe, expect, it } from 'vitest';
import { brokenInWord, buildLines, joinLineTexts, makeLine } from '../../src/extract/pdf/lines.js';
import { walkOperators, type OpCodes } from '../../src/extract/pdf/ops.js';
import { attachStretch, fontInfo } from '../../src/extract/pdf/page.js';
import { continues, endsParagraph, isCentred, type BodyMetrics } from '../../src/extract/pdf/paragraphs.js';
import type { Line, PdfItem } from '../../src/extract/pdf/types.js';

const OPS: OpCodes = { save: 1, restore: 2, beginText: 3, setFont: 4, moveText: 5, showText: 6, beginAnnotation: 7, endAnnotation: 8 };
const g = (s: string, width = 500): { unicode: string; width: number; isSpace: boolean }[] => [...s].map((c) => ({ unicode: c, width: c === ' ' ? 250 : width, isSpace: c === ' ' }));
const walk = (fn: number[], args: unknown[][]) => walkOperators({ fnArray: fn, argsArray: args }, OPS, [1, 0, 0, 1, 0, 0], (n) => fontInfo(n));

const item = (str: string, x0: number, x1: number, base: number, extra: Partial<PdfItem> = {}): PdfItem => ({
  str, x0, x1, base, size: 14, font: 'LiberationSerif', bold: false, italic: false, ...extra,
});
const line = (text: string, x0: number, x1: number, base: number, extra: Partial<Line> = {}): Line => ({
  ...makeLine([item(text, x0, x1, base)]),
  ...extra,
});

describe('justification stretch from the content stream', () => {
  it('measures the TJ number after each space: a justified line is stretched, a last line is not', () => {
    // "ớp[-20] [-20]3": LibreOffice widens a space by the number right after it.
    const stretched = [...g('lop'), -20, ...g(' '), -20, ...g('ba')];
    // "các[-6] nhi": a number before a space is the previous glyph's rounding, not stretch.
    const natural = [...g('cac'), -6, ...g(' '), ...g('nhi')];
    const r = walk([3, 4, 5, 6, 3, 4, 5, 6], [[], ['F1', 14], [72, 700], [stretched], [], ['F1', 14], [72, 684], [natural]]).runs;
    expect(r).toHaveLength(2);
    expect(r[0].stretch).toBeCloseTo(0.02, 5);
    expect(r[1].stretch).toBe(0);
    expect(r[1].spaces).toBe(1);
  });

  it('records a drawn trailing space and the words with their own extents', () => {
    const [run] = walk([3, 4, 5, 6], [[], ['F1', 10], [100, 500], [g('686/NQ- ')]]).runs;
    expect(run.trailingSpace).toBe(true);
    expect(run.inkEnd).toBeCloseTo(100 + 7 * 5, 5);
    expect(run.words.map((w) => w.str)).toEqual(['686/NQ-']);
    const [plain] = walk([3, 4, 5, 6], [[], ['F1', 10], [100, 500], [g('Kubernete')]]).runs;
    expect(plain.trailingSpace).toBe(false);
  });

  it('gives items the stretch and the trailing space of the runs they cover', () => {
    const its = [item('686/NQ-', 100, 135, 500), item('UBTVQH15', 100, 150, 520)];
    attachStretch(its, walk([3, 4, 5, 6, 3, 4, 5, 6], [[], ['F1', 10], [100, 500], [g('686/NQ- ')], [], ['F1', 10], [100, 520], [g('UBTVQH15')]]).runs);
    expect(its[0].spaceAfter).toBe(true);
    expect(its[1].spaceAfter).toBeUndefined();
  });
});

describe('paragraph ends on a justified page', () => {
  const m: BodyMetrics = { left: 72.1, right: 522.9, pitch: 16.1, justified: true };
  it('a line set with natural spaces that stops short of the edge ends its paragraph', () => {
    // 003 page 1: "1. Nâng cao hiệu lực, … về giáo dục" (520.0) then "Tiếp tục triển khai …".
    const last = line('1. Nâng cao hiệu lực, hiệu quả công tác quản lý nhà nước về giáo dục', 100.5, 520.0, 455.4, { stretch: 0 });
    expect(endsParagraph(last, m)).toBe(true);
    expect(continues(last, line('Tiếp tục triển khai thực hiện các quan điểm, chủ trương của Đảng', 72.1, 522.3, 471.5), m)).toBe(false);
  });

  it('a stretched line, or a natural one that fills the line, goes on', () => {
    const stretched = line('về phát triển giáo dục, đào tạo và nâng cao hiệu quả tổ chức thực hiện. Rà soát,', 72.1, 520.0, 487.6, { stretch: 0.033 });
    expect(endsParagraph(stretched, m)).toBe(false);
    // 001: "… đáp ứng yêu cầu phát triển." fills the line unstretched and the paragraph goes on.
    const full = line('hiệu quả công tác GDĐT, đáp ứng yêu cầu phát triển.', 72.1, 523.0, 568.1, { stretch: 0 });
    expect(endsParagraph(full, m)).toBe(false);
  });

  it('joins a bold upper-case heading wrapped after a joining word, not a part label', () => {
    const bold = { bold: true };
    const a = line('KẾT QUẢ THỰC HIỆN NHIỆM VỤ GIÁO DỤC VÀ', 72.1, 394.9, 374.9, bold);
    const b = line('ĐÀO TẠO NĂM HỌC 2022 – 2023', 72.1, 282.8, 391.0, bold);
    expect(continues(a, b, m)).toBe(true);
    expect(continues(line('PHẦN THỨ NHẤT', 72.1, 190.5, 358.8, bold), a, m)).toBe(false);
  });
});

describe('centred lines', () => {
  const m: BodyMetrics = { left: 85.1, right: 538.6, pitch: 17.4, justified: true, indent: 113 };
  it('a numbered item at the first-line indent is not centred, even with near-equal margins', () => {
    // KH 277: "1. Thời gian thực hiện: …" runs 113.4–514.0 (margins 28.3 and 24.6).
    expect(isCentred(line('1. Thời gian thực hiện: 100 ngày kể từ ngày Kế hoạch được ban hành.', 113.4, 514.0, 222.6), m)).toBe(false);
  });
  it('a title with equal margins is centred', () => {
    expect(isCentred(line('trọng tâm về chuyển đổi số thành phố Hà Nội', 176.1, 447.3, 192.7), m)).toBe(true);
  });
});

describe('joining wrapped lines', () => {
  it('joins a range or code broken after its hyphen, unless a space was drawn after the hyphen', () => {
    expect(joinLineTexts([line('năm học 2023-', 72, 522, 100), line('2024 của ngành', 72, 300, 116)])).toBe('năm học 2023-2024 của ngành');
    expect(joinLineTexts([line('686/NQ-', 194, 244, 100, { spaceAfter: true }), line('UBTVQH15 của', 194, 290, 116)])).toBe('686/NQ- UBTVQH15 của');
    expect(joinLineTexts([line('https://api-', 120, 180, 100), line('hssk.hanoi.gov.vn', 120, 180, 116)])).toBe('https://api-hssk.hanoi.gov.vn');
  });

  it('joins a word broken at the cell edge, not one that ended before it', () => {
    const cell = { left: 114.9, right: 188.7 };
    const a = makeLine([item('Kubernete', 120.3, 178.6, 230)]);
    const b = makeLine([item('s master', 120.3, 166.5, 246)]);
    expect(brokenInWord(a, b, cell)).toBe(true);
    expect(joinLineTexts([a, b], cell)).toBe('Kubernetes master');
    // "Kubernetes" followed by a drawn space: a real word break.
    const c = { ...makeLine([item('Kubernetes', 120.3, 184.0, 230)]), spaceAfter: true };
    expect(joinLineTexts([c, makeLine([item('master', 120.3, 157.7, 246)])], cell)).toBe('Kubernetes master');
    // A short word well inside the cell.
    expect(brokenInWord(makeLine([item('Dịch', 120.3, 150, 230)]), makeLine([item('vụ', 120.3, 135, 246)]), cell)).toBe(false);
  });
});

describe('typed-in widget text', () => {
  it('places each word of a widget where it is drawn, so printed text between them stays between', () => {
    // KH 277: the widget holds "14      7" around the "/" printed on the page.
    const ann = walk([7, 3, 4, 5, 6, 8], [[null, [0, 0, 100, 20], [1, 0, 0, 1, 428, 500], [1, 0, 0, 1, 0, 0]], [], ['F1', 10], [0, 0], [g('14      7')], []]).annotationItems;
    expect(ann.map((a) => a.str)).toEqual(['14', ' 7']);
    expect(ann[1].x0).toBeGreaterThan(ann[0].x1 + 10);
    const slash = item('/', ann[0].x1 + 4, ann[0].x1 + 7, 500, { size: 10 });
    expect(buildLines([...ann, slash])[0].text).toBe('14 / 7');
  });
});
