// One w:p: its runs as displayed text (tracked changes accepted, field results not codes), the Word
// numbering label in front, bold/italic/fonts, note references, page breaks and anchored text boxes.
import type { TextHints } from '../../model/document.js';
import { decodeWith, legacyFontEncoding, UNICODE_VIETNAMESE, type LegacyFont } from '../legacy/index.js';
import { startsWithVniModifier } from '../legacy/vni.js';
import { provHere, warnOnce, type NoteRef, type ParaItem, type ReadContext } from './context.js';
import { formatNumber } from './numbering.js';
import { readRunProps, resolveRunProps, styleAlign, styleHeadingLevel, styleNumRef } from './styles.js';
import { child, childVal, onOff, textOf, type XmlElement } from './xml.js';

export interface ParagraphResult {
  item: ParaItem;
  /** The text without the numbering label, to tell an empty paragraph apart. */
  body: string;
  /** Hard page breaks before any text (emitted before the paragraph) and after it. */
  breaksBefore: number;
  breaksAfter: number;
  /** w:txbxContent elements anchored in this paragraph, read after it. */
  textBoxes: XmlElement[];
}

/** Containers whose children are runs to read as if they stood in the paragraph. */
const INLINE_CONTAINERS = new Set(['w:ins', 'w:moveTo', 'w:hyperlink', 'w:smartTag', 'w:customXml', 'w:fldSimple', 'w:dir', 'w:bdo']);
/** Deleted or moved-away text: tracked changes are read as accepted. */
const DROPPED = new Set(['w:del', 'w:moveFrom', 'w:pPr', 'w:rPr', 'w:proofErr', 'w:bookmarkStart', 'w:bookmarkEnd', 'w:commentRangeStart', 'w:commentRangeEnd', 'w:permStart', 'w:permEnd']);
const ALIGN: Record<string, TextHints['align']> = { left: 'left', start: 'left', center: 'center', right: 'right', end: 'right', both: 'justify', distribute: 'justify' };
/** Private-use symbol-font characters (Wingdings, Symbol) have no text meaning. */
const SYMBOL_PRIVATE_USE = /^f0[0-9a-f]{2}$/i;

interface RunState {
  text: string;
  boldAll: boolean;
  italicAll: boolean;
  sawText: boolean;
  refs: NoteRef[];
  breaksBefore: number;
  breaksAfter: number;
  textBoxes: XmlElement[];
  customMarkPending: NoteRef | null;
  /** The last VNI run as typed and as decoded: a run may start with the marks of the previous run's vowel. */
  vniTail: { raw: string; decoded: string } | null;
}

export function readParagraph(p: XmlElement, ctx: ReadContext): ParagraphResult {
  ctx.paragraphIndex++;
  const pPr = child(p, 'w:pPr');
  const pStyle = childVal(pPr, 'w:pStyle');
  const prov = { ...provHere(ctx), paragraph: ctx.paragraphIndex };
  const st: RunState = {
    text: '', boldAll: true, italicAll: true, sawText: false, refs: [],
    breaksBefore: onOff(child(pPr, 'w:pageBreakBefore')) ? 1 : 0, breaksAfter: 0, textBoxes: [], customMarkPending: null, vniTail: null,
  };
  readInline(p, ctx, st, pStyle);
  const body = st.text;
  const hints: TextHints = {};
  const label = body.trim() ? numberingLabel(pPr, pStyle, ctx) : advanceOnly(pPr, pStyle, ctx);
  const text = label ? `${label.label}${label.separator}${body.replace(/^\s+/, '')}` : body;
  if (st.sawText && st.boldAll) hints.bold = true;
  if (st.sawText && st.italicAll) hints.italic = true;
  const outline = childVal(pPr, 'w:outlineLvl');
  const level = outline !== undefined ? (Number(outline) < 9 ? Number(outline) + 1 : undefined) : styleHeadingLevel(ctx.styles, pStyle);
  if (level) hints.headingLevel = level;
  const jc = childVal(pPr, 'w:jc') ?? styleAlign(ctx.styles, pStyle);
  if (jc && ALIGN[jc]) hints.align = ALIGN[jc];
  const fonts = collectParagraphFonts(p, ctx, pStyle);
  if (fonts.length) hints.fonts = fonts;
  if (st.refs.length) hints.footnoteRefs = st.refs.map((r) => r.mark);
  return {
    item: { kind: 'para', text, hints, prov, refs: st.refs },
    body,
    breaksBefore: st.breaksBefore,
    breaksAfter: st.breaksAfter,
    textBoxes: st.textBoxes,
  };
}

function numRefOf(pPr: XmlElement | undefined, pStyle: string | undefined, ctx: ReadContext): { numId: string; ilvl: number } | null {
  const numPr = child(pPr, 'w:numPr');
  const directId = childVal(numPr, 'w:numId');
  const directLvl = childVal(numPr, 'w:ilvl');
  if (directId === '0') return null;
  const fromStyle = styleNumRef(ctx.styles, pStyle);
  const numId = directId ?? fromStyle?.ref.numId;
  if (numId === undefined) return null;
  let ilvl: number;
  if (directLvl !== undefined) ilvl = Number(directLvl);
  else if (fromStyle?.ref.ilvl !== undefined) ilvl = fromStyle.ref.ilvl;
  else if (fromStyle) ilvl = ctx.numbering.levelForStyle(numId, fromStyle.styleId);
  else ilvl = 0;
  return { numId, ilvl: Number.isFinite(ilvl) ? ilvl : 0 };
}

function numberingLabel(pPr: XmlElement | undefined, pStyle: string | undefined, ctx: ReadContext) {
  const ref = numRefOf(pPr, pStyle, ctx);
  if (!ref) return null;
  const label = ctx.numbering.next(ref.numId, ref.ilvl);
  return label && label.label ? label : null;
}

/** Word counts an empty numbered paragraph too; advance the list without printing it. */
function advanceOnly(pPr: XmlElement | undefined, pStyle: string | undefined, ctx: ReadContext): null {
  const ref = numRefOf(pPr, pStyle, ctx);
  if (ref) ctx.numbering.next(ref.numId, ref.ilvl);
  return null;
}

function visible(ctx: ReadContext): boolean {
  return ctx.fields.every((f) => f === 'result');
}

function append(st: RunState, ctx: ReadContext, s: string, bold: boolean, italic: boolean): void {
  if (!visible(ctx) || !s) return;
  if (st.customMarkPending) {
    // A custom footnote mark ("*") is printed by the run that follows the reference.
    st.customMarkPending.mark = s.trim() || st.customMarkPending.mark;
    st.customMarkPending = null;
    return;
  }
  st.text += s;
  if (/\S/.test(s)) {
    st.sawText = true;
    ctx.pendingHardBreak = false;
    if (!bold) st.boldAll = false;
    if (!italic) st.italicAll = false;
  }
}

function readInline(el: XmlElement, ctx: ReadContext, st: RunState, pStyle: string | undefined): void {
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    if (c.name === 'w:r') readRun(c, ctx, st, pStyle);
    else if (INLINE_CONTAINERS.has(c.name)) readInline(c, ctx, st, pStyle);
    else if (c.name === 'w:sdt') readInline(child(c, 'w:sdtContent') ?? c, ctx, st, pStyle);
    else if (c.name === 'mc:AlternateContent') readInline(alternateBranch(c), ctx, st, pStyle);
    else if (c.name === 'm:oMathPara' || c.name === 'm:oMath') append(st, ctx, mathText(c), false, false);
    else if (DROPPED.has(c.name)) continue;
  }
}

function readRun(r: XmlElement, ctx: ReadContext, st: RunState, pStyle: string | undefined): void {
  const rPr = child(r, 'w:rPr');
  const props = resolveRunProps(ctx.styles, readRunProps(rPr), childVal(rPr, 'w:rStyle'), pStyle);
  const bold = props.bold ?? false;
  const italic = props.italic ?? false;
  const legacyFontName = props.fontHigh ?? props.font;
  const legacy = legacyFontEncoding(legacyFontName);
  for (const c of r.children) {
    if (typeof c === 'string') continue;
    switch (c.name) {
      case 'w:t':
        if (legacy && legacyFontName) appendLegacy(st, ctx, textOf(c), legacy, legacyFontName, bold, italic);
        else append(st, ctx, textOf(c), bold, italic);
        break;
      case 'w:tab':
      case 'w:ptab':
        append(st, ctx, '\t', bold, italic);
        break;
      case 'w:cr':
        append(st, ctx, '\n', bold, italic);
        break;
      case 'w:br':
        readBreak(c, ctx, st, bold, italic);
        break;
      case 'w:noBreakHyphen':
        append(st, ctx, '-', bold, italic);
        break;
      case 'w:softHyphen':
        // TCVN3 puts "ư" on the soft-hyphen byte; LibreOffice writes it as this element.
        if (legacy?.encoding === 'tcvn3' && legacyFontName) appendLegacy(st, ctx, '\u00AD', legacy, legacyFontName, bold, italic);
        break;
      case 'w:sym': {
        const code = c.attrs['w:char'] ?? '';
        if (code && !SYMBOL_PRIVATE_USE.test(code)) append(st, ctx, String.fromCharCode(parseInt(code, 16) || 32), bold, italic);
        break;
      }
      case 'w:fldChar':
        readFieldChar(c, ctx);
        break;
      case 'w:footnoteReference':
      case 'w:endnoteReference':
        readNoteRef(c, ctx, st);
        break;
      case 'w:lastRenderedPageBreak':
        if (ctx.pendingHardBreak) ctx.pendingHardBreak = false;
        else if (ctx.isMain) ctx.page++;
        break;
      case 'w:drawing':
      case 'w:pict':
      case 'w:object':
        findTextBoxes(c, st.textBoxes);
        break;
      case 'mc:AlternateContent':
        findTextBoxes(alternateBranch(c), st.textBoxes);
        break;
      default:
        break; // w:rPr, w:instrText, w:delText, w:footnoteRef, w:annotationRef …: not displayed text
    }
  }
}

/** Text in a TCVN3/VNI font, decoded to Unicode unless it already is Unicode Vietnamese. */
function appendLegacy(st: RunState, ctx: ReadContext, raw: string, font: LegacyFont, fontName: string, bold: boolean, italic: boolean): void {
  if (UNICODE_VIETNAMESE.test(raw)) {
    ctx.legacy.keptUnicode.add(fontName);
    append(st, ctx, raw, bold, italic);
    return;
  }
  if (/[^\x00-\x7F]/.test(raw)) ctx.legacy.decoded.set(fontName, font.encoding);
  if (font.encoding !== 'vni') {
    // LibreOffice writes each soft-hyphen byte as its own element: "ư" typed twice is one "ư".
    if (raw === '\u00AD' && /[ưƯ]$/.test(st.text)) return;
    append(st, ctx, decodeWith(raw, font.encoding, { upperCase: font.upperCase }), bold, italic);
    return;
  }
  // The marks of a vowel typed in the previous run ("CH" + "UÛ", "a" + "ù"): decode them together.
  let prefix = { raw: '', decoded: '' };
  if (startsWithVniModifier(raw)) {
    if (st.vniTail && st.vniTail.decoded && st.text.endsWith(st.vniTail.decoded)) prefix = st.vniTail;
    else if (/[aeiouyAEIOUY]$/.test(st.text)) prefix = { raw: st.text.slice(-1), decoded: st.text.slice(-1) };
  }
  const decoded = decodeWith(prefix.raw + raw, 'vni');
  if (prefix.decoded && visible(ctx)) st.text = st.text.slice(0, st.text.length - prefix.decoded.length);
  append(st, ctx, decoded, bold, italic);
  st.vniTail = { raw: prefix.raw + raw, decoded };
}

function readBreak(br: XmlElement, ctx: ReadContext, st: RunState, bold: boolean, italic: boolean): void {
  if (br.attrs['w:type'] !== 'page') {
    append(st, ctx, '\n', bold, italic);
    return;
  }
  if (!ctx.isMain) return;
  if (st.sawText) st.breaksAfter++;
  else st.breaksBefore++;
}

function readFieldChar(f: XmlElement, ctx: ReadContext): void {
  const type = f.attrs['w:fldCharType'];
  if (type === 'begin') {
    // A runaway field (no end) must not hide the rest of the document: cap the nesting.
    if (ctx.fields.length < 16) ctx.fields.push('instr');
  } else if (type === 'separate') {
    if (ctx.fields.length) ctx.fields[ctx.fields.length - 1] = 'result';
  } else if (type === 'end') {
    ctx.fields.pop();
  }
}

function readNoteRef(ref: XmlElement, ctx: ReadContext, st: RunState): void {
  const kind = ref.name === 'w:footnoteReference' ? 'footnote' : 'endnote';
  const id = ref.attrs['w:id'] ?? '';
  const custom = /^(1|true|on)$/.test(ref.attrs['w:customMarkFollows'] ?? '');
  let mark: string;
  if (custom) mark = '*';
  else mark = formatNumber(++ctx.noteCounters[kind], ctx.noteFormats[kind]);
  const note: NoteRef = { kind, id, mark };
  st.refs.push(note);
  if (custom) st.customMarkPending = note;
  if (!ctx.notes[kind].has(id)) warnOnce(ctx, 'DOCX_NOTE_MISSING', `${kind} ${id} is referenced but not found in the ${kind}s part`);
}

/** mc:AlternateContent holds the same content twice; read the first choice, else the fallback, never both. */
export function alternateBranch(alt: XmlElement): XmlElement {
  return child(alt, 'mc:Choice') ?? child(alt, 'mc:Fallback') ?? { name: '#empty', attrs: {}, children: [] };
}

function findTextBoxes(el: XmlElement, out: XmlElement[]): void {
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    if (c.name === 'w:txbxContent') out.push(c);
    else if (c.name === 'mc:AlternateContent') findTextBoxes(alternateBranch(c), out);
    else findTextBoxes(c, out);
  }
}

function mathText(el: XmlElement): string {
  let s = '';
  for (const c of el.children) if (typeof c !== 'string') s += c.name === 'm:t' ? textOf(c) : mathText(c);
  return s;
}

/** Font names of the runs (resolved through styles), for legacy-encoding detection. */
function collectParagraphFonts(p: XmlElement, ctx: ReadContext, pStyle: string | undefined): string[] {
  const fonts = new Set<string>();
  const visit = (el: XmlElement): void => {
    for (const c of el.children) {
      if (typeof c === 'string' || DROPPED.has(c.name) || c.name === 'w:txbxContent') continue;
      if (c.name === 'w:r') {
        if (!c.children.some((x) => typeof x !== 'string' && x.name === 'w:t')) continue;
        const rPr = child(c, 'w:rPr');
        const font = resolveRunProps(ctx.styles, readRunProps(rPr), childVal(rPr, 'w:rStyle'), pStyle).font;
        if (font) fonts.add(font);
      } else visit(c);
    }
  };
  visit(p);
  for (const f of fonts) ctx.fonts.add(f);
  return [...fonts];
}
