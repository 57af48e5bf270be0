// Finds the document inside a saved web page: every block is tested for document markers
// (Quốc hiệu, "Số:", kind line, "Điều 1", "Căn cứ", Nơi nhận, signer); the region is the
// container holding the most kinds of them, narrowed through wrappers that add only chrome.
import { attr, childrenOf, isElement, isInvisible, isText, textContent, type HtmlElement, type HtmlNode } from './dom.js';
import { CHROME_CLASS_RE, CHROME_ROLE_RE, CHROME_TAGS, MARKERS, STRONG_MARKERS } from './patterns.js';
import { isBlockTag } from './tags.js';

export interface Region {
  root: HtmlElement;
  /** Elements left out wherever they are: hidden ones and site chrome. */
  skip: Set<HtmlElement>;
  /** Kinds of document markers found in the region (0 = none: the whole body was taken). */
  markers: number;
}

interface Scan {
  mask: number;
  letters: number;
}

/** A child holding this share of its parent's letters is the same content in a thinner wrapper. */
const WRAPPER_SHARE = 0.9;
/** A sibling without markers shorter than this (letters) is a title, tab bar or box, not document text. */
const SHORT_SIBLING = 200;
/** A sibling whose text is mostly link text is a link list ("Văn bản liên quan"). */
const LINK_LIST_SHARE = 0.5;

function markersIn(text: string): number {
  const t = text.replace(/\s+/g, ' ').trim();
  if (!t) return 0;
  let mask = 0;
  MARKERS.forEach((re, i) => {
    if (re.test(t)) mask |= 1 << i;
  });
  return mask;
}

function popcount(n: number): number {
  let c = 0;
  for (let x = n; x; x &= x - 1) c++;
  return c;
}

function looksLikeChrome(el: HtmlElement): boolean {
  if (CHROME_TAGS.has(el.tagName)) return true;
  const role = attr(el, 'role');
  if (role && CHROME_ROLE_RE.test(role)) return true;
  const names = `${attr(el, 'class') ?? ''} ${attr(el, 'id') ?? ''}`;
  return CHROME_CLASS_RE.test(names);
}

class Scanner {
  readonly scans = new Map<HtmlElement, Scan>();
  readonly skip = new Set<HtmlElement>();

  /** Returns the inline text this node gives its nearest block ancestor; records each element's scan. */
  visit(node: HtmlNode): { inline: string; mask: number; letters: number } {
    if (isText(node)) return { inline: node.value, mask: 0, letters: 0 };
    if (!isElement(node)) return { inline: '', mask: 0, letters: 0 };
    if (isInvisible(node)) {
      this.skip.add(node);
      return { inline: '', mask: 0, letters: 0 };
    }
    if (node.tagName === 'br') return { inline: '\n', mask: 0, letters: 0 };
    const block = isBlockTag(node.tagName);
    let seg = '';
    let mask = 0;
    let letters = 0;
    const closeSegment = (): void => {
      mask |= markersIn(seg);
      letters += countLetters(seg);
      seg = '';
    };
    for (const c of childrenOf(node)) {
      const r = this.visit(c);
      mask |= r.mask;
      letters += r.letters;
      if (isElement(c) && isBlockTag(c.tagName)) closeSegment();
      else seg += r.inline;
    }
    if (block) closeSegment();
    if (looksLikeChrome(node) && !(mask & STRONG_MARKERS)) {
      this.skip.add(node);
      return { inline: '', mask: 0, letters: 0 };
    }
    this.scans.set(node, { mask, letters: letters + (block ? 0 : countLetters(seg)) });
    return block ? { inline: '', mask, letters } : { inline: seg, mask, letters };
  }
}

function countLetters(s: string): number {
  let n = 0;
  for (const ch of s) if (/\p{L}/u.test(ch)) n++;
  return n;
}

/** The container of the document text, or the body when no marker is found. */
export function findRegion(body: HtmlElement): Region {
  const scanner = new Scanner();
  scanner.visit(body);
  const { scans, skip } = scanner;
  let best: HtmlElement = body;
  let bestCount = 0;
  // The shallowest container with the most marker kinds (document order, so outer ones come first).
  const stack: HtmlElement[] = [body];
  while (stack.length) {
    const el = stack.pop()!;
    const s = scans.get(el);
    if (!s) continue;
    const n = popcount(s.mask);
    if (n > bestCount) {
      best = el;
      bestCount = n;
    }
    for (const c of childrenOf(el)) if (isElement(c) && !skip.has(c)) stack.push(c);
  }
  if (bestCount === 0) return { root: body, skip, markers: 0 };
  return { root: narrow(best, scans, skip), skip, markers: scans.get(best)!.mask };
}

/** Step into the one child that holds all the markers while its siblings add little text (tab bars, titles). */
function narrow(start: HtmlElement, scans: Map<HtmlElement, Scan>, skip: Set<HtmlElement>): HtmlElement {
  let cur = start;
  for (;;) {
    const s = scans.get(cur)!;
    const kids = childrenOf(cur).filter((c): c is HtmlElement => isElement(c) && !skip.has(c) && scans.has(c));
    const holders = kids.filter((c) => scans.get(c)!.mask === s.mask);
    if (holders.length !== 1) return cur;
    const inner = holders[0];
    const innerScan = scans.get(inner)!;
    // Siblings with much text may be the rest of the document (an appendix without markers): stay,
    // unless each is chrome-like (no markers, and short or mostly links).
    const rest = kids.filter((c) => c !== inner);
    const chromeLike = rest.every((c) => scans.get(c)!.mask === 0 && (scans.get(c)!.letters < SHORT_SIBLING || linkShare(c, skip) >= LINK_LIST_SHARE));
    if (innerScan.letters < WRAPPER_SHARE * s.letters && !(chromeLike && !hasOwnText(cur))) return cur;
    cur = inner;
  }
}

function hasOwnText(el: HtmlElement): boolean {
  return childrenOf(el).some((c) => isText(c) && /\p{L}/u.test(c.value));
}

/** Share of an element's letters that sit inside links. */
function linkShare(el: HtmlElement, skip: Set<HtmlElement>): number {
  const all = countLetters(textContent(el, skip));
  if (!all) return 0;
  let inLinks = 0;
  const stack: HtmlNode[] = [el];
  while (stack.length) {
    const n = stack.pop()!;
    if (!isElement(n) || skip.has(n)) continue;
    if (n.tagName === 'a') inLinks += countLetters(textContent(n, skip));
    else stack.push(...childrenOf(n));
  }
  return inLinks / all;
}
