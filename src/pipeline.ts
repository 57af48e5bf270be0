// bytes → format → extractor → DocumentModel → recognisers → PlanDocument.
import { createHash } from 'node:crypto';
import type { DocumentModel, SourceFormat } from './model/document.js';
import { PlanExtractError } from './model/errors.js';
import type { PlanDocument, Warning } from './model/registry.js';
import { FORMATS, formatFromContent, formatFromExtension, loadExtractor, type ExtractOptions } from './extract/index.js';
import { recognise } from './recognise/index.js';
import { DEFAULT_MAX_SIZE, readInputFile, tooLarge } from './read-input.js';

export type { ExtractOptions } from './extract/index.js';

export interface BytesInput {
  bytes: Uint8Array;
  /** Path shown in messages and in `source.path`. */
  path: string;
  /** Force a format (e.g. stdin with --from); otherwise decided from content, then extension. */
  format?: SourceFormat;
}

/** Decide the format from content first, extension second; a disagreement is a warning. */
export function decideFormat(bytes: Uint8Array, path: string, forced?: SourceFormat): { format: SourceFormat; warnings: Warning[] } {
  const warnings: Warning[] = [];
  const byExt = formatFromExtension(path);
  if (bytes.length === 0) {
    throw new PlanExtractError('EMPTY_FILE', { en: 'the file is empty', vi: 'tệp rỗng' });
  }
  let byContent = formatFromContent(bytes);
  // Plain text cannot say whether it is markdown: the extension decides (.md → md).
  if (byContent === 'txt' && byExt === 'md') byContent = 'md';
  if (forced) {
    if (byContent && byContent !== forced && !(forced === 'md' && byContent === 'txt')) {
      warnings.push({ code: 'FORMAT_MISMATCH', message: `--from ${forced} but the content looks like ${byContent}` });
    }
    return { format: forced, warnings };
  }
  if (!byContent) {
    // Binary bytes that are no format we read.
    const what = byExt ? `.${byExt}` : 'this file';
    throw new PlanExtractError('UNKNOWN_FORMAT', {
      en: `not a readable document: the content is not ${byExt ? `a ${byExt.toUpperCase()} file` : 'text, DOCX or PDF'} (${what})`,
      vi: `không đọc được: nội dung không phải ${byExt ? `tệp ${byExt.toUpperCase()}` : 'văn bản, DOCX hay PDF'}`,
    });
  }
  // A page saved as .txt/.md is still read as the HTML it is; plain text named .html is read by the HTML reader.
  if (byContent === 'txt' && byExt && FORMATS[byExt].text) byContent = byExt;
  if (byExt && byExt !== byContent && !(FORMATS[byExt].text && (byContent === 'txt' || byContent === 'md'))) {
    warnings.push({
      code: 'FORMAT_MISMATCH',
      message: `the file is named .${byExt} but its content is ${byContent}; read as ${byContent}`,
    });
  }
  return { format: byContent, warnings };
}

/** The size limit and the format decision: what every input goes through before its reader. */
export function checkInput(input: BytesInput, opts: ExtractOptions = {}): { format: SourceFormat; warnings: Warning[] } {
  const maxSize = opts.maxSize ?? DEFAULT_MAX_SIZE;
  // maxSize + 1 bytes is what a capped read (stdin) hands over: say "larger than", not a size.
  if (input.bytes.length > maxSize) throw tooLarge(input.bytes.length === maxSize + 1 ? null : input.bytes.length, maxSize);
  return decideFormat(input.bytes, input.path, input.format);
}

export async function extractModel(input: BytesInput, opts: ExtractOptions = {}): Promise<{ model: DocumentModel; warnings: Warning[] }> {
  const { format, warnings } = checkInput(input, opts);
  const extractor = await loadExtractor(format);
  const model = await extractor({ bytes: input.bytes, path: input.path, format }, opts);
  return { model, warnings };
}

export async function extractBytes(input: BytesInput, opts: ExtractOptions = {}): Promise<PlanDocument> {
  const { model, warnings } = await extractModel(input, opts);
  return documentOf(input, model, warnings, opts);
}

/** The read model → the PlanDocument: recognisers, the format warnings first, the administrative check. Synchronous. */
export function documentOf(input: BytesInput, model: DocumentModel, warnings: Warning[], opts: ExtractOptions = {}): PlanDocument {
  const sha256 = createHash('sha256').update(input.bytes).digest('hex');
  const doc = recognise(model, { path: input.path, format: model.format, sha256, ...(model.pages ? { pages: model.pages } : {}), ...(model.ocr ? { ocr: model.ocr } : {}) });
  doc.warnings.unshift(...warnings);
  if (!opts.lenient && !administrativeMarks(doc, model).length) throw notAdministrative();
  return doc;
}

/** The national motto (Quốc hiệu) or the Party's header line, as the first lines of a document print it. */
const NATIONAL_HEADER = /C[ỘO]NG\s*H[OÒ][AÀ]\s+X[AÃ]\s+H[ỘO]I\s+CH[ỦU]\s+NGH[ĨI]A\s+VI[ỆE]T\s+NAM|Đ[ẢA]NG\s+C[ỘO]NG\s+S[ẢA]N\s+VI[ỆE]T\s+NAM/iu;
/** Section labels only administrative texts use: "I", "C", "Điều 3", "Chương II", "Phần I", "Mục 2". */
const ADMIN_LABEL = /^(?:[IVXLC]+|[A-ZĐ]|(?:Điều|Chương|Phần|Mục)\b.*)$/u;
/**
 * Marks in the first lines that survive a damaged text layer (298/TTr-CAT-PC04 is in an unknown font
 * code: "CØNG HOÀXÃHØI", "SÑg8 /TTr- CAT-PC04", "ngày24 tháng 10", "V/vxin chç…"): the tiêu ngữ, a
 * number code, a date phrase, a "V/v" subject line.
 */
const HEAD_MARKS: [string, RegExp][] = [
  ['motto', /Độc\s+lập\s*[-–]\s*Tự\s+do/iu],
  ['number code', /\d+\s*\/\s*[A-ZĐ][A-Za-zĐ]{0,5}-\s?[A-ZĐ]{2,}/u],
  ['date phrase', /ngày\s*\d{1,2}\s*tháng\s*\d{1,2}/iu],
  ['subject line', /(?:^|\n)\s*V\/v\b/u],
];

/**
 * What makes a text an administrative document: Quốc hiệu, a kind, a number, a date, a signer, Nơi
 * nhận, administrative section labels or kinds, or tasks. A README or a list of sources has none.
 */
export function administrativeMarks(doc: PlanDocument, model: DocumentModel): string[] {
  const marks: string[] = [];
  // The document's pages are images: its marks are in them (PDF_IMAGE_PAGES says so already).
  if (model.warnings.some((w) => w.code === 'PDF_IMAGE_PAGES')) return ['scanned pages'];
  // Pages read by OCR: a scan is a document, and its OCR text may have lost the marks.
  if (model.ocr?.pages.length) return ['OCR pages'];
  const texts = model.children.map((b) => ('text' in b && typeof b.text === 'string' ? b.text : '')).filter(Boolean);
  const head = texts.slice(0, 15).join('\n');
  if (NATIONAL_HEADER.test(texts.slice(0, 60).join('\n'))) marks.push('national header');
  for (const [name, re] of HEAD_MARKS) if (re.test(head)) marks.push(name);
  if (doc.meta.kind) marks.push('kind');
  if (doc.meta.number) marks.push('number');
  if (doc.meta.date) marks.push('date');
  if (doc.signature?.name || doc.signature?.title) marks.push('signer');
  if (doc.recipients.length) marks.push('recipients');
  if (doc.tasks.length) marks.push('tasks');
  const sections = (list: PlanDocument['sections']): boolean => list.some((s) => ADMIN_LABEL.test(s.label) || s.kind !== 'other' || sections(s.children));
  if (sections(doc.sections)) marks.push('sections');
  return marks;
}

function notAdministrative(): PlanExtractError {
  return new PlanExtractError('NOT_ADMINISTRATIVE', {
    en: 'not an administrative document: no Quốc hiệu, kind, number, date, numbered sections or signer found (use --lenient to read it anyway)',
    vi: 'không phải văn bản hành chính: không có Quốc hiệu, loại văn bản, số, ngày, mục đánh số hay người ký (dùng --lenient để vẫn đọc)',
  });
}

export async function extractFile(path: string, opts: ExtractOptions & { format?: SourceFormat } = {}): Promise<PlanDocument> {
  const bytes = await readInputFile(path, opts.maxSize);
  return extractBytes({ bytes, path, ...(opts.format ? { format: opts.format } : {}) }, opts);
}
