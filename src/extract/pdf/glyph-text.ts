// pdfjs's text content (page.getTextContent()) rebuilt from the page's operator list, so that a page
// is read once: the operator list's showText ops carry the same glyphs (unicode, width, char code)
// that pdfjs's text extraction assembles. This follows PartialEvaluator.getTextContent of
// pdfjs-dist 5.6 (src/core/evaluator.js) step by step — the same state, the same thresholds, the
// same arithmetic in the same order — so the items are the ones pdfjs would give.
// What the operator list cannot tell, or what is not rebuilt, returns null and the caller asks
// pdfjs for the text content after all: vertical and Type3 fonts, fonts pdfjs did not hand over,
// text that needs the bidi algorithm (Hebrew, Arabic), a font set through an ExtGState.
// Known limits, measured against pdfjs on every fixture and corpus PDF (test/pdf/glyph-text.test.ts):
// an image XObject between two runs of one line ends pdfjs's item there, but an image dropped by
// maxImageSize leaves no operator; and the operator list rounds text matrices to float32, undone
// here by taking the shortest decimal that rounds to the same float32 (PDF writers print few digits).
import type { Matrix, OpCodes, OperatorList } from './ops.js';

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

interface Glyph {
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

const FONT_IDENTITY_MATRIX = [0.001, 0, 0, 0.001, 0, 0];
const TRACKING_SPACE_FACTOR = 0.102;
const NOT_A_SPACE_FACTOR = 0.03;
const NEGATIVE_SPACE_FACTOR = -0.2;
const SPACE_IN_FLOW_MIN_FACTOR = 0.102;
const SPACE_IN_FLOW_MAX_FACTOR = 0.6;
const VERTICAL_SHIFT_RATIO = 0.25;
/** Characters pdfjs's bidi() would reorder (strong R, AL, AN): such text is left to pdfjs. */
const BIDI = /[\ufb1d-\ufb4f\u0590-\u05f4\u0600-\u06ff\u0700-\u08ac\ufb50-\ufdff\ufe70-\ufeff]/u;
/** pdfjs's getCharUnicodeCategory. */
const SPECIAL_CHAR = /^(\s)|(\p{Mn})|(\p{Cf})$/u;
/** The characters pdfjs's normalizeUnicode() looks for (all of them at U+00A0 or above). */
const NORMALISED = /[\u00a0\u00b5\u037e\u0eb3\u2000-\u200a\u202f\u2126\ufb00-\ufb06\ufb20-\ufb36\ufb38-\ufb3c\ufb3e\ufb40-\ufb41\ufb43-\ufb44\ufb46-\ufba1\ufba4-\ufba9\ufbae-\ufbb1\ufbd3-\ufbdc\ufbde-\ufbe7\ufbea-\ufbf8\ufbfc-\ufbfd\ufc00-\ufc5d\ufc64-\ufcf1\ufcf5-\ufd3d\ufd88\ufdf4\ufdfa-\ufdfb\ufe71\ufe77\ufe79\ufe7b\ufe7d]/u;
const chars = new Map<string, CharInfo>();

function infoOf(u: string): CharInfo {
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

function matrixOf(v: unknown): number[] | null {
  if (!v || typeof v !== 'object') return null;
  const a = v as ArrayLike<unknown>;
  if (a.length !== 6) return null;
  for (let i = 0; i < 6; i++) if (typeof a[i] !== 'number') return null;
  return [a[0], a[1], a[2], a[3], a[4], a[5]] as number[];
}

function transform(m1: readonly number[], m2: readonly number[]): number[] {
  return [
    m1[0] * m2[0] + m1[2] * m2[1],
    m1[1] * m2[0] + m1[3] * m2[1],
    m1[0] * m2[2] + m1[2] * m2[3],
    m1[1] * m2[2] + m1[3] * m2[3],
    m1[0] * m2[4] + m1[2] * m2[5] + m1[4],
    m1[1] * m2[4] + m1[3] * m2[5] + m1[5],
  ];
}

/** The operators the assembly acts on, as small constants (a jump table, not a chain of comparisons). */
const enum A {
  none,
  save,
  restore,
  transform,
  paintFormXObjectBegin,
  paintFormXObjectEnd,
  beginAnnotation,
  endAnnotation,
  beginGroup,
  endGroup,
  beginText,
  setFont,
  setTextMatrix,
  moveText,
  setLeadingMoveText,
  nextLine,
  setLeading,
  setCharSpacing,
  setWordSpacing,
  setHScale,
  setTextRise,
  showText,
  showSpacedText,
  nextLineShowText,
  nextLineSetSpacingShowText,
  setGState,
  beginMarkedContent,
  beginMarkedContentProps,
  endMarkedContent,
}

/** The operators' pdfjs names, in the order of A (A.save is 1). */
const ACTION_NAMES = ['save', 'restore', 'transform', 'paintFormXObjectBegin', 'paintFormXObjectEnd', 'beginAnnotation', 'endAnnotation', 'beginGroup', 'endGroup', 'beginText', 'setFont', 'setTextMatrix', 'moveText', 'setLeadingMoveText', 'nextLine', 'setLeading', 'setCharSpacing', 'setWordSpacing', 'setHScale', 'setTextRise', 'showText', 'showSpacedText', 'nextLineShowText', 'nextLineSetSpacingShowText', 'setGState', 'beginMarkedContent', 'beginMarkedContentProps', 'endMarkedContent'];
const actionTables = new WeakMap<OpCodes, Uint8Array>();

/** OPS code → action, built once per OPS table. */
function actionsOf(OPS: OpCodes): Uint8Array {
  const known = actionTables.get(OPS);
  if (known) return known;
  const t = new Uint8Array(Math.max(0, ...Object.values(OPS)) + 1);
  ACTION_NAMES.forEach((n, i) => {
    const c = OPS[n];
    if (c !== undefined && c >= 0) t[c] = i + 1;
  });
  actionTables.set(OPS, t);
  return t;
}

/** pdfjs's TextState (the text part of the graphics state, saved and restored with q/Q). */
class TextState {
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
class Unsupported extends Error {}

/**
 * The text content of a page from its operator list; null when pdfjs must be asked instead.
 * `view` is the page's view box (page.view), `fontOf` a loaded font by its id (commonObjs).
 */
export function textFromOperators(
  ol: OperatorList,
  OPS: OpCodes,
  view: readonly number[],
  fontOf: (id: string) => GlyphFont | null,
  normalize: (s: string) => string,
): TextContentItem[] | null {
  try {
    return new Assembler(OPS, view, fontOf, normalize).run(ol);
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
}

/** The state of one content stream being read (the page, or a form XObject drawn from it). */
interface Stream {
  state: TextState;
  stack: TextState[];
  current: TextState | null;
  item: ReturnType<typeof newItem>;
  lastChars: [string, string];
  lastPos: number;
}

function newItem() {
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

class Assembler {
  readonly items: TextContentItem[] = [];
  private s!: Stream;
  private readonly actions: Uint8Array;

  constructor(
    OPS: OpCodes,
    private readonly view: readonly number[],
    private readonly fontOf: (id: string) => GlyphFont | null,
    private readonly normalize: (s: string) => string,
  ) {
    this.actions = actionsOf(OPS);
  }

  private newStream(state: TextState): Stream {
    return { state, stack: [], current: null, item: newItem(), lastChars: [' ', ' '], lastPos: 0 };
  }

  run(ol: OperatorList): TextContentItem[] {
    const act = this.actions;
    this.s = this.newStream(new TextState());
    const outer: Stream[] = [];
    // Depth inside what pdfjs's text content never reads: annotation appearances, soft-mask groups.
    let skip = 0;
    const groups: boolean[] = [];
    for (let i = 0; i < ol.fnArray.length; i++) {
      const fn = act[ol.fnArray[i]] ?? A.none;
      if (fn === A.none) continue;
      const args = (ol.argsArray[i] ?? []) as unknown[];
      if (fn === A.beginAnnotation) {
        skip++;
        continue;
      }
      if (fn === A.endAnnotation) {
        skip = Math.max(0, skip - 1);
        continue;
      }
      if (fn === A.beginGroup) {
        const smask = Boolean((args[0] as { smask?: unknown } | undefined)?.smask);
        groups.push(smask);
        if (smask) skip++;
        continue;
      }
      if (fn === A.endGroup) {
        if (groups.pop()) skip = Math.max(0, skip - 1);
        continue;
      }
      if (skip) continue;
      const s = this.s;
      s.current ??= s.state.clone();
      const ts = s.state;
      switch (fn) {
        case A.save:
          s.stack.push(ts);
          s.state = ts.clone();
          break;
        case A.restore:
          s.state = s.stack.pop() ?? ts;
          break;
        case A.transform: {
          const m = matrixOf(args);
          if (m) ts.ctm = transform(ts.ctm, m);
          break;
        }
        case A.paintFormXObjectBegin: {
          // pdfjs reads a form with a copy of the state, the form's matrix applied, in a fresh item.
          this.flush();
          const st = ts.clone();
          const m = matrixOf(args[0]);
          if (m) st.ctm = transform(st.ctm, m.map(unFloat32));
          outer.push(s);
          this.s = this.newStream(st);
          break;
        }
        case A.paintFormXObjectEnd:
          this.flush();
          this.s = outer.pop() ?? s;
          break;
        case A.setFont: {
          const id = String(args[0]);
          const font = this.fontOf(id);
          if (!font || font.vertical || font.isType3Font) throw new Unsupported();
          ts.fontName = id;
          ts.fontSize = Number(args[1]);
          ts.font = font;
          ts.fontMatrix = font.fontMatrix ?? FONT_IDENTITY_MATRIX;
          break;
        }
        case A.setGState:
          if (((args[0] as unknown[][] | undefined) ?? []).some((e) => e?.[0] === 'Font')) throw new Unsupported();
          break;
        case A.setTextRise:
          ts.textRise = Number(args[0]);
          break;
        case A.setHScale:
          ts.textHScale = Number(args[0]) / 100;
          break;
        case A.setLeading:
          ts.leading = Number(args[0]);
          break;
        case A.moveText:
          ts.translateTextLineMatrix(Number(args[0]), Number(args[1]));
          ts.textMatrix = ts.textLineMatrix.slice();
          break;
        case A.setLeadingMoveText:
          ts.leading = -Number(args[1]);
          ts.translateTextLineMatrix(Number(args[0]), Number(args[1]));
          ts.textMatrix = ts.textLineMatrix.slice();
          break;
        case A.nextLine:
          ts.carriageReturn();
          break;
        case A.setTextMatrix: {
          const m = (matrixOf(args[0]) ?? matrixOf(args))?.map(unFloat32);
          if (m) {
            ts.textMatrix = m.slice();
            ts.textLineMatrix = m.slice();
            this.updateAdvanceScale();
          }
          break;
        }
        case A.setCharSpacing:
          ts.charSpacing = Number(args[0]);
          break;
        case A.setWordSpacing:
          ts.wordSpacing = Number(args[0]);
          break;
        case A.beginText:
          ts.textMatrix = [1, 0, 0, 1, 0, 0];
          ts.textLineMatrix = [1, 0, 0, 1, 0, 0];
          break;
        case A.showText:
          if (ts.font) this.showGlyphs((args[0] as unknown[] | undefined) ?? []);
          break;
        case A.showSpacedText:
        case A.nextLineShowText:
        case A.nextLineSetSpacingShowText:
          throw new Unsupported(); // pdfjs turns these into showText in the operator list
        case A.beginMarkedContent:
        case A.beginMarkedContentProps:
        case A.endMarkedContent:
          this.flush();
          break;
      }
    }
    this.flush();
    while (outer.length) {
      this.s = outer.pop()!;
      this.flush();
    }
    return this.items;
  }

  /** One showText op: its glyph runs between TJ numbers, as pdfjs cuts a TJ array into chunks. */
  private showGlyphs(list: unknown[]): void {
    const ts = this.s.state;
    const font = ts.font!;
    const spaceFactor = ((font.vertical ? 1 : -1) * ts.fontSize) / 1000;
    let chunk: Glyph[] = [];
    let numbers = false;
    for (const el of list) {
      if (typeof el === 'number') {
        numbers = true;
        if (el !== 0) {
          this.buildItem(chunk, el * spaceFactor);
          chunk = [];
        }
      } else if (el && typeof el === 'object') chunk.push(el as Glyph);
    }
    if (chunk.length || !numbers) this.buildItem(chunk, 0);
  }

  private saveLastChar(char: string): boolean {
    const s = this.s;
    const nextPos = (s.lastPos + 1) % 2;
    const ret = s.lastChars[s.lastPos] !== ' ' && s.lastChars[nextPos] === ' ';
    s.lastChars[s.lastPos] = char;
    s.lastPos = nextPos;
    return ret;
  }

  private shouldAddWhitespace(): boolean {
    const s = this.s;
    return s.lastChars[s.lastPos] !== ' ' && s.lastChars[(s.lastPos + 1) % 2] === ' ';
  }

  private resetLastChars(): void {
    this.s.lastChars[0] = this.s.lastChars[1] = ' ';
    this.s.lastPos = 0;
  }

  private pushWhitespace(width: number, transform: number[] | null, fontName: string | null): void {
    this.items.push({ str: ' ', transform: transform ?? [], width, fontName: fontName ?? '', hasEOL: false });
  }

  private currentTransform(): number[] {
    const ts = this.s.state;
    const tsm = [ts.fontSize * ts.textHScale, 0, 0, ts.fontSize, 0, ts.textRise];
    return transform(ts.ctm, transform(ts.textMatrix, tsm));
  }

  private ensureItem(): ReturnType<typeof newItem> {
    const it = this.s.item;
    if (it.initialized) return it;
    const ts = this.s.state;
    it.fontName = ts.fontName;
    const trm = (it.transform = this.currentTransform());
    it.width = it.totalWidth = 0;
    it.height = it.totalHeight = Math.hypot(trm[2], trm[3]);
    const scaleLineX = Math.hypot(ts.textLineMatrix[0], ts.textLineMatrix[1]);
    const scaleCtmX = Math.hypot(ts.ctm[0], ts.ctm[1]);
    it.textAdvanceScale = scaleCtmX * scaleLineX;
    const { fontSize } = ts;
    it.trackingSpaceMin = fontSize * TRACKING_SPACE_FACTOR;
    it.notASpace = fontSize * NOT_A_SPACE_FACTOR;
    it.negativeSpaceMax = fontSize * NEGATIVE_SPACE_FACTOR;
    it.spaceInFlowMin = fontSize * SPACE_IN_FLOW_MIN_FACTOR;
    it.spaceInFlowMax = fontSize * SPACE_IN_FLOW_MAX_FACTOR;
    it.hasEOL = false;
    it.initialized = true;
    return it;
  }

  private updateAdvanceScale(): void {
    const it = this.s.item;
    if (!it.initialized) return;
    const ts = this.s.state;
    const scaleFactor = Math.hypot(ts.ctm[0], ts.ctm[1]) * Math.hypot(ts.textLineMatrix[0], ts.textLineMatrix[1]);
    if (scaleFactor === it.textAdvanceScale) return;
    it.totalWidth += it.width * it.textAdvanceScale;
    it.width = 0;
    it.textAdvanceScale = scaleFactor;
  }

  private flush(): void {
    const it = this.s.item;
    if (!it.initialized) return;
    it.totalWidth += it.width * it.textAdvanceScale;
    const joined = it.str.join('');
    const text = it.normal ? this.normalize(joined) : joined;
    this.items.push({ str: text, transform: it.transform!, width: Math.abs(it.totalWidth), fontName: it.fontName ?? '', hasEOL: it.hasEOL });
    it.initialized = false;
    it.normal = false;
    it.str.length = 0;
  }

  private appendEOL(): void {
    this.resetLastChars();
    const it = this.s.item;
    if (it.initialized) {
      it.hasEOL = true;
      this.flush();
    } else this.items.push({ str: '', transform: this.currentTransform(), width: 0, fontName: this.s.state.fontName ?? '', hasEOL: true });
  }

  private addFakeSpaces(width: number, transf: number[] | null, orientation: number): boolean {
    const it = this.s.item;
    if (orientation * it.spaceInFlowMin <= width && width <= orientation * it.spaceInFlowMax) {
      if (it.initialized) {
        this.resetLastChars();
        it.str.push(' ');
      }
      return false;
    }
    const fontName = it.fontName;
    this.flush();
    this.resetLastChars();
    this.pushWhitespace(Math.abs(width), transf ?? this.currentTransform(), fontName);
    return true;
  }

  /** pdfjs's compareWithLastPosition (horizontal fonts): false when the glyph is outside the view box. */
  private compareWithLastPosition(glyphWidth: number): boolean {
    const ct = this.currentTransform();
    let posX = ct[4];
    let posY = ct[5];
    const v = this.view;
    if (posX + glyphWidth < v[0] || posX > v[2] || posY < v[1] || posY > v[3]) return false;
    const it = this.s.item;
    const ts = this.s.state;
    if (!ts.font || !it.prevTransform) return true;
    let lastPosX = it.prevTransform[4];
    let lastPosY = it.prevTransform[5];
    if (lastPosX === posX && lastPosY === posY) return true;
    let rotate = -1;
    if (ct[0] && ct[1] === 0 && ct[2] === 0) rotate = ct[0] > 0 ? 0 : 180;
    else if (ct[1] && ct[0] === 0 && ct[3] === 0) rotate = ct[1] > 0 ? 90 : 270;
    switch (rotate) {
      case 0:
        break;
      case 90:
        [posX, posY] = [posY, posX];
        [lastPosX, lastPosY] = [lastPosY, lastPosX];
        break;
      case 180:
        [posX, posY, lastPosX, lastPosY] = [-posX, -posY, -lastPosX, -lastPosY];
        break;
      case 270:
        [posX, posY] = [-posY, -posX];
        [lastPosX, lastPosY] = [-lastPosY, -lastPosX];
        break;
      default:
        [posX, posY] = inverseRotation(posX, posY, ct);
        [lastPosX, lastPosY] = inverseRotation(lastPosX, lastPosY, it.prevTransform);
    }
    const advanceX = (posX - lastPosX) / it.textAdvanceScale;
    const advanceY = posY - lastPosY;
    const orientation = Math.sign(it.width || it.totalWidth);
    if (advanceX < orientation * it.negativeSpaceMax) {
      if (Math.abs(advanceY) > 0.5 * it.height) {
        this.appendEOL();
        return true;
      }
      this.resetLastChars();
      this.flush();
      return true;
    }
    const textRiseDelta = ts.textRise - it.prevTextRise;
    const advanceYCorrected = textRiseDelta === 0 ? advanceY : advanceY - (ct[3] / ts.fontSize) * textRiseDelta;
    if (Math.abs(advanceYCorrected) > it.height) {
      this.appendEOL();
      return true;
    }
    if (advanceX <= orientation * it.notASpace) this.resetLastChars();
    if (advanceX <= orientation * it.trackingSpaceMin) {
      if (this.shouldAddWhitespace()) {
        this.resetLastChars();
        this.flush();
        this.pushWhitespace(Math.abs(advanceX), it.prevTransform, it.fontName);
      } else it.width += advanceX;
    } else if (!this.addFakeSpaces(advanceX, it.prevTransform, orientation)) {
      if (it.str.length === 0) {
        this.resetLastChars();
        this.pushWhitespace(Math.abs(advanceX), it.prevTransform, it.fontName);
      } else it.width += advanceX;
    }
    if (Math.abs(advanceY) > it.height * VERTICAL_SHIFT_RATIO) this.flush();
    return true;
  }

  /** pdfjs's buildTextContentItem for one chunk of glyphs (horizontal fonts). */
  private buildItem(glyphs: Glyph[], extraSpacing: number): void {
    const s = this.s;
    const ts = s.state;
    const cur = s.current!;
    if (cur !== ts && (cur.fontSize !== ts.fontSize || (cur.fontName !== ts.fontName && (cur.font?.name !== ts.font?.name || cur.font?.vertical !== ts.font?.vertical)))) {
      this.flush();
      s.current = ts.clone();
    }
    const baseCharSpacing = ts.charSpacing;
    if (!glyphs.length) {
      const charSpacing = baseCharSpacing + extraSpacing;
      if (charSpacing) ts.translateTextMatrix(charSpacing * ts.textHScale, 0);
      return;
    }
    const scale = ts.fontMatrix[0] * ts.fontSize;
    for (let i = 0, ii = glyphs.length; i < ii; i++) {
      const glyph = glyphs[i];
      const unicode = glyph.unicode ?? '';
      const category = infoOf(unicode);
      if (category.isInvisibleFormatMark) continue;
      let charSpacing = baseCharSpacing + (i + 1 === ii ? extraSpacing : 0);
      let scaledDim = (glyph.width ?? 0) * scale;
      if (glyph.originalCharCode === 0x20) charSpacing += ts.wordSpacing;
      if (category.isWhitespace) {
        charSpacing += scaledDim;
        ts.translateTextMatrix(charSpacing * ts.textHScale, 0);
        this.saveLastChar(' ');
        continue;
      }
      if (!category.isZeroWidthDiacritic && !this.compareWithLastPosition(scaledDim)) {
        ts.translateTextMatrix(scaledDim * ts.textHScale, 0);
        continue;
      }
      const chunk = this.ensureItem();
      if (category.isZeroWidthDiacritic) scaledDim = 0;
      scaledDim *= ts.textHScale;
      ts.translateTextMatrix(scaledDim, 0);
      chunk.width += scaledDim;
      if (scaledDim) {
        chunk.prevTransform = this.currentTransform();
        chunk.prevTextRise = ts.textRise;
      }
      if (category.bidi) throw new Unsupported();
      if (category.normal) chunk.normal = true;
      if (this.saveLastChar(unicode)) chunk.str.push(' ');
      chunk.str.push(unicode);
      if (charSpacing) ts.translateTextMatrix(charSpacing * ts.textHScale, 0);
    }
  }
}

function inverseRotation(x: number, y: number, m: readonly number[]): [number, number] {
  const scale = Math.hypot(m[0], m[1]);
  return [(m[0] * x + m[1] * y) / scale, (m[2] * x + m[3] * y) / scale];
}

export type { Matrix };
