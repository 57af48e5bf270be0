// A PDFium page's display transform, as pdfjs's viewport at scale 1 gives it: the crop box (or
// the media box) rotated by the page's /Rotate, origin at the top-left, y growing downwards.
import type { Pdfium } from './wasm.js';

/** [a b c d e f]: x' = a·x + c·y + e, y' = b·x + d·y + f. */
export type Affine = [number, number, number, number, number, number];

export interface View {
  m: Affine;
  width: number;
  height: number;
  toPdf: (x: number, y: number) => [number, number];
}

/** Rotation (quarter turns clockwise) → the linear part of the display map (y flipped). */
const ROTATIONS: [number, number, number, number][] = [
  [1, 0, 0, -1],
  [0, 1, 1, 0],
  [-1, 0, 0, 1],
  [0, -1, -1, 0],
];

export function displayTransform(P: Pdfium, page: number): View {
  const f = P.f;
  const buf = P.malloc(32);
  let box: [number, number, number, number];
  try {
    const read = (fn: string): [number, number, number, number] | null => {
      if (!f[fn](page, buf, buf + 4, buf + 8, buf + 12)) return null;
      const r = P.f32();
      const k = buf >> 2;
      return [r[k], r[k + 1], r[k + 2], r[k + 3]];
    };
    const media = read('FPDFPage_GetMediaBox') ?? [0, 0, f.FPDF_GetPageWidthF(page), f.FPDF_GetPageHeightF(page)];
    const crop = read('FPDFPage_GetCropBox');
    box = crop ? intersect(normal(crop), normal(media)) : normal(media);
  } finally {
    P.free(buf);
  }
  return viewOf(box, ((f.FPDFPage_GetRotation(page) % 4) + 4) % 4);
}

/** The display map of `box` ([x0 y0 x1 y1], PDF units) turned `rot` quarter turns. */
export function viewOf(box: [number, number, number, number], rot: number): View {
  const [a, b, c, d] = ROTATIONS[rot] ?? ROTATIONS[0];
  const xs = [box[0], box[2]];
  const ys = [box[1], box[3]];
  const corners = xs.flatMap((x) => ys.map((y) => [a * x + c * y, b * x + d * y]));
  const e = -Math.min(...corners.map((p) => p[0]));
  const g = -Math.min(...corners.map((p) => p[1]));
  const m: Affine = [a, b, c, d, e, g];
  const w = box[2] - box[0];
  const h = box[3] - box[1];
  const turned = rot % 2 === 1;
  const det = a * d - b * c;
  return {
    m,
    width: turned ? h : w,
    height: turned ? w : h,
    toPdf: (x, y) => {
      const u = x - e;
      const v = y - g;
      return [(d * u - c * v) / det, (-b * u + a * v) / det];
    },
  };
}

function normal(r: [number, number, number, number]): [number, number, number, number] {
  return [Math.min(r[0], r[2]), Math.min(r[1], r[3]), Math.max(r[0], r[2]), Math.max(r[1], r[3])];
}

function intersect(a: [number, number, number, number], b: [number, number, number, number]): [number, number, number, number] {
  const r: [number, number, number, number] = [Math.max(a[0], b[0]), Math.max(a[1], b[1]), Math.min(a[2], b[2]), Math.min(a[3], b[3])];
  return r[2] > r[0] && r[3] > r[1] ? r : b;
}
