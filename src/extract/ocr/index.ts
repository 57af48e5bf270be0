// OCR of the scanned pages of a PDF (loaded only when a page needs it): render each page to a grey
// image, level a small skew, recognise it with tesseract (native when on PATH, else tesseract.js),
// and hand back positioned items for the PDF layout, a summary for `source.ocr` and warnings.
import { createHash } from 'node:crypto';
import { PlanExtractError } from '../../model/errors.js';
import type { PdfItem, Segment } from '../pdf/types.js';
import { digitDoubt, printedDigitHeight, type DoubtReason } from './doubt.js';
import { embeddedEngine } from './embedded.js';
import { groupLines, isNoise, LOW_CONF, lineItems, withoutOverlap } from './items.js';
import { repairMarkers } from './markers.js';
import { finishStep, pageStep, type PageCache, type PageStep } from './prepare.js';
import { inFrame, type PageRules } from './rules.js';
import { nativeEngine, probeNative } from './native.js';
import { pageRenderer, type PageRenderer, type Renderer } from './render.js';
import type { OcrEngine, OcrPageResult, OcrSummary, OcrWord } from './types.js';

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
  /** Called as each page starts: the k-th of n. */
  onPage?: (page: number, of: number) => void;
}

/** Chosen by measurement on the corpus scans (README, "OCR"). */
export const DEFAULT_DPI = 200;

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
  /** Ruling lines of each OCR'd page, in display points (tables from ruling lines, as on a born-digital page). */
  rules: Map<number, { h: Segment[]; v: Segment[] }>;
  summary: OcrSummary;
  warnings: OcrWarning[];
}

/** The engine `engine` asks for, or the best one here: native tesseract with a Vietnamese model, else tesseract.js. */
export async function openEngine(engine: EngineChoice = 'auto'): Promise<OcrEngine> {
  if (engine !== 'tesseract.js') {
    const info = await probeNative();
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
export async function recognisePage(renderer: PageRenderer, engine: OcrEngine, page: number, dpi: number, cache?: PageCache): Promise<{ result: OcrPageResult; cacheError?: string }> {
  return finishStep(await pageStep(renderer, engine, page, dpi, cache), engine, dpi, cache);
}

export async function ocrDocument(bytes: Uint8Array, pages: OcrPageRequest[], opts: OcrOptions = {}): Promise<OcrDocumentResult> {
  const dpi = opts.dpi ?? DEFAULT_DPI;
  const engine = await openEngine(opts.engine);
  const warnings: OcrWarning[] = [];
  const items = new Map<number, PdfItem[]>();
  const doubts: OcrDoubt[] = [];
  const rules = new Map<number, { h: Segment[]; v: Segment[] }>();
  let confSum = 0;
  let confN = 0;
  let renderer: PageRenderer | null = null;
  try {
    renderer = await pageRenderer(bytes, opts.password, opts.renderer);
    const cache = opts.cacheDir ? { dir: opts.cacheDir, sha256: createHash('sha256').update(bytes).digest('hex') } : undefined;
    let cacheWarned = false;
    const pageLines: { req: OcrPageRequest; lines: ReturnType<typeof groupLines>; width: number; rules?: OcrPageResult['rules']; digitHeight: number }[] = [];
    let ahead: Promise<PageStep> | undefined;
    for (const [k, req] of pages.entries()) {
      if (opts.deadline && Date.now() > opts.deadline) throw new OcrTimeout(req.page);
      opts.onPage?.(k + 1, pages.length);
      let result: OcrPageResult;
      try {
        const pending = ahead;
        ahead = undefined;
        const step = await (pending ?? pageStep(renderer, engine, req.page, dpi, cache));
        // The next page is rendered and levelled while the engine reads this one.
        const next = pages[k + 1];
        ahead = next ? pageStep(renderer, engine, next.page, dpi, cache) : undefined;
        // Its failure is that page's own, reported when it is awaited.
        ahead?.catch(() => undefined);
        const r = await finishStep(step, engine, dpi, cache);
        result = r.result;
        if (r.cacheError && !cacheWarned) {
          cacheWarned = true;
          warnings.push({ code: 'OCR_CACHE', message: `the OCR cache could not be written (${r.cacheError}); OCR still done`, prov: { page: req.page } });
        }
      } catch (e) {
        warnings.push({ code: 'OCR_PAGE_FAILED', message: `page ${req.page} could not be OCR'd (${String((e as Error)?.message ?? e).slice(0, 160)}); its content is missing`, prov: { page: req.page } });
        continue;
      }
      const frames = result.rules?.frames ?? [];
      const lines = groupLines(frames.length ? cellWords(result.words, frames) : result.words).filter((l) => !isNoise(l));
      pageLines.push({ req, lines, width: result.width, rules: result.rules, digitHeight: printedDigitHeight(result.words) });
    }
    // Markers are checked in reading order, top to bottom on each page; words in table cells are no markers.
    const outsideTables = (p: (typeof pageLines)[number]) => p.lines.filter((l) => !p.rules?.frames?.length || !l.words.some((w) => inFrame(p.rules!.frames, w)));
    repairMarkers(pageLines.flatMap((p) => outsideTables(p).sort((a, b) => Math.min(...a.words.map((w) => w.top)) - Math.min(...b.words.map((w) => w.top)))));
    for (const { req, lines, width, rules: found, digitHeight } of pageLines) {
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
      if (found) rules.set(req.page, { h: found.h.map((r) => scaled(r, scale)), v: found.v.map((r) => scaled(r, scale)) });
    }
  } finally {
    await renderer?.close().catch(() => undefined);
    await engine.close().catch(() => undefined);
  }
  return {
    items,
    doubts,
    rules,
    summary: { pages: [...items.keys()], engine: engine.name, version: `${engine.version} (${engine.model})`, meanConfidence: confN ? Math.round((confSum / confN) * 10) / 10 : 0 },
    warnings,
  };
}

/**
 * OCR reads a cell's ruling line as "|" (and a bottom rule as "_"), and what is left of an erased
 * rule as specks ("~$", "`", "r1" at half a letter's height, kh-753 p. 3): inside table frames they are dropped.
 */
function cellWords(words: OcrWord[], frames: PageRules['frames']): OcrWord[] {
  const heights = words.map((w) => w.height).sort((a, b) => a - b);
  const usual = heights[Math.floor(heights.length / 2)] ?? 0;
  return words.flatMap((w) => {
    if (!inFrame(frames, w)) return [w];
    if (w.height < usual * 0.5 || (w.conf < 40 && w.text.length <= 2)) return [];
    const text = w.text.replace(/^[|_]+|[|_]+$/gu, '');
    return text ? [{ ...w, text }] : [];
  });
}

function scaled(r: Segment, scale: number): Segment {
  return { x0: r.x0 * scale, y0: r.y0 * scale, x1: r.x1 * scale, y1: r.y1 * scale };
}

/** No further page could be started within the time limit. */
export class OcrTimeout extends Error {
  constructor(readonly page: number) {
    super(`OCR time limit reached at page ${page}`);
  }
}
