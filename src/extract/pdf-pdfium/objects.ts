// A PDFium page's objects, form XObjects entered with their matrices: ruling lines from path
// objects (thin filled rectangles, stroked axis-aligned segments: the rules pdfjs's operator-list
// walker keeps, with the same limits), the images drawn, and which text objects an annotation's
// appearance drew (after the page was flattened).
import { mul } from '../pdf/ops.js';
import { subpathRules } from '../pdf/path-rules.js';
import type { Segment } from '../pdf/types.js';
import type { Affine } from './geometry.js';
import type { Pdfium } from './wasm.js';

/** Colour channels at or above this are white (pdfjs's reader: #fXfXfX), never a rule. */
const WHITE_MIN = 0xf0;
/** Forms nested deeper than this are not entered (a guard against cycles). */
const MAX_DEPTH = 12;

const OBJ = { text: 1, path: 2, image: 3, form: 5 } as const;
const SEG = { lineTo: 0, bezierTo: 1, moveTo: 2 } as const;

export interface Shapes {
  hRules: Segment[];
  vRules: Segment[];
  images: number;
  /** Every text object, with the display matrix of the space it is drawn in. */
  texts: { obj: number; m: Affine }[];
}


/** Every path and image of the page, in display coordinates through `view`. */
export function walkObjects(P: Pdfium, page: number, view: Affine): Shapes {
  const out: Shapes = { hRules: [], vRules: [], images: 0, texts: [] };
  const buf = P.malloc(64);
  try {
    const f = P.f;
    const n = f.FPDFPage_CountObjects(page);
    for (let i = 0; i < n; i++) visit(P, f.FPDFPage_GetObject(page, i), view, out, buf, 0);
  } finally {
    P.free(buf);
  }
  return out;
}

function matrixOf(P: Pdfium, obj: number, buf: number): Affine {
  if (!P.f.FPDFPageObj_GetMatrix(obj, buf)) return [1, 0, 0, 1, 0, 0];
  const r = P.f32();
  const k = buf >> 2;
  return [r[k], r[k + 1], r[k + 2], r[k + 3], r[k + 4], r[k + 5]];
}

function visit(P: Pdfium, obj: number, outer: Affine, out: Shapes, buf: number, depth: number): void {
  if (!obj) return;
  const f = P.f;
  const type = f.FPDFPageObj_GetType(obj);
  if (type === OBJ.text) out.texts.push({ obj, m: outer });
  else if (type === OBJ.image) out.images++;
  else if (type === OBJ.path) path(P, obj, outer, out, buf);
  else if (type === OBJ.form && depth < MAX_DEPTH) {
    const m = mul(outer, matrixOf(P, obj, buf));
    const n = f.FPDFFormObj_CountObjects(obj);
    for (let i = 0; i < n; i++) visit(P, f.FPDFFormObj_GetObject(obj, i), m, out, buf, depth + 1);
  }
}

function white(P: Pdfium, ok: number, buf: number): boolean {
  if (!ok) return false;
  const u = P.u32();
  const k = buf >> 2;
  return u[k] >= WHITE_MIN && u[k + 1] >= WHITE_MIN && u[k + 2] >= WHITE_MIN;
}

function path(P: Pdfium, obj: number, outer: Affine, out: Shapes, buf: number): void {
  const f = P.f;
  if (!f.FPDFPath_GetDrawMode(obj, buf, buf + 4)) return;
  const i32 = P.u32();
  const fillMode = i32[buf >> 2];
  const stroked = i32[(buf >> 2) + 1] !== 0;
  const isFill = fillMode !== 0 && !white(P, f.FPDFPageObj_GetFillColor(obj, buf, buf + 4, buf + 8, buf + 12), buf);
  const isStroke = stroked && !white(P, f.FPDFPageObj_GetStrokeColor(obj, buf, buf + 4, buf + 8, buf + 12), buf);
  if (!isFill && !isStroke) return;
  const m = mul(outer, matrixOf(P, obj, buf));
  let sub: [number, number][] = [];
  const flush = (): void => {
    subpathRules(out, sub, isFill, isStroke);
    sub = [];
  };
  const n = f.FPDFPath_CountSegments(obj);
  let inCurve = false;
  for (let i = 0; i < n; i++) {
    const seg = f.FPDFPath_GetPathSegment(obj, i);
    const type = f.FPDFPathSegment_GetType(seg);
    if (type === SEG.bezierTo) {
      // A curve (three points) ends the straight run before it; curves are not rules.
      if (!inCurve) flush();
      inCurve = true;
      continue;
    }
    inCurve = false;
    if (!f.FPDFPathSegment_GetPoint(seg, buf, buf + 4)) continue;
    const r = P.f32();
    const x = r[buf >> 2];
    const y = r[(buf >> 2) + 1];
    const p: [number, number] = [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
    if (type === SEG.moveTo) flush();
    else if (type !== SEG.lineTo) continue;
    sub.push(p);
    if (f.FPDFPathSegment_GetClose(seg) && sub.length) sub.push(sub[0]);
  }
  flush();
}

/** The text objects inside the page objects from index `from` on (the appearances a flatten added). */
export function annotationObjects(P: Pdfium, page: number, from: number): Set<number> {
  const f = P.f;
  const found = new Set<number>();
  const collect = (obj: number, depth: number): void => {
    const type = f.FPDFPageObj_GetType(obj);
    if (type === OBJ.text) found.add(obj);
    else if (type === OBJ.form && depth < MAX_DEPTH) {
      const n = f.FPDFFormObj_CountObjects(obj);
      for (let i = 0; i < n; i++) collect(f.FPDFFormObj_GetObject(obj, i), depth + 1);
    }
  };
  const n = f.FPDFPage_CountObjects(page);
  for (let i = from; i < n; i++) collect(f.FPDFPage_GetObject(page, i), 0);
  return found;
}
