// CSV for spreadsheets: UTF-8 with BOM (Excel reads Vietnamese right), CRLF, RFC 4180 quoting.
import type { Registry } from '../model/registry.js';
import { flatTable, type Cell, type TableName } from './rows.js';

const BOM = '\uFEFF';
const EOL = '\r\n';
/** A field needing quotes: separators Excel may use (, ;), quotes, line breaks, edge spaces. */
const NEEDS_QUOTES = /[",;\r\n]|^\s|\s$/;
/**
 * Spreadsheet formula starters ("=SUM(…)", "+1", "-2", "@x"): prefixed with ' so they stay text.
 * A lone "=" (the comparator column) cannot be a formula and is kept as is.
 */
const FORMULA_START = /^[=+\-@\t\r](?=.)/s;

export function csvField(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvRow(cells: readonly Cell[]): string {
  return cells.map(csvField).join(',') + EOL;
}

export function emitCsv(reg: Registry, table: TableName = 'tasks'): string {
  const t = flatTable(reg, table);
  let out = BOM + csvRow(t.header);
  for (const r of t.rows) out += csvRow(r);
  return out;
}
