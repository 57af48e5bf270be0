// Digits of an OCR'd header that are not to be trusted (src/extract/ocr/doubt.ts: low confidence, or
// handwriting-like): the number's seq, the date's day or month taken from such a word is left null
// with a warning, never a guess. The text stays as read.
import type { Block, DocumentModel, OcrDoubtfulDigits } from '../../model/document.js';
import type { DocDate, DocNumber, Warning } from '../../model/registry.js';

function overlaps(a: [number, number, number, number], b: [number, number, number, number]): boolean {
  return Math.min(a[2], b[2]) > Math.max(a[0], b[0]) && Math.min(a[3], b[3]) > Math.max(a[1], b[1]);
}

/**
 * The doubtful OCR word inside `block` with a digit run that is `digits` (a day, a month: leading
 * zeros aside) or, with `part`, a piece of it (a seq OCR split in two: "3980" read "3" "39/C04-P6").
 */
function doubtFor(model: DocumentModel, block: Block | undefined, digits: string, part = false): OcrDoubtfulDigits | null {
  const box = block?.prov?.bbox;
  if (!model.ocrDoubtfulDigits?.length || !box || !digits) return null;
  const page = block.prov?.page;
  return model.ocrDoubtfulDigits.find((d) => d.page === page && overlaps(d.bbox, box) && (d.text.match(/\d+/gu) ?? []).some((r) => Number(r) === Number(digits) || (part && digits.includes(r)))) ?? null;
}

const how = (d: OcrDoubtfulDigits) => `the OCR word "${d.text}" on page ${d.page}, ${d.why === 'handwriting-like' ? `handwriting-like, read with ${d.conf} % confidence` : `read with low confidence (${d.conf} %)`}`;

export function distrustOcrDigits(
  model: DocumentModel,
  number: DocNumber | null,
  numberBlock: Block | undefined,
  date: DocDate | null,
  dateBlock: Block | undefined,
): { number: DocNumber | null; date: DocDate | null; warnings: Warning[] } {
  const warnings: Warning[] = [];
  if (!model.ocrDoubtfulDigits?.length) return { number, date, warnings };
  if (number && number.seq !== null) {
    const d = doubtFor(model, numberBlock, /^\d+/u.exec(number.raw)?.[0] ?? String(number.seq), true);
    if (d) {
      number = { ...number, seq: null };
      warnings.push({ code: 'OCR_UNREADABLE_NUMBER', message: `the seq of the number "${number.raw}" comes from ${how(d)}; seq left null, not guessed (check it on the scan)`, source: { page: d.page } });
    }
  }
  const m = date?.iso ? /^(\d{4})-(\d{2})(?:-(\d{2}))?$/u.exec(date.iso) : null;
  if (date && m) {
    const [, year, month, day] = m;
    const dm = doubtFor(model, dateBlock, month);
    const dd = day ? doubtFor(model, dateBlock, day) : null;
    const d = dm ?? dd;
    if (d) {
      date = { ...date, iso: dm ? year : `${year}-${month}` };
      warnings.push({ code: 'OCR_UNREADABLE_DATE', message: `the ${dm ? 'month' : 'day'} of the date "${date.raw}" comes from ${how(d)}; left blank, not guessed (kept as ${date.iso})`, source: { page: d.page } });
    }
  }
  return { number, date, warnings };
}
