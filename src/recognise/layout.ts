// The parts of an NĐ 30 document in block order: header block, kind + title, body, closing
// (Nơi nhận + signer), appendices. Every recogniser asks this one place where the parts are.
import type { Block, DocumentModel, TextBlock } from '../model/document.js';
import { isTextBlock } from '../model/document.js';
import { BODY_OPENER_RE, parseMarker } from '../model/markers.js';

/** Document kinds, upper case, as printed above the title. */
export const DOCUMENT_KINDS = [
  'KẾ HOẠCH',
  'THÔNG BÁO',
  'QUYẾT ĐỊNH',
  'CHƯƠNG TRÌNH HÀNH ĐỘNG',
  'NGHỊ ĐỊNH',
  'THÔNG TƯ LIÊN TỊCH',
  'THÔNG TƯ',
  'PHÁP LỆNH',
  'LUẬT',
  'CHƯƠNG TRÌNH',
  'NGHỊ QUYẾT',
  'CHỈ THỊ',
  'BÁO CÁO',
  'HƯỚNG DẪN',
  'ĐỀ ÁN',
  'TỜ TRÌNH',
  'QUY ĐỊNH',
  'QUY CHẾ',
  'CÔNG VĂN',
] as const;

/** "KẾ HOẠCH", "KẾ HOẠCH NHIỆM VỤ, GIẢI PHÁP…", "THÔNG BÁO" — the kind must be printed in capitals. */
const KIND_RE = new RegExp(`^(${DOCUMENT_KINDS.join('|')})(?=$|[\\s:,.])`, 'u');
/** "Nơi nhận:" */
export const RECIPIENTS_RE = /^Nơi\s+nhận\s*:?/iu;
/** "Trên đây là Kế hoạch…" — the closing sentence of the body. */
export const CLOSING_SENTENCE_RE = /^Trên\s+đây\s+là(?![\p{L}\p{N}])/iu;
/** "PHỤ LỤC", "Phụ lục I", "PHỤ LỤC 01" — an appendix starts. */
export const APPENDIX_RE = /^(?:PHỤ LỤC|Phụ lục)(?:\s+(?:số\s+)?[IVXLC\d]+[a-z]?)?(?![\p{L}\p{N}])\s*[:.]?/u;
/** The end mark typed after the last sentence of a document: "…thực hiện./." */
export const END_MARK_RE = /\.\/\.?$/u;
/**
 * The request that closes a notice: "… yêu cầu … nghiêm túc triển khai thực hiện", "Nay, thông báo
 * kết luận … để các cơ quan, đơn vị biết, thực hiện" (TB 11/TB-UBND Quảng Ngãi).
 */
export const CLOSING_FORMULA_RE = /(yêu cầu|đề nghị).*(nghiêm túc|triển khai thực hiện|tổ chức thực hiện)|để .{0,80}biết,?\s*(và\s+)?(thực hiện|phối hợp)|^Nay,?\s+.{0,60}thông báo\s/iu;
/** Lines of the header block that are neither issuer nor number nor date. */
export const NATIONAL_MOTTO_RE = /^(CỘNG H(?:ÒA|OÀ) XÃ HỘI CHỦ NGHĨA VIỆT NAM|Độc lập\s*[-–]\s*Tự do\s*[-–]\s*Hạnh phúc|ĐẢNG CỘNG SẢN VIỆT NAM)/iu;

export interface KindMatch {
  kind: string;
  index: number;
  /** Text after the kind on the same line (the title when they share it). */
  rest: string;
}

export interface Layout {
  kind: KindMatch | null;
  /** Index of the first block after the title. */
  bodyStart: number;
  /** Index of the first block after the body (closing sentence, Nơi nhận, appendix), or children.length. */
  bodyEnd: number;
  /** Index of "Nơi nhận:" or -1. */
  recipients: number;
  /** Index of the first appendix heading after the body, or -1. */
  appendix: number;
  titleBlocks: number[];
}

const HEADER_SCAN_LIMIT = 40;

/** "V/v triển khai di trú dữ liệu …" — the trích yếu of a công văn, which prints no kind line. */
export const VV_RE = /^V\/v\s+/u;

export function findKind(blocks: Block[]): KindMatch | null {
  const limit = Math.min(blocks.length, HEADER_SCAN_LIMIT);
  let vv: KindMatch | null = null;
  for (let i = 0; i < limit; i++) {
    const b = blocks[i];
    if (!isTextBlock(b)) continue;
    if (b.marker && parseMarker(b.text)?.scheme !== 'bullet') break; // the body has begun
    const m = KIND_RE.exec(b.text);
    if (m) return { kind: m[1], index: i, rest: b.text.slice(m[0].length).replace(/^[\s:,.]+/, '') };
    if (!vv && VV_RE.test(b.text)) vv = { kind: 'CÔNG VĂN', index: i, rest: b.text };
  }
  return vv;
}


/** The issuing authority line a QUYẾT ĐỊNH / NGHỊ QUYẾT prints under its title ("CHÍNH PHỦ"). */
const AUTHORITY_LINE_RE = /^(CHÍNH PHỦ|CHỦ TỊCH|BỘ TRƯỞNG|THỦ TƯỚNG|GIÁM ĐỐC|ỦY BAN|UỶ BAN|HỘI ĐỒNG|BAN THƯỜNG VỤ|HIỆU TRƯỞNG)(?![\p{L}\p{N}])/u;

function titleContinues(b: Block, first: boolean, prev: Block | undefined): b is TextBlock {
  if (!isTextBlock(b) || b.zone === 'header' || b.zone === 'closing') return false;
  if (b.marker || BODY_OPENER_RE.test(b.text) || /^\(/.test(b.text)) return false;
  if (/^[-–_=*.]{3,}$/.test(b.text)) return false;
  if (first) return true;
  if (b.type !== 'heading' || AUTHORITY_LINE_RE.test(b.text)) return false;
  // A title goes on over lines of its own paragraph, or over heading lines in the same style.
  const sameGroup = prev?.prov?.paragraph !== undefined && prev.prov.paragraph === b.prov?.paragraph;
  return sameGroup || (prev !== undefined && isTextBlock(prev) && Boolean(prev.bold) === Boolean(b.bold) && prev.type === 'heading');
}

export function findLayout(model: DocumentModel): Layout {
  const blocks = model.children;
  const kind = findKind(blocks);
  const titleBlocks: number[] = [];
  let bodyStart = 0;
  if (kind) {
    bodyStart = kind.index + 1;
    const sameGroup = (i: number): boolean => blocks[i]?.prov?.paragraph !== undefined && blocks[i]?.prov?.paragraph === blocks[kind.index].prov?.paragraph;
    // The title is the line after the kind (or the kind's own line), plus heading lines continuing it.
    for (let i = kind.index + 1; i < blocks.length && titleBlocks.length < 4; i++) {
      const b = blocks[i];
      if (b.type === 'pageBreak' || b.type === 'footnote') continue;
      const prev = titleBlocks.length ? blocks[titleBlocks[titleBlocks.length - 1]] : blocks[kind.index];
      if (!titleContinues(b, !kind.rest && titleBlocks.length === 0, prev)) break;
      if (kind.rest && !sameGroup(i) && b.type !== 'heading') break;
      titleBlocks.push(i);
      bodyStart = i + 1;
    }
    // A "(Kèm theo …)" or "V/v …" line under the title belongs to the header, not the body.
    while (bodyStart < blocks.length) {
      const b = blocks[bodyStart];
      if (isTextBlock(b) && /^[-–_=*.]{3,}$|^\(Kèm theo/u.test(b.text)) bodyStart++;
      else break;
    }
  } else {
    // No kind line: the body starts after the header block (Số/date/motto lines) if any.
    for (let i = 0; i < Math.min(blocks.length, HEADER_SCAN_LIMIT); i++) {
      const b = blocks[i];
      if (isTextBlock(b) && (b.zone === 'header' || /^Số\s*[:.]|ngày\s*\S*\s*tháng|^V\/v/u.test(b.text) || NATIONAL_MOTTO_RE.test(b.text))) bodyStart = i + 1;
    }
  }
  let bodyEnd = blocks.length;
  let recipients = -1;
  let appendix = -1;
  for (let i = bodyStart; i < blocks.length; i++) {
    const b = blocks[i];
    if (!isTextBlock(b)) continue;
    if (b.zone === 'closing' && bodyEnd === blocks.length) bodyEnd = i;
    if (recipients < 0 && RECIPIENTS_RE.test(b.text)) {
      recipients = i;
      if (bodyEnd === blocks.length) bodyEnd = i;
    }
    if (bodyEnd === blocks.length && CLOSING_SENTENCE_RE.test(b.text)) bodyEnd = i;
    if (appendix < 0 && APPENDIX_RE.test(b.text) && (b.type === 'heading' || b.text.length < 40)) {
      appendix = i;
      if (bodyEnd === blocks.length) bodyEnd = i;
    }
  }
  // The closing formula ("Giám đốc Sở yêu cầu … nghiêm túc triển khai thực hiện./.", "Nay, thông báo
  // kết luận … để … biết, thực hiện./.") after the last section ends the body.
  const texts = blocks.slice(bodyStart, bodyEnd).map((b, k) => ({ b, i: bodyStart + k })).filter((x) => isTextBlock(x.b));
  const last = texts[texts.length - 1];
  const before = texts[texts.length - 2];
  if (last && before && isTextBlock(last.b) && !last.b.marker && END_MARK_RE.test(last.b.text) && CLOSING_FORMULA_RE.test(last.b.text)) {
    bodyEnd = last.i;
  }
  return { kind, bodyStart, bodyEnd, recipients, appendix, titleBlocks };
}
