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

export async function extractModel(input: BytesInput, opts: ExtractOptions = {}): Promise<{ model: DocumentModel; warnings: Warning[] }> {
  const maxSize = opts.maxSize ?? DEFAULT_MAX_SIZE;
  // maxSize + 1 bytes is what a capped read (stdin) hands over: say "larger than", not a size.
  if (input.bytes.length > maxSize) throw tooLarge(input.bytes.length === maxSize + 1 ? null : input.bytes.length, maxSize);
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
  const bytes = await readInputFile(path, opts.maxSize);
  return extractBytes({ bytes, path, ...(opts.format ? { format: opts.format } : {}) }, opts);
}
