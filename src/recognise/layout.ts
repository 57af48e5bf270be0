// The parts of an NĐ 30 document in block order: header block, kind + title, body, closing
// (Nơi nhận + signer), appendices. Every recogniser asks this one place where the parts are.
import type { Block, DocumentModel, TextBlock } from '../model/document.js';
import { isTextBlock } from '../model/document.js';
import { BODY_OPENER_RE, parseMarker } from '../model/markers.js';
import { APPENDIX, CLOSING_FORMULA, fold, OUTLINE_HEAD, KINH_GUI, NUMBER_LINE, PLACE_DATE, CLOSING_SENTENCE, DRAFT_MARK, END_MARK_RE, KIND_LINE_NAMES, matchVocab, MOTTO_LINE, NOI_NHAN, testVocab, VV, vocab } from '../vocab/index.js';

/** Document kinds, upper case, as printed above the title (from the one vocabulary). */
export const DOCUMENT_KINDS = KIND_LINE_NAMES;

/** "KẾ HOẠCH", "KẾ HOẠCH NHIỆM VỤ, GIẢI PHÁP…", "PHIẾU TRÌNH" — the kind must be printed in capitals. */
/** A kind's name folded, each marked vowel allowed twice: OCR splits a stacked mark into two letters ("KÉẺ HOẠCH"). */
const kindFolded = (k: string) => [...k].map((c) => (c === ' ' ? '\\s+' : fold(c) !== c && /[AEIOUY]/u.test(fold(c)) ? `${fold(c)}{1,2}` : fold(c))).join('');
const KIND = vocab(`^(${DOCUMENT_KINDS.join('|').replace(/ /g, '\\s+')})(?=$|[\\s:,.])`, 'u', `^(${DOCUMENT_KINDS.map(kindFolded).join('|')})(?=$|[\\s:,.])`);
/** "Nơi nhận:" (kept for callers that test a line with a RegExp). */
export const RECIPIENTS_RE = NOI_NHAN.exact;
/** "PHỤ LỤC", "Phụ lục I", "PHỤ LỤC 01" — an appendix starts. */
export const APPENDIX_RE = APPENDIX.exact;
export { END_MARK_RE };
/** Quốc hiệu, tiêu ngữ or party header at the start of a line. */
export const NATIONAL_MOTTO_RE = MOTTO_LINE.exact;

/** A line is "Nơi nhận:" (also as OCR reads it: "Noi nhận"). */
export const isRecipientsHead = (t: string): boolean => testVocab(NOI_NHAN, t);
/** A line starts an appendix ("PHỤ LỤC I"). */
export const isAppendixHead = (t: string): boolean => testVocab(APPENDIX, t);
/** A line is the Quốc hiệu, tiêu ngữ or party header. */
export const isMottoLine = (t: string): boolean => testVocab(MOTTO_LINE, t);
/** A line is the DỰ THẢO mark standing alone (or in its box). */
export const isDraftMark = (t: string): boolean => testVocab(DRAFT_MARK, t.trim());

export interface KindMatch {
  kind: string;
  index: number;
  /** Text after the kind on the same line (the title when they share it). */
  rest: string;
  /** Found only with diacritics folded (OCR text). */
  folded?: boolean;
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
export const VV_RE = VV.exact;

/** The kind as the vocabulary spells it ("KE HOACH" read by OCR → "KẾ HOẠCH"). */
function canonicalKind(printed: string): string {
  const single = (t: string) => fold(t).replace(/\s+/g, ' ').toUpperCase().replace(/([AEIOUY])\1/gu, '$1');
  const key = single(printed);
  return DOCUMENT_KINDS.find((k) => single(k) === key) ?? printed.replace(/\s+/g, ' ');
}

export function findKind(blocks: Block[]): KindMatch | null {
  const limit = Math.min(blocks.length, HEADER_SCAN_LIMIT);
  let vv: KindMatch | null = null;
  for (let i = 0; i < limit; i++) {
    const b = blocks[i];
    if (!isTextBlock(b)) continue;
    // Before the marker test: OCR'd "V/ tham gia ý kiến…" (the small "v" lost) reads as a roman "V/".
    const isVv = !vv && testVocab(VV, b.text);
    if (b.marker && !isVv && parseMarker(b.text)?.scheme !== 'bullet') break; // the body has begun
    if (isDraftMark(b.text)) continue;
    const m = matchVocab(KIND, b.text);
    if (m) return { kind: canonicalKind(m.groups[0] ?? m.text), index: i, rest: b.text.slice(m.index + m.text.length).replace(/^[\s:,.]+/, ''), ...(m.folded ? { folded: true } : {}) };
    if (isVv) vv = { kind: 'CÔNG VĂN', index: i, rest: b.text };
  }
  return vv;
}


/** The issuing authority line a QUYẾT ĐỊNH / NGHỊ QUYẾT prints under its title ("CHÍNH PHỦ"). */
const AUTHORITY_LINE_RE = /^(CHÍNH PHỦ|CHỦ TỊCH|BỘ TRƯỞNG|THỦ TƯỚNG|GIÁM ĐỐC|TỔNG GIÁM ĐỐC|ỦY BAN|UỶ BAN|HỘI ĐỒNG|BAN THƯỜNG VỤ|HIỆU TRƯỞNG|TỔ TRƯỞNG|TRƯỞNG BAN|CỤC TRƯỞNG|VIỆN TRƯỞNG|CHÁNH VĂN PHÒNG)(?!\p{L}|\p{N})/u;

function titleContinues(b: Block, first: boolean, prev: Block | undefined): b is TextBlock {
  if (!isTextBlock(b) || b.zone === 'header' || b.zone === 'closing') return false;
  if (b.marker || BODY_OPENER_RE.test(b.text) || /^\(/.test(b.text)) return false;
  // Lines of the header block flattened after the title (the right column of a text conversion).
  if (/^[-–_=*.]{3,}$/.test(b.text) || isDraftMark(b.text) || isMottoLine(b.text) || testVocab(PLACE_DATE, b.text) || testVocab(NUMBER_LINE, b.text)) return false;
  if (first) return true;
  if (b.type !== 'heading' || AUTHORITY_LINE_RE.test(b.text)) return false;
  // A title goes on over lines of its own paragraph, or over heading lines in the same style.
  const sameGroup = prev?.prov?.paragraph !== undefined && prev.prov.paragraph === b.prov?.paragraph;
  return sameGroup || (prev !== undefined && isTextBlock(prev) && Boolean(prev.bold) === Boolean(b.bold) && prev.type === 'heading');
}

/** A line of the header block that is neither issuer nor title: Quốc hiệu, tiêu ngữ, "Số:", date, rules, DỰ THẢO. */
export function isHeaderLine(t: string): boolean {
  return /^[-–_=*.]{3,}$|^\(Kèm theo/u.test(t) || isDraftMark(t) || isMottoLine(t) || testVocab(PLACE_DATE, t) || testVocab(NUMBER_LINE, t);
}

/** The V/v column is narrow: its wrapped lines, typed as paragraphs of their own, stay short. */
const VV_LINE_MAX = 60;

/**
 * A wrapped line of a "V/v …" trích yếu: same zone, not a header line, not the body's first words;
 * in the body a new paragraph continues it only when both are short column lines ("V/v triển khai
 * thực hiện" / "Công văn số 4552/BCA-C04" / "của Bộ Công an") or it starts in lower case.
 */
function vvContinues(b: TextBlock, vv: TextBlock, prev: TextBlock): boolean {
  if (b.zone !== vv.zone || b.marker || isHeaderLine(b.text) || BODY_OPENER_RE.test(b.text) || testVocab(KINH_GUI, b.text)) return false;
  if (/[.;:]$/u.test(prev.text) || isUpperWords(b.text) || b.text.length > 120) return false;
  if (b.zone === 'header' || /^\p{Ll}/u.test(b.text)) return true;
  return prev.text.length <= VV_LINE_MAX && b.text.length <= VV_LINE_MAX;
}

function isUpperWords(t: string): boolean {
  const letters = t.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toLocaleUpperCase('vi');
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
    const kindBlock = blocks[kind.index];
    if (kind.kind === 'CÔNG VĂN' && !titleBlocks.length && isTextBlock(kindBlock) && testVocab(VV, kindBlock.text)) {
      // "V/v lấy ý kiến góp ý dự thảo Báo" / "cáo Sơ kết giai đoạn …": the trích yếu wraps in its column.
      for (let i = kind.index + 1; i < blocks.length && titleBlocks.length < 6; i++) {
        const b = blocks[i];
        const prev = blocks[titleBlocks.length ? titleBlocks[titleBlocks.length - 1] : kind.index] as TextBlock;
        if (!isTextBlock(b) || !vvContinues(b, kindBlock, prev)) break;
        titleBlocks.push(i);
        bodyStart = i + 1;
      }
    }
    // A "(Kèm theo …)" line, and header lines flattened after the title (Quốc hiệu, tiêu ngữ, the
    // place/date of the right column in a text conversion) belong to the header, not the body.
    while (bodyStart < blocks.length) {
      const b = blocks[bodyStart];
      // The issuing authority a QUYẾT ĐỊNH prints under its title ("TỔ TRƯỞNG TỔ GIÚP VIỆC …", "CHÍNH PHỦ") too.
      if (isTextBlock(b) && (b.zone === 'header' || isHeaderLine(b.text) || (b.type === 'heading' && AUTHORITY_LINE_RE.test(b.text) && isUpperWords(b.text)))) bodyStart++;
      else break;
    }
  } else {
    // No kind line: the body starts after the header block (Số/date/motto lines) if any.
    for (let i = 0; i < Math.min(blocks.length, HEADER_SCAN_LIMIT); i++) {
      const b = blocks[i];
      if (isTextBlock(b) && (b.zone === 'header' || /^Số\s*[:.]|ngày\s*\S*\s*tháng|^V\/v/u.test(b.text) || isMottoLine(b.text))) bodyStart = i + 1;
    }
  }
  let bodyEnd = blocks.length;
  let recipients = -1;
  let appendix = -1;
  for (let i = bodyStart; i < blocks.length; i++) {
    const b = blocks[i];
    // A form's signature boxes (a closing-zone table) end its body too.
    if (b.type === 'table' && b.zone === 'closing' && bodyEnd === blocks.length) bodyEnd = i;
    if (!isTextBlock(b)) continue;
    if (b.zone === 'closing' && bodyEnd === blocks.length) bodyEnd = i;
    // The document's own "Nơi nhận" comes before its appendix; one after it closes an attached form (NĐ 311's Mẫu số 1–5).
    if (recipients < 0 && appendix < 0 && isRecipientsHead(b.text)) {
      recipients = i;
      if (bodyEnd === blocks.length) bodyEnd = i;
    }
    if (bodyEnd === blocks.length && testVocab(CLOSING_SENTENCE, b.text)) bodyEnd = i;
    // An attached report outline ("ĐỀ CƯƠNG BÁO CÁO …", in capitals) is an appendix too: its own
    // I–VIII never join the body's tree.
    if (appendix < 0 && ((isAppendixHead(b.text) && (b.type === 'heading' || b.text.length < 40)) || (b.text.length <= 200 && testVocab(OUTLINE_HEAD, b.text, { fold: false })))) {
      appendix = i;
      if (bodyEnd === blocks.length) bodyEnd = i;
    }
  }
  // The closing formula ("Giám đốc Sở yêu cầu … nghiêm túc triển khai thực hiện./.", "Nay, thông báo
  // kết luận … để … biết, thực hiện./.") after the last section ends the body.
  const texts = blocks.slice(bodyStart, bodyEnd).map((b, k) => ({ b, i: bodyStart + k })).filter((x) => isTextBlock(x.b));
  const last = texts[texts.length - 1];
  const before = texts[texts.length - 2];
  if (last && before && isTextBlock(last.b) && !last.b.marker && END_MARK_RE.test(last.b.text) && testVocab(CLOSING_FORMULA, last.b.text)) {
    bodyEnd = last.i;
  }
  return { kind, bodyStart, bodyEnd, recipients, appendix, titleBlocks };
}
