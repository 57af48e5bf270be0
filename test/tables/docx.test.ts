// A Word appendix table (w:tblHeader row, vertical merge, a table split in two by the author with a
// page break between) through the docx extractor, stitchTables and tablesToOutput.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Document, Packer, PageBreak, Paragraph, Table, TableCell, TableRow, VerticalMergeType } from 'docx';
import { tablesToOutput } from '../../src/recognise/tables/index.js';
import { findCaption, stitchTables } from '../../src/table-logic/index.js';
import { tables } from './helpers.js';

const DOCX_EXTRACTOR = new URL('../../src/extract/docx/index.ts', import.meta.url);
const HEADER = ['TT', 'NHIỆM VỤ', 'ĐƠN VỊ CHỦ TRÌ', 'ĐƠN VỊ PHỐI HỢP', 'THỜI GIAN', 'SẢN PHẨM'];

const tc = (text: string, vMerge?: 'restart' | 'continue'): TableCell =>
  new TableCell({
    children: [new Paragraph(text)],
    ...(vMerge ? { verticalMerge: vMerge === 'restart' ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE } : {}),
  });
const tr = (cells: TableCell[], tableHeader = false): TableRow => new TableRow({ children: cells, tableHeader });
const headerRow = (): TableRow => tr(HEADER.map((h) => tc(h)), true);

async function docxBytes(): Promise<Uint8Array> {
  const first = new Table({
    rows: [
      headerRow(),
      tr([tc('I'), tc('NHÓM NHIỆM VỤ VỀ DỮ LIỆU'), tc(''), tc(''), tc(''), tc('')]),
      tr([tc('1'), tc('Làm sạch dữ liệu đất đai'), tc('Sở Nông nghiệp và Môi trường'), tc('Sở Khoa học và Công nghệ', 'restart'), tc('Quý III năm 2026', 'restart'), tc('Báo cáo')]),
      tr([tc('2'), tc('Làm sạch dữ liệu dân cư'), tc('Công an Thành phố'), tc('', 'continue'), tc('', 'continue'), tc('Báo cáo')]),
      tr([tc('3'), tc('Làm sạch dữ liệu y tế'), tc('Sở Y tế'), tc('', 'continue'), tc('', 'continue'), tc('Báo cáo; Cơ sở dữ liệu')]),
    ],
  });
  const second = new Table({
    rows: [headerRow(), tr([tc('4'), tc('Kiểm tra, đánh giá kết quả'), tc('Văn phòng UBND Thành phố'), tc(''), tc('Tháng 10/2026'), tc('Báo cáo')])],
  });
  const doc = new Document({
    sections: [{ children: [new Paragraph('PHỤ LỤC'), new Paragraph('DANH MỤC NHIỆM VỤ'), first, new Paragraph({ children: [new PageBreak()] }), second] }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

describe.runIf(existsSync(DOCX_EXTRACTOR))('docx appendix table', () => {
  it('is one table: vMerge filled, repeated header dropped, tasks with groups', async () => {
    const { extract } = await import('../../src/extract/docx/index.js');
    const model = await extract({ bytes: await docxBytes(), path: 'pl.docx', format: 'docx' }, {});
    const { blocks } = stitchTables(model.children);
    const ts = tables(blocks);
    expect(ts).toHaveLength(1);
    expect(ts[0].fragments).toBe(2);
    const cap = findCaption(blocks.slice(0, blocks.indexOf(ts[0])));
    expect(cap).toEqual({ appendix: 'PHỤ LỤC', caption: 'DANH MỤC NHIỆM VỤ' });
    const out = tablesToOutput(ts, { captions: [cap] });
    const [t] = out.tables;
    expect(t.header).toEqual(HEADER);
    expect(t.rows.map((r) => r[0])).toEqual(['I', '1', '2', '3', '4']);
    expect(t.spans).toEqual([
      { row: 1, col: 3, rowSpan: 3 },
      { row: 1, col: 4, rowSpan: 3 },
    ]);
    expect(t.groups).toEqual([{ no: 'I', text: 'NHÓM NHIỆM VỤ VỀ DỮ LIỆU', row: 0 }]);
    expect(out.tasks.map((x) => [x.no, x.support, x.deadline?.end ?? null, x.outputs])).toEqual([
      ['1', ['Sở Khoa học và Công nghệ'], '2026-09-30', ['Báo cáo']],
      ['2', ['Sở Khoa học và Công nghệ'], '2026-09-30', ['Báo cáo']],
      ['3', ['Sở Khoa học và Công nghệ'], '2026-09-30', ['Báo cáo', 'Cơ sở dữ liệu']],
      ['4', [], '2026-10-31', ['Báo cáo']],
    ]);
    expect(out.tasks.every((x) => x.group === 'NHÓM NHIỆM VỤ VỀ DỮ LIỆU')).toBe(true);
  });
});
