// One PDFium page → the PageData the PDF reader consumes (the same shape pdfjs's page.ts gives):
// text items in display coordinates (origin top-left of the rotated page, y down), grouped from
// PDFium's characters the way pdfjs groups glyphs into text items; ruling lines from path objects;
// the images drawn; annotation appearances (signature widgets, stamps) through a flattened copy of
// the page, their text marked `annotation`.
import { decodeWith, legacyFontEncoding, UNICODE_VIETNAMESE, type LegacyEncoding } from '../legacy/index.js';
import { attachStretch, dropOverprint, fontInfo } from '../pdf/page.js';
import { repairSplitSyllables } from '../pdf/spaces.js';
import type { TextRun } from '../pdf/ops.js';
import type { PageData, PdfItem } from '../pdf/types.js';
import { displayTransform, type Affine } from './geometry.js';
import { annotationObjects, walkObjects } from './objects.js';
import type { Pdfium } from './wasm.js';

export type PdfiumPage = PageData & { images: number; fonts: string[]; decoded: LegacyEncoding[] };

// pdfjs's text grouping, as fractions of the font size (its text layer's published factors):
/** A gap smaller than this joins glyphs without a space. */
const SPACE_MIN = 0.102;
/** A gap up to this is a space inside one item; a wider one starts a new item. */
const SPACE_MAX = 0.6;
/** A baseline move larger than this share of the size starts a new item. */
const BASELINE_MOVE = 0.1;
/** PDFium reports a hyphen that ends a line as U+0002. */
const LINE_END_HYPHEN = 2;
/** FPDFPage_Flatten: flatten for normal display. */
const FLAT_NORMALDISPLAY = 0;
const FLATTEN_SUCCESS = 1;

interface ObjInfo {
  font: string;
  bold: boolean;
  italic: boolean;
  size: number;
  /** Unit direction of the baseline in display space. */
  dx: number;
  dy: number;
  /** Baseline vertical in page space (advance read from the box height). */
  vertical: boolean;
  annotation: boolean;
  legacy: boolean;
  /** The right edge of the object's bounds in display space (a drawn trailing space reaches it). */
  right?: number;
}

interface Glyph {
  ch: string;
  x: number;
  y: number;
  adv: number;
  o: ObjInfo;
  obj: number;
}

/** Read page `index` (0-based) of an open document; throws on a page PDFium cannot load. */
export function readPdfiumPage(P: Pdfium, doc: number, index: number): PdfiumPage {
  const f = P.f;
  let page = f.FPDF_LoadPage(doc, index);
  if (!page) throw new Error('PDFium could not load the page');
  let annotation = new Set<number>();
  try {
    if (f.FPDFPage_GetAnnotCount(page) > 0) {
      // The annotations' appearances become part of the page (as pdfjs draws them): objects added after the content.
      const before = f.FPDFPage_CountObjects(page);
      if (f.FPDFPage_Flatten(page, FLAT_NORMALDISPLAY) === FLATTEN_SUCCESS) {
        f.FPDF_ClosePage(page);
        page = f.FPDF_LoadPage(doc, index);
        if (!page) throw new Error('PDFium could not load the page');
        annotation = annotationObjects(P, page, before);
      }
    }
    const view = displayTransform(P, page);
    const shapes = walkObjects(P, page, view.m);
    const text = readText(P, page, view.m, annotation);
    return { page: index + 1, width: view.width, height: view.height, ...text, hRules: shapes.hRules, vRules: shapes.vRules, toPdf: view.toPdf, images: shapes.images };
  } finally {
    f.FPDF_ClosePage(page);
  }
}

function readText(P: Pdfium, page: number, m: Affine, annotation: Set<number>): Pick<PdfiumPage, 'items' | 'fonts' | 'decoded'> {
  const f = P.f;
  const tp = f.FPDFText_LoadPage(page);
  if (!tp) return { items: [], fonts: [], decoded: [] };
  const buf = P.malloc(320);
  const glyphs: Glyph[] = [];
  try {
    const objs = new Map<number, ObjInfo>();
    const fontNames = new Map<number, string>();
    const n = f.FPDFText_CountChars(tp);
    for (let i = 0; i < n; i++) {
      if (f.FPDFText_IsGenerated(tp, i) === 1) continue;
      const obj = f.FPDFText_GetTextObject(tp, i);
      if (!obj) continue;
      let o = objs.get(obj);
      if (!o) objs.set(obj, (o = objInfo(P, tp, i, obj, buf, m, fontNames, annotation.has(obj))));
      const u = f.FPDFText_GetUnicode(tp, i);
      f.FPDFText_GetCharOrigin(tp, i, buf, buf + 8);
      f.FPDFText_GetLooseCharBox(tp, i, buf + 16);
      const d = P.f64();
      const px = d[buf >> 3];
      const py = d[(buf >> 3) + 1];
      const r = P.f32();
      const k = (buf + 16) >> 2;
      // FS_RECTF: left, top, right, bottom
      const adv = o.vertical ? Math.abs(r[k + 1] - r[k + 3]) : Math.abs(r[k + 2] - r[k]);
      glyphs.push({ ch: u === LINE_END_HYPHEN ? '-' : u ? String.fromCodePoint(u) : '', x: m[0] * px + m[2] * py + m[4], y: m[1] * px + m[3] * py + m[5], adv, o, obj });
    }
    for (const [obj, o] of objs) if (!o.annotation) o.right = rightEdge(P, obj, m, buf);
  } finally {
    P.free(buf);
    f.FPDFText_ClosePage(tp);
  }
  const decoded = new Set<LegacyEncoding>();
  const items = groupItems(glyphs, decoded);
  attachStretch(items, contentRuns(glyphs));
  return { items: dropOverprint(items), fonts: [...new Set(items.map((i) => i.font))], decoded: [...decoded] };
}

function objInfo(P: Pdfium, tp: number, i: number, obj: number, buf: number, m: Affine, names: Map<number, string>, annotation: boolean): ObjInfo {
  const f = P.f;
  const handle = f.FPDFTextObj_GetFont(obj);
  let font = names.get(handle);
  if (font === undefined) {
    const len = handle ? f.FPDFFont_GetBaseFontName(handle, buf + 64, 250) : 0;
    font = len > 1 ? new TextDecoder().decode(P.u8().subarray(buf + 64, buf + 64 + len - 1)) : '';
    font = font.replace(/^[A-Z]{6}\+/, '');
    names.set(handle, font);
  }
  const fs = f.FPDFTextObj_GetFontSize(obj, buf) ? P.f32()[buf >> 2] : 0;
  f.FPDFText_GetMatrix(tp, i, buf + 8);
  const r = P.f32();
  const k = (buf + 8) >> 2;
  const [a, b, c, d] = [r[k], r[k + 1], r[k + 2], r[k + 3]];
  const dxRaw = m[0] * a + m[2] * b;
  const dyRaw = m[1] * a + m[3] * b;
  const len = Math.hypot(dxRaw, dyRaw) || 1;
  const info = fontInfo(font);
  return { font, bold: info.bold, italic: info.italic, size: fs * Math.hypot(c, d), dx: dxRaw / len, dy: dyRaw / len, vertical: Math.abs(a) < Math.abs(b), annotation, legacy: legacyFontEncoding(font) !== null };
}

/** The largest x of a page object's bounds in display space. */
function rightEdge(P: Pdfium, obj: number, m: Affine, buf: number): number | undefined {
  if (!P.f.FPDFPageObj_GetBounds(obj, buf, buf + 4, buf + 8, buf + 12)) return undefined;
  const r = P.f32();
  const k = buf >> 2;
  let right = -Infinity;
  for (const x of [r[k], r[k + 2]]) for (const y of [r[k + 1], r[k + 3]]) right = Math.max(right, m[0] * x + m[2] * y + m[4]);
  return right;
}

const SPACE = /^\s$/u;
const MARK = /^\p{M}$/u;

/**
 * Glyphs in drawing order → items, as pdfjs's text content groups them: one font and size, one
 * baseline, gaps under 0.6 em (a space put in above 0.102 em); drawn spaces are not kept but
 * measured. Legacy-font glyphs are grouped into words (the pdfjs reader reads them from the
 * drawn glyphs, word by word) and decoded.
 */
function groupItems(glyphs: Glyph[], decoded: Set<LegacyEncoding>): PdfItem[] {
  type Open = PdfItem & { o: ObjInfo; end: number; obj: number };
  const out: Open[] = [];
  let cur: Open | null = null;
  let spaced = false;
  for (const g of glyphs) {
    if (g.o.size < 0.5 && !MARK.test(g.ch)) continue;
    if (SPACE.test(g.ch) || !g.ch) {
      spaced = true;
      continue;
    }
    const horizontal = Math.abs(g.o.dy) < 1e-3 && g.o.dx > 0;
    if (cur && MARK.test(g.ch)) {
      cur.str += g.ch;
      continue;
    }
    let joins = false;
    let space = false;
    if (cur && cur.o.font === g.o.font && Math.abs(cur.o.size - g.o.size) < 1e-3 && cur.o.annotation === g.o.annotation) {
      const em = g.o.size;
      if (!horizontal) joins = cur.o === g.o || false;
      else if (Math.abs(g.y - cur.base) <= BASELINE_MOVE * em) {
        const gap = g.x - cur.end;
        if (g.o.annotation) joins = !spaced && cur.obj === g.obj; // words of a widget's text, as drawn
        else if (g.o.legacy) joins = !spaced && gap < em * 0.05 && gap >= -em * 0.3;
        else if (gap >= -SPACE_MIN * em && gap <= SPACE_MAX * em) {
          joins = true;
          space = gap > SPACE_MIN * em;
        }
      }
    }
    if (joins && cur) {
      if (space && !cur.str.endsWith(' ')) cur.str += ' ';
      cur.str += g.ch;
      cur.end = horizontal ? g.x + g.adv : cur.end + g.adv;
      cur.obj = g.obj;
      cur.x1 = horizontal ? cur.end : cur.x0 + (cur.end - cur.x0);
    } else {
      cur = { str: g.ch, x0: g.x, x1: g.x + g.adv, end: g.x + g.adv, base: g.y, size: g.o.size, font: g.o.font, bold: g.o.bold, italic: g.o.italic, o: g.o, obj: g.obj };
      if (g.o.annotation) cur.annotation = true;
      out.push(cur);
    }
    spaced = false;
  }
  const items: PdfItem[] = [];
  for (const { o, end: _end, obj: _obj, ...it } of out) {
    it.str = itemText(it.str, it.font, o.legacy, decoded);
    if (it.str.trim()) items.push(it);
  }
  return items;
}

/** Legacy-font text decoded from its 8-bit codes (PDFium keeps the TCVN3 "ư" byte), then split syllables repaired. */
function itemText(str: string, font: string, legacy: boolean, decoded: Set<LegacyEncoding>): string {
  let text = str.normalize('NFC');
  const enc = legacy ? legacyFontEncoding(font) : null;
  if (enc && !UNICODE_VIETNAMESE.test(text)) {
    text = decodeWith(text, enc.encoding, { upperCase: enc.upperCase, droppedSoftHyphen: false });
    decoded.add(enc.encoding);
  }
  return repairSplitSyllables(text).trim();
}

/**
 * The page content's text objects as runs (what pdfjs's reader takes from its operator list): the
 * spaces they draw and how far each is stretched beyond its natural width (in ems), where the
 * last non-space glyph ends, and whether the run ends with a drawn space. Annotation text has none.
 */
function contentRuns(glyphs: Glyph[]): TextRun[] {
  const runs: TextRun[] = [];
  let i = 0;
  while (i < glyphs.length) {
    let j = i;
    while (j < glyphs.length && glyphs[j].obj === glyphs[i].obj) j++;
    const o = glyphs[i].o;
    if (!o.annotation && o.size > 0) {
      let spaces = 0;
      let stretch = 0;
      let inkEnd = glyphs[i].x;
      for (let k = i; k < j; k++) {
        const g = glyphs[k];
        if (g.ch === ' ') {
          spaces++;
          const next = glyphs[k + 1];
          // Only to the next glyph drawn on the same baseline (PDFium orders a page's characters by line).
          if (k + 1 < j && Math.abs(next.y - g.y) < 0.1 && next.x >= g.x) stretch = Math.max(stretch, (next.x - g.x - g.adv) / o.size);
        } else if (g.ch) inkEnd = g.x + g.adv;
      }
      const last = glyphs[j - 1];
      const trailingSpace = last.ch === ' ' || droppedSpace(glyphs, j - 1);
      if (trailingSpace && last.ch !== ' ') spaces++;
      runs.push({
        x0: glyphs[i].x, x1: last.x + last.adv, base: glyphs[i].y, spaces, stretch, inkEnd, trailingSpace,
        words: [], font: { name: o.font, bold: o.bold, italic: o.italic }, size: o.size,
      });
    }
    i = j;
  }
  return runs;
}

/** A text object's bounds end this close (ems) to its last glyph's advance when a space follows it. */
const SPACE_BOUND = 0.006;

/**
 * PDFium's text page drops a space drawn at the end of a line, but the text object's bounds still
 * reach where that space starts (a space has no ink: the bounds of a glyph stop short of its
 * advance by its side bearing). So the object's last glyph, ending the object's last line here,
 * was followed by a space when the bounds end at its advance.
 */
function droppedSpace(glyphs: Glyph[], k: number): boolean {
  const g = glyphs[k];
  const right = g.o.right;
  if (right === undefined || Math.abs(g.o.dy) > 1e-3) return false;
  for (let n = k + 1; n < glyphs.length; n++) if (glyphs[n].obj === g.obj) return false;
  return Math.abs(right - (g.x + g.adv)) <= SPACE_BOUND * g.o.size;
}
