// .docx → DocumentModel: a small OOXML reader (zip with a size cap, strict XML) that renders Word
// auto-numbering, footnotes, tables and NĐ 30 layout tables the way the document prints.
import type { DocumentModel } from '../../model/document.js';
import { PlanExtractError } from '../../model/errors.js';
import type { ExtractInput, ExtractOptions, Extractor } from '../index.js';
import { readBlocks } from './blocks.js';
import type { Item, ReadContext } from './context.js';
import { emitModel } from './emit.js';
import { encryptedWord, notZip, tooComplex } from './errors.js';
import { noteFormats, parseNotes } from './footnotes.js';
import { NumberingState, parseNumbering } from './numbering.js';
import { isEncryptedOoxml, isOle } from './ole.js';
import { findWordParts, readPart } from './package.js';
import { collectSections } from './sections.js';
import { parseStyles } from './styles.js';
import { child, DEFAULT_XML_LIMITS, rootElement } from './xml.js';
import { DEFAULT_MAX_INFLATE, ZipPackage } from './zip.js';

/** More table cells than any plan has; a crafted file with millions is refused. */
export const MAX_TABLE_CELLS = 100_000;

export interface DocxReadOptions {
  maxInflate?: number;
  format?: 'docx' | 'doc';
}

export function readDocx(bytes: Uint8Array, opts: DocxReadOptions = {}): DocumentModel {
  if (isEncryptedOoxml(bytes)) throw encryptedWord();
  if (isOle(bytes)) {
    throw new PlanExtractError('DOCX_IS_DOC', {
      en: 'this is a legacy Word .doc file, not .docx: read it as .doc (needs LibreOffice)',
      vi: 'đây là tệp Word .doc cũ, không phải .docx: hãy đọc như tệp .doc (cần LibreOffice)',
    });
  }
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw notZip();
  const zip = new ZipPackage(bytes, opts.maxInflate ?? DEFAULT_MAX_INFLATE);
  const limits = DEFAULT_XML_LIMITS;
  const parts = findWordParts(zip, limits);
  const document = readPart(zip, parts.document, limits);
  const body = child(document ? rootElement(document) : undefined, 'w:body');
  const numbering = new NumberingState(parseNumbering(readPart(zip, parts.numbering, limits)));
  const ctx: ReadContext = {
    styles: parseStyles(readPart(zip, parts.styles, limits)),
    numbering,
    notes: {
      footnote: parseNotes(readPart(zip, parts.footnotes, limits), 'footnote'),
      endnote: parseNotes(readPart(zip, parts.endnotes, limits), 'endnote'),
    },
    noteFormats: noteFormats(readPart(zip, parts.settings, limits)),
    noteCounters: { footnote: 0, endnote: 0 },
    sections: body ? collectSections(body) : [],
    part: parts.document,
    isMain: true,
    section: 0,
    page: 1,
    pendingHardBreak: false,
    fields: [],
    paragraphIndex: 0,
    cellCount: 0,
    limits: { maxTableCells: MAX_TABLE_CELLS },
    fonts: new Set(),
    legacy: { decoded: new Map(), keptUnicode: new Set() },
    warnings: [],
  };
  const items: Item[] = [];
  if (body) readBlocks(body, ctx, { items, inCell: false });
  else ctx.warnings.push({ code: 'DOCX_EMPTY', message: 'word/document.xml has no body' });
  // A trailing break (section end) does not start a page with content.
  while (items.length && items[items.length - 1].kind === 'pageBreak') {
    items.pop();
    ctx.page--;
  }
  for (const fmt of numbering.unknownFormats) {
    ctx.warnings.push({ code: 'DOCX_NUMBERING_FORMAT', message: `Word numbering format "${fmt}" is rendered as decimal` });
  }
  return emitModel(items, { format: opts.format ?? 'docx', pages: ctx.page, warnings: ctx.warnings, fonts: ctx.fonts, legacy: ctx.legacy });
}

export const extract: Extractor = async (input: ExtractInput, opts: ExtractOptions) => extractSync(input, opts);

/** The reader itself, synchronous (the single-input path runs it under a time limit). */
export function extractSync(input: ExtractInput, opts: ExtractOptions): DocumentModel {
  try {
    return readDocx(input.bytes, { ...(opts.maxInflate !== undefined ? { maxInflate: opts.maxInflate } : {}) });
  } catch (e) {
    // A crafted file can still exhaust the stack or an array size; report it as the file's fault.
    if (e instanceof RangeError) throw tooComplex(input.path, e.message);
    throw e;
  }
}
