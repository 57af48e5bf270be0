// The OCR pass of the PDF reader: the pages chosen by ocrReason get OCR words as their items
// (beside the stamps and sparse text they keep), then lines and tables are rebuilt from them.
import type { DocumentModel, OcrDoubtfulDigits } from '../../model/document.js';
import type { PlanExtractError } from '../../model/errors.js';
import type { ExtractOptions } from '../index.js';
import { timedOut } from '../pdf/errors.js';
import type { PageInput } from '../pdf/layout.js';
import { buildLines } from '../pdf/lines.js';
import { extractTables } from '../pdf/tables.js';
import { ocrDocument, OcrTimeout, type OcrSummary, type OcrWarning } from './index.js';
import { keptItems, type OcrReason } from './select.js';
import { ocrTimeLimitMs } from './time.js';

export interface OcrPassResult {
  summary: OcrSummary;
  warnings: OcrWarning[];
  doubts: OcrDoubtfulDigits[];
}

/** OCR `wanted` pages in place; `deadline` is the reader's own (epoch ms), extended per OCR'd page. */
export async function ocrPass(bytes: Uint8Array, wanted: { input: PageInput; reason: OcrReason }[], opts: ExtractOptions, deadline: number, baseSeconds: number): Promise<OcrPassResult> {
  const requests = wanted.map(({ input, reason }) => ({ page: input.data.page, width: input.data.width, height: input.data.height, kept: keptItems(input.data.items, reason) }));
  const limit = ocrTimeLimitMs(deadline, wanted.length);
  opts.onOcrPages?.(wanted.length);
  let result;
  try {
    result = await ocrDocument(bytes, requests, {
      ...(opts.ocrEngine ? { engine: opts.ocrEngine } : {}),
      ...(opts.ocrCache ? { cacheDir: opts.ocrCache } : {}),
      ...(opts.password ? { password: opts.password } : {}),
      deadline: limit,
      ...(opts.onOcrPage ? { onPage: opts.onOcrPage } : {}),
    });
  } catch (e) {
    if (e instanceof OcrTimeout) throw timedOut(Math.round((limit - deadline) / 1000) + baseSeconds, e.page) as PlanExtractError;
    throw e;
  }
  wanted.forEach(({ input }, i) => {
    const words = result.items.get(input.data.page);
    if (!words) return;
    input.data.items = [...requests[i].kept, ...words];
    // Ruling lines read off the page image: a scanned ruled table comes out as a table.
    const rules = result.rules.get(input.data.page);
    if (rules) {
      input.data.hRules = [...input.data.hRules, ...rules.h];
      input.data.vRules = [...input.data.vRules, ...rules.v];
    }
    const { tables, rest } = extractTables(input.data);
    input.tables = tables;
    input.lines = buildLines(rest);
  });
  const toPdf = new Map(wanted.map(({ input }) => [input.data.page, input.data.toPdf]));
  const doubts = result.doubts.map(({ page, text, conf, why, x0, top, x1, bottom }): OcrDoubtfulDigits => {
    const t = toPdf.get(page)!;
    const [a, b] = t(x0, bottom);
    const [c, d] = t(x1, top);
    const bbox = [Math.min(a, c), Math.min(b, d), Math.max(a, c), Math.max(b, d)].map((v) => Math.round(v * 10) / 10) as [number, number, number, number];
    return { page, text, conf: Math.round(conf), why, bbox };
  });
  return { summary: result.summary, warnings: result.warnings, doubts };
}

/** `source.ocr` and the OCR warnings on the model; OCR'd pages that gave no text are blank, not "needs OCR". */
export function addOcrResult(model: DocumentModel, ocr: OcrPassResult): void {
  model.ocr = ocr.summary;
  if (ocr.doubts.length) model.ocrDoubtfulDigits = ocr.doubts;
  const done = new Set(ocr.summary.pages);
  const blank: number[] = [];
  model.warnings = model.warnings.flatMap((w) => {
    if (w.code !== 'PDF_IMAGE_PAGES') return [w];
    const pages = (w.message.match(/^pages? ([\d, ]+) ha/)?.[1] ?? '').split(/,\s*/).map(Number).filter(Boolean);
    const left = pages.filter((p) => !done.has(p));
    blank.push(...pages.filter((p) => done.has(p)));
    if (!left.length) return [];
    return [{ ...w, message: `page${left.length > 1 ? 's' : ''} ${left.join(', ')} ha${left.length > 1 ? 've' : 's'} no text layer (scanned images) and could not be OCR'd; their content is missing` }];
  });
  model.warnings.push(...ocr.warnings);
  if (blank.length) model.warnings.push({ code: 'OCR_BLANK_PAGES', message: `page${blank.length > 1 ? 's' : ''} ${blank.join(', ')}: OCR found no text (blank or image-only page${blank.length > 1 ? 's' : ''})`, prov: { page: blank[0] } });
}
