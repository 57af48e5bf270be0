// .pdf → DocumentModel through pdfjs (or PDFium: --pdf-engine, engines.ts): positioned text into lines, paragraphs, header and closing
// zones, footnotes and ruled tables; stamp text into signatures; unreadable files → PlanExtractError.
import { ModelBuilder } from '../../model/build.js';
import type { DocumentModel } from '../../model/document.js';
import type { PlanExtractError } from '../../model/errors.js';
import type { ExtractOptions, Extractor } from '../index.js';
import { emitPages } from './emit.js';
import { withEngineRejectionsHeld } from './engine-rejections.js';
import { scanned, timedOut, tooManyPages, unreadable as unreadableError } from './errors.js';
import { runningLines } from './furniture.js';
import { layoutPage, type PageInput } from './layout.js';
import { buildLines } from './lines.js';
import { hasImages, ocrReason } from '../ocr/select.js';
import { openPages } from './engines.js';
import { extractTables } from './tables.js';
import { checkXref, describeDamage, forceRebuild, xrefDamaged } from './xref.js';

/** A whole document must be read within this time (ms): a guard against pathological files. */
export const PDF_TIME_LIMIT_MS = 120_000;
/** TCVN3 (.VnTime, .VnArial…) and VNI (VNI-Times…) fonts: the text layer is in a legacy 8-bit encoding. */
export const LEGACY_FONT = /(?:^|[+,\s])\.Vn|^\.?Vn[A-Z]|VNI[-_ ]/u;

/**
 * A damaged cross-reference table is rebuilt by pdfjs's object scan before reading (PDF_REPAIRED);
 * a file whose table looked sound but whose pages fail is read once more that way, and the better
 * reading is kept. Every failure is this document's own PlanExtractError.
 */
export const extract: Extractor = (input, opts) => withEngineRejectionsHeld(() => readChecked(input, opts));

async function readChecked(...[input, opts]: Parameters<Extractor>): Promise<DocumentModel> {
  const check = checkXref(input.bytes);
  if (xrefDamaged(check)) {
    const repaired = await readPdf(forceRebuild(input.bytes), input.bytes, opts).catch((e: unknown) => e);
    if (!(repaired instanceof Error)) return withRepairWarning(repaired as DocumentModel, describeDamage(check));
    if (isFinal(repaired)) throw repaired;
  }
  let first: DocumentModel;
  try {
    first = await readPdf(input.bytes, input.bytes, opts);
  } catch (e) {
    if (isFinal(e) || xrefDamaged(check)) throw unreadableError(e);
    const again = await readPdf(forceRebuild(input.bytes), input.bytes, opts).catch(() => null);
    if (!again) throw unreadableError(e);
    return withRepairWarning(again, 'the PDF could not be read as written');
  }
  const lost = first.warnings.filter((w) => w.code === 'PDF_PAGE_UNREADABLE').length;
  if (!lost || xrefDamaged(check)) return first;
  const again = await readPdf(forceRebuild(input.bytes), input.bytes, opts).catch(() => null);
  if (!again || again.warnings.filter((w) => w.code === 'PDF_PAGE_UNREADABLE').length >= lost) return first;
  return withRepairWarning(again, `${lost} page${lost > 1 ? 's' : ''} could not be read as written`);
}

/** Errors a second reading cannot change: passwords, limits, time. */
function isFinal(e: unknown): boolean {
  const code = (e as PlanExtractError)?.code;
  return code === 'PDF_PASSWORD_NEEDED' || code === 'PDF_WRONG_PASSWORD' || code === 'PDF_TOO_MANY_PAGES' || code === 'PDF_TIMEOUT';
}

function withRepairWarning(model: DocumentModel, why: string): DocumentModel {
  model.warnings.unshift({ code: 'PDF_REPAIRED', message: `${why}: the objects were found again by scanning the file; check the content against the original` });
  return model;
}

async function readPdf(bytes: Uint8Array, original: Uint8Array, opts: ExtractOptions): Promise<DocumentModel> {
  const doc = await openPages(bytes, opts.password, opts.pdfEngine);
  const deadline = Date.now() + PDF_TIME_LIMIT_MS;
  try {
    if (opts.maxPages && doc.numPages > opts.maxPages) throw tooManyPages(doc.numPages, opts.maxPages);
    const inputs: (PageInput & { landscape: boolean })[] = [];
    const fonts = new Set<string>();
    const decoded = new Set<string>();
    const unreadable: { page: number; error: Error }[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const left = deadline - Date.now();
      if (left <= 0) throw timedOut(PDF_TIME_LIMIT_MS / 1000, n);
      let data;
      try {
        data = await withTimeout(doc.read(n), left, () => timedOut(PDF_TIME_LIMIT_MS / 1000, n));
      } catch (e) {
        if ((e as PlanExtractError).code !== 'PDF_DAMAGED') throw e;
        unreadable.push({ page: n, error: e as Error });
        continue;
      }
      for (const f of data.fonts) fonts.add(f);
      for (const e of data.decoded) decoded.add(e);
      const { tables, rest } = extractTables(data);
      inputs.push({ data, lines: buildLines(rest), tables, landscape: data.width > data.height });
    }
    if (!inputs.length && unreadable.length) throw unreadable[0].error;
    // Scanned pages (no text, stamp text only, or a garbage layer): OCR, loaded only when needed.
    const mode = opts.ocr === 'force' || (opts.ocr !== 'off' && hasImages(bytes)) ? (opts.ocr ?? 'auto') : 'off';
    const wanted = inputs.map((p) => ({ input: p, reason: ocrReason(p.data.items, mode) })).filter((w) => w.reason !== null) as Parameters<typeof import('../ocr/pass.js').ocrPass>[1];
    if (opts.ocr === 'off' && inputs.every((p) => /^(?:empty|stamp)$/.test(ocrReason(p.data.items, 'auto') ?? ''))) throw scanned(doc.numPages);
    const ocr = wanted.length ? await (await import('../ocr/pass.js')).ocrPass(bytes, wanted, opts, deadline, PDF_TIME_LIMIT_MS / 1000) : null;
    const model = buildModel(inputs, [...fonts], [...decoded], doc.numPages, Boolean(ocr));
    if (ocr) (await import('../ocr/pass.js')).addOcrResult(model, ocr);
    for (const u of unreadable) model.warnings.push({ code: 'PDF_PAGE_UNREADABLE', message: u.error.message, prov: { page: u.page } });
    if (!hasEof(original)) model.warnings.push({ code: 'PDF_TRUNCATED', message: 'the PDF has no end-of-file marker (%%EOF): it looks truncated, and content may be missing' });
    return model;
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}

/** A complete PDF ends with "%%EOF" (possibly followed by a few bytes of padding). */
function hasEof(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(Math.max(0, bytes.length - 1024))).includes('%%EOF');
}

function withTimeout<T>(p: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const guard = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(onTimeout()), ms);
  });
  return Promise.race([p, guard]).finally(() => clearTimeout(timer));
}

function buildModel(inputs: (PageInput & { landscape: boolean })[], fonts: string[], decoded: string[], pageCount: number, ocrRan = false): DocumentModel {
  const running = runningLines(inputs.map((p) => ({ lines: p.lines, height: p.data.height })));
  const layouts = [];
  let closingDone = false;
  let first = true;
  for (const p of inputs) {
    const lay = layoutPage(p, { first, running, closingDone });
    if (lay.chars > 0) first = false;
    closingDone ||= lay.closing;
    layouts.push({ ...lay, input: p });
  }
  const imageOnly = layouts.filter((l) => l.chars === 0).map((l) => l.page);
  if (imageOnly.length === layouts.length) throw scanned(pageCount, ocrRan);
  const b = new ModelBuilder('pdf');
  b.pages = pageCount;
  emitPages(b, layouts);
  if (imageOnly.length) {
    b.warn('PDF_IMAGE_PAGES', `page${imageOnly.length > 1 ? 's' : ''} ${imageOnly.join(', ')} ha${imageOnly.length > 1 ? 've' : 's'} no text layer (scanned images); their content is missing and needs OCR`);
  }
  const legacy = fonts.filter((f) => LEGACY_FONT.test(f));
  if (legacy.length) {
    const from = decoded.map((e) => (e === 'vni' ? 'VNI' : 'TCVN3')).join(' and ');
    b.warn(
      'LEGACY_ENCODING',
      from
        ? `the text layer uses legacy Vietnamese fonts (${legacy.slice(0, 3).join(', ')}): text in them was decoded from ${from} to Unicode; check letters the font drew in a way the code table cannot tell`
        : `the text layer uses legacy Vietnamese fonts (${legacy.slice(0, 3).join(', ')}) but none of their text needed decoding`,
    );
  }
  return b.build();
}
