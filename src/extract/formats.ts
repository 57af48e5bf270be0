// The input formats, one descriptor each: its extensions (folders and globs read only these), how
// its content is recognised, whether standard input may be given as it (--from), and its reader,
// loaded only when a file of the format is read. Adding a format is one folder under src/extract
// and one entry here (plus its name in src/model/enums.ts, which the compiler asks for).
import type { SourceFormat } from '../model/document.js';
import type { Extractor } from './index.js';

export interface FormatDescriptor {
  format: SourceFormat;
  /** File name extensions, lower case, without the dot; the first is the usual one. */
  extensions: readonly string[];
  /** True when the bytes are this format. Descriptors are tried in SNIFF_ORDER. */
  sniff(bytes: Uint8Array): boolean;
  /** The reader, imported on first use. */
  load(): Promise<Extractor>;
  /** May be named with --from for standard input. */
  stdin: boolean;
  /** Its files are plain text: plain text with this extension is read as this format (a .md, a .html holding text). */
  text: boolean;
}

/** What the first bytes say: a magic number, binary, or (null) nothing: text. */
export function sniffFormat(bytes: Uint8Array): 'pdf' | 'zip' | 'doc' | 'binary' | 'empty' | null {
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

/** "<!DOCTYPE html", "<html" at the start (after a BOM or blanks). */
const HTML_START = /^(?:\xEF\xBB\xBF)?\s*(?:<!--[\s\S]*?-->\s*)*<(?:!DOCTYPE\s+html|html|head|body)[\s>]/i;

const isText = (b: Uint8Array): boolean => sniffFormat(b) === null;
const txtReader = async (): Promise<Extractor> => (await import('./txt/index.js')).extract;

export const FORMATS: Readonly<Record<SourceFormat, FormatDescriptor>> = {
  txt: { format: 'txt', extensions: ['txt', 'text'], stdin: true, text: true, sniff: isText, load: txtReader },
  md: { format: 'md', extensions: ['md', 'markdown'], stdin: true, text: true, sniff: () => false, load: txtReader },
  docx: { format: 'docx', extensions: ['docx'], stdin: true, text: false, sniff: (b) => sniffFormat(b) === 'zip', load: async () => (await import('./docx/index.js')).extract },
  pdf: { format: 'pdf', extensions: ['pdf'], stdin: true, text: false, sniff: (b) => sniffFormat(b) === 'pdf', load: async () => (await import('./pdf/index.js')).extract },
  doc: { format: 'doc', extensions: ['doc'], stdin: false, text: false, sniff: (b) => sniffFormat(b) === 'doc', load: async () => (await import('./doc/index.js')).extract },
  html: {
    format: 'html',
    extensions: ['html', 'htm', 'xhtml'],
    stdin: true,
    text: true,
    sniff: (b) => isText(b) && HTML_START.test(Buffer.from(b.subarray(0, 512)).toString('latin1')),
    load: async () => (await import('./html/index.js')).extract,
  },
};

/** Content checks from the most specific to plain text (markdown cannot be told from text by content). */
export const SNIFF_ORDER: readonly FormatDescriptor[] = [FORMATS.pdf, FORMATS.doc, FORMATS.docx, FORMATS.html, FORMATS.txt];

/** Every extension read inside folders and globs → its format. */
const BY_EXTENSION = new Map<string, SourceFormat>(Object.values(FORMATS).flatMap((d) => d.extensions.map((e) => [e, d.format] as const)));

export function formatFromExtension(path: string): SourceFormat | null {
  const m = /\.([A-Za-z0-9]+)$/.exec(path);
  return m ? (BY_EXTENSION.get(m[1].toLowerCase()) ?? null) : null;
}

/** Formats standard input may be given as (`--from`). */
export const STDIN_FORMATS: readonly SourceFormat[] = Object.values(FORMATS).filter((d) => d.stdin).map((d) => d.format);

/** The format the content says, or null (binary that is no format read here). */
export function formatFromContent(bytes: Uint8Array): SourceFormat | null {
  return SNIFF_ORDER.find((d) => d.sniff(bytes))?.format ?? null;
}
