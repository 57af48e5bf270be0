// HTML tables: spans, header rows, nested tables, layout tables (NĐ 30 header/closing, one-column wrappers).
import { describe, expect, it } from 'vitest';
import { cellTexts, DOC_HEAD, fromHtml, page, tables, textBlocks, texts } from './helpers.js';

describe('data tables', () => {
  it('th/thead rows are header rows; colspan and rowspan are kept with covered slots as continue placeholders', async () => {
    const m = await fromHtml(page(`${DOC_HEAD}<table>
      <thead><tr><th rowspan="2">TT</th><th rowspan="2">Nội dung</th><th colspan="2">Thời gian</th></tr>
      <tr><th>Bắt đầu</th><th>Kết thúc</th></tr></thead>
      <tbody><tr><td>1</td><td rowspan="2">Rà soát</td><td>Tháng 1</td><td>Tháng 2</td></tr>
      <tr><td>2</td><td>Tháng 3</td><td>Tháng 4</td></tr>
      <tr><td>3</td><td colspan="2" rowspan="2">Cả năm</td><td>x</td></tr><tr><td>4</td><td>y</td></tr></tbody></table>`));
    const [t] = tables(m);
    expect(t.rows.map((r) => Boolean(r.header))).toEqual([true, true, false, false, false, false]);
    expect(t.rows[0].cells.map((c) => [c.text, c.rowSpan ?? 1, c.colSpan ?? 1])).toEqual([
      ['TT', 2, 1],
      ['Nội dung', 2, 1],
      ['Thời gian', 1, 2],
    ]);
    expect(t.rows[1].cells.map((c) => c.vMerge ?? c.text)).toEqual(['continue', 'continue', 'Bắt đầu', 'Kết thúc']);
    expect(t.rows[3].cells.map((c) => c.vMerge ?? c.text)).toEqual(['2', 'continue', 'Tháng 3', 'Tháng 4']);
    // A placeholder under a two-column origin covers both columns.
    expect(t.rows[5].cells.map((c) => [c.vMerge ?? c.text, c.colSpan ?? 1])).toEqual([
      ['4', 1],
      ['continue', 2],
      ['y', 1],
    ]);
  });

  it('a nested table is text of its cell; several paragraphs of a cell are one text', async () => {
    const m = await fromHtml(page(`${DOC_HEAD}<table><tr><td>1</td><td><p>Đoạn một</p><p>đoạn hai</p></td><td><table><tr><td>Sở A</td><td>Sở B</td></tr></table></td></tr>
      <tr><td>2</td><td>Việc</td><td>Sở C</td></tr></table>`));
    const [t] = tables(m);
    expect(tables(m)).toHaveLength(1);
    expect(cellTexts(t, 0)).toEqual(['1', 'Đoạn một đoạn hai', 'Sở A Sở B']);
  });

  it('a rowspan past the last row is clamped; a huge colspan is bounded', async () => {
    const m = await fromHtml(page(`${DOC_HEAD}<table><tr><td rowspan="999999">A</td><td colspan="100000">B</td></tr><tr><td>C</td></tr></table>`));
    const [t] = tables(m);
    expect(t.rows[0].cells.map((c) => [c.rowSpan, c.colSpan])).toEqual([
      [2, undefined],
      [undefined, 256],
    ]);
    expect(t.rows[1].cells.map((c) => c.vMerge ?? c.text)).toEqual(['continue', 'C']);
  });
});

describe('layout tables', () => {
  it('the NĐ 30 header table becomes header zone lines, left column then right, rules dropped', async () => {
    const m = await fromHtml(page(`${DOC_HEAD}<p>1. Việc.</p>`));
    expect(textBlocks(m).filter((b) => b.zone === 'header').map((b) => b.text)).toEqual([
      'ỦY BAN NHÂN DÂN TỈNH X',
      'Số: 12/KH-UBND',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'X, ngày 05 tháng 3 năm 2025',
    ]);
  });

  it('the closing table (Nơi nhận | signer) becomes closing zone lines', async () => {
    const m = await fromHtml(page(`${DOC_HEAD}<p>1. Việc.</p><table><tr><td><p><b><i>Nơi nhận:</i></b><br>- Như trên;<br>- Lưu: VT.</p></td>
      <td><p><b>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH<br><br><br>Nguyễn Văn A</b></p></td></tr></table>`));
    expect(textBlocks(m).filter((b) => b.zone === 'closing').map((b) => b.text)).toEqual(['Nơi nhận:', '- Như trên;', '- Lưu: VT.', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Văn A']);
  });

  it('a one-column table around the document is layout: its content is read as blocks', async () => {
    const m = await fromHtml(page(`<table><tr><td>${DOC_HEAD}<p>1. Nội dung.</p></td></tr></table>`));
    expect(tables(m)).toEqual([]);
    expect(texts(m)).toContain('1. Nội dung.');
    expect(textBlocks(m).filter((b) => b.zone === 'header')).toHaveLength(5);
  });

  it('a small two-column data table without Quốc hiệu or Nơi nhận stays a table', async () => {
    const m = await fromHtml(page(`${DOC_HEAD}<table><tr><td>Mẫu số 1</td><td>Kế hoạch 5 năm</td></tr><tr><td>Mẫu số 2</td><td>Kế hoạch năm</td></tr></table>`));
    expect(tables(m)).toHaveLength(1);
  });
});
