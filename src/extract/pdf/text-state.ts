// The state pdfjs's text extraction keeps while it reads a content stream (PartialEvaluator
// .getTextContent of pdfjs-dist 5.6), its constants, and the helpers the rebuilding of its text
// items from the operator list needs (glyph-text.ts, text-items.ts).

/** The fields of a pdfjs font (commonObjs entry) the text assembly reads. */
export interface GlyphFont {
  name: string;
  vertical?: boolean;
  fontMatrix?: number[];
  isType3Font?: boolean;
}

/** A text item as pdfjs's getTextContent gives it (the fields plan-extract reads). */
export interface TextContentItem {
  str: string;
  transform: number[];
  width: number;
  fontName: string;
  hasEOL: boolean;
}

export interface Glyph {
  unicode?: string;
  width?: number;
  originalCharCode?: number;
}

interface Category {
  isWhitespace: boolean;
  isZeroWidthDiacritic: boolean;
  isInvisibleFormatMark: boolean;
}

/** What the assembly needs to know of one glyph's unicode, found once per distinct string. */
interface CharInfo extends Category {
  /** Has characters pdfjs's bidi() would reorder. */
  bidi: boolean;
  /** Has characters pdfjs's normalizeUnicode() changes (ligatures, compatibility spaces…). */
  normal: boolean;
}

export const FONT_IDENTITY_MATRIX = [0.001, 0, 0, 0.001, 0, 0];
export const TRACKING_SPACE_FACTOR = 0.102;
export const NOT_A_SPACE_FACTOR = 0.03;
export const NEGATIVE_SPACE_FACTOR = -0.2;
export const SPACE_IN_FLOW_MIN_FACTOR = 0.102;
export const SPACE_IN_FLOW_MAX_FACTOR = 0.6;
export const VERTICAL_SHIFT_RATIO = 0.25;
/** Characters pdfjs's bidi() would reorder (strong R, AL, AN): such text is left to pdfjs. */
const BIDI = /[\ufb1d-\ufb4f\u0590-\u05f4\u0600-\u06ff\u0700-\u08ac\ufb50-\ufdff\ufe70-\ufeff]/u;
/** pdfjs's getCharUnicodeCategory. */
const SPECIAL_CHAR = /^(\s)|(\p{Mn})|(\p{Cf})$/u;
/** The characters pdfjs's normalizeUnicode() looks for (all of them at U+00A0 or above). */
const NORMALISED = /[\u00a0\u00b5\u037e\u0eb3\u2000-\u200a\u202f\u2126\ufb00-\ufb06\ufb20-\ufb36\ufb38-\ufb3c\ufb3e\ufb40-\ufb41\ufb43-\ufb44\ufb46-\ufba1\ufba4-\ufba9\ufbae-\ufbb1\ufbd3-\ufbdc\ufbde-\ufbe7\ufbea-\ufbf8\ufbfc-\ufbfd\ufc00-\ufc5d\ufc64-\ufcf1\ufcf5-\ufd3d\ufd88\ufdf4\ufdfa-\ufdfb\ufe71\ufe77\ufe79\ufe7b\ufe7d]/u;
const chars = new Map<string, CharInfo>();

export function infoOf(u: string): CharInfo {
  let c = chars.get(u);
  if (!c) {
    const m = u.match(SPECIAL_CHAR);
    c = { isWhitespace: !!m?.[1], isZeroWidthDiacritic: !!m?.[2], isInvisibleFormatMark: !!m?.[3], bidi: BIDI.test(u), normal: NORMALISED.test(u) };
    chars.set(u, c);
  }
  return c;
}

/**
 * The number a content stream most likely printed, from its float32 rounding (the operator list's
 * Float32Array): the shortest decimal that rounds to the same float32. More digits round-trip
 * whenever fewer do, so the shortest is found by bisecting the precision.
 */
export function unFloat32(x: number): number {
  if (Number.isInteger(x) || !Number.isFinite(x)) return x;
  let lo = 1;
  let hi = 9;
  let best = x;
  while (lo <= hi) {
    const p = (lo + hi) >> 1;
    const c = Number(x.toPrecision(p));
    if (Math.fround(c) === x) {
      best = c;
      hi = p - 1;
    } else lo = p + 1;
  }
  return best;
}

export function matrixOf(v: unknown): number[] | null {
  if (!v || typeof v !== 'object') return null;
  const a = v as ArrayLike<unknown>;
  if (a.length !== 6) return null;
  for (let i = 0; i < 6; i++) if (typeof a[i] !== 'number') return null;
  return [a[0], a[1], a[2], a[3], a[4], a[5]] as number[];
}

/** pdfjs's Util.transform: the same products in the same order as ops.ts's mul. */
export { mul as transform } from './ops.js';

/** pdfjs's TextState (the text part of the graphics state, saved and restored with q/Q). */
export class TextState {
  ctm: number[] = [1, 0, 0, 1, 0, 0];
  fontName: string | null = null;
  fontSize = 0;
  font: GlyphFont | null = null;
  fontMatrix: number[] = FONT_IDENTITY_MATRIX;
  textMatrix: number[] = [1, 0, 0, 1, 0, 0];
  textLineMatrix: number[] = [1, 0, 0, 1, 0, 0];
  charSpacing = 0;
  wordSpacing = 0;
  leading = 0;
  textHScale = 1;
  textRise = 0;

  translateTextMatrix(x: number, y: number): void {
    const m = this.textMatrix;
    m[4] = m[0] * x + m[2] * y + m[4];
    m[5] = m[1] * x + m[3] * y + m[5];
  }

  translateTextLineMatrix(x: number, y: number): void {
    const m = this.textLineMatrix;
    m[4] = m[0] * x + m[2] * y + m[4];
    m[5] = m[1] * x + m[3] * y + m[5];
  }

  carriageReturn(): void {
    this.translateTextLineMatrix(0, -this.leading);
    this.textMatrix = this.textLineMatrix.slice();
  }

  clone(): TextState {
    const c = Object.assign(new TextState(), this);
    c.textMatrix = this.textMatrix.slice();
    c.textLineMatrix = this.textLineMatrix.slice();
    c.fontMatrix = this.fontMatrix.slice();
    return c;
  }
}

/** Thrown inside the walk when the page uses something not rebuilt here. */
export class Unsupported extends Error {}

/** The state of one content stream being read (the page, or a form XObject drawn from it). */
export interface Stream {
  state: TextState;
  stack: TextState[];
  current: TextState | null;
  item: ReturnType<typeof newItem>;
  lastChars: [string, string];
  lastPos: number;
}

export function newItem() {
  return {
    initialized: false,
    str: [] as string[],
    totalWidth: 0,
    totalHeight: 0,
    width: 0,
    height: 0,
    prevTransform: null as number[] | null,
    prevTextRise: 0,
    textAdvanceScale: 0,
    spaceInFlowMin: 0,
    spaceInFlowMax: 0,
    trackingSpaceMin: Infinity,
    negativeSpaceMax: -Infinity,
    notASpace: -Infinity,
    transform: null as number[] | null,
    fontName: null as string | null,
    hasEOL: false,
    /** Some glyph of the item needs pdfjs's normalizeUnicode. */
    normal: false,
  };
}

