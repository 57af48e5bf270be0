// Strict XML (saxes) into a small element tree. DOCTYPE/ENTITY declarations are refused (Word never
// writes them), nesting depth and element count are bounded so a crafted part cannot exhaust memory.
import { SaxesParser } from 'saxes';
import { badXml, doctypeRefused, tooComplex } from './errors.js';

export interface XmlElement {
  /** Qualified name as written, e.g. "w:p". OOXML prefixes are fixed by convention. */
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}

export type XmlNode = XmlElement | string;

export interface XmlLimits {
  /** Deepest element nesting accepted. Real documents stay well under 100. */
  maxDepth: number;
  /** Most elements accepted in one part. */
  maxElements: number;
}

/**
 * A million elements is a Word file of about a thousand pages; the real ones read here have under
 * 2 000 per part. Parsing a million costs about 0.5 GB, so a crafted part (4.9 million empty
 * paragraphs zip to 43 KB) is refused before it can exhaust memory.
 */
export const DEFAULT_XML_LIMITS: XmlLimits = { maxDepth: 256, maxElements: 1_000_000 };

/** Self-closing elements and elements without attributes share these (read-only) instead of one pair each. */
const NO_CHILDREN: XmlNode[] = Object.freeze([]) as unknown as XmlNode[];
const NO_ATTRS: Record<string, string> = Object.freeze({}) as Record<string, string>;

/** Elements whose text content is kept; everything else keeps only its element children. */
const TEXT_ELEMENTS = new Set(['w:t', 'w:delText', 'w:instrText', 'm:t']);

class Refusal extends Error {}

export function parseXml(xml: string, part: string, limits: XmlLimits = DEFAULT_XML_LIMITS): XmlElement {
  const parser = new SaxesParser({ xmlns: false, position: false });
  const root: XmlElement = { name: '#document', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  let elements = 0;
  let refusal: Error | null = null;
  parser.on('doctype', () => {
    refusal = doctypeRefused(part);
    throw new Refusal();
  });
  parser.on('opentag', (tag) => {
    if (stack.length > limits.maxDepth) {
      refusal = tooComplex(part, `nesting deeper than ${limits.maxDepth} elements`);
      throw new Refusal();
    }
    if (++elements > limits.maxElements) {
      refusal = tooComplex(part, `more than ${limits.maxElements} elements`);
      throw new Refusal();
    }
    const attrs = tag.attributes as Record<string, string>;
    let hasAttrs = false;
    for (const _ in attrs) {
      hasAttrs = true;
      break;
    }
    const el: XmlElement = { name: tag.name, attrs: hasAttrs ? attrs : NO_ATTRS, children: tag.isSelfClosing ? NO_CHILDREN : [] };
    stack[stack.length - 1].children.push(el);
    if (!tag.isSelfClosing) stack.push(el);
  });
  parser.on('closetag', (tag) => {
    if (!tag.isSelfClosing) stack.pop();
  });
  parser.on('text', (text) => {
    const top = stack[stack.length - 1];
    if (TEXT_ELEMENTS.has(top.name)) top.children.push(text);
  });
  parser.on('cdata', (text) => {
    const top = stack[stack.length - 1];
    if (TEXT_ELEMENTS.has(top.name)) top.children.push(text);
  });
  try {
    parser.write(xml).close();
  } catch (e) {
    if (refusal) throw refusal;
    const msg = (e as Error).message ?? String(e);
    // saxes reports an undeclared entity like "&xxe;" as undefined: a sign of an entity attack too.
    if (/entity/i.test(msg) && /undefined|not defined/i.test(msg)) throw doctypeRefused(part);
    throw badXml(part, firstLine(msg));
  }
  if (refusal) throw refusal;
  return root;
}

function firstLine(s: string): string {
  const line = s.split('\n')[0];
  return line.length > 160 ? `${line.slice(0, 157)}...` : line;
}

// ---- small helpers every part reader uses ----

export function isElement(n: XmlNode): n is XmlElement {
  return typeof n !== 'string';
}

/** First child element with this name. */
export function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!el) return undefined;
  for (const c of el.children) if (typeof c !== 'string' && c.name === name) return c;
  return undefined;
}

export function children(el: XmlElement | undefined, name: string): XmlElement[] {
  if (!el) return [];
  const out: XmlElement[] = [];
  for (const c of el.children) if (typeof c !== 'string' && c.name === name) out.push(c);
  return out;
}

/** Attribute w:val (or another) of a child element. */
export function childVal(el: XmlElement | undefined, name: string, attr = 'w:val'): string | undefined {
  return child(el, name)?.attrs[attr];
}

/** The text directly inside an element (w:t, w:instrText). */
export function textOf(el: XmlElement): string {
  let s = '';
  for (const c of el.children) if (typeof c === 'string') s += c;
  return s;
}

/** An OOXML on/off property: present without w:val, or val in 1/true/on, is on. */
export function onOff(el: XmlElement | undefined): boolean | undefined {
  if (!el) return undefined;
  const v = el.attrs['w:val'];
  if (v === undefined) return true;
  return !(v === '0' || v === 'false' || v === 'off');
}

/** The root element of a parsed part (skipping the #document wrapper). */
export function rootElement(doc: XmlElement): XmlElement | undefined {
  return doc.children.find(isElement);
}
