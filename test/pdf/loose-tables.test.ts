// Tables drawn without ruling lines, from positions alone, on PDFs built here (no corpus PDF has one:
// every table in KH 277, CV 6582 and mineru e.pdf is ruled). One layout must give a table, others not.
import { describe, expect, it } from 'vitest';
import { fromBytes, tables, texts } from './helpers.js';
import { makePdf, text } from './make-pdf.js';

/** Columns of a plan's task table: TT, Noi dung, Don vi chu tri, Thoi han. */
const COLS = [60, 100, 330, 470];

function row(y: number, cells: (string | null)[], font = 'F1'): string {
  return cells.map((c, i) => (c ? text(c, COLS[i], y, 12, font) : '')).join('\n');
}

describe('line-less table from positions', () => {
  it('takes columns from the header and joins text hanging under a cell', async () => {
    const content = [
      text('Ke hoach thuc hien cac nhiem vu trong tam nam 2024 nhu sau:', 60, 760, 12),
      row(730, ['TT', 'Noi dung', 'Don vi chu tri', 'Thoi han'], 'F2'),
      row(712, [null, null, '(phoi hop)', null], 'F2'),
      row(690, ['1', 'Xay dung ke hoach chuyen doi so', 'So Khoa hoc', 'Thang 3/2024']),
      row(676, [null, 'cua Thanh pho giai doan 2024', 'va Cong nghe', null]),
      row(662, [null, '- 2025', null, null]),
      row(640, ['2', 'Lam sach du lieu dan cu', 'Cong an', 'Quy II/2024']),
      row(618, ['3', 'Tong ket, danh gia ket qua', 'Van phong', 'Thang 12/2024']),
      text('Tren day la ke hoach thuc hien; cac don vi trien khai thuc hien nghiem tuc.', 60, 580, 12),
    ].join('\n');
    const m = await fromBytes(makePdf([{ content }]));
    const [t] = tables(m);
    expect(t.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['TT', 'Noi dung', 'Don vi chu tri (phoi hop)', 'Thoi han'],
      ['1', 'Xay dung ke hoach chuyen doi so cua Thanh pho giai doan 2024 - 2025', 'So Khoa hoc va Cong nghe', 'Thang 3/2024'],
      ['2', 'Lam sach du lieu dan cu', 'Cong an', 'Quy II/2024'],
      ['3', 'Tong ket, danh gia ket qua', 'Van phong', 'Thang 12/2024'],
    ]);
    expect(t.rows[0].header).toBe(true);
    expect(t.rows[1].header).toBeFalsy();
    // The paragraphs before and after stay running text.
    expect(texts(m, 'body')).toEqual([
      'Ke hoach thuc hien cac nhiem vu trong tam nam 2024 nhu sau:',
      'Tren day la ke hoach thuc hien; cac don vi trien khai thuc hien nghiem tuc.',
    ]);
  }, 30_000);

  it('leaves a wide-gapped line without aligned rows under it as text', async () => {
    const content = [
      row(730, ['A', 'Mot dong co khoang trong', 'rong', 'o giua']),
      text('Doan van ban thuong tiep theo, dai hon mot cot va cat qua moi canh cot cua bang.', 60, 712, 12),
      text('Dong thu hai cua doan van ban thuong, cung cat qua cac canh cot.', 60, 698, 12),
    ].join('\n');
    const m = await fromBytes(makePdf([{ content }]));
    expect(tables(m)).toHaveLength(0);
    expect(texts(m, 'body').join(' ')).toContain('Doan van ban thuong tiep theo');
  }, 30_000);

  it('needs three columns: a two-column list is not a table', async () => {
    const content = [60, 100]
      .map(() => '')
      .concat([
        text('Noi dung', 60, 730, 12, 'F2') + text('Thoi han', 330, 730, 12, 'F2'),
        text('Viec mot', 60, 712, 12) + text('Thang 1', 330, 712, 12),
        text('Viec hai', 60, 698, 12) + text('Thang 2', 330, 698, 12),
      ])
      .join('\n');
    const m = await fromBytes(makePdf([{ content }]));
    expect(tables(m)).toHaveLength(0);
  }, 30_000);
});
