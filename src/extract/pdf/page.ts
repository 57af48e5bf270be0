// One pdfjs page → positioned items and rules in display coordinates (rotation applied).
import { walkOperators, type FontInfo, type OpCodes, type OperatorList } from './ops.js';
import { repairSplitSyllables } from './spaces.js';
import type { PageData, PdfItem } from './types.js';

type Matrix = [number, number, number, number, number, number];

/** The parts of a pdfjs PDFPageProxy this module uses. */
export interface PdfPageLike {
  getViewport(p: { scale: number }): { width: number; height: number; transform: number[]; convertToPdfPoint(x: number, y: number): number[] };
  getTextContent(p: { includeMarkedContent: boolean }): Promise<{ items: unknown[] }>;
  getOperatorList(): Promise<OperatorList>;
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

function mul(m: number[], n: number[]): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

export function fontInfo(name: string): FontInfo {
  return { name, bold: BOLD_FONT.test(name), italic: ITALIC_FONT.test(name) };
}

export async function readPage(page: PdfPageLike, pageNo: number, OPS: OpCodes): Promise<PageData & { images: number; fonts: string[] }> {
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
  const walk = walkOperators(ol, OPS, vt, fontOf);
  const tc = await page.getTextContent({ includeMarkedContent: false });
  const items: PdfItem[] = [];
  for (const raw of tc.items as RawItem[]) {
    if (!raw.str || !raw.transform || !raw.str.trim()) continue;
    const t = mul(vt, raw.transform);
    const size = Math.hypot(t[2], t[3]);
    if (size < 0.5) continue;
    const f = fontOf(raw.fontName ?? '');
    items.push({ str: repairSplitSyllables(raw.str.normalize('NFC')), x0: t[4], x1: t[4] + Math.abs(raw.width ?? 0), base: t[5], size, font: f.name, bold: f.bold, italic: f.italic });
  }
  items.push(...walk.annotationItems);
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
  };
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
