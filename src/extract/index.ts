// Format detection and the extractor registry. Heavy engines (pdfjs, the docx reader) are
// imported only when a file of their format is read, so --version and .txt stay fast.
import type { DocumentModel, SourceFormat } from '../model/document.js';
import { PlanExtractError } from '../model/errors.js';

export interface ExtractOptions {
  /** Password for an encrypted PDF. */
  password?: string;
  /** Cap on the inflated size of any one zip entry (docx), bytes. */
  maxInflate?: number;
  /** Refuse PDFs with more pages than this. */
  maxPages?: number;
  /** OCR of scanned PDF pages: auto (default: pages without real text), force (every page), off. */
  ocr?: 'auto' | 'force' | 'off';
  /** Folder of the OCR cache (keyed by file sha256 + engine version); none when absent. */
  ocrCache?: string;
  /** OCR engine: auto (native tesseract when on PATH, else tesseract.js), tesseract, tesseract.js. */
  ocrEngine?: 'auto' | 'tesseract' | 'tesseract.js';
  /** Told how many pages are about to be OCR'd (the worker pool grows the file's time limit). */
  onOcrPages?: (pages: number) => void;
}

export interface ExtractInput {
  bytes: Uint8Array;
  /** Display path (used in messages and provenance). */
  path: string;
  format: SourceFormat;
}

export type Extractor = (input: ExtractInput, opts: ExtractOptions) => Promise<DocumentModel>;

const EXT_FORMATS: Record<string, SourceFormat> = {
  txt: 'txt',
  text: 'txt',
  md: 'md',
  markdown: 'md',
  docx: 'docx',
  pdf: 'pdf',
  doc: 'doc',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
};

export function formatFromExtension(path: string): SourceFormat | null {
  const m = /\.([A-Za-z0-9]+)$/.exec(path);
  return m ? (EXT_FORMATS[m[1].toLowerCase()] ?? null) : null;
}

/** Format by content (magic bytes); null when the bytes say nothing (plain text is decided by the caller). */
export function sniffFormat(bytes: Uint8Array): SourceFormat | 'zip' | 'binary' | 'empty' | null {
  if (bytes.length === 0) return 'empty';
  const head = Buffer.from(bytes.subarray(0, 8));
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  // A PDF may have junk before its header (within the first 1 KiB, as readers allow).
  if (Buffer.from(bytes.subarray(0, 1024)).includes('%PDF-')) return 'pdf';
  if (head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && (head[2] === 3 || head[2] === 5 || head[2] === 7)) return 'zip';
  if (head.length >= 8 && head.readUInt32BE(0) === 0xd0cf11e0 && head.readUInt32BE(4) === 0xa1b11ae1) return 'doc';
  // UTF-16 text carries NULs; its BOM says so.
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return null;
  const sample = bytes.subarray(0, 4096);
  let controls = 0;
  for (const b of sample) {
    if (b === 0) return 'binary';
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) controls++;
  }
  // OCR'd or converted text may carry a few stray control bytes; a binary file has many.
  if (controls > sample.length * 0.05) return 'binary';
  return null;
}

export async function loadExtractor(format: SourceFormat): Promise<Extractor> {
  switch (format) {
    case 'txt':
    case 'md':
      return (await import('./txt/index.js')).extract;
    case 'docx':
      return (await import('./docx/index.js')).extract;
    case 'pdf':
      return (await import('./pdf/index.js')).extract;
    case 'doc':
      return (await import('./doc/index.js')).extract;
    case 'html':
      return (await import('./html/index.js')).extract;
    default:
      throw new PlanExtractError('UNSUPPORTED_FORMAT', {
        en: `unsupported format "${String(format)}"`,
        vi: `định dạng không được hỗ trợ "${String(format)}"`,
      });
  }
}
