// The closing block: "Nơi nhận:" and its lines, and the signer (authority chain, title, name).
// In text the two columns come one after the other; in docx/pdf the extractor puts the left
// column (Nơi nhận) before the right one (signer), zone "closing".
import type { Block, DocumentModel, TextBlock } from '../../model/document.js';
import { isTextBlock } from '../../model/document.js';
import { parseMarker } from '../../model/markers.js';
import type { Signature, Warning } from '../../model/registry.js';
import { APPENDIX_RE, findLayout, RECIPIENTS_RE, type Layout } from '../layout.js';

/** "KT. GIÁM ĐỐC", "TM. ỦY BAN NHÂN DÂN", "TL. CHỦ TỊCH", "Q. HIỆU TRƯỞNG", "TUQ. …", "T/M ĐẢNG ĐOÀN" */
const AUTHORITY_RE = /(?:^|\s)(KT|TM|TL|TUQ|Q|T\/M|T\.M)\.?\s+(?=\p{Lu})/gu;
/** Words a signer's own title starts with: "PHÓ GIÁM ĐỐC", "CHÁNH VĂN PHÒNG", "TRƯỞNG PHÒNG", "BÍ THƯ". */
const TITLE_HEAD_RE = /^(PHÓ|CHÁNH|TRƯỞNG|GIÁM ĐỐC|CHỦ TỊCH|HIỆU TRƯỞNG|BỘ TRƯỞNG|THỦ TRƯỞNG|THỨ TRƯỞNG|BÍ THƯ|TỔNG|VIỆN TRƯỞNG|CỤC TRƯỞNG|VỤ TRƯỞNG|THỦ TƯỚNG|CHỦ NHIỆM|TRƯỞNG BAN|KẾ TOÁN|THANH TRA)(?![\p{L}\p{N}])/u;
/** "(Đã ký)", "[đã ký]", "(Ký, đóng dấu)", "(ký tên, đóng dấu)" */
const SIGNED_NOTE_RE = /^[([]\s*(đã ký|ký[^)\]]*|Ký[^)\]]*|Đã ký)\s*[)\]]$/iu;
const SIGNED_NOTE_INLINE_RE = /[([]\s*(?:đã ký|Đã ký|ĐÃ KÝ)\s*[)\]]/gu;
/** A person's name: 2–6 capitalised words ("Tạ Việt Hùng", "Nguyễn Văn Thêm"). */
const NAME_RE = /^(?:\p{Lu}[\p{Ll}\p{M}]*\.?\s+){1,5}\p{Lu}[\p{Ll}\p{M}]*$/u;

function isUpperLine(t: string): boolean {
  const letters = t.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toLocaleUpperCase('vi');
}

/** Clean one "Nơi nhận" line: list marker and trailing ";" or "," removed (a final "." is kept). */
export function cleanRecipient(line: string): string {
  return line
    .replace(/^\s*[-–—•+*]\s*/u, '')
    .replace(/[;,]\s*$/u, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Split "KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC" (lines joined) into authority and title. */
export function splitSignerTitle(text: string): { authority: string | null; title: string | null } {
  const t = text.replace(/\s+/g, ' ').trim();
  if (!t) return { authority: null, title: null };
  const starts = [...t.matchAll(AUTHORITY_RE)].map((m) => m.index + (m[0].startsWith(' ') ? 1 : 0));
  if (!starts.length || starts[0] !== 0) return { authority: null, title: t };
  const chunks = starts.map((s, i) => t.slice(s, starts[i + 1] ?? t.length).trim());
  const last = chunks[chunks.length - 1];
  const prefix = /^\S+\s+/.exec(last)![0];
  const words = last.slice(prefix.length).split(' ');
  for (let k = 1; k < words.length; k++) {
    const rest = words.slice(k).join(' ');
    if (TITLE_HEAD_RE.test(rest)) {
      chunks[chunks.length - 1] = prefix + words.slice(0, k).join(' ');
      return { authority: chunks.join(' / '), title: rest };
    }
  }
  return { authority: chunks.join(' / '), title: null };
}

/** "KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Thành Công": a signer cell whose lines were joined by spaces. */
export function splitUpperAndName(t: string): { upper: string; name: string } | null {
  const words = t.split(/\s+/);
  let k = 0;
  while (k < words.length && isUpperLine(words[k]) || (k < words.length && /^(KT|TM|TL|TUQ|Q|T\/M)\.?$/.test(words[k]))) k++;
  if (k < 2 || k >= words.length) return null;
  const name = words.slice(k).join(' ').replace(/[.]$/, '');
  return NAME_RE.test(name) ? { upper: words.slice(0, k).join(' '), name } : null;
}

export interface ClosingResult {
  recipients: string[];
  signature: Signature | null;
  warnings: Warning[];
}

export function recogniseClosing(model: DocumentModel, layout: Layout = findLayout(model)): ClosingResult {
  const blocks = model.children;
  const warnings: Warning[] = [];
  const recipients: string[] = [];
  const start = layout.recipients >= 0 ? layout.recipients : layout.bodyEnd;
  let end = blocks.length;
  for (let i = start + 1; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.type === 'table' && b.zone !== 'closing') { end = i; break; }
    if (isTextBlock(b) && b.zone !== 'closing' && APPENDIX_RE.test(b.text) && (b.type === 'heading' || b.text.length < 40)) { end = i; break; }
  }
  const region: TextBlock[] = blocks.slice(start, end).filter((b: Block): b is TextBlock => isTextBlock(b));
  const signerLines: string[] = [];
  let name: string | null = null;
  let inRecipients = false;
  let lastRaw = '';
  for (const b of region) {
    // "KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG [đã ký] Nguyễn Hòa Bình": a signed note inside the joined lines.
    const t = b.text.replace(SIGNED_NOTE_INLINE_RE, ' ').replace(/\s+/g, ' ').trim();
    if (!t) continue;
    const rec = RECIPIENTS_RE.exec(t);
    if (rec) {
      inRecipients = true;
      // "Nơi nhận: - A; - B;" written on one line.
      const rest = t.slice(rec[0].length).trim();
      if (rest) for (const part of rest.split(/;\s*(?=[-–]\s)|^\s*[-–]\s/u)) if (cleanRecipient(part)) recipients.push(cleanRecipient(part));
      continue;
    }
    const mixed = splitUpperAndName(t);
    if (mixed) {
      inRecipients = false;
      signerLines.push(mixed.upper);
      if (!name) name = mixed.name;
      continue;
    }
    const marker = parseMarker(t);
    if (inRecipients && (marker?.scheme === 'bullet' || marker?.scheme === 'plus' || (!isUpperLine(t) && !NAME_RE.test(t) && !SIGNED_NOTE_RE.test(t)))) {
      // A wrapped line (hanging indent) continues the previous recipient unless that one ended.
      if (!marker && recipients.length && !/[;.]$/.test(lastRaw)) recipients[recipients.length - 1] = cleanRecipient(`${recipients[recipients.length - 1]} ${t}`);
      else recipients.push(cleanRecipient(t));
      lastRaw = t;
      continue;
    }
    inRecipients = false;
    if (SIGNED_NOTE_RE.test(t)) continue;
    if (isUpperLine(t) && !name) {
      signerLines.push(t);
      continue;
    }
    if (!name && signerLines.length && NAME_RE.test(t.replace(/[.]$/, ''))) name = t.replace(/[.]$/, '');
  }
  let signature: Signature | null = null;
  if (signerLines.length || name) {
    const { authority, title } = splitSignerTitle(signerLines.join(' '));
    signature = { authority, title, name };
    if (!name) warnings.push({ code: 'NO_SIGNER_NAME', message: 'the signer block has no name (unsigned draft or a scan)' });
  } else if (layout.recipients >= 0) {
    warnings.push({ code: 'NO_SIGNER', message: 'no signer block was found after "Nơi nhận"' });
  }
  if (layout.recipients < 0) warnings.push({ code: 'NO_RECIPIENTS', message: 'no "Nơi nhận:" block was found' });
  return { recipients: recipients.filter(Boolean), signature, warnings };
}
