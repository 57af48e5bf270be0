// XLSX workbook (sheets Tasks, Targets, Documents). exceljs is heavy: this module is imported
// only when --format xlsx is asked for. Every string is written as a string cell (never a
// formula), so "=1+1" or "-x" in a document stays text when the sheet is opened.
import ExcelJS from 'exceljs';
import type { Registry } from '../model/registry.js';
import { flatTable, type Cell, type TableName } from './rows.js';

const SHEETS: [string, TableName][] = [
  ['Tasks', 'tasks'],
  ['Targets', 'targets'],
  ['Documents', 'documents'],
];
const MIN_WIDTH = 6;
const MAX_WIDTH = 60;
/** Characters XML 1.0 cannot hold; a stray one would make the workbook unreadable. */
const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

function cellValue(v: Cell): string | number | null {
  if (typeof v === 'string') return v.replace(XML_ILLEGAL, '');
  return v;
}

function columnWidth(header: string, rows: Cell[][], col: number): number {
  let w = header.length;
  for (const r of rows) {
    const v = r[col];
    const len = v === null ? 0 : String(v).length;
    if (len > w) w = len;
    if (w >= MAX_WIDTH) break;
  }
  return Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, w + 2));
}

export async function emitXlsx(reg: Registry): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = reg.generator;
  for (const [sheetName, table] of SHEETS) {
    const t = flatTable(reg, table);
    const ws = wb.addWorksheet(sheetName, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
    ws.columns = t.header.map((h, i) => ({ header: h, key: h, width: columnWidth(h, t.rows, i) }));
    ws.getRow(1).font = { bold: true };
    for (const r of t.rows) {
      const row = ws.addRow(r.map(cellValue));
      // Explicit string type: exceljs never reads a string as a formula, this makes it certain.
      row.eachCell((cell) => {
        if (typeof cell.value === 'string') cell.numFmt = '@';
      });
    }
  }
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
