// Metadata from the header block and the kind/title lines: kind, number, issuer, place, date, title.
import type { Block, DocumentModel } from '../../model/document.js';
import { isTextBlock } from '../../model/document.js';
import type { DocDate, DocNumber, Issuer, PlanMeta, Warning } from '../../model/registry.js';
import { findLayout, isDraftMark, isMottoLine, type Layout } from '../layout.js';
import { matchForm, matchVocab, NUMBER_LINE, PLACE_DATE, testVocab, vocab, VV } from '../../vocab/index.js';
import {
  ADMIN_NUMBER_RE,
  ATTACHED_TO_RE,
  MOTTO_INSIDE_RE,
  ISSUER_CONTINUATION_RE,
  ISSUER_NEEDS_PLACE_RE,
  PLACE_ONLY_LINE,
  AGENCY_HEAD_LINE,
  KIND_NUMBER_LINE_RE,
  LEGISLATURE_NUMBER_RE,
  PARTY_NUMBER_RE,
  SEPARATOR_RE,
} from './patterns.js';
import { distrustOcrDigits } from './ocr-digits.js';
import { congVanByHeader, placeDateInside } from './cong-van.js';

/** Squeeze a number as printed ("171 /KH - PGDĐT", "…05…./2006/ QĐ-UBND") into "171/KH-PGDĐT". */
export function normaliseNumber(raw: string): string {
  return raw
    .replace(/[…]|\.{2,}/g, '')
    .replace(/[-–—_]{3,}.*$/u, '') // a separator rule typed after the number
    .replace(/\s*([/-])\s*/g, '$1')
    .replace(/\s+/g, '')
    .replace(/^\.+|\.+$/g, '');
}

/** Cut "03/NQ-CP Hà Nội, ngày 09…" into the number and what follows it on the line. */
export function splitNumberLine(printed: string): { number: string; rest: string } {
  const tokens = printed.split(/(\s+|\||,)/);
  let i = 0;
  let used = '';
  for (; i < tokens.length; i++) {
    const t = tokens[i];
    // The number is digits, capitals, "/", "-", dots and blanks; a word with a lower-case letter
    // ("Hà Nội"), a comma or a pipe ends it — unless the word is the number itself ("932/QĐ-TTg":
    // the Thủ tướng's code has a small "g").
    // An OCR'd handwritten seq read as letters ("5ÿ /BCA-C04") stands first, before the "/" of the codes.
    const seqBeforeCodes = !used.trim() && t.length <= 4 && /^\s*\//u.test(tokens.slice(i + 1).join(''));
    if (t === ',' || t === '|' || (/\p{Ll}/u.test(t) && !seqBeforeCodes && !/^[\d.…]*\/[\p{L}\d&./-]+$/u.test(t))) break;
    used += t;
  }
  return { number: used.trim(), rest: tokens.slice(i).join('').replace(/^[\s,|]+/, '') };
}

export function parseNumber(printed: string): DocNumber | null {
  const raw = normaliseNumber(splitNumberLine(printed).number);
  if (!raw || !/[/-]/.test(raw)) return null;
  // Before the administrative form, which would take the year for a kind code ("2025" in 105/2025/UBTVQH15).
  let m = LEGISLATURE_NUMBER_RE.exec(raw);
  if (m) return { raw, seq: m[1] ? Number(m[1]) : null, kindCode: null, issuerCode: m[3]!, year: Number(m[2]) };
  m = ADMIN_NUMBER_RE.exec(raw);
  if (m) {
    return { raw, seq: m[1] ? Number(m[1]) : null, kindCode: m[3], issuerCode: m[4], ...(m[2] ? { year: Number(m[2]) } : {}) };
  }
  m = PARTY_NUMBER_RE.exec(raw);
  if (m) return { raw, seq: m[1] ? Number(m[1]) : null, kindCode: m[2], issuerCode: m[3] };
  // "$/KH-DCT", "6§/TB-UBND": a seq OCR could not read; the codes after it still are.
  const head = /^[^/]{1,4}(?=\/)/u.exec(raw)?.[0];
  m = head && unreadableSeq(raw) ? ADMIN_NUMBER_RE.exec(raw.slice(head.length)) : null;
  if (m) return { raw, seq: null, kindCode: m[3], issuerCode: m[4], ...(m[2] ? { year: Number(m[2]) } : {}) };
  return { raw, seq: /^\d+(?=[/-])/.test(raw) ? Number(/^\d+/.exec(raw)![0]) : null, kindCode: null, issuerCode: null };
}

/** "4?09/BCA-C04", "l2/UBND": the seq printed (or handwritten) is not digits as read. */
export function unreadableSeq(raw: string): boolean {
  const head = raw.split(/[/-]/u)[0] ?? '';
  return head !== '' && !/^\d+$/u.test(head);
}

/**
 * A place/date line whose day (or month) is not digits: handwriting OCR read as "1?", "l5", "ll"
 * (folded, OCR'd: "Hà Nội, ngà 0 tháng {0 năm 2025", the "y" lost under a handwritten day).
 * The day is then null, never a guess, and the caller warns.
 */
const UNREADABLE_DATE = vocab(String.raw`^(?:(.{2,60}?)\s*,\s*)?(ngày\s*(\S{1,4}?)\s*tháng\s*(\S{1,3}?)\s*năm\s*(\d{4}))`, 'iu', String.raw`^(?:(.{2,60}?)\s*,\s*)?(nga[yỳ]?\s*(\S{1,4}?)\s*thang\s*(\S{1,3}?)\s*nam\s*(\d{4}))`);

export function parsePlaceDate(text: string): { place: string | null; date: DocDate; unreadable?: string } | null {
  const v = matchVocab(PLACE_DATE, text.trim());
  if (!v) {
    const u = matchVocab(UNREADABLE_DATE, text.trim());
    if (!u) return null;
    const [, day, month, year] = u.groups.slice(1);
    const okMonth = /^\d{1,2}$/u.test(month ?? '') ? Number(month) : null;
    const iso = Number(year) >= 1945 && Number(year) <= 2100 ? (okMonth && okMonth <= 12 ? `${year}-${String(okMonth).padStart(2, '0')}` : String(year)) : null;
    const bad = [!/^\d{1,2}$/u.test(day ?? '') ? `day "${day}"` : '', okMonth === null ? `month "${month}"` : ''].filter(Boolean).join(', ');
    return { place: u.groups[0]?.trim() || null, date: { raw: u.groups[1]!.replace(/\s+/g, ' ').trim(), iso }, unreadable: bad };
  }
  const m = [v.text, ...v.groups];
  const place = m[1]?.trim().replace(/^[-–,\s]+/, '') || null;
  const year = Number(m[5]);
  const month = m[4] ? Number(m[4]) : null;
  const day = m[3] ? Number(m[3]) : null;
  let iso: string | null = String(year);
  if (month && month >= 1 && month <= 12) {
    iso += `-${String(month).padStart(2, '0')}`;
    if (day && day >= 1 && day <= daysIn(year, month)) iso += `-${String(day).padStart(2, '0')}`;
  }
  if (year < 1945 || year > 2100) iso = null;
  return { place, date: { raw: m[2]!.replace(/\s+/g, ' ').trim(), iso } };
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function headerLines(blocks: Block[], layout: Layout): { text: string; index: number }[] {
  const out: { text: string; index: number }[] = [];
  const end = layout.kind ? layout.kind.index : Math.min(blocks.length, layout.bodyStart);
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (!isTextBlock(b)) continue;
    if (layout.kind && i === layout.kind.index) continue; // the kind line is never the issuer (OCR may put it in the header zone)
    // Header-zone lines after the kind line belong to this header only up to the body: an attached
    // document's own header table (a Quy chế after the QĐ) names no issuer of this one.
    if (i >= end && (b.zone !== 'header' || i >= layout.bodyStart)) continue;
    if (i >= end && b.zone === 'header') {
      out.push({ text: b.text, index: i });
      continue;
    }
    out.push({ text: b.text, index: i });
  }
  return out;
}

export function findIssuer(lines: string[]): Issuer | null {
  const names: string[] = [];
  for (const line of lines) {
    // "CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM": both header columns collapsed into one line.
    const nfc = line.normalize('NFC');
    const inside = MOTTO_INSIDE_RE.exec(matchForm(nfc));
    const t = (inside ? nfc.slice(0, inside.index) : nfc).trim();
    if (!t) continue;
    if (matchVocab(NUMBER_LINE, t) || matchVocab(PLACE_DATE, t) || isMottoLine(t) || SEPARATOR_RE.test(t) || isDraftMark(t)) continue;
    if (/^V\/v(?![\p{L}])/iu.test(t)) continue;
    const letters = t.replace(/[^\p{L}]/gu, '');
    if (letters.length < 2 || letters !== letters.toLocaleUpperCase('vi')) continue;
    const clean = t.replace(/\s*[-–—_]{3,}\s*$/u, '').trim();
    // "TỔ GIÚP VIỆC VỀ" / "CẢI CÁCH HÀNH CHÍNH", "BAN CHỈ ĐẠO" / "VỀ PHÁT TRIỂN KHCN …": a name wrapped
    // at a joining word goes on over the next line.
    const wrapped = names.length && (/\s(?:VỀ|VÀ|CỦA|CHO|VỚI)$|[,&-]$/u.test(names[names.length - 1]) || /^(?:VỀ|VÀ|CỦA)\s/u.test(clean));
    const place = names.length && (testVocab(PLACE_ONLY_LINE, clean) || (ISSUER_CONTINUATION_RE.test(clean) && ISSUER_NEEDS_PLACE_RE.test(names[names.length - 1])));
    if (wrapped || place) {
      names[names.length - 1] += ` ${clean}`;
    } else names.push(clean);
  }
  if (!names.length) return null;
  while (names.length > 2 && !testVocab(AGENCY_HEAD_LINE, names[names.length - 1]!)) names.splice(-2, 2, `${names[names.length - 2]} ${names[names.length - 1]}`);
  if (names.length === 1) return { name: names[0], parent: null };
  return { name: names[names.length - 1], parent: names.slice(0, -1).join(' ') };
}

function fromAttachedCaption(blocks: Block[], kind: string | null): { raw: string; number: DocNumber | null; date: DocDate | null; issuer: string | null } | null {
  for (const b of blocks) {
    if (!isTextBlock(b)) continue;
    const m = ATTACHED_TO_RE.exec(b.text);
    if (!m || (kind && m[1].toLocaleUpperCase('vi') !== kind)) continue;
    const number = parseNumber(m[2]);
    const slash = /^([\d.…\s]*)\/([\d.…\s]*)\/\s*(\d{4})$/u.exec(m[3].trim());
    const pd = slash ? parsePlaceDate(`ngày ${slash[1].replace(/[^\d]/g, '')} tháng ${slash[2].replace(/[^\d]/g, '')} năm ${slash[3]}`) : parsePlaceDate(`ngày ${m[3]}`);
    const date = pd ? { raw: `ngày ${m[3].trim()}`, iso: pd.date.iso } : null;
    return { raw: m[0].replace(/^\(/, '').trim(), number, date, issuer: m[4]?.trim() || null };
  }
  return null;
}

/**
 * A document marked DỰ THẢO: the mark standing alone on a line of the header (before the body, or
 * in the header zone), or boxed — a text box read as its own line, or a one-cell table.
 */
export function findDraft(blocks: Block[], layout: Layout): boolean {
  const end = Math.min(blocks.length, Math.max(layout.bodyStart, 1) + 2);
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (i >= end && !('zone' in b && b.zone === 'header')) continue;
    if (isTextBlock(b) && isDraftMark(b.text)) return true;
    if (b.type === 'table' && b.rows.length === 1 && b.rows[0].cells.length === 1 && isDraftMark(b.rows[0].cells[0].text)) return true;
  }
  return false;
}

/**
 * "Nghị quyết này được Ủy ban Thường vụ Quốc hội … thông qua tại Phiên họp thứ 49 ngày 26 tháng 9 năm
 * 2025.": a law or resolution of the Quốc hội prints no place/date line; its date is the adoption.
 */
const ADOPTION_RE = /^(Luật|Nghị quyết|Pháp lệnh|Bộ luật)\s+này\s+(?:đã\s+)?được\s.{0,240}?thông\s+qua\s.{0,120}?(ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4}))/iu;
/** The adoption sentence is among the last paragraphs of the body; its kind is the document's own. */
const ADOPTION_SCAN = 6;

function adoptionDate(blocks: Block[], layout: Layout): DocDate | null {
  const end = Math.min(blocks.length, layout.bodyEnd + 1);
  let seen = 0;
  for (let i = end - 1; i >= layout.bodyStart && seen < ADOPTION_SCAN; i--) {
    const b = blocks[i];
    if (!b || !isTextBlock(b) || b.zone === 'closing' || b.zone === 'header') continue;
    seen++;
    const m = ADOPTION_RE.exec(b.text.normalize('NFC'));
    // "Nghị quyết này" is the document itself only in a NGHỊ QUYẾT (a KẾ HOẠCH saying it means the one it carries out).
    if (!m || m[1]!.toLocaleUpperCase('vi') !== layout.kind?.kind) continue;
    const [year, month, day] = [Number(m[5]), Number(m[4]), Number(m[3])];
    if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) continue;
    return { raw: m[2]!.replace(/\s+/gu, ' '), iso: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
  }
  return null;
}

/** "2. Trích yếu: V/v đề nghị tham gia ý kiến …": a form (PHIẾU TRÌNH) gives its trích yếu as a labelled line of the body. */
const TRICH_YEU_RE = /^(?:\d{1,2}\.\s*)?Trích\s+yếu(?:\s+nội\s+dung)?\s*[:：]\s*(\S.*)$/iu;
/** The labelled line is near the top of the body. */
const TRICH_YEU_SCAN = 30;

/** The title from a "Trích yếu:" line of the body when the document prints no title under its kind. */
function labelledTitle(blocks: Block[], layout: Layout): string | null {
  for (let i = layout.bodyStart; i < Math.min(layout.bodyEnd, layout.bodyStart + TRICH_YEU_SCAN); i++) {
    const b = blocks[i];
    const m = b && isTextBlock(b) ? TRICH_YEU_RE.exec(b.text.normalize('NFC').trim()) : null;
    if (m) return m[1]!.replace(/\s+/gu, ' ').replace(/[.;]+$/u, '').trim() || null;
  }
  return null;
}

export function recogniseMeta(model: DocumentModel, layout: Layout = findLayout(model)): { meta: PlanMeta; warnings: Warning[] } {
  const blocks = model.children;
  const warnings: Warning[] = [];
  const lines = headerLines(blocks, layout);
  let number: DocNumber | null = null;
  let place: string | null = null;
  let date: DocDate | null = null;
  let numberAt = -1;
  let dateAt = -1;
  const issuerLines: string[] = [];
  for (const { text, index } of lines) {
    const nv = matchVocab(NUMBER_LINE, text);
    const kv = nv ? null : KIND_NUMBER_LINE_RE.exec(text.normalize('NFC').trim());
    const printed = nv ? (nv.groups.find((g) => g !== undefined) ?? '') : (kv?.[1] ?? null);
    if (printed !== null && !number) {
      number = parseNumber(printed);
      numberAt = index;
      // The place/date may share the line with the number (a header table flattened to one line).
      const rest = splitNumberLine(printed).rest;
      const pd = rest ? parsePlaceDate(rest) : null;
      if (pd && !date) ({ place, date } = pd), (dateAt = index);
      continue;
    }
    const pd = parsePlaceDate(text);
    if (pd && !date) {
      ({ place, date } = pd);
      dateAt = index;
      if (pd.unreadable) warnings.push({ code: 'UNREADABLE_DATE', message: `the ${pd.unreadable} of the date "${pd.date.raw}" is not readable digits (handwriting or OCR); left blank, not guessed` });
      continue;
    }
    issuerLines.push(text);
  }
  let kindRest = layout.kind?.rest ?? '';
  const kindBlock = layout.kind ? blocks[layout.kind.index] : undefined;
  if (!date && kindBlock && isTextBlock(kindBlock) && testVocab(VV, kindBlock.text)) {
    // The place/date of the right column run into the V/v line (OCR, a flattened header table).
    const cut = placeDateInside(kindRest);
    const pd = cut ? parsePlaceDate(cut.placeDate) : null;
    if (cut && pd) {
      ({ place, date } = pd);
      dateAt = layout.kind!.index;
      kindRest = cut.rest;
      if (pd.unreadable) warnings.push({ code: 'UNREADABLE_DATE', message: `the ${pd.unreadable} of the date "${pd.date.raw}" is not readable digits (handwriting or OCR); left blank, not guessed` });
    }
  }
  const ocr = distrustOcrDigits(model, number, blocks[numberAt], date, blocks[dateAt]);
  ({ number, date } = ocr);
  warnings.push(...ocr.warnings);
  if (!date) date = adoptionDate(blocks, layout);
  let issuer = findIssuer(issuerLines);
  if (!number || !date || !issuer) {
    // No usable header (a conversion that lost it): the appendix caption may name the document.
    const att = fromAttachedCaption(blocks, layout.kind?.kind ?? null);
    const taken: string[] = [];
    if (att) {
      if (!number && att.number) (number = att.number), taken.push('number');
      if (!date && att.date) (date = att.date), taken.push('date');
      if (!issuer && att.issuer) (issuer = { name: att.issuer, parent: null }), taken.push('issuer');
    }
    if (att && taken.length) {
      warnings.push({ code: 'META_FROM_APPENDIX', message: `${taken.join(', ')} taken from the appendix caption "${att.raw}" (the header block has none)` });
    }
  }
  const kind = layout.kind?.kind ?? congVanByHeader(blocks, layout, number);
  const titleParts = [kindRest, ...layout.titleBlocks.map((i) => (isTextBlock(blocks[i]) ? blocks[i].text : ''))].filter(Boolean);
  const title = titleParts.join(' ').replace(/\s+/g, ' ').trim() || labelledTitle(blocks, layout);
  if (!kind) warnings.push({ code: 'NO_KIND', message: 'no document kind line (KẾ HOẠCH, THÔNG BÁO, QUYẾT ĐỊNH…) was found in the header' });
  const ocrSeq = ocr.warnings.some((w) => w.code === 'OCR_UNREADABLE_NUMBER');
  if (!number) warnings.push({ code: 'NO_NUMBER', message: 'no "Số: …" line was found in the header' });
  else if (number.seq === null && !ocrSeq && unreadableSeq(number.raw)) {
    warnings.push({ code: 'UNREADABLE_NUMBER', message: `the number "${number.raw}" has characters that are not digits where its seq stands (handwriting or OCR); seq left null, not guessed` });
  } else if (number.seq === null && !ocrSeq) warnings.push({ code: 'BLANK_NUMBER', message: `the document number is blank ("${number.raw}")` });
  if (!date) warnings.push({ code: 'NO_DATE', message: 'no place/date line ("…, ngày … tháng … năm …") was found in the header' });
  else if (date.iso && date.iso.length < 10 && !warnings.some((w) => w.code === 'UNREADABLE_DATE' || w.code === 'OCR_UNREADABLE_DATE')) warnings.push({ code: 'PARTIAL_DATE', message: `the date has blanks ("${date.raw}"); kept as ${date.iso}` });
  if (!issuer) warnings.push({ code: 'NO_ISSUER', message: 'no issuing body was found in the header block' });
  if (!title) warnings.push({ code: 'NO_TITLE', message: 'no title (trích yếu) was found' });
  const meta: PlanMeta = { kind, number, issuer, place, date, title };
  if (findDraft(blocks, layout)) meta.draft = true;
  if (model.signatures?.length) meta.signatures = [...model.signatures];
  return { meta, warnings };
}
