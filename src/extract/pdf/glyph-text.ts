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
import type { OpCodes, OperatorList } from './ops.js';
import { ItemBuilder } from './text-items.js';
import { FONT_IDENTITY_MATRIX, matrixOf, TextState, transform, unFloat32, Unsupported, type GlyphFont, type Stream, type TextContentItem } from './text-state.js';

export { unFloat32 } from './text-state.js';
export type { GlyphFont, TextContentItem } from './text-state.js';

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

/** Walks the operators: graphics and text state, forms, what pdfjs's text content skips. */
class Assembler extends ItemBuilder {
  private readonly actions: Uint8Array;

  constructor(
    OPS: OpCodes,
    view: readonly number[],
    private readonly fontOf: (id: string) => GlyphFont | null,
    normalize: (s: string) => string,
  ) {
    super(view, normalize);
    this.actions = actionsOf(OPS);
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
}
