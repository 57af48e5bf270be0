// Word auto-numbering rendered as printed: hand-written numbering.xml snippets, expected labels
// worked out from how Word displays each definition.
import { describe, expect, it } from 'vitest';
import { formatNumber, toLetter, toRoman } from '../../src/extract/docx/numbering.js';
import { lvl, numPr, p, read, texts, textBlocks } from './helpers.js';

/** The usual plan outline: I. / 1. / 1.1. / a) / (1), one abstract list. */
const OUTLINE =
  `<w:abstractNum w:abstractNumId="0">${lvl(0, 'upperRoman', '%1.')}${lvl(1, 'decimal', '%2.')}` +
  `${lvl(2, 'decimal', '%2.%3.')}${lvl(3, 'lowerLetter', '%4)')}${lvl(4, 'decimal', '(%5)')}</w:abstractNum>` +
  `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;

describe('number formats', () => {
  it('renders roman, letters and zero-padded decimals as Word does', () => {
    expect(toRoman(4)).toBe('IV');
    expect(toRoman(39)).toBe('XXXIX');
    expect(formatNumber(9, 'lowerRoman')).toBe('ix');
    // Word's lowerLetter is the English alphabet: the 5th item is "e", not Vietnamese "đ".
    expect(toLetter(5)).toBe('e');
    expect(toLetter(27)).toBe('aa');
    expect(toLetter(780)).toBe('z'.repeat(30));
    expect(toLetter(100_000_000)).toBe('100000000');
    expect(formatNumber(3, 'decimalZero')).toBe('03');
    expect(formatNumber(12, 'decimalZero')).toBe('12');
  });
});

describe('numbering.xml rendering', () => {
  it('prints "I.", "1.", "1.1.", "a)", "(1)" with a space before the text', () => {
    const m = read({
      numbering: OUTLINE,
      body:
        p('MỤC ĐÍCH, YÊU CẦU', numPr(1, 0)) + p('Mục đích', numPr(1, 1)) + p('Tồn tại', numPr(1, 2)) + p('Tồn tại khác', numPr(1, 2)) +
        p('Cơ quan chủ trì', numPr(1, 3)) + p('Tỷ lệ huy động', numPr(1, 4)) + p('Yêu cầu', numPr(1, 1)) + p('Tiếp theo', numPr(1, 2)) +
        p('CÁC NHIỆM VỤ', numPr(1, 0)) + p('Nhiệm vụ', numPr(1, 1)),
    });
    expect(texts(m)).toEqual([
      'I. MỤC ĐÍCH, YÊU CẦU', '1. Mục đích', '1.1. Tồn tại', '1.2. Tồn tại khác', 'a) Cơ quan chủ trì', '(1) Tỷ lệ huy động',
      '2. Yêu cầu', '2.1. Tiếp theo', 'II. CÁC NHIỆM VỤ', '1. Nhiệm vụ',
    ]);
    const blocks = textBlocks(m);
    expect(blocks[0]).toMatchObject({ type: 'heading', marker: 'I.' });
    expect(blocks[1]).toMatchObject({ type: 'listItem', marker: '1.' });
    expect(blocks[4].marker).toBe('a)');
  });

  it('restarts a level from w:startOverride when a new list instance is first used', () => {
    const numbering =
      `<w:abstractNum w:abstractNumId="0">${lvl(0, 'lowerLetter', '%1)')}</w:abstractNum>` +
      `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>` +
      `<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>` +
      `<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="4"/></w:lvlOverride></w:num>`;
    const m = read({ numbering, body: p('một', numPr(1)) + p('hai', numPr(1)) + p('lại một', numPr(2)) + p('lại hai', numPr(2)) + p('từ d', numPr(3)) });
    expect(texts(m)).toEqual(['a) một', 'b) hai', 'a) lại một', 'b) lại hai', 'd) từ d']);
  });

  it('keeps counting across nums that share an abstract list without overrides', () => {
    const numbering =
      `<w:abstractNum w:abstractNumId="0">${lvl(0, 'decimal', '%1.')}</w:abstractNum>` +
      `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>`;
    expect(texts(read({ numbering, body: p('a', numPr(1)) + p('b', numPr(2)) }))).toEqual(['1. a', '2. b']);
  });

  it('honours w:lvlRestart="0" (never restart) and w:start', () => {
    const numbering =
      `<w:abstractNum w:abstractNumId="0">${lvl(0, 'upperRoman', '%1.')}` +
      `<w:lvl w:ilvl="1"><w:start w:val="5"/><w:numFmt w:val="decimal"/><w:lvlRestart w:val="0"/><w:lvlText w:val="%2."/></w:lvl></w:abstractNum>` +
      `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;
    const m = read({ numbering, body: p('A', numPr(1, 0)) + p('x', numPr(1, 1)) + p('B', numPr(1, 0)) + p('y', numPr(1, 1)) });
    expect(texts(m)).toEqual(['I. A', '5. x', 'II. B', '6. y']);
  });

  it('renders bullets as "-" and a "+" glyph as "+", and w:suff="nothing" without a space', () => {
    const numbering =
      `<w:abstractNum w:abstractNumId="0">${lvl(0, 'bullet', '&#xF0B7;')}${lvl(1, 'bullet', '+')}${lvl(2, 'bullet', '–')}</w:abstractNum>` +
      `<w:abstractNum w:abstractNumId="1">${lvl(0, 'decimal', '%1.', '<w:suff w:val="nothing"/>')}</w:abstractNum>` +
      `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>`;
    const m = read({ numbering, body: p('Tổ chức', numPr(1, 0)) + p('Chi tiết', numPr(1, 1)) + p('Khác', numPr(1, 2)) + p('Liền', numPr(2, 0)) });
    expect(texts(m)).toEqual(['- Tổ chức', '+ Chi tiết', '- Khác', '1.Liền']);
  });

  it('takes numbering from the paragraph style (basedOn chain) and w:numId="0" switches it off', () => {
    const styles =
      `<w:style w:type="paragraph" w:styleId="Muc"><w:name w:val="Mục"/><w:pPr>${numPr(1, 0)}</w:pPr></w:style>` +
      `<w:style w:type="paragraph" w:styleId="MucCon"><w:name w:val="Mục con"/><w:basedOn w:val="Muc"/></w:style>`;
    const numbering = `<w:abstractNum w:abstractNumId="0">${lvl(0, 'upperRoman', '%1.')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;
    const m = read({
      styles,
      numbering,
      body: p('MỤC ĐÍCH', '<w:pStyle w:val="Muc"/>') + p('NỘI DUNG', '<w:pStyle w:val="MucCon"/>') + p('KHÔNG SỐ', `<w:pStyle w:val="Muc"/><w:numPr><w:numId w:val="0"/></w:numPr>`),
    });
    expect(texts(m)).toEqual(['I. MỤC ĐÍCH', 'II. NỘI DUNG', 'KHÔNG SỐ']);
  });

  it('does not number a paragraph without numbering (must not match)', () => {
    expect(texts(read({ numbering: OUTLINE, body: p('Thực hiện Kế hoạch số 10/KH-UBND') }))).toEqual(['Thực hiện Kế hoạch số 10/KH-UBND']);
  });
});
