// Small read-only helpers over parse5's default tree: names, attributes, inline style, and the
// elements a browser would not show (scripts, styles, hidden ones).
import type { DefaultTreeAdapterMap } from 'parse5';

export type HtmlNode = DefaultTreeAdapterMap['childNode'] | DefaultTreeAdapterMap['parentNode'];
export type HtmlElement = DefaultTreeAdapterMap['element'];

/** Elements whose content is never document text. */
const NEVER_TEXT = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed',
  'canvas', 'video', 'audio', 'select', 'option', 'button', 'input', 'textarea', 'link', 'meta', 'title', 'del',
]);

export function isElement(n: HtmlNode): n is HtmlElement {
  return 'tagName' in n;
}

export function isText(n: HtmlNode): n is DefaultTreeAdapterMap['textNode'] {
  return n.nodeName === '#text';
}

export function childrenOf(n: HtmlNode): HtmlNode[] {
  return 'childNodes' in n ? (n.childNodes as HtmlNode[]) : [];
}

export function attr(el: HtmlElement, name: string): string | undefined {
  for (const a of el.attrs) if (a.name === name) return a.value;
  return undefined;
}

/** Inline style declarations, property names lower case: "font-weight: bold" → {font-weight: "bold"}. */
export function styleOf(el: HtmlElement): Record<string, string> {
  const raw = attr(el, 'style');
  const out: Record<string, string> = {};
  if (!raw) return out;
  for (const decl of raw.split(';')) {
    const i = decl.indexOf(':');
    if (i > 0) out[decl.slice(0, i).trim().toLowerCase()] = decl.slice(i + 1).trim().toLowerCase();
  }
  return out;
}

/** Not shown by a browser: script/style/…, `hidden`, aria-hidden="true", display:none, visibility:hidden. */
export function isInvisible(el: HtmlElement): boolean {
  if (NEVER_TEXT.has(el.tagName)) return true;
  if (attr(el, 'hidden') !== undefined) return true;
  if (attr(el, 'aria-hidden') === 'true') return true;
  if (el.tagName === 'input' && attr(el, 'type') === 'hidden') return true;
  const style = styleOf(el);
  if (/^none\b/.test(style['display'] ?? '')) return true;
  return /^(hidden|collapse)\b/.test(style['visibility'] ?? '');
}

/** A positive whole number attribute (colspan, rowspan), clamped to 1..max. */
export function spanAttr(el: HtmlElement, name: string, max: number): number {
  const n = Number.parseInt(attr(el, name) ?? '', 10);
  return Number.isFinite(n) && n > 1 ? Math.min(n, max) : 1;
}

/** Deepest element nesting, counted without recursion (a hostile page may nest thousands deep). */
export function maxDepth(root: HtmlNode, stopAt: number): number {
  let deepest = 0;
  const stack: [HtmlNode, number][] = [[root, 0]];
  while (stack.length) {
    const [n, d] = stack.pop()!;
    if (d > deepest) {
      deepest = d;
      if (deepest > stopAt) return deepest;
    }
    for (const c of childrenOf(n)) stack.push([c, d + 1]);
    if (n.nodeName === 'template') for (const c of (n as DefaultTreeAdapterMap['template']).content.childNodes) stack.push([c as HtmlNode, d + 1]);
  }
  return deepest;
}

/** All visible text under a node, as the page joins it (no spaces added between elements). */
export function textContent(n: HtmlNode, skip: Set<HtmlElement>): string {
  if (isText(n)) return n.value;
  if (!isElement(n)) return childrenOf(n).map((c) => textContent(c, skip)).join('');
  if (skip.has(n) || isInvisible(n)) return '';
  if (n.tagName === 'br') return '\n';
  return childrenOf(n).map((c) => textContent(c, skip)).join('');
}
