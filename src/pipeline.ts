// bytes → format → extractor → DocumentModel → recognisers → PlanDocument.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { DocumentModel, SourceFormat } from './model/document.js';
import { PlanExtractError } from './model/errors.js';
import type { PlanDocument, Warning } from './model/registry.js';
import { formatFromExtension, loadExtractor, sniffFormat, type ExtractOptions } from './extract/index.js';
import { recognise } from './recognise/index.js';

export type { ExtractOptions } from './extract/index.js';

/** "<!DOCTYPE html", "<html" at the start (after a BOM or blanks). */
const HTML_START = /^(?:\xEF\xBB\xBF)?\s*(?:<!--[\s\S]*?-->\s*)*<(?:!DOCTYPE\s+html|html|head|body)[\s>]/i;

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
  const sniff = sniffFormat(bytes);
  if (sniff === 'empty') {
    throw new PlanExtractError('EMPTY_FILE', { en: 'the file is empty', vi: 'tệp rỗng' });
  }
  let byContent: SourceFormat | null = null;
  if (sniff === 'pdf' || sniff === 'doc') byContent = sniff;
  else if (sniff === null && HTML_START.test(Buffer.from(bytes.subarray(0, 512)).toString('latin1'))) byContent = 'html';
  else if (sniff === 'zip') byContent = 'docx';
  else if (sniff === null) byContent = byExt === 'md' ? 'md' : 'txt';
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
  // A page saved as .txt/.md is still read as the HTML it is; .html holding plain text is read as text.
  if (byExt === 'html' && byContent === 'txt') byContent = 'html';
  if (byExt && byExt !== byContent && !(byExt === 'md' && byContent === 'txt') && !(byExt === 'txt' && byContent === 'md')) {
    warnings.push({
      code: 'FORMAT_MISMATCH',
      message: `the file is named .${byExt} but its content is ${byContent}; read as ${byContent}`,
    });
  }
  return { format: byContent, warnings };
}

export async function extractModel(input: BytesInput, opts: ExtractOptions = {}): Promise<{ model: DocumentModel; warnings: Warning[] }> {
  const { format, warnings } = decideFormat(input.bytes, input.path, input.format);
  const extractor = await loadExtractor(format);
  const model = await extractor({ bytes: input.bytes, path: input.path, format }, opts);
  return { model, warnings };
}

export async function extractBytes(input: BytesInput, opts: ExtractOptions = {}): Promise<PlanDocument> {
  const { model, warnings } = await extractModel(input, opts);
  const sha256 = createHash('sha256').update(input.bytes).digest('hex');
  const doc = recognise(model, { path: input.path, format: model.format, sha256, ...(model.pages ? { pages: model.pages } : {}), ...(model.ocr ? { ocr: model.ocr } : {}) });
  doc.warnings.unshift(...warnings);
  return doc;
}

export async function extractFile(path: string, opts: ExtractOptions & { format?: SourceFormat } = {}): Promise<PlanDocument> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new PlanExtractError('NOT_FOUND', { en: 'no such file', vi: 'không tìm thấy tệp' });
    if (code === 'EISDIR') throw new PlanExtractError('IS_DIRECTORY', { en: 'is a directory', vi: 'là một thư mục' });
    if (code === 'EACCES') throw new PlanExtractError('NO_ACCESS', { en: 'permission denied', vi: 'không có quyền đọc tệp' });
    throw new PlanExtractError('READ_FAILED', { en: `cannot read the file (${code ?? 'error'})`, vi: `không đọc được tệp (${code ?? 'lỗi'})` });
  }
  return extractBytes({ bytes, path, ...(opts.format ? { format: opts.format } : {}) }, opts);
}
