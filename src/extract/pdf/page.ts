// One pdfjs page → positioned items and rules in display coordinates (rotation applied).
import { decodeWith, legacyFontEncoding, UNICODE_VIETNAMESE, type LegacyEncoding } from '../legacy/index.js';
import { loadPdfjs } from './engine.js';
import { textFromOperators, type GlyphFont } from './glyph-text.js';
import { mul, walkOperators, type FontInfo, type Matrix, type OpCodes, type OperatorList, type TextRun } from './ops.js';
import { repairSplitSyllables } from './spaces.js';
import type { PageData, PdfItem } from './types.js';


/** The parts of a pdfjs PDFPageProxy this module uses. */
export interface PdfPageLike {
  getViewport(p: { scale: number }): { width: number; height: number; transform: number[]; convertToPdfPoint(x: number, y: number): number[] };
  getTextContent(p: { includeMarkedContent: boolean }): Promise<{ items: unknown[] }>;
  getOperatorList(): Promise<OperatorList>;
  /** The view box (crop box within the media box), PDF user space: [x0, y0, x1, y1]. */
  view?: number[];
  commonObjs: { has(id: string): boolean; get(id: string): unknown };
  cleanup(): boolean | void;
}

interface RawItem {
  str?: string;
  transform?: number[];
  width?: number;
  fontName?: string;
  hasEOL?: boolean;
}

/** "TimesNewRomanPS-BoldMT", "Times New Roman,Bold", "Arial-BoldItalicMT", ".VnTimeH,Bold" */
const BOLD_FONT = /bold|black|heavy|semibold|demi/i;
/** "TimesNewRomanPS-ItalicMT", "Times New Roman,Italic" */
const ITALIC_FONT = /italic|oblique/i;
/** Two draws of the same text closer than this (points) are one glyph printed twice (fake bold). */
const OVERPRINT_TOLERANCE = 1.2;

/** Test hook: read the text with pdfjs's getTextContent (a second pass) instead of rebuilding it from the operator list. */
export const pageSettings = { textContent: false };
/** How many pages took their text from the operator list and how many asked pdfjs again (for tests and the bench). */
export const pageCounts = { fromOperators: 0, fromTextContent: 0 };


export function fontInfo(name: string): FontInfo {
  return { name, bold: BOLD_FONT.test(name), italic: ITALIC_FONT.test(name) };
}

export async function readPage(page: PdfPageLike, pageNo: number, OPS: OpCodes): Promise<PageData & { images: number; fonts: string[]; decoded: LegacyEncoding[] }> {
  const vp = page.getViewport({ scale: 1 });
  const vt = vp.transform as Matrix;
  // The operator list first: it loads the fonts into commonObjs, where their real names are.
  const ol = await page.getOperatorList();
  const fontCache = new Map<string, FontInfo>();
  const fontOf = (id: string): FontInfo => {
    let f = fontCache.get(id);
    if (!f) {
      let name = id;
      try {
        if (page.commonObjs.has(id)) name = String((page.commonObjs.get(id) as { name?: string }).name ?? id);
      } catch {
        // a font pdfjs could not load: keep its id
      }
      f = fontInfo(name.replace(/^[A-Z]{6}\+/, ''));
      fontCache.set(id, f);
    }
    return f;
  };
  const isLegacy = (name: string): boolean => legacyOf(name) !== null;
  // Only legacy-font runs are read word by word (itemsFromRuns).
  const walk = walkOperators(ol, OPS, vt, fontOf, (f) => isLegacy(f.name));
  const rawItems = await textItems(page, ol, OPS);
  let items: PdfItem[] = [];
  const decoded = new Set<LegacyEncoding>();
  for (const raw of rawItems) {
    if (!raw.str || !raw.transform || !raw.str.trim()) continue;
    const t = mul(vt, raw.transform);
    const size = Math.hypot(t[2], t[3]);
    if (size < 0.5) continue;
    const f = fontOf(raw.fontName ?? '');
    items.push({ str: itemText(raw.str, f.name, decoded), x0: t[4], x1: t[4] + Math.abs(raw.width ?? 0), base: t[5], size, font: f.name, bold: f.bold, italic: f.italic });
  }
  attachStretch(items, walk.runs);
  for (const it of walk.annotationItems) items.push({ ...it, str: itemText(it.str, it.font, decoded) });
  const legacyItems = itemsFromRuns(walk.runs.filter((r) => isLegacy(r.font.name)), decoded);
  if (legacyItems.length) {
    // Legacy-font text is read from the glyphs drawn: pdfjs's text drops the TCVN3 "ư" byte (U+00AD).
    const fromRuns = new Set(legacyItems.map((i) => i.font));
    items = items.filter((i) => !fromRuns.has(i.font)).concat(legacyItems);
  }
  const fonts = [...new Set(items.map((i) => i.font))];
  page.cleanup();
  return {
    page: pageNo,
    width: vp.width,
    height: vp.height,
    items: dropOverprint(items),
    hRules: walk.hRules,
    vRules: walk.vRules,
    toPdf: (x, y) => {
      const p = vp.convertToPdfPoint(x, y);
      return [p[0], p[1]];
    },
    images: walk.images,
    fonts,
    decoded: [...decoded],
  };
}

/**
 * The page's text items as pdfjs's getTextContent gives them: rebuilt from the operator list
 * already read (one pass), or — for what that cannot rebuild (glyph-text.ts) — asked from pdfjs.
 */
async function textItems(page: PdfPageLike, ol: OperatorList, OPS: OpCodes): Promise<RawItem[]> {
  if (!pageSettings.textContent && page.view) {
    const { normalizeUnicode } = await loadPdfjs();
    const fonts = new Map<string, GlyphFont | null>();
    const glyphFont = (id: string): GlyphFont | null => {
      let f = fonts.get(id);
      if (f === undefined) {
        f = null;
        try {
          if (page.commonObjs.has(id)) {
            const o = page.commonObjs.get(id) as Partial<GlyphFont> | null;
            if (o && typeof o.name === 'string') f = { name: o.name, vertical: o.vertical, fontMatrix: o.fontMatrix, isType3Font: o.isType3Font };
          }
        } catch {
          // a font pdfjs could not load: its text is left to getTextContent
        }
        fonts.set(id, f);
      }
      return f;
    };
    const built = textFromOperators(ol, OPS, page.view, glyphFont, normalizeUnicode);
    if (built) {
      pageCounts.fromOperators++;
      return built;
    }
  }
  pageCounts.fromTextContent++;
  return (await page.getTextContent({ includeMarkedContent: false })).items as RawItem[];
}

/** Words of content runs as items (glyph-by-glyph runs rejoined into words), decoded from their legacy font. */
function itemsFromRuns(runs: TextRun[], decoded: Set<LegacyEncoding>): PdfItem[] {
  // Runs come in drawing order: a glyph drawn right after the previous one on its baseline continues its word.
  const out: PdfItem[] = [];
  for (const r of runs) {
    for (const w of r.words) {
      const prev = out[out.length - 1];
      const joins = prev && prev.font === r.font.name && Math.abs(prev.base - r.base) < 0.1 && Math.abs(prev.size - r.size) < 0.1 && w.x0 - prev.x1 < r.size * 0.05 && w.x0 >= prev.x1 - r.size * 0.3 && !/^\s/u.test(w.str);
      if (joins) {
        prev.str += w.str;
        prev.x1 = w.x1;
      } else out.push({ str: w.str.trim(), x0: w.x0, x1: w.x1, base: r.base, size: r.size, font: r.font.name, bold: r.font.bold, italic: r.font.italic });
    }
  }
  for (const it of out) it.str = itemText(it.str, it.font, decoded, false);
  return out.filter((i) => i.str && i.size >= 0.5);
}

const legacyByFont = new Map<string, ReturnType<typeof legacyFontEncoding>>();

/** legacyFontEncoding of a font name, found once per name (it is asked for every item). */
function legacyOf(font: string): ReturnType<typeof legacyFontEncoding> {
  let v = legacyByFont.get(font);
  if (v === undefined) legacyByFont.set(font, (v = legacyFontEncoding(font)));
  return v;
}

/**
 * A text item as Unicode: runs in a TCVN3 (.VnTime, .VnTimeH → capitals) or VNI font hold the
 * font's 8-bit codes and are decoded (pdfjs drops the TCVN3 "ư" byte, U+00AD, so it is restored);
 * then spaces pdfjs put inside syllables are repaired.
 */
function itemText(str: string, font: string, decoded: Set<LegacyEncoding>, droppedSoftHyphen = true): string {
  let text = str.normalize('NFC');
  const legacy = legacyOf(font);
  if (legacy && !UNICODE_VIETNAMESE.test(text)) {
    text = decodeWith(text, legacy.encoding, { upperCase: legacy.upperCase, droppedSoftHyphen: droppedSoftHyphen && legacy.encoding === 'tcvn3' });
    decoded.add(legacy.encoding);
  }
  return repairSplitSyllables(text);
}

/** Fake bold draws each glyph twice at a tiny offset: keep one, marked bold. */
export function dropOverprint(items: PdfItem[]): PdfItem[] {
  const byStr = new Map<string, PdfItem[]>();
  const out: PdfItem[] = [];
  for (const it of items) {
    const seen = byStr.get(it.str);
    const twin = seen?.find((o) => Math.abs(o.x0 - it.x0) < OVERPRINT_TOLERANCE && Math.abs(o.base - it.base) < OVERPRINT_TOLERANCE);
    if (twin) {
      twin.bold = true;
      continue;
    }
    if (seen) seen.push(it);
    else byStr.set(it.str, [it]);
    out.push(it);
  }
  return out;
}

/**
 * Runs of the content stream give the items they overlap on the same baseline their spaces and
 * stretch (pdfjs may merge or split runs), and mark an item followed by a drawn space: pdfjs trims
 * it, but it tells a real word break at a line end from a word broken because it did not fit.
 */
export function attachStretch(items: PdfItem[], runs: TextRun[]): void {
  const sorted = [...runs].sort((a, b) => a.base - b.base);
  for (const it of items) {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid].base < it.base - 1) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < sorted.length && sorted[k].base <= it.base + 1; k++) {
      const r = sorted[k];
      if (r.trailingSpace && it.x1 > r.inkEnd - 1 && it.x1 < r.x1 + 1) it.spaceAfter = true;
      if (!r.spaces || Math.min(r.inkEnd, it.x1) - Math.max(r.x0, it.x0) < 0.5) continue;
      it.spaces = (it.spaces ?? 0) + r.spaces;
      it.stretch = Math.max(it.stretch ?? 0, r.stretch);
    }
  }
}
