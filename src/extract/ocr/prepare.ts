// One page from the PDF to the engine: the cache is asked first; else the page is rendered in
// grey, levelled, its ruling lines found and erased, and encoded as PGM. ocrDocument prepares the
// next page this way while the engine reads the current one (the engine is a child process or a
// worker thread, so on two cores the rendering costs no wall time).
import { readCached, writeCached, type CacheKey } from './cache.js';
import { crop, newWordsOnly, placeWords, uncoveredText } from './gaps.js';
import { binarise, estimateSkew, rotate, toPgm, type Gray } from './image.js';
import type { PageRenderer } from './render.js';
import { tableRules, type PageRules } from './rules.js';
import type { OcrEngine, OcrPageResult } from './types.js';

/** Skews smaller than this (degrees) are left alone. */
export const MIN_SKEW = 0.15;

export interface PreparedPage {
  page: number;
  width: number;
  height: number;
  skew: number;
  rules: PageRules;
  /** The levelled image with its ruling lines erased, as the engine reads it. */
  pgm: Buffer;
  /** The same image, for the regions read again (gaps.ts). */
  image: Gray;
}

export interface PageCache {
  dir: string;
  sha256: string;
}

/** A page read from the cache, or prepared for the engine. */
export type PageStep = { hit: OcrPageResult } | { prepared: PreparedPage };

export async function preparePage(renderer: PageRenderer, page: number, dpi: number): Promise<PreparedPage> {
  let img = await renderer.render(page, dpi);
  const skew = estimateSkew(img);
  if (Math.abs(skew) >= MIN_SKEW) img = rotate(img, skew);
  const { rules, erased } = tableRules(img, dpi, true);
  // A page drawn by pdfjs on the canvas is smoothed differently from poppler's: tesseract.js then
  // misreads tab-set markers ("I.<tab>MỤC ĐÍCH" read "LỆ MỤC ĐÍCH"). Black and white at Otsu's
  // threshold it reads them as it does poppler's page (measured on fixtures/ocr/003-scan-p1.pdf).
  const image = renderer.name === 'pdfjs' ? binarise(erased) : erased;
  return { page, width: img.width, height: img.height, skew, rules, pgm: toPgm(image), image };
}

function keyOf(engine: OcrEngine, page: number, dpi: number, cache: PageCache): CacheKey {
  return { sha256: cache.sha256, engine: engine.name, version: engine.version, model: engine.model, dpi, page };
}

export async function pageStep(renderer: PageRenderer, engine: OcrEngine, page: number, dpi: number, cache?: PageCache): Promise<PageStep> {
  if (cache) {
    const hit = await readCached(cache.dir, keyOf(engine, page, dpi, cache));
    if (hit) return { hit };
  }
  return { prepared: await preparePage(renderer, page, dpi) };
}

/** The engine reads a prepared page (a cached one is returned as it is); the result goes to the cache. */
export async function finishStep(step: PageStep, engine: OcrEngine, dpi: number, cache?: PageCache): Promise<{ result: OcrPageResult; cacheError?: string }> {
  if ('hit' in step) return { result: step.hit };
  const p = step.prepared;
  const words = await engine.recognise(p.pgm, dpi);
  // Blocks of print the automatic layout skipped are read again on their own, as one block each.
  const regions = uncoveredText(p.image, words, dpi);
  const read = [...words];
  for (let i = 0; i < regions.length; i++) words.push(...newWordsOnly(placeWords(await engine.recognise(toPgm(crop(p.image, regions[i])), dpi, 6), regions[i], 1000 * (i + 1)), read));
  const result: OcrPageResult = { page: p.page, width: p.width, height: p.height, skew: p.skew, words, rules: p.rules };
  const cacheError = cache ? await writeCached(cache.dir, keyOf(engine, p.page, dpi, cache), result) : null;
  return cacheError ? { result, cacheError } : { result };
}
