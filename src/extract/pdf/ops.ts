// Walks a page's operator list with the current transform: ruling lines (thin filled rectangles
// and stroked axis-aligned segments) for tables and footnote rules, and the text that annotation
// appearances draw (signature widgets carry typed-in numbers and dates, and stamp text).
import { subpathRules } from './path-rules.js';
import type { PdfItem, Segment } from './types.js';

/** A PDF transformation matrix [a b c d e f]. */
export type Matrix = [number, number, number, number, number, number];

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

/** Path drawing ops inside constructPath data (pdfjs DrawOPS). */
const DRAW = { moveTo: 0, lineTo: 1, curveTo: 2, quadraticCurveTo: 3, closePath: 4 } as const;
const WHITE = /^#f[0-9a-f]f[0-9a-f]f[0-9a-f]$/i;

/** m × n, the PDF way (n applied after m's space). */
export function mul(m: readonly number[], n: readonly number[]): Matrix {
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
  const a = v as ArrayLike<unknown>;
  if (a.length !== 6) return null;
  for (let i = 0; i < 6; i++) if (typeof a[i] !== 'number') return null;
  return [a[0], a[1], a[2], a[3], a[4], a[5]] as Matrix;
}

/** What show() needs of a glyph's text, found once per distinct string. */
interface GlyphText {
  /** Ends with white space (/\s$/u). */
  endsSpace: boolean;
  /** Has something that is not white space (a non-empty trim()). */
  ink: boolean;
}
const glyphTexts = new Map<string, GlyphText>();

function glyphText(u: string): GlyphText {
  let g = glyphTexts.get(u);
  if (!g) {
    g = { endsSpace: /\s$/u.test(u), ink: u.trim() !== '' };
    glyphTexts.set(u, g);
  }
  return g;
}

/** One text-showing operation of the page content: where it starts and how much its spaces were stretched. */
export interface TextRun {
  x0: number;
  x1: number;
  base: number;
  /** Space characters drawn. */
  spaces: number;
  /** The largest extra advance of one space over its natural width, in ems (justification stretch). */
  stretch: number;
  /** Where the last non-space glyph ends: x1 minus drawn trailing spaces. */
  inkEnd: number;
  /** The run ends with a drawn space (or is only spaces): the word before it ended there. */
  trailingSpace: boolean;
  /** The run's words where they are drawn, with the glyphs' own characters (pdfjs's text drops some, e.g. U+00AD). */
  words: { str: string; x0: number; x1: number }[];
  font: FontInfo;
  size: number;
}

export interface WalkResult {
  hRules: Segment[];
  vRules: Segment[];
  annotationItems: PdfItem[];
  /** Runs of the page content (not annotations), for the justification signal. */
  runs: TextRun[];
  /** Number of image paint operations (images may be dropped by maxImageSize; counted anyway). */
  images: number;
}

/**
 * Walk the operator list from `base` (the viewport transform), collecting rules and annotation text.
 * `wordsOf(font)` says whether the content runs in that font need their words (the reader reads
 * only legacy-font runs word by word); the others get none, which saves a string per glyph.
 */
export function walkOperators(ol: OperatorList, OPS: OpCodes, base: Matrix, fontOf: (name: string) => FontInfo, wordsOf: (font: FontInfo) => boolean = () => true): WalkResult {
  const out: WalkResult = { hRules: [], vRules: [], annotationItems: [], runs: [], images: 0 };
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
  // Text state: positions of annotation text, and the space stretch of content runs.
  let tm: Matrix = [1, 0, 0, 1, 0, 0];
  let tlm: Matrix = [1, 0, 0, 1, 0, 0];
  let font: FontInfo = { name: '', bold: false, italic: false };
  let fontSize = 0;
  let charSpacing = 0;
  let wordSpacing = 0;
  let hScale = 1;
  let leading = 0;


  const path = (op: number, data: ArrayLike<number>): void => {
    const isFill = fills.has(op) && !WHITE.test(st.fill);
    const isStroke = strokes.has(op) && !WHITE.test(st.stroke);
    if (!isFill && !isStroke) return;
    let sub: [number, number][] = [];
    const flush = (): void => {
      subpathRules(out, sub, isFill, isStroke);
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
    if (!fontSize) return;
    const m = mul(st.ctm, tm);
    // Annotation text is read word by word; content runs only when the reader asks.
    const keepWords = annDepth > 0 || wordsOf(font);
    let adv = 0;
    // What the run's text (all its glyphs' unicode, joined) would say, kept without joining it:
    // it is not empty, it has ink, and it ends with a space.
    let anyText = false;
    let anyInk = false;
    let lastSpace = false;
    let spaces = 0;
    let stretch = 0;
    // Extra advance of the current space: the TJ number right after it, char and word spacing. (A number
    // before a space belongs to the glyph before it: LibreOffice puts its rounding there.)
    let pendingSpace = -1;
    let inkAdv = 0;
    // Words of annotation text with their own extents: a widget pads "14      7" with spaces around
    // the "/" the page prints between them, so each word must sit where it is drawn.
    const words: { str: string; a: number; b: number }[] = [];
    // Whether the text drawn so far ends with white space (tracked, not re-read: a run may hold 1 MB).
    let endsSpace = false;
    for (let k = 0; k < glyphs.length; k++) {
      const g = glyphs[k];
      if (typeof g === 'number') {
        const d = -(g / 1000) * fontSize * hScale;
        adv += d;
        if (pendingSpace >= 0) {
          stretch = Math.max(stretch, pendingSpace + d / fontSize);
          pendingSpace = -1;
        }
        continue;
      }
      const gl = g as Glyph;
      if (pendingSpace >= 0) {
        stretch = Math.max(stretch, pendingSpace + 0);
        pendingSpace = -1;
      }
      const before = endsSpace;
      const u = gl.unicode;
      const info = u ? glyphText(u) : null;
      if (info) {
        endsSpace = info.endsSpace;
        anyText = true;
        anyInk ||= info.ink;
        lastSpace = u!.charCodeAt(u!.length - 1) === 32;
      }
      const start = adv;
      adv += (((gl.width ?? 0) / 1000) * fontSize + charSpacing + (gl.isSpace ? wordSpacing : 0)) * hScale;
      if (keepWords && info?.ink) {
        const w = words[words.length - 1];
        if (w && !before) {
          w.str += u;
          w.b = adv;
        } else words.push({ str: (before ? ' ' : '') + u, a: start, b: adv });
      }
      // A space is the character drawn, not char code 32 (subset fonts put letters there).
      if (u === ' ') {
        spaces++;
        pendingSpace = ((charSpacing + (gl.isSpace ? wordSpacing : 0)) * hScale) / fontSize;
      } else if (u) inkAdv = adv;
    }
    if (pendingSpace >= 0) stretch = Math.max(stretch, pendingSpace + 0);
    const sx = Math.hypot(m[0], m[1]);
    if (annDepth && anyInk) {
      const sy = Math.hypot(m[2], m[3]);
      for (const w of words) {
        out.annotationItems.push({
          str: w.str.normalize('NFC'), x0: m[4] + w.a * sx, x1: m[4] + w.b * sx, base: m[5], size: fontSize * sy,
          font: font.name, bold: font.bold, italic: font.italic, annotation: true,
        });
      }
    } else if (!annDepth && anyText) {
      out.runs.push({
        x0: m[4], x1: m[4] + adv * sx, base: m[5], spaces, stretch, inkEnd: m[4] + inkAdv * sx, trailingSpace: lastSpace,
        words: words.map((w) => ({ str: w.str, x0: m[4] + w.a * sx, x1: m[4] + w.b * sx })), font, size: fontSize * Math.hypot(m[2], m[3]),
      });
    }
    tm = mul(tm, [1, 0, 0, 1, adv, 0]);
  };

  for (let i = 0; i < ol.fnArray.length; i++) {
    const fn = ol.fnArray[i];
    const args = ol.argsArray[i] ?? [];
    if (fn === C.showText) show((args[0] as unknown[]) ?? []);
    else if (fn === C.save) stack.push({ ...st });
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
  }
  return out;
}
