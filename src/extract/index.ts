// The extractor interface and options; the formats themselves are described in formats.ts. Heavy
// engines (pdfjs, the docx reader) are imported only when a file of their format is read.
import type { DocumentModel, SourceFormat } from '../model/document.js';
import { PlanExtractError } from '../model/errors.js';
import { FORMATS } from './formats.js';

export interface ExtractOptions {
  /** Password for an encrypted PDF. */
  password?: string;
  /** Cap on the inflated size of any one zip entry (docx), bytes. */
  maxInflate?: number;
  /** Refuse PDFs with more pages than this. */
  maxPages?: number;
  /** Read a text with none of the marks of an administrative document instead of refusing it (NOT_ADMINISTRATIVE). */
  lenient?: boolean;
  /** Refuse inputs larger than this many bytes (checked before reading); default 256 MiB. */
  maxSize?: number;
  /** OCR of scanned PDF pages: auto (default: pages without real text), force (every page), off. */
  ocr?: 'auto' | 'force' | 'off';
  /** Folder of the OCR cache (keyed by file sha256 + engine version); none when absent. */
  ocrCache?: string;
  /** OCR engine: auto (native tesseract when on PATH, else tesseract.js), tesseract, tesseract.js. */
  ocrEngine?: 'auto' | 'tesseract' | 'tesseract.js';
  /** The engine that reads PDF pages: pdfjs (default) or pdfium (PDFium as WebAssembly). */
  pdfEngine?: 'pdfjs' | 'pdfium';
  /** Told how many pages are about to be OCR'd (the worker pool grows the file's time limit). */
  onOcrPages?: (pages: number) => void;
  /** A .doc already converted to .docx (with others, in one LibreOffice run) by a batch, for the file of this sha256. */
  convertedDoc?: { sha256: string; docx: Uint8Array };
  /** Told as each OCR'd page starts: the k-th of n (page progress on a terminal). */
  onOcrPage?: (page: number, of: number) => void;
}

export interface ExtractInput {
  bytes: Uint8Array;
  /** Display path (used in messages and provenance). */
  path: string;
  format: SourceFormat;
}

export type Extractor = (input: ExtractInput, opts: ExtractOptions) => Promise<DocumentModel>;

export { formatFromContent, formatFromExtension, sniffFormat, FORMATS, STDIN_FORMATS } from './formats.js';

export async function loadExtractor(format: SourceFormat): Promise<Extractor> {
  const d = (FORMATS as Partial<Record<string, (typeof FORMATS)[SourceFormat]>>)[format];
  if (!d) {
    throw new PlanExtractError('UNSUPPORTED_FORMAT', {
      en: `unsupported format "${String(format)}"`,
      vi: `định dạng không được hỗ trợ "${String(format)}"`,
    });
  }
  return d.load();
}
