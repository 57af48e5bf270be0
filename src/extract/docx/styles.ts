// word/styles.xml: paragraph/character styles with their basedOn chain, resolved for what the model
// needs — numbering inherited from a style, bold/italic/font, heading level, alignment.
import { child, childVal, children, onOff, rootElement, type XmlElement } from './xml.js';

export interface NumRef {
  numId: string;
  /** Level 0–8; undefined when a style gives only numId (the level is then linked by w:pStyle). */
  ilvl?: number;
}

export interface RunProps {
  bold?: boolean;
  italic?: boolean;
  font?: string;
  /** w:hAnsi: the font Word draws characters above U+007F in — the one a legacy encoding lives in. */
  fontHigh?: string;
}

export interface StyleDef {
  id: string;
  name: string;
  type: string;
  basedOn?: string;
  numRef?: NumRef;
  outlineLvl?: number;
  align?: string;
  run: RunProps;
}

export interface Styles {
  byId: Map<string, StyleDef>;
  defaultParagraph?: string;
  docDefaults: RunProps;
}

/** Style names that mean a heading level: "heading 1" (Word's built-in id name), "Tiêu đề 2" (localised copy). */
export const HEADING_STYLE_RE = /^(?:heading|tiêu đề|tieu de|đề mục)\s*([1-9])$/iu;
/** basedOn chains longer than this are cycles or abuse. */
const MAX_CHAIN = 32;

export function readRunProps(rPr: XmlElement | undefined): RunProps {
  const out: RunProps = {};
  if (!rPr) return out;
  const b = onOff(child(rPr, 'w:b'));
  if (b !== undefined) out.bold = b;
  const i = onOff(child(rPr, 'w:i'));
  if (i !== undefined) out.italic = i;
  const fonts = child(rPr, 'w:rFonts');
  const font = fonts?.attrs['w:ascii'] ?? fonts?.attrs['w:hAnsi'] ?? fonts?.attrs['w:cs'];
  if (font) out.font = font;
  const high = fonts?.attrs['w:hAnsi'];
  if (high) out.fontHigh = high;
  return out;
}

export function parseStyles(doc: XmlElement | undefined): Styles {
  const styles: Styles = { byId: new Map(), docDefaults: {} };
  const root = doc ? rootElement(doc) : undefined;
  if (!root) return styles;
  styles.docDefaults = readRunProps(child(child(child(root, 'w:docDefaults'), 'w:rPrDefault'), 'w:rPr'));
  for (const s of children(root, 'w:style')) {
    const id = s.attrs['w:styleId'];
    if (!id) continue;
    const pPr = child(s, 'w:pPr');
    const numPr = child(pPr, 'w:numPr');
    const def: StyleDef = {
      id,
      name: childVal(s, 'w:name') ?? id,
      type: s.attrs['w:type'] ?? 'paragraph',
      run: readRunProps(child(s, 'w:rPr')),
    };
    const basedOn = childVal(s, 'w:basedOn');
    if (basedOn) def.basedOn = basedOn;
    if (numPr) {
      const numId = childVal(numPr, 'w:numId');
      const ilvl = childVal(numPr, 'w:ilvl');
      if (numId !== undefined) def.numRef = { numId, ...(ilvl !== undefined ? { ilvl: Number(ilvl) } : {}) };
    }
    const outline = childVal(pPr, 'w:outlineLvl');
    if (outline !== undefined) def.outlineLvl = Number(outline);
    const jc = childVal(pPr, 'w:jc');
    if (jc) def.align = jc;
    styles.byId.set(id, def);
    if (def.type === 'paragraph' && /^(1|true|on)$/.test(s.attrs['w:default'] ?? '')) styles.defaultParagraph = id;
  }
  return styles;
}

/** The style and its ancestors, nearest first. */
export function styleChain(styles: Styles, id: string | undefined): readonly StyleDef[] {
  const key = id ?? styles.defaultParagraph;
  if (key === undefined) return [];
  // Asked for every run of text (its run properties): each chain is walked once per document.
  let byKey = chains.get(styles);
  if (!byKey) chains.set(styles, (byKey = new Map()));
  let out = byKey.get(key);
  if (!out) byKey.set(key, (out = walkChain(styles, key)));
  return out;
}

/** The chains found so far, per parsed styles part (never changed once read). */
const chains = new WeakMap<Styles, Map<string, readonly StyleDef[]>>();

function walkChain(styles: Styles, id: string): StyleDef[] {
  const out: StyleDef[] = [];
  let cur: string | undefined = id;
  const seen = new Set<string>();
  while (cur && !seen.has(cur) && out.length < MAX_CHAIN) {
    seen.add(cur);
    const def = styles.byId.get(cur);
    if (!def) break;
    out.push(def);
    cur = def.basedOn;
  }
  return out;
}

/** Numbering a paragraph style gives (nearest in the chain wins); numId "0" switches it off. */
export function styleNumRef(styles: Styles, styleId: string | undefined): { ref: NumRef; styleId: string } | undefined {
  for (const def of styleChain(styles, styleId)) {
    if (def.numRef) return def.numRef.numId === '0' ? undefined : { ref: def.numRef, styleId: def.id };
  }
  return undefined;
}

/** Heading level from the style name ("heading 2" → 2) or an outline level (0 → 1). */
export function styleHeadingLevel(styles: Styles, styleId: string | undefined): number | undefined {
  for (const def of styleChain(styles, styleId)) {
    const m = HEADING_STYLE_RE.exec(def.name.trim());
    if (m) return Number(m[1]);
    if (def.outlineLvl !== undefined) return def.outlineLvl < 9 ? def.outlineLvl + 1 : undefined;
  }
  return undefined;
}

export function styleAlign(styles: Styles, styleId: string | undefined): string | undefined {
  for (const def of styleChain(styles, styleId)) if (def.align) return def.align;
  return undefined;
}

/** Effective run properties: direct, then character style, then paragraph style chain, then defaults. */
export function resolveRunProps(styles: Styles, direct: RunProps, rStyle: string | undefined, pStyle: string | undefined): RunProps {
  const layers: RunProps[] = [direct];
  if (rStyle) for (const d of styleChain(styles, rStyle)) layers.push(d.run);
  for (const d of styleChain(styles, pStyle)) layers.push(d.run);
  layers.push(styles.docDefaults);
  const out: RunProps = {};
  for (const l of layers) {
    if (out.bold === undefined && l.bold !== undefined) out.bold = l.bold;
    if (out.italic === undefined && l.italic !== undefined) out.italic = l.italic;
    if (out.font === undefined && l.font !== undefined) out.font = l.font;
    if (out.fontHigh === undefined && l.fontHigh !== undefined) out.fontHigh = l.fontHigh;
  }
  return out;
}
