// Which pages need OCR: no text; only signature/copy-stamp text ("Ký bởi…", "Thời gian ký…",
// "SAO Y", the signer's agency under it); or a text layer that is not real Vietnamese.
import { buildLines, splitSegments } from '../pdf/lines.js';
import { isStampText } from '../pdf/stamps.js';
import type { PdfItem } from '../pdf/types.js';
import { isVietnameseText, scoreText } from './quality.js';
import type { OcrMode } from './types.js';

/** Why a page is OCR'd: `sparse` pages keep their few text-layer words, the others are read anew. */
export type OcrReason = 'empty' | 'stamp' | 'sparse' | 'garbage' | 'forced';

/** "Cơ quan phát hành: Văn phòng Chính phủ" — the gazette's publishing note printed over a scan. */
const PUBLISHER_NOTE = /^Cơ quan phát hành\s*:/iu;
/** Less body text than this (letters and digits) is not a page of content: the rest is on the image. */
const SPARSE_CHARS = 40;

/** The text of a page that is not stamp text (annotations and stamp segments removed). */
export function contentText(items: PdfItem[]): { text: string; stamps: number } {
  let stamps = 0;
  const parts: string[] = [];
  for (const line of buildLines(items.filter((i) => !i.annotation))) {
    for (const seg of splitSegments(line)) {
      if (isStampText(seg.text) || PUBLISHER_NOTE.test(seg.text)) stamps++;
      else parts.push(seg.text);
    }
  }
  stamps += items.some((i) => i.annotation) ? 1 : 0;
  return { text: parts.join('\n'), stamps };
}

/**
 * The file draws images (an image XObject's dictionary: never inside a compressed object stream).
 * Without one there is nothing to OCR: an empty page of a generated PDF is not a scan.
 */
export function hasImages(bytes: Uint8Array): boolean {
  return /\/Subtype\s*\/Image\b/.test(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1'));
}

export function ocrReason(items: PdfItem[], mode: OcrMode): OcrReason | null {
  if (mode === 'off') return null;
  if (mode === 'force') return 'forced';
  const { text, stamps } = contentText(items);
  const chars = text.replace(/[^\p{L}\p{N}]/gu, '').length;
  if (chars === 0) return stamps ? 'stamp' : 'empty';
  if (chars < SPARSE_CHARS) return stamps ? 'stamp' : 'sparse';
  return isVietnameseText(scoreText(text)) ? null : 'garbage';
}

/** Text-layer items a page keeps when it is OCR'd: all of them on sparse pages, else only stamps and annotations. */
export function keptItems(items: PdfItem[], reason: OcrReason): PdfItem[] {
  // A few words beside a stamp ("SAO Y" / "Bộ Công an" / "Thời gian ký…") belong to the stamp: only stamp text stays.
  if (reason === 'empty' || reason === 'sparse') return items;
  const keep = new Set<PdfItem>();
  for (const line of buildLines(items)) {
    for (const seg of splitSegments(line)) if (isStampText(seg.text) || PUBLISHER_NOTE.test(seg.text)) for (const it of seg.items) keep.add(it);
  }
  return items.filter((i) => keep.has(i) || (reason !== 'stamp' && i.annotation));
}
