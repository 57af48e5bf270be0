// Walks a page's operator list with the current transform: ruling lines (thin filled rectangles
// and stroked axis-aligned segments) for tables and footnote rules, and the text that annotation
// appearances draw (signature widgets carry typed-in numbers and dates, and stamp text).
import type { PdfItem, Segment } from './types.js';

type Matrix = [number, number, number, number, number, number];

/** The subset of pdfjs's OPS table this walker reads (op name → code). */
export type OpCodes = Record<string, number>;

export interface OperatorList {
  fnArray: number[];
  argsArray: unknown[][];
}

interface Glyph {
  unicode?: string;
  width?: number;
  isSpace?: boolean;
}

export interface FontInfo {
  name: string;
  bold: boolean;
  italic: boolean;
}

/** A rule is at most this thick (points); anything thicker is a filled box, not a line. */
const RULE_MAX_THICKNESS = 2.5;
/** Shorter segments are glyph parts or ticks, not rules. */
const RULE_MIN_LENGTH = 4;
/** Path drawing ops inside constructPath data (pdfjs DrawOPS). */
const DRAW = { moveTo: 0, lineTo: 1, curveTo: 2, quadraticCurveTo: 3, closePath: 4 } as const;
const WHITE = /^#f[0-9a-f]f[0-9a-f]f[0-9a-f]$/i;

function mul(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

function asMatrix(v: unknown): Matrix | null {
  if (!v || typeof v !== 'object' || !('length' in v)) return null;
  const a = Array.from(v as ArrayLike<number>);
  return a.length === 6 && a.every((n) => typeof n === 'number') ? (a as Matrix) : null;
}

export interface WalkResult {
  hRules: Segment[];
  vRules: Segment[];
  annotationItems: PdfItem[];
  /** Number of image paint operations (images may be dropped by maxImageSize; counted anyway). */
  images: number;
}

/** Walk the operator list from `base` (the viewport transform), collecting rules and annotation text. */
export function walkOperators(ol: OperatorList, OPS: OpCodes, base: Matrix, fontOf: (name: string) => FontInfo): WalkResult {
  const out: WalkResult = { hRules: [], vRules: [], annotationItems: [], images: 0 };
  const code = (name: string): number => OPS[name] ?? -1;
  const C = {
    save: code('save'), restore: code('restore'), transform: code('transform'),
    formBegin: code('paintFormXObjectBegin'), formEnd: code('paintFormXObjectEnd'),
    annBegin: code('beginAnnotation'), annEnd: code('endAnnotation'),
    constructPath: code('constructPath'), fillRGB: code('setFillRGBColor'), strokeRGB: code('setStrokeRGBColor'),
    beginText: code('beginText'), setFont: code('setFont'), setTextMatrix: code('setTextMatrix'),
    moveText: code('moveText'), setLeadingMoveText: code('setLeadingMoveText'), nextLine: code('nextLine'),
    setLeading: code('setLeading'), setCharSpacing: code('setCharSpacing'), setWordSpacing: code('setWordSpacing'),
    setHScale: code('setHScale'), showText: code('showText'),
    fill: code('fill'), eoFill: code('eoFill'), stroke: code('stroke'), closeStroke: code('closeStroke'),
    fillStroke: code('fillStroke'), eoFillStroke: code('eoFillStroke'), closeFillStroke: code('closeFillStroke'),
    closeEOFillStroke: code('closeEOFillStroke'),
    images: [code('paintImageXObject'), code('paintInlineImageXObject'), code('paintImageMaskXObject'), code('paintImageXObjectRepeat')],
  };
  const fills = new Set([C.fill, C.eoFill, C.fillStroke, C.eoFillStroke, C.closeFillStroke, C.closeEOFillStroke]);
  const strokes = new Set([C.stroke, C.closeStroke, C.fillStroke, C.eoFillStroke, C.closeFillStroke, C.closeEOFillStroke]);

  interface State { ctm: Matrix; fill: string; stroke: string }
  let st: State = { ctm: base, fill: '#000000', stroke: '#000000' };
  const stack: State[] = [];
  let annDepth = 0;
  // Text state (only used for annotation text).
  let tm: Matrix = [1, 0, 0, 1, 0, 0];
  let tlm: Matrix = [1, 0, 0, 1, 0, 0];
  let font: FontInfo = { name: '', bold: false, italic: false };
  let fontSize = 0;
  let charSpacing = 0;
  let wordSpacing = 0;
  let hScale = 1;
  let leading = 0;

  const addRule = (x0: number, y0: number, x1: number, y1: number): void => {
    const w = Math.abs(x1 - x0);
    const h = Math.abs(y1 - y0);
    if (h <= RULE_MAX_THICKNESS && w >= RULE_MIN_LENGTH) {
      const y = (y0 + y1) / 2;
      out.hRules.push({ x0: Math.min(x0, x1), x1: Math.max(x0, x1), y0: y, y1: y });
    } else if (w <= RULE_MAX_THICKNESS && h >= RULE_MIN_LENGTH) {
      const x = (x0 + x1) / 2;
      out.vRules.push({ x0: x, x1: x, y0: Math.min(y0, y1), y1: Math.max(y0, y1) });
    }
  };

  const path = (op: number, data: ArrayLike<number>): void => {
    const isFill = fills.has(op) && !WHITE.test(st.fill);
    const isStroke = strokes.has(op) && !WHITE.test(st.stroke);
    if (!isFill && !isStroke) return;
    let sub: [number, number][] = [];
    const flush = (): void => {
      if (sub.length >= 2) {
        if (isFill) {
          const xs = sub.map((p) => p[0]);
          const ys = sub.map((p) => p[1]);
          addRule(Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys));
        }
        if (isStroke) for (let k = 1; k < sub.length; k++) addRule(sub[k - 1][0], sub[k - 1][1], sub[k][0], sub[k][1]);
      }
      sub = [];
    };
    for (let i = 0; i < data.length; ) {
      const d = data[i];
      if (d === DRAW.moveTo) {
        flush();
        sub.push(apply(st.ctm, data[i + 1], data[i + 2]));
        i += 3;
      } else if (d === DRAW.lineTo) {
        sub.push(apply(st.ctm, data[i + 1], data[i + 2]));
        i += 3;
      } else if (d === DRAW.curveTo) {
        flush(); // curves are not rules
        i += 7;
      } else if (d === DRAW.quadraticCurveTo) {
        flush();
        i += 5;
      } else if (d === DRAW.closePath) {
        if (sub.length) sub.push(sub[0]);
        i += 1;
      } else break;
    }
    flush();
  };

  const show = (glyphs: unknown[]): void => {
    if (!annDepth || !fontSize) return;
    const m = mul(st.ctm, tm);
    let adv = 0;
    let str = '';
    for (const g of glyphs) {
      if (typeof g === 'number') {
        adv -= (g / 1000) * fontSize * hScale;
        continue;
      }
      const gl = g as Glyph;
      str += gl.unicode ?? '';
      adv += (((gl.width ?? 0) / 1000) * fontSize + charSpacing + (gl.isSpace ? wordSpacing : 0)) * hScale;
    }
    if (str.trim()) {
      const sx = Math.hypot(m[0], m[1]);
      const sy = Math.hypot(m[2], m[3]);
      out.annotationItems.push({
        str: str.normalize('NFC'), x0: m[4], x1: m[4] + adv * sx, base: m[5], size: fontSize * sy,
        font: font.name, bold: font.bold, italic: font.italic, annotation: true,
      });
    }
    tm = mul(tm, [1, 0, 0, 1, adv, 0]);
  };

  for (let i = 0; i < ol.fnArray.length; i++) {
    const fn = ol.fnArray[i];
    const args = ol.argsArray[i] ?? [];
    if (fn === C.save) stack.push({ ...st });
    else if (fn === C.restore) st = stack.pop() ?? st;
    else if (fn === C.transform) {
      const m = asMatrix(args);
      if (m) st.ctm = mul(st.ctm, m);
    } else if (fn === C.formBegin) {
      stack.push({ ...st });
      const m = asMatrix(args[0]);
      if (m) st.ctm = mul(st.ctm, m);
    } else if (fn === C.formEnd) st = stack.pop() ?? st;
    else if (fn === C.annBegin) {
      stack.push({ ...st });
      annDepth++;
      const t = asMatrix(args[2]);
      const m = asMatrix(args[3]);
      if (t) st.ctm = mul(st.ctm, t);
      if (m) st.ctm = mul(st.ctm, m);
    } else if (fn === C.annEnd) {
      annDepth = Math.max(0, annDepth - 1);
      st = stack.pop() ?? st;
    } else if (fn === C.constructPath) {
      const data = (args[1] as unknown[] | undefined)?.[0];
      if (data && typeof data === 'object' && 'length' in data) path(args[0] as number, data as ArrayLike<number>);
    } else if (fn === C.fillRGB) st.fill = String(args[0]);
    else if (fn === C.strokeRGB) st.stroke = String(args[0]);
    else if (C.images.includes(fn)) out.images++;
    else if (!annDepth) continue; // text state below matters only inside annotations
    else if (fn === C.beginText) {
      tm = [1, 0, 0, 1, 0, 0];
      tlm = tm;
    } else if (fn === C.setFont) {
      font = fontOf(String(args[0]));
      fontSize = Number(args[1]) || 0;
    } else if (fn === C.setTextMatrix) {
      const m = asMatrix(args[0]) ?? asMatrix(args);
      if (m) tm = tlm = m;
    } else if (fn === C.moveText || fn === C.setLeadingMoveText) {
      if (fn === C.setLeadingMoveText) leading = -Number(args[1]);
      tm = tlm = mul(tlm, [1, 0, 0, 1, Number(args[0]), Number(args[1])]);
    } else if (fn === C.nextLine) tm = tlm = mul(tlm, [1, 0, 0, 1, 0, -leading]);
    else if (fn === C.setLeading) leading = Number(args[0]);
    else if (fn === C.setCharSpacing) charSpacing = Number(args[0]);
    else if (fn === C.setWordSpacing) wordSpacing = Number(args[0]);
    else if (fn === C.setHScale) hScale = Number(args[0]) / 100;
    else if (fn === C.showText) show((args[0] as unknown[]) ?? []);
  }
  return out;
}
