// NĐ 30/2020 layout tables: the header table (issuing body + "Số:" | Quốc hiệu, tiêu ngữ, place/date)
// and the closing table (Nơi nhận | signer) are layout, not data: they are read as zone text.
import type { Zone } from '../../model/document.js';
import type { ParaItem, TableItem } from './context.js';
import { NOI_NHAN, QUOC_HIEU, testVocab, TIEU_NGU } from '../../vocab/index.js';

/** Quốc hiệu: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" (also the older "HOÀ" spelling). */
export const QUOC_HIEU_RE = QUOC_HIEU.exact;
/** Tiêu ngữ: "Độc lập - Tự do - Hạnh phúc". */
export const TIEU_NGU_RE = TIEU_NGU.exact;
/** Document number line: "Số: 171 /KH-PGDĐT", "Số: /KH-UBND". */
export const SO_RE = /^Số\s*:/u;
/** Recipients block: "Nơi nhận:". */
export const NOI_NHAN_RE = NOI_NHAN.exact;
/** Layout tables are small: at most this many columns and rows. */
const MAX_ZONE_COLUMNS = 3;
const MAX_ZONE_ROWS = 6;

function cellParas(table: TableItem): ParaItem[] {
  return table.rows.flatMap((r) => r.cells.flatMap((c) => c.paras));
}

/** The zone a table belongs to when it is an NĐ 30 layout table, else null (a data table). */
export function layoutZone(table: TableItem): Zone | null {
  const columns = Math.max(0, ...table.rows.map((r) => r.cells.length));
  if (columns > MAX_ZONE_COLUMNS || table.rows.length > MAX_ZONE_ROWS) return null;
  const paras = cellParas(table);
  // Matched on one text form: NFD headers, "HOÀ", tone marks dropped (vocabulary).
  if (paras.some((p) => testVocab(NOI_NHAN, p.text.trim()))) return 'closing';
  if (paras.some((p) => testVocab(QUOC_HIEU, p.text) || testVocab(TIEU_NGU, p.text) || SO_RE.test(p.text.normalize('NFC').trim()))) return 'header';
  return null;
}

/** The table's paragraphs column by column: left column top to bottom, then the right column. */
export function paragraphsByColumn(table: TableItem): ParaItem[] {
  const columns = Math.max(0, ...table.rows.map((r) => r.cells.length));
  const out: ParaItem[] = [];
  for (let col = 0; col < columns; col++) {
    for (const row of table.rows) {
      const cell = row.cells[col];
      if (cell && cell.vMerge !== 'continue') out.push(...cell.paras);
    }
  }
  return out;
}
