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
  /** The font size along the baseline (differs from size under horizontal scaling): gaps are measured in it. */
  em: number;
  /** Unit direction of the baseline in display space. */
  dx: number;
  dy: number;
  /** Baseline vertical in page space (advance read from the box height). */
  vertical: boolean;
  annotation: boolean;
  legacy: boolean;
  /** How the object's last glyph ends (see lineEnd). */
  end?: { right: number; ink: number };
}

interface Glyph {
  /** Index in PDFium's text page. */
  i: number;
  ch: string;
  x: number;
  y: number;
  adv: number;
  /** The advance was read from the glyph's ink box (PDFium gave no advance box for its font). */
  inkAdvance: boolean;
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
    const text = readText(P, page, view.m, annotation, shapes.texts);
    return { page: index + 1, width: view.width, height: view.height, ...text, hRules: shapes.hRules, vRules: shapes.vRules, toPdf: view.toPdf, images: shapes.images };
  } finally {
    f.FPDF_ClosePage(page);
  }
}

function readText(P: Pdfium, page: number, m: Affine, annotation: Set<number>, texts: { obj: number; m: Affine }[]): Pick<PdfiumPage, 'items' | 'fonts' | 'decoded'> {
  const f = P.f;
  const tp = f.FPDFText_LoadPage(page);
  if (!tp) return { items: [], fonts: [], decoded: [] };
  const buf = P.malloc(320);
  const glyphs: Glyph[] = [];
  const spaceRuns: TextRun[] = [];
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
      // FS_RECTF: left, top, right, bottom. The loose box spans the advance from the origin; for a
      // font without ascent/descent it is the glyph's ink box instead, which ends near the advance.
      const inkAdvance = !o.vertical && Math.abs(r[k] - px) >= 0.05;
      const adv = o.vertical ? Math.abs(r[k + 1] - r[k + 3]) : inkAdvance ? Math.max(0, r[k + 2] - px) : r[k + 2] - r[k];
      glyphs.push({ i, ch: u === LINE_END_HYPHEN ? '-' : u ? String.fromCodePoint(u) : '', x: m[0] * px + m[2] * py + m[4], y: m[1] * px + m[3] * py + m[5], adv, inkAdvance, o, obj });
    }
    const last = new Map<number, Glyph>();
    for (const g of glyphs) last.set(g.obj, g);
    for (const [obj, g] of last) if (!g.o.annotation && g.ch !== ' ') g.o.end = lineEnd(P, tp, obj, g, m, buf);
    for (const t of texts) if (!objs.has(t.obj) && !annotation.has(t.obj)) spaceRuns.push(...spaceRun(P, t.obj, t.m, buf));
  } finally {
    P.free(buf);
    f.FPDFText_ClosePage(tp);
  }
  const decoded = new Set<LegacyEncoding>();
  const items = groupItems(glyphs, decoded);
  attachStretch(items, contentRuns(glyphs).concat(spaceRuns));
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
  return { font, bold: info.bold, italic: info.italic, size: fs * Math.hypot(c, d), em: fs * Math.hypot(a, b), dx: dxRaw / len, dy: dyRaw / len, vertical: Math.abs(a) < Math.abs(b), annotation, legacy: legacyFontEncoding(font) !== null };
}

/**
 * Where a text object's bounds end (its ink and where a trailing space starts) and where its last
 * glyph's ink ends, in display space, for a horizontal object.
 */
function lineEnd(P: Pdfium, tp: number, obj: number, g: Glyph, m: Affine, buf: number): { right: number; ink: number } | undefined {
  const f = P.f;
  if (Math.abs(g.o.dy) > 1e-3 || g.o.dx <= 0) return undefined;
  if (!f.FPDFPageObj_GetBounds(obj, buf, buf + 4, buf + 8, buf + 12)) return undefined;
  const r = P.f32();
  const k = buf >> 2;
  const xs = [r[k], r[k + 2]];
  const ys = [r[k + 1], r[k + 3]];
  // FPDFText_GetCharBox: left, right, bottom, top (doubles), the glyph's ink.
  if (!f.FPDFText_GetCharBox(tp, g.i, buf + 16, buf + 24, buf + 32, buf + 40)) return undefined;
  const d = P.f64();
  const q = (buf + 16) >> 3;
  const ink = m[0] * d[q + 1] + m[2] * d[q + 2] + m[4];
  let right = -Infinity;
  for (const x of xs) for (const y of ys) right = Math.max(right, m[0] * x + m[2] * y + m[4]);
  return { right, ink };
}

/**
 * A text object that left no character in PDFium's text page: one that draws only a space (PDFium
 * drops them at line ends). Its bounds are the point where the space starts; pdfjs's reader sees a
 * run of one space there (no ink), which marks the word before it as followed by a space.
 */
function spaceRun(P: Pdfium, obj: number, m: Affine, buf: number): TextRun[] {
  const f = P.f;
  if (!f.FPDFPageObj_GetBounds(obj, buf, buf + 4, buf + 8, buf + 12)) return [];
  const r = P.f32();
  const k = buf >> 2;
  const [l, b, rt, t] = [r[k], r[k + 1], r[k + 2], r[k + 3]];
  if (rt - l > 0.01 || t - b > 0.01) return []; // it has ink: not a space
  const size = f.FPDFTextObj_GetFontSize(obj, buf) ? P.f32()[buf >> 2] : 0;
  const x = m[0] * l + m[2] * b + m[4];
  const y = m[1] * l + m[3] * b + m[5];
  return [{ x0: x, x1: x + size * 0.25, base: y, spaces: 1, stretch: 0, inkEnd: x, trailingSpace: true, words: [], font: { name: '', bold: false, italic: false }, size }];
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
  type Open = PdfItem & { o: ObjInfo; end: number; obj: number; u: number; v: number };
  const out: Open[] = [];
  let cur: Open | null = null;
  let spaced = false;
  for (const g of glyphs) {
    if (g.o.size < 0.5 && !MARK.test(g.ch)) continue;
    if (SPACE.test(g.ch) || !g.ch) {
      spaced = true;
      continue;
    }
    if (cur && MARK.test(g.ch)) {
      cur.str += g.ch;
      continue;
    }
    // Positions along the baseline (u) and across it (v): text turned with the page reads as upright text.
    const u = g.x * g.o.dx + g.y * g.o.dy;
    const v = g.y * g.o.dx - g.x * g.o.dy;
    let joins = false;
    let space = false;
    if (cur && cur.o.font === g.o.font && Math.abs(cur.o.size - g.o.size) < 1e-3 && cur.o.annotation === g.o.annotation && Math.abs(cur.o.dx - g.o.dx) < 1e-3 && Math.abs(cur.o.dy - g.o.dy) < 1e-3) {
      const em = g.o.em;
      if (Math.abs(v - cur.v) <= BASELINE_MOVE * g.o.size) {
        const gap = u - cur.end;
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
      cur.end = u + g.adv;
      cur.obj = g.obj;
      // pdfjs's width is along the baseline, added to x whatever the direction.
      cur.x1 = cur.x0 + (cur.end - cur.u);
    } else {
      cur = { str: g.ch, x0: g.x, x1: g.x + g.adv, end: u + g.adv, u, v, base: g.y, size: g.o.size, font: g.o.font, bold: g.o.bold, italic: g.o.italic, o: g.o, obj: g.obj };
      if (g.o.annotation) cur.annotation = true;
      out.push(cur);
    }
    spaced = false;
  }
  const items: PdfItem[] = [];
  for (const { o, end: _end, obj: _obj, u: _u, v: _v, ...it } of out) {
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
  const lastOf = new Map<number, number>();
  glyphs.forEach((g, k) => lastOf.set(g.obj, k));
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
      const dropped = last.ch === ' ' ? 'no' : droppedSpace(glyphs, j - 1, lastOf);
      const trailingSpace = last.ch === ' ' || dropped !== 'no';
      if (dropped === 'yes') spaces++;
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
/** Distances (ems) under this are the same position. */
const SAME_X = 0.003;

/**
 * PDFium's text page drops a space drawn at the end of a line, but the text object's bounds still
 * reach where that space starts (a space has no ink; a glyph's ink mostly stops short of its
 * advance by its side bearing). So the object's last glyph was followed by a space when the bounds
 * end at its advance ('yes'; a glyph whose ink ends exactly there reads the same: "Elasticsear" /
 * "ch" in a cell then keeps a space). When its ink overhangs its advance ("ố") and the bounds end
 * at the ink, the space may start inside the ink: 'maybe', taken as a word break (lines in a cell
 * mostly end with one) but not counted as a drawn space.
 */
function droppedSpace(glyphs: Glyph[], k: number, lastOf: Map<number, number>): 'yes' | 'maybe' | 'no' {
  const g = glyphs[k];
  const e = g.o.end;
  if (!e) return 'no';
  if (lastOf.get(g.obj) !== k) return 'no';
  const advEnd = g.x + g.adv;
  if (Math.abs(e.right - advEnd) <= SPACE_BOUND * g.o.size) return 'yes';
  const eps = SAME_X * g.o.size;
  return e.ink > advEnd + eps && Math.abs(e.right - e.ink) <= eps ? 'maybe' : 'no';
}
