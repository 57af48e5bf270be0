// "Kính gửi:" — the addressees of a công văn, one string each: "Kính gửi: Công an tỉnh" → ["Công an tỉnh"];
// "Kính gửi:" followed by lines "- Văn phòng Ủy ban nhân dân tỉnh;", "- Sở Nội vụ;", "- UBND các xã, phường,
// đặc khu." → the three lines; "• Các sở: Thông tin và Truyền thông, …, Nội vụ;" stays one line as written.
import type { Block, DocumentModel } from '../../model/document.js';
import { isTextBlock } from '../../model/document.js';
import { BODY_OPENER_RE } from '../../model/markers.js';
import { splitUnits } from '../units/index.js';

/** "Kính gửi:", "Kính gửi :", "Kính gửi" (the colon is sometimes left out); "Kính gửi: Sở Nội vụ." */
export const KINH_GUI_RE = /^\s*Kính\s+gửi\s*:?\s*/iu;
/** A line of the addressee list: "- Sở Nội vụ;", "• Các hội: …", "+ UBND các huyện." */
const LIST_LINE_RE = /^\s*[-–—+•·*]\s*\S/u;
/** Markers and end punctuation that are not part of the name. */
const MARKER_RE = /^\s*[-–—+•·*]\s*/u;
/** Also an OCR speck read as a low quote after the ";" ("Sở Giao thông vận tải; „"), which never closes a name. */
const END_PUNCT_RE = /[\s;,.„]+$/u;
/** A wrapped line of a long addressee (a list of provinces) is a short line of its column. */
const WRAPPED_LINE_MAX = 80;
/** At most this many addressee lines follow "Kính gửi:" (a long distribution list is about 20). */
const MAX_LINES = 40;

export interface Addressees {
  addressees: string[];
  /** Indices of the blocks that hold the "Kính gửi" line and its list (not body text). */
  blocks: number[];
}

/** "Cà Mau, Cao Bằng, Bắc Ninh, Lào Cai,": names of a few capitalised words each, comma-separated. */
function isNameList(t: string): boolean {
  const parts = t.replace(/[.,;\s]+$/u, '').split(',').map((p) => p.trim());
  return parts.every((p) => /^\p{Lu}/u.test(p) && p.split(/\s+/u).length <= 5);
}

const clean = (s: string): string => s.replace(MARKER_RE, '').replace(END_PUNCT_RE, '').replace(/\s+/gu, ' ').trim();

/** The "Kính gửi" addressees of a document (empty when it has none). */
export function findAddressees(model: DocumentModel | { children: Block[] }): Addressees {
  const blocks = model.children;
  const at = blocks.findIndex((b) => isTextBlock(b) && b.zone !== 'closing' && KINH_GUI_RE.test(b.text));
  if (at < 0) return { addressees: [], blocks: [] };
  const first = blocks[at]!;
  if (!isTextBlock(first)) return { addressees: [], blocks: [] };
  const rest = first.text.replace(KINH_GUI_RE, '');
  const used = [at];
  const out: string[] = [];
  // The list may be typed on the "Kính gửi:" line itself, split by line breaks: "Kính gửi:\n- Sở A;\n- Sở B."
  const lines = rest.split('\n').map((l) => l.trim()).filter(Boolean);
  if (lines.length > 1 || (lines.length === 1 && LIST_LINE_RE.test(lines[0]!))) for (const l of lines) out.push(clean(l));
  else if (lines.length === 1) {
    // "Kính gửi: Uỷ ban nhân dân các tỉnh, thành phố An Giang, Cần Thơ" wrapped over the next lines
    // ("Cà Mau, Cao Bằng, …, Lào Cai," … "Tháp, Vĩnh Long.") in a PDF: the unfinished list goes on.
    let joined = lines[0]!;
    for (let i = at + 1; i < blocks.length && used.length <= MAX_LINES; i++) {
      const b = blocks[i]!;
      if (!isTextBlock(b) || b.zone === 'closing' || b.marker || b.text.length > WRAPPED_LINE_MAX || BODY_OPENER_RE.test(b.text)) break;
      if (/[.;:]\s*$/u.test(joined) || !(/,\s*$/u.test(joined) || b.text.includes(',')) || !isNameList(b.text)) break;
      joined = `${joined} ${b.text.trim()}`;
      used.push(i);
    }
    out.push(...(used.length > 1 ? [clean(joined)] : splitUnits(clean(joined))));
  }
  if (out.length === 0 || LIST_LINE_RE.test(lines[0] ?? '')) {
    for (let i = at + 1; i < blocks.length && used.length <= MAX_LINES; i++) {
      const b = blocks[i]!;
      if (!isTextBlock(b) || b.zone === 'closing') break;
      const listed = b.type === 'listItem' || LIST_LINE_RE.test(b.text);
      // Without a marker, only a short line ending in ";" or "." right under "Kính gửi:" is an addressee.
      const bare = !listed && out.length === 0 && b.text.length <= 120 && /[;.]\s*$/u.test(b.text) && !/\s(?:nhận được|thực hiện|căn cứ)\s/iu.test(b.text);
      if (!listed && !bare) break;
      out.push(clean(b.text));
      used.push(i);
      if (/\.\s*$/u.test(b.text)) break;
    }
  }
  return { addressees: out.filter(Boolean), blocks: used };
}
