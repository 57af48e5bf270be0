// The layout steps one by one, on hand-made items and rules: each with a case that must match and one that must not.
import { describe, expect, it } from 'vitest';
import { findGrids } from '../../src/extract/pdf/grid.js';
import { buildLines, splitSegments } from '../../src/extract/pdf/lines.js';
import { dropOverprint } from '../../src/extract/pdf/page.js';
import { isStampText } from '../../src/extract/pdf/stamps.js';
import { isPageNumberLine } from '../../src/extract/pdf/furniture.js';
import { repairSplitSyllables } from '../../src/extract/pdf/spaces.js';
import { continues, type BodyMetrics } from '../../src/extract/pdf/paragraphs.js';
import { AUTHORITY, NATIONAL_TITLE, PLACE_DATE } from '../../src/extract/pdf/zones.js';
import { LEGACY_FONT } from '../../src/extract/pdf/index.js';
import type { PdfItem, Segment } from '../../src/extract/pdf/types.js';
import { fromBytes, tables, texts } from './helpers.js';
import { line, makePdf, rect, text } from './make-pdf.js';

const item = (str: string, x0: number, x1: number, base: number, size = 14, extra: Partial<PdfItem> = {}): PdfItem => ({
  str, x0, x1, base, size, font: 'TimesNewRomanPSMT', bold: false, italic: false, ...extra,
});

describe('lines', () => {
  it('rebuilds words from glyph items and spaces from gaps', () => {
    const glyphs = [item('C', 100, 109, 200), item('h', 109, 116, 200), item('o', 116, 123, 200), item('a', 127, 134, 200.2), item('n', 134, 141, 200)];
    // (A lone final such as "Cho ng" is rejoined by the split-syllable repair: test/pdf/split-syllables.test.ts.)
    expect(buildLines(glyphs).map((l) => l.text)).toEqual(['Cho an']);
  });

  it('does not glue a word split into two runs', () => {
    expect(buildLines([item('Ban C', 100, 140, 300), item('hỉ đạo', 140.2, 180, 300)])[0].text).toBe('Ban Chỉ đạo');
  });

  it('takes a raised small digit as a footnote reference, not part of the word', () => {
    const l = buildLines([item('đạt 99,35%', 100, 170, 300), item('7', 170.5, 174, 295, 9), item('; tỷ lệ', 174.5, 210, 300)])[0];
    expect(l.text).toBe('đạt 99,35%; tỷ lệ');
    expect(l.refs).toEqual(['7']);
  });

  it('keeps a digit on the baseline as text', () => {
    const l = buildLines([item('năm', 100, 125, 300), item('2024', 129, 155, 300)])[0];
    expect(l.text).toBe('năm 2024');
    expect(l.refs).toEqual([]);
  });

  it('splits a line at a column gutter, not at a word gap', () => {
    const l = buildLines([item('ỦY BAN NHÂN DÂN', 100, 220, 80, 13), item('CỘNG HÒA XÃ HỘI', 300, 500, 80, 13)])[0];
    expect(splitSegments(l).map((s) => s.text)).toEqual(['ỦY BAN NHÂN DÂN', 'CỘNG HÒA XÃ HỘI']);
    const body = buildLines([item('một', 100, 120, 80), item('hai', 126, 150, 80)])[0];
    expect(splitSegments(body)).toHaveLength(1);
  });

  it('drops a glyph printed twice (fake bold) and marks the run bold', () => {
    const kept = dropOverprint([item('K', 100, 110, 50), item('K', 100.3, 110.3, 50), item('K', 130, 140, 50)]);
    expect(kept).toHaveLength(2);
    expect(kept[0].bold).toBe(true);
    expect(kept[1].bold).toBe(false);
  });
});

describe('grid', () => {
  const h = (y: number, x0: number, x1: number): Segment => ({ x0, x1, y0: y, y1: y });
  const v = (x: number, y0: number, y1: number): Segment => ({ x0: x, x1: x, y0, y1 });

  it('makes a 3x3 grid with a cell merged down when its bottom rule is missing', () => {
    // Columns 0|100|200|300, rows 0|20|40|60; the rule under row 1 is missing in column 2.
    const hs = [h(0, 0, 300), h(20, 0, 300), h(40, 0, 200), h(60, 0, 300)];
    const vs = [v(0, 0, 60), v(100, 0, 60), v(200, 0, 60), v(300, 0, 60)];
    const [g] = findGrids(hs, vs);
    expect(g.xs).toEqual([0, 100, 200, 300]);
    expect(g.ys).toEqual([0, 20, 40, 60]);
    expect(g.cells[g.cellAt[1][2]]).toEqual({ r0: 1, r1: 2, c0: 2, c1: 2 });
    expect(g.cellAt[1][2]).toBe(g.cellAt[2][2]);
    expect(g.cellAt[1][1]).not.toBe(g.cellAt[2][1]);
  });

  it('finds no table in a lone rule or a single box', () => {
    expect(findGrids([h(10, 0, 100)], [])).toEqual([]);
    expect(findGrids([h(0, 0, 100), h(50, 0, 100)], [v(0, 0, 50), v(100, 0, 50)])).toEqual([]);
  });
});

describe('stamps', () => {
  it.each([
    'Ký bởi: Ủy ban nhân dân tỉnh Quảng Ngãi',
    'Người ký: Nguyễn Văn A',
    'Email: vanthu@quangngai.gov.vn',
    'Cơ quan: Tỉnh Quảng Ngãi',
    'Thời gian ký: 29.01.2024 15:02:11 +07:00',
    'SAO Y; ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ;',
    'TRUNG TÂM CÔNG BÁO VÀ TIN HỌC',
    'ttcbth@quangngai.gov.vn',
    '18.11.2024 07:25:14 +07:00',
  ])('stamp: %s', (t) => expect(isStampText(t)).toBe(true));
  it.each(['Cơ quan chủ trì: Sở Tài chính', 'Ngày 03/01/2025, Phó Chủ tịch UBND tỉnh', 'TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG', '30/8/2026'])(
    'not a stamp: %s',
    (t) => expect(isStampText(t)).toBe(false),
  );
});

describe('page furniture', () => {
  const l = (t: string, x0: number, x1: number, base: number) => buildLines([item(t, x0, x1, base, 13)])[0];
  it('a lone centred number at the top is a page number', () => {
    expect(isPageNumberLine(l('2', 294, 301, 40), 595, 842, true, false)).toBe(true);
  });
  it('a number at the left margin or a number with words is not', () => {
    expect(isPageNumberLine(l('2', 85, 92, 40), 595, 842, true, false)).toBe(false);
    expect(isPageNumberLine(l('2. Yêu cầu', 280, 330, 40), 595, 842, true, false)).toBe(false);
  });
});

describe('split syllables (pdfjs spaces inside toned vowels)', () => {
  it('repairs a run that shows orphan finals', () => {
    expect(repairSplitSyllables('Thờ i hạ n giả i quyế t')).toBe('Thời hạn giải quyết');
    expect(repairSplitSyllables('(Ban hà nh kè m theo Quyế t đị nh số')).toBe('(Ban hành kèm theo Quyết định số');
  });
  it('leaves normal text alone', () => {
    expect(repairSplitSyllables('Thời hạn giải quyết và có ai')).toBe('Thời hạn giải quyết và có ai');
    expect(repairSplitSyllables('dài 5 m, rộng 3 m')).toBe('dài 5 m, rộng 3 m');
  });
});

describe('paragraph continuation', () => {
  const m: BodyMetrics = { left: 85, right: 538, pitch: 17 };
  const l = (t: string, x0: number, x1: number, base: number, bold = false) => buildLines([item(t, x0, x1, base, 14, { bold })])[0];
  it('a full line continues into a line at the left edge', () => {
    expect(continues(l('Thực hiện Kế hoạch số 05-KH/BCĐTW ngày 11/7/2026 của Ban Chỉ đạo', 113, 538, 100), l('Trung ương về phát triển khoa học', 85, 530, 117), m)).toBe(true);
  });
  it('an indented line starts a new paragraph; so does a wide gap', () => {
    expect(continues(l('xử lý trách nhiệm.', 85, 538, 100), l('- Trọng tâm của Kế hoạch', 113, 537, 117), m)).toBe(false);
    expect(continues(l('đầy đủ', 85, 538, 100), l('tiếp theo', 85, 530, 140), m)).toBe(false);
  });
});

describe('zone patterns', () => {
  it('national title (both tone placements), place-date with typed-in blanks, authority', () => {
    expect(NATIONAL_TITLE.test('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toBe(true);
    expect(NATIONAL_TITLE.test('CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toBe(true);
    expect(NATIONAL_TITLE.test('ỦY BAN NHÂN DÂN')).toBe(false);
    expect(PLACE_DATE.test('Hà Nội, ngày14 tháng7 năm 2026')).toBe(true);
    expect(PLACE_DATE.test('Lai Châu, ngày tháng năm 2025')).toBe(true);
    expect(PLACE_DATE.test('Hà Nội')).toBe(false);
    expect(AUTHORITY.test('TM. ỦY BAN NHÂN DÂN')).toBe(true);
    expect(AUTHORITY.test('KT. CHỦ TỊCH')).toBe(true);
    expect(AUTHORITY.test('Trương Việt Dũng')).toBe(false);
  });
  it('legacy font names', () => {
    expect(LEGACY_FONT.test('.VnTime')).toBe(true);
    expect(LEGACY_FONT.test('AARIQC+.VnTimeH,Bold')).toBe(true);
    expect(LEGACY_FONT.test('VNI-Times')).toBe(true);
    expect(LEGACY_FONT.test('TimesNewRomanPSMT')).toBe(false);
  });
});

describe('a hand-made page: ruled table, footnote under a short rule, page number, stamp', () => {
  const grid = [
    rect(72, 600, 300, 0.5), rect(72, 580, 300, 0.5), rect(72, 560, 300, 0.5), rect(72, 540, 300, 0.5),
    rect(72, 540, 0.5, 60.5), rect(172, 540, 0.5, 60.5), rect(272, 540, 0.5, 60.5), rect(372, 540, 0.5, 60.5),
  ];
  const page = [
    text('7', 295, 810, 12),
    text('Body paragraph that cites a report', 72, 700, 12),
    'BT /F1 8 Tf 250 705 Td (1) Tj ET',
    text('and goes on.', 72, 686, 12),
    text('Email: vanthu@example.gov.vn', 400, 760, 8),
    ...grid,
    text('TT', 80, 586, 12, 'F2'), text('Task', 180, 586, 12, 'F2'), text('Unit', 280, 586, 12, 'F2'),
    text('1', 80, 566, 12), text('Write the plan', 180, 566, 12), text('Office', 280, 566, 12),
    text('2', 80, 546, 12), text('Check it', 180, 546, 12), text('Board', 280, 546, 12),
    line(72, 120, 180, 120),
    'BT /F1 6 Tf 72 108 Td (1) Tj ET',
    text('Report number 12 of the board.', 76, 104, 9),
  ].join('\n');

  it('reads the table, links the footnote, drops the page number', async () => {
    const m = await fromBytes(makePdf([{ content: page }]));
    expect(texts(m)).toEqual(['Body paragraph that cites a report and goes on.']);
    expect(m.signatures).toEqual(['Email: vanthu@example.gov.vn']);
    const body = m.children.find((b) => b.type === 'paragraph');
    expect(body && 'footnoteRefs' in body ? body.footnoteRefs : null).toEqual(['1']);
    expect(m.children.filter((b) => b.type === 'footnote')).toMatchObject([{ mark: '1', text: 'Report number 12 of the board.' }]);
    const [t] = tables(m);
    expect(t.rows.map((r) => r.cells.map((c) => c.text))).toEqual([['TT', 'Task', 'Unit'], ['1', 'Write the plan', 'Office'], ['2', 'Check it', 'Board']]);
    expect(t.rows[0].header).toBe(true);
    expect(t.rows[1].header).toBeUndefined();
  });
});
