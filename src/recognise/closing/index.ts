// The closing block: "Nơi nhận:" and its lines, and the signer (authority chain, title, name).
// In text the two columns come one after the other; in docx/pdf the extractor puts the left
// column (Nơi nhận) before the right one (signer), zone "closing".
import type { Block, DocumentModel, TableBlock, TextBlock } from '../../model/document.js';
import { isTextBlock } from '../../model/document.js';
import { parseMarker } from '../../model/markers.js';
import type { Signature, Warning } from '../../model/registry.js';
import { findLayout, isAppendixHead, type Layout } from '../layout.js';
import { AUTHORITY_LINE, matchVocab, NOI_NHAN, testVocab } from '../../vocab/index.js';
import { readBoxes, signerOfBoxes } from './boxes.js';
import { signerFromLines, startsWithTitle } from './signer.js';

/** "(Đã ký)", "[đã ký]", "(Ký, đóng dấu)", "(ký tên, đóng dấu)" */
const SIGNED_NOTE_RE = /^[([]\s*(đã ký|ký[^)\]]*|Ký[^)\]]*|Đã ký|ĐÃ KÝ)\s*[)\]]$/iu;
const SIGNED_NOTE_INLINE_RE = /[([]\s*(?:đã ký|Đã ký|ĐÃ KÝ)\s*[)\]]/gu;
/** A person's name: 2–6 capitalised words ("Tạ Việt Hùng", "Nguyễn Văn Thêm"). */
const NAME_RE = /^(?:\p{Lu}[\p{Ll}\p{M}]*\.?\s+){1,5}\p{Lu}[\p{Ll}\p{M}]*$/u;

/** A signer block is short: authority chain, title, a signed note, the name. */
const MAX_SIGNER_LINES = 8;

/** "TM. CHÍNH PHỦ", "PHÓ THỦ TƯỚNG", "(Đã ký)", "Lê Thành Long": a line of a signer block (no list marker). */
function isSignerLine(b: Block): boolean {
  if (!isTextBlock(b) || b.marker) return false;
  const t = b.text.trim();
  return t.length <= 80 && (testVocab(AUTHORITY_LINE, t) || isUpperLine(t) || SIGNED_NOTE_RE.test(t) || NAME_RE.test(t.replace(/[.]$/u, '')));
}

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
  return signerFromLines([text]);
}

/**
 * One "Nơi nhận" paragraph into its items: Word line breaks and vertical tabs were folded into "; -"
 * inside one paragraph ("- Như trên; - Chủ tịch UBND tỉnh; - Lưu: VT."), and a signer column typed
 * beside it with tabs or spaces ("- Như trên;      CHÁNH VĂN PHÒNG", "Nơi nhận: TL. CHỦ TỊCH") is cut
 * off as signer text.
 */
export function splitRecipientLine(line: string): { items: string[]; signer: string | null } {
  let t = line.replace(/\s+/g, ' ').trim();
  let signer: string | null = null;
  // A signer segment after the item: upper-case words that start with an authority or a title.
  const tail = /(?:^|[;:.,]\s*|\s)((?:KT|TM|TL|TUQ|Q|PP|T\/M)\s*\.\s*\p{Lu}[\p{Lu}\p{M}\s]*|\p{Lu}{2,}[\p{Lu}\p{M}]*(?:\s+\p{Lu}[\p{Lu}\p{M}]*){1,6})$/u.exec(t);
  const before = tail ? t.slice(0, tail.index + tail[0].length - tail[1].length) : '';
  if (tail && (testVocab(AUTHORITY_LINE, tail[1]) || startsWithTitle(tail[1])) && /\p{Ll}/u.test(before)) {
    signer = tail[1].trim();
    t = t.slice(0, tail.index + tail[0].length - tail[1].length).trim();
  } else if (tail && tail[1].trim() === t && testVocab(AUTHORITY_LINE, t)) {
    return { items: [], signer: t };
  }
  const items = t
    .split(/[;.]\s*(?=[-–+•]\s)/u)
    .map(cleanRecipient)
    .filter(Boolean);
  return { items, signer };
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
  let start = layout.recipients >= 0 ? layout.recipients : layout.bodyEnd;
  // No "Nơi nhận" and the body ends at an appendix: the signer is the run of signer lines just before it.
  if (layout.recipients < 0 && layout.appendix >= 0 && start >= layout.appendix) {
    while (start > layout.bodyStart && layout.appendix - start < MAX_SIGNER_LINES && isSignerLine(blocks[start - 1]!)) start--;
  }
  let end = blocks.length;
  for (let i = start + 1; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.type === 'table' && b.zone !== 'closing') { end = i; break; }
    if (isTextBlock(b) && b.zone !== 'closing' && isAppendixHead(b.text) && (b.type === 'heading' || b.text.length < 40)) { end = i; break; }
  }
  const region: TextBlock[] = blocks.slice(start, end).filter((b: Block): b is TextBlock => isTextBlock(b));
  const signerLines: string[] = [];
  let name: string | null = null;
  let inRecipients = false;
  let seenRecipients = false;
  let lastRaw = '';
  for (const b of region) {
    // "KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG [đã ký] Nguyễn Hòa Bình": a signed note inside the joined lines.
    const t = b.text.replace(SIGNED_NOTE_INLINE_RE, ' ').replace(/\s+/g, ' ').trim();
    if (!t) continue;
    const rec = matchVocab(NOI_NHAN, t);
    if (rec && rec.index === 0) {
      inRecipients = true;
      seenRecipients = true;
      // "Nơi nhận: - A; - B;" written on one line; "Nơi nhận:<tab>TL. CHỦ TỊCH" with the signer beside it.
      const rest = t.slice(rec.text.length).trim();
      if (rest) {
        const { items, signer } = splitRecipientLine(rest.replace(/^[-–]\s*/u, '- '));
        recipients.push(...items);
        if (signer) signerLines.push(signer);
      }
      lastRaw = t;
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
    // A signer line never starts with a list dash: "- CHỦ TỊCH UBND TỈNH" is a recipient.
    const item = marker?.scheme === 'bullet' || marker?.scheme === 'plus';
    // The left column goes on after the signer's lines when a converter put them side by side.
    if ((inRecipients && (item || (!isUpperLine(t) && !NAME_RE.test(t) && !SIGNED_NOTE_RE.test(t)))) || (seenRecipients && item && !name && signerLines.length <= 4)) {
      // A wrapped line (hanging indent) continues the previous recipient unless that one ended.
      const { items, signer } = splitRecipientLine(t);
      if (signer) signerLines.push(signer);
      if (!marker && items.length && recipients.length && !/[;.:]$/.test(lastRaw)) {
        recipients[recipients.length - 1] = cleanRecipient(`${recipients[recipients.length - 1]} ${items.shift()}`);
      }
      recipients.push(...items);
      lastRaw = signer ? t.slice(0, t.length - signer.length).trim() : t;
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
  // A form signed in a table of boxes (PHIẾU TRÌNH): the signer's box and the reviewers'.
  const boxTables = blocks.slice(start, end).filter((b): b is TableBlock => b.type === 'table' && b.zone === 'closing');
  const boxes = boxTables.length && !signerLines.length && !name ? signerOfBoxes(boxTables.flatMap(readBoxes)) : null;
  if (boxes) {
    const { authority, title } = signerFromLines(boxes.signer.title ? [boxes.signer.title] : []);
    signature = {
      authority,
      title,
      name: boxes.signer.name,
      ...(boxes.reviewers.length ? { reviewers: boxes.reviewers } : {}),
      ...(boxes.approver ? { approver: boxes.approver } : {}),
    };
    // A form has no Nơi nhận: it goes to the addressees its "Kính gửi" names.
    return { recipients, signature, warnings };
  }
  if (signerLines.length || name) {
    const { authority, title } = signerFromLines(signerLines);
    signature = { authority, title, name };
    if (!name) warnings.push({ code: 'NO_SIGNER_NAME', message: 'the signer block has no name (unsigned draft or a scan)' });
  } else if (layout.recipients >= 0) {
    warnings.push({ code: 'NO_SIGNER', message: 'no signer block was found after "Nơi nhận"' });
  }
  if (layout.recipients < 0) warnings.push({ code: 'NO_RECIPIENTS', message: 'no "Nơi nhận:" block was found' });
  return { recipients: recipients.filter(Boolean), signature, warnings };
}
