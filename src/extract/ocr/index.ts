// OCR of the scanned pages of a PDF (loaded only when a page needs it): render each page to a grey
// image, level a small skew, recognise it with tesseract (native when on PATH, else tesseract.js),
// and hand back positioned items for the PDF layout, a summary for `source.ocr` and warnings.
import { createHash } from 'node:crypto';
import { PlanExtractError } from '../../model/errors.js';
import type { PdfItem } from '../pdf/types.js';
import { readCached, writeCached, type CacheKey } from './cache.js';
import { digitDoubt, printedDigitHeight, type DoubtReason } from './doubt.js';
import { embeddedEngine } from './embedded.js';
import { crop, newWordsOnly, placeWords, uncoveredText } from './gaps.js';
import { binarise, estimateSkew, rotate, toPgm } from './image.js';
import { groupLines, isNoise, LOW_CONF, lineItems, withoutOverlap } from './items.js';
import { repairMarkers } from './markers.js';
import { nativeEngine, probeNative } from './native.js';
import { pageRenderer, type PageRenderer, type Renderer } from './render.js';
import type { OcrEngine, OcrPageResult, OcrSummary } from './types.js';

export { ocrReason, keptItems, type OcrReason } from './select.js';
export type { OcrMode, OcrSummary } from './types.js';
export { OCR_SECONDS_PER_PAGE, ocrTimeLimitMs } from './time.js';

export type EngineChoice = 'auto' | 'tesseract' | 'tesseract.js';

export interface OcrOptions {
  engine?: EngineChoice;
  /** Folder of the OCR cache; no cache when absent. */
  cacheDir?: string;
  password?: string;
  /** Rendering resolution (default DEFAULT_DPI). */
  dpi?: number;
  renderer?: Renderer;
  /** Epoch ms after which no further page is started. */
  deadline?: number;
}

/** Chosen by measurement on the corpus scans (README, "OCR"). */
export const DEFAULT_DPI = 200;
/** Skews smaller than this (degrees) are left alone. */
const MIN_SKEW = 0.15;

export interface OcrPageRequest {
  page: number;
  /** Display size in points. */
  width: number;
  height: number;
  /** Text-layer items the page keeps (stamps, a sparse layer): OCR words over them are dropped. */
  kept: PdfItem[];
}

export interface OcrWarning {
  code: string;
  message: string;
  prov: { page: number };
}

/** An OCR word whose digits are not to be trusted, in display points of its page. */
export interface OcrDoubt {
  page: number;
  text: string;
  conf: number;
  why: DoubtReason;
  x0: number;
  top: number;
  x1: number;
  bottom: number;
}

export interface OcrDocumentResult {
  items: Map<number, PdfItem[]>;
  doubts: OcrDoubt[];
  summary: OcrSummary;
  warnings: OcrWarning[];
}

/** The engine `engine` asks for, or the best one here: native tesseract with a Vietnamese model, else tesseract.js. */
export async function openEngine(engine: EngineChoice = 'auto'): Promise<OcrEngine> {
  if (engine !== 'tesseract.js') {
    const info = probeNative();
    const model = info && preferredModel(info.langs);
    if (info && model) return nativeEngine(info, model);
    if (engine === 'tesseract') {
      throw new PlanExtractError('OCR_UNAVAILABLE', {
        en: info ? 'tesseract has no Vietnamese model: install tesseract-ocr-vie' : 'tesseract is not installed: install tesseract-ocr and tesseract-ocr-vie',
        vi: info ? 'tesseract chưa có mô hình tiếng Việt: cài tesseract-ocr-vie' : 'chưa cài tesseract: cài tesseract-ocr và tesseract-ocr-vie',
      });
    }
  }
  try {
    return await embeddedEngine();
  } catch (e) {
    throw new PlanExtractError('OCR_UNAVAILABLE', {
      en: `the embedded OCR engine (tesseract.js) could not start (${(e as Error)?.message ?? e}); install tesseract-ocr and tesseract-ocr-vie`,
      vi: `không khởi động được bộ OCR tích hợp (tesseract.js) (${(e as Error)?.message ?? e}); cài tesseract-ocr và tesseract-ocr-vie`,
    });
  }
}

/** "vie" unless only the script model is installed (Debian's tesseract-ocr-script-viet lists it as "Vietnamese"; measured: see README). */
export function preferredModel(langs: string[]): string | null {
  if (langs.includes('vie')) return 'vie';
  return langs.find((l) => l === 'Vietnamese' || l === 'script/Vietnamese') ?? null;
}

/** Render, level and recognise one page (or read it from the cache). */
export async function recognisePage(renderer: PageRenderer, engine: OcrEngine, page: number, dpi: number, cache?: { dir: string; sha256: string }): Promise<{ result: OcrPageResult; cacheError?: string }> {
  const key: CacheKey | null = cache ? { sha256: cache.sha256, engine: engine.name, version: engine.version, model: engine.model, dpi, page } : null;
  if (cache && key) {
    const hit = await readCached(cache.dir, key);
    if (hit) return { result: hit };
  }
  let img = await renderer.render(page, dpi);
  const skew = estimateSkew(img);
  if (Math.abs(skew) >= MIN_SKEW) img = rotate(img, skew);
  // A page drawn by pdfjs on the canvas is smoothed differently from poppler's: tesseract.js then
  // misreads tab-set markers ("I.<tab>MỤC ĐÍCH" read "LỆ MỤC ĐÍCH"). Black and white at Otsu's
  // threshold it reads them as it does poppler's page (measured on fixtures/ocr/003-scan-p1.pdf).
  if (renderer.name === 'pdfjs') img = binarise(img);
  const words = await engine.recognise(toPgm(img), dpi);
  // Blocks of print the automatic layout skipped are read again on their own, as one block each.
  const regions = uncoveredText(img, words, dpi);
  const read = [...words];
  for (let i = 0; i < regions.length; i++) words.push(...newWordsOnly(placeWords(await engine.recognise(toPgm(crop(img, regions[i])), dpi, 6), regions[i], 1000 * (i + 1)), read));
  const result: OcrPageResult = { page, width: img.width, height: img.height, skew, words };
  const cacheError = cache && key ? await writeCached(cache.dir, key, result) : null;
  return cacheError ? { result, cacheError } : { result };
}

export async function ocrDocument(bytes: Uint8Array, pages: OcrPageRequest[], opts: OcrOptions = {}): Promise<OcrDocumentResult> {
  const dpi = opts.dpi ?? DEFAULT_DPI;
  const engine = await openEngine(opts.engine);
  const warnings: OcrWarning[] = [];
  const items = new Map<number, PdfItem[]>();
  const doubts: OcrDoubt[] = [];
  let confSum = 0;
  let confN = 0;
  let renderer: PageRenderer | null = null;
  try {
    renderer = await pageRenderer(bytes, opts.password, opts.renderer);
    const cache = opts.cacheDir ? { dir: opts.cacheDir, sha256: createHash('sha256').update(bytes).digest('hex') } : undefined;
    let cacheWarned = false;
    const pageLines: { req: OcrPageRequest; lines: ReturnType<typeof groupLines>; width: number; digitHeight: number }[] = [];
    for (const req of pages) {
      if (opts.deadline && Date.now() > opts.deadline) throw new OcrTimeout(req.page);
      let result: OcrPageResult;
      try {
        const r = await recognisePage(renderer, engine, req.page, dpi, cache);
        result = r.result;
        if (r.cacheError && !cacheWarned) {
          cacheWarned = true;
          warnings.push({ code: 'OCR_CACHE', message: `the OCR cache could not be written (${r.cacheError}); OCR still done`, prov: { page: req.page } });
        }
      } catch (e) {
        warnings.push({ code: 'OCR_PAGE_FAILED', message: `page ${req.page} could not be OCR'd (${String((e as Error)?.message ?? e).slice(0, 160)}); its content is missing`, prov: { page: req.page } });
        continue;
      }
      const lines = groupLines(result.words).filter((l) => !isNoise(l));
      pageLines.push({ req, lines, width: result.width, digitHeight: printedDigitHeight(result.words) });
    }
    // Markers are checked in reading order, top to bottom on each page.
    repairMarkers(pageLines.flatMap((p) => [...p.lines].sort((a, b) => Math.min(...a.words.map((w) => w.top)) - Math.min(...b.words.map((w) => w.top)))));
    for (const { req, lines, width, digitHeight } of pageLines) {
      const scale = req.width / width;
      for (const l of lines) for (const w of l.words) {
        confSum += w.conf;
        confN++;
        const why = digitDoubt(w, digitHeight);
        if (why) doubts.push({ page: req.page, text: w.text, conf: w.conf, why, x0: w.left * scale, top: w.top * scale, x1: (w.left + w.width) * scale, bottom: (w.top + w.height) * scale });
      }
      const low = lines.filter((l) => l.conf < LOW_CONF);
      if (low.length) {
        const sample = low.slice(0, 2).map((l) => `"${l.text.slice(0, 60)}"`).join(', ');
        warnings.push({ code: 'OCR_LOW_CONFIDENCE', message: `page ${req.page}: ${low.length} of ${lines.length} OCR line${lines.length === 1 ? '' : 's'} read with low confidence (< ${LOW_CONF} %), e.g. ${sample}; check them against the scan`, prov: { page: req.page } });
      }
      items.set(req.page, withoutOverlap(lineItems(lines, scale), req.kept));
    }
  } finally {
    await renderer?.close().catch(() => undefined);
    await engine.close().catch(() => undefined);
  }
  return {
    items,
    doubts,
    summary: { pages: [...items.keys()], engine: engine.name, version: `${engine.version} (${engine.model})`, meanConfidence: confN ? Math.round((confSum / confN) * 10) / 10 : 0 },
    warnings,
  };
}

/** No further page could be started within the time limit. */
export class OcrTimeout extends Error {
  constructor(readonly page: number) {
    super(`OCR time limit reached at page ${page}`);
  }
}
