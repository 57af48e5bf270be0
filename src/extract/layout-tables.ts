// Converted documents often keep the NĐ 30 header block and the closing block as two-column
// tables (markdown pipe tables, Word borderless tables). They are layout, not data: turn them
// into text blocks of zone "header"/"closing", left column first, then the right one.
import type { Block, TableBlock, TextBlock, Zone } from '../model/document.js';
import { classifyText } from '../model/build.js';
import { cleanText } from '../model/text.js';
import { AUTHORITY_LINE, NOI_NHAN } from '../vocab/index.js';

/** Cells that mark the header block: Quốc hiệu, "Số: …", a place/date line. */
const HEADER_CELL_RE = /CỘNG H(?:ÒA|OÀ) XÃ HỘI CHỦ NGHĨA VIỆT NAM|ĐẢNG CỘNG SẢN VIỆT NAM|^Số\s*[:.]/u;
/** Cells that mark the closing block. */
const CLOSING_CELL_RE = new RegExp(`${NOI_NHAN.exact.source}|${AUTHORITY_LINE.exact.source}`, 'u');
/** Separator rules typed under the issuer and the motto ("-------", "———"). */
const RULE_RE = /\s*[-–—_]{3,}\s*/gu;

export function layoutZone(t: TableBlock): Zone | null {
  if (t.rows.length > 6) return null;
  const widths = new Set(t.rows.map((r) => r.cells.length));
  if ([...widths].some((w) => w > 3)) return null;
  const cells = t.rows.flatMap((r) => r.cells.map((c) => c.text));
  if (cells.some((c) => HEADER_CELL_RE.test(c))) return 'header';
  if (cells.some((c) => CLOSING_CELL_RE.test(c))) return 'closing';
  return null;
}

/** A box of a signature table ends with the signer's name: "… Nguyễn Nhân Bản", "… Lương Thị Nguyệt Thành". */
const BOX_NAME_RE = /\S\s+(?:\p{Lu}[\p{Ll}\p{M}]+\s+){1,5}\p{Lu}[\p{Ll}\p{M}]+$/u;
/** The date written in a box: "Ngày 03 tháng 10 năm 2025", "Ngày ….. tháng 10 năm 2025". */
const BOX_DATE_RE = /(?:^|\s)Ngày\s*[.…\s]*\d{0,2}[.…\s]*tháng\s*[.…\s]*\d{0,2}[.…\s]*năm\s*\d{4}/u;
const BOX_MAX_CHARS = 400;

/**
 * A signature table of a form (PHIẾU TRÌNH): at most 3 columns and 6 rows, two or more boxes that
 * end with a person's name after their title, one with its date ("Chuyên viên | Ngày 03 tháng 10 năm
 * 2025 | Trương Hải Châu"). Kept as a table of zone "closing": the closing rule reads its boxes.
 */
export function isSignatureBoxes(rows: string[][]): boolean {
  if (rows.length > 6 || rows.some((r) => r.length > 3)) return false;
  const cells = rows.flat().map((c) => c.replace(/\s+/gu, ' ').trim()).filter(Boolean);
  if (cells.some((c) => c.length > BOX_MAX_CHARS)) return false;
  // A data table's header row ("STT | Họ và tên | Chức vụ") says it lists people, it is not signed.
  if (cells.some((c) => /^(?:S\.?\s*TT|TT|Số\s+TT|Họ\s+(?:và\s+)?tên)$/iu.test(c))) return false;
  const named = cells.filter((c) => BOX_NAME_RE.test(c));
  return new Set(named).size >= 2 && named.some((c) => BOX_DATE_RE.test(c));
}

export function flattenLayoutTables(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    if (b.type === 'table' && !b.zone && isSignatureBoxes(b.rows.map((r) => r.cells.map((c) => c.text)))) {
      out.push({ ...b, zone: 'closing' });
      continue;
    }
    const zone = b.type === 'table' ? layoutZone(b) : null;
    if (b.type !== 'table' || !zone) {
      out.push(b);
      continue;
    }
    const width = Math.max(...b.rows.map((r) => r.cells.length));
    for (let col = 0; col < width; col++) {
      for (const row of b.rows) {
        const raw = row.cells[col]?.text ?? '';
        const text = cleanText(raw.replace(RULE_RE, ' '));
        if (!text) continue;
        const block: TextBlock = classifyText(text, { zone });
        if (row.position) block.position = row.position;
        if (row.prov) block.prov = row.prov;
        out.push(block);
      }
    }
  }
  return out;
}
