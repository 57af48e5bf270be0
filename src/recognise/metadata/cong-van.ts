// A công văn known by its header when its "V/v …" line is lost (OCR read "V/v chuẩn bị …" as
// "/%w chuẩn bị …" on 3980_0001 (1).pdf): NĐ 30 numbers a công văn "Số: …/<issuer>-<unit>", codes
// with no kind abbreviation (a Kế hoạch is "…/KH-…", a Thông báo "…/TB-…"), and it is addressed
// "Kính gửi: …" before its body.
import type { Block } from '../../model/document.js';
import { isTextBlock } from '../../model/document.js';
import type { DocNumber } from '../../model/registry.js';
import { fold, KINH_GUI, kindOfCode, testVocab } from '../../vocab/index.js';
import type { Layout } from '../layout.js';

/** The "Kính gửi:" line stands right under the header: within the first blocks of the document. */
const KINH_GUI_SCAN = 30;

/** The number's codes ("C04-P6", "UBND-KSTT"), all of them; none may name a kind. */
function codesNameNoKind(number: DocNumber): boolean {
  if (!number.kindCode && !number.issuerCode) return false; // a number with no readable codes tells nothing
  const codes = number.raw.split('/').slice(1).join('-').split('-').filter((c) => /\p{L}/u.test(c));
  // A party number puts the kind before the slash ("125-TB/HU").
  const head = number.raw.split('/')[0]!.split('-').slice(1).filter((c) => /\p{L}/u.test(c));
  return codes.length > 0 && [...codes, ...head].every((c) => kindOfCode(c) === null);
}

/** "CÔNG VĂN" when the document prints no kind line, its number's codes name no kind and it has a "Kính gửi:" line; else null. */
export function congVanByHeader(blocks: Block[], layout: Layout, number: DocNumber | null): string | null {
  if (layout.kind || !number || !codesNameNoKind(number)) return null;
  const end = Math.min(blocks.length, KINH_GUI_SCAN, layout.recipients >= 0 ? layout.recipients : blocks.length);
  for (let i = 0; i < end; i++) {
    const b = blocks[i]!;
    if (isTextBlock(b) && b.zone !== 'closing' && testVocab(KINH_GUI, b.text.trim())) return 'CÔNG VĂN';
  }
  return null;
}

/**
 * "V/v dự kiến mục tiêu, nhiệm vụ, kế hoạch Hà Nội, ngày |É tháng 12 năm 2025": OCR (or a flattened
 * header table) ran the V/v column and the place/date of the right column into one line. The place
 * is the capitalised words before ", ngày"; the piece runs to "năm <year>".
 */
const DATE_INSIDE_RE = /\s((?:\p{Lu}[\p{L}.]*\s+){0,3}\p{Lu}[\p{L}.]*\s*,\s*ngày\s*\S{0,4}\s*tháng\s*\S{0,3}\s*năm\s*\d{4})(?!\p{L}|\p{N})/u;
const DATE_INSIDE_FOLDED_RE = /\s((?:\p{Lu}[\p{L}.]*\s+){0,3}\p{Lu}[\p{L}.]*\s*,\s*nga[yỳ]?\s*\S{0,4}\s*thang\s*\S{0,3}\s*nam\s*\d{4})(?!\p{L}|\p{N})/u;

/** The place/date cut out of a V/v line, and the line without it; null when the line holds none. */
export function placeDateInside(text: string): { placeDate: string; rest: string } | null {
  const nfc = text.normalize('NFC');
  const m = DATE_INSIDE_RE.exec(nfc) ?? DATE_INSIDE_FOLDED_RE.exec(fold(nfc));
  if (!m) return null;
  const at = m.index + 1;
  const placeDate = nfc.slice(at, at + m[1]!.length);
  return { placeDate, rest: `${nfc.slice(0, m.index)} ${nfc.slice(at + m[1]!.length)}`.replace(/\s+/gu, ' ').trim() };
}
