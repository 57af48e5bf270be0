// pdfjs's text-item assembly (buildTextContentItem, compareWithLastPosition, addFakeSpaces,
// flushTextContentItem… of PartialEvaluator.getTextContent, pdfjs-dist 5.6) for horizontal fonts,
// fed with the glyphs of the operator list's showText ops by glyph-text.ts: the same thresholds
// and the same arithmetic in the same order, so the items are the ones pdfjs would give.
import {
  infoOf, newItem, NEGATIVE_SPACE_FACTOR, NOT_A_SPACE_FACTOR, SPACE_IN_FLOW_MAX_FACTOR, SPACE_IN_FLOW_MIN_FACTOR, TextState, TRACKING_SPACE_FACTOR,
  Unsupported, VERTICAL_SHIFT_RATIO, type Glyph, type Stream, type TextContentItem,
} from './text-state.js';

/** The items of one page and the content stream being read; glyph-text.ts walks the operators. */
export class ItemBuilder {
  readonly items: TextContentItem[] = [];
  /** compareWithLastPosition's current transform, rewritten for each glyph. */
  private readonly scratch: number[] = [0, 0, 0, 0, 0, 0];
  protected s: Stream = this.newStream(new TextState());

  constructor(
    private readonly view: readonly number[],
    private readonly normalize: (s: string) => string,
  ) {}

  protected newStream(state: TextState): Stream {
    return { state, stack: [], current: null, item: newItem(), lastChars: [' ', ' '], lastPos: 0 };
  }

  /**
   * One showText op: its glyph runs between TJ numbers, as pdfjs cuts a TJ array into chunks (each
   * chunk is the glyphs from `from` to `last` of the list, what is not a glyph skipped).
   */
  protected showGlyphs(list: unknown[]): void {
    const ts = this.s.state;
    const font = ts.font!;
    const spaceFactor = ((font.vertical ? 1 : -1) * ts.fontSize) / 1000;
    let from = 0;
    let last = -1;
    let numbers = false;
    for (let k = 0; k < list.length; k++) {
      const el = list[k];
      if (typeof el === 'number') {
        numbers = true;
        if (el !== 0) {
          this.buildItem(list, from, last, el * spaceFactor);
          from = k + 1;
          last = -1;
        }
      } else if (el && typeof el === 'object') last = k;
    }
    if (last >= 0 || !numbers) this.buildItem(list, from, last, 0);
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
    // A copy: the item's prevTransform is a buffer rewritten glyph by glyph.
    this.items.push({ str: ' ', transform: transform ? transform.slice() : [], width, fontName: fontName ?? '', hasEOL: false });
  }

  /**
   * pdfjs's getCurrentTextTransform, ctm × (textMatrix × [size·hScale 0 0 size 0 rise]), with the
   * inner product kept in locals (one array per call instead of three); the same operations in
   * the same order, zero terms included, so the result is bit for bit pdfjs's. Written into `out`
   * when given (a scratch array: no allocation per glyph).
   */
  private currentTransform(out?: number[]): number[] {
    const ts = this.s.state;
    const m = ts.textMatrix;
    const a = ts.fontSize * ts.textHScale;
    const d = ts.fontSize;
    const f = ts.textRise;
    const t0 = m[0] * a + m[2] * 0;
    const t1 = m[1] * a + m[3] * 0;
    const t2 = m[0] * 0 + m[2] * d;
    const t3 = m[1] * 0 + m[3] * d;
    const t4 = m[0] * 0 + m[2] * f + m[4];
    const t5 = m[1] * 0 + m[3] * f + m[5];
    const c = ts.ctm;
    const r = out ?? [0, 0, 0, 0, 0, 0];
    r[0] = c[0] * t0 + c[2] * t1;
    r[1] = c[1] * t0 + c[3] * t1;
    r[2] = c[0] * t2 + c[2] * t3;
    r[3] = c[1] * t2 + c[3] * t3;
    r[4] = c[0] * t4 + c[2] * t5 + c[4];
    r[5] = c[1] * t4 + c[3] * t5 + c[5];
    return r;
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

  protected updateAdvanceScale(): void {
    const it = this.s.item;
    if (!it.initialized) return;
    const ts = this.s.state;
    const scaleFactor = Math.hypot(ts.ctm[0], ts.ctm[1]) * Math.hypot(ts.textLineMatrix[0], ts.textLineMatrix[1]);
    if (scaleFactor === it.textAdvanceScale) return;
    it.totalWidth += it.width * it.textAdvanceScale;
    it.width = 0;
    it.textAdvanceScale = scaleFactor;
  }

  protected flush(): void {
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
    const ct = this.currentTransform(this.scratch);
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
  private buildItem(list: unknown[], from: number, last: number, extraSpacing: number): void {
    const s = this.s;
    const ts = s.state;
    const cur = s.current!;
    if (cur !== ts && (cur.fontSize !== ts.fontSize || (cur.fontName !== ts.fontName && (cur.font?.name !== ts.font?.name || cur.font?.vertical !== ts.font?.vertical)))) {
      this.flush();
      s.current = ts.clone();
    }
    const baseCharSpacing = ts.charSpacing;
    if (last < 0) {
      const charSpacing = baseCharSpacing + extraSpacing;
      if (charSpacing) ts.translateTextMatrix(charSpacing * ts.textHScale, 0);
      return;
    }
    const scale = ts.fontMatrix[0] * ts.fontSize;
    for (let i = from; i <= last; i++) {
      const el = list[i];
      if (!el || typeof el !== 'object') continue; // a zero TJ number (or junk) inside the chunk
      const glyph = el as Glyph;
      const unicode = glyph.unicode ?? '';
      const category = infoOf(unicode);
      if (category.isInvisibleFormatMark) continue;
      let charSpacing = baseCharSpacing + (i === last ? extraSpacing : 0);
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
        chunk.prevTransform = this.currentTransform((chunk.prevTransform ??= [0, 0, 0, 0, 0, 0]));
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
