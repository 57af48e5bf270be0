// HTML extractor: a saved web page (e.g. a vbpl.vn document page) → DocumentModel. The document's
// own text is found inside the site chrome, then read block by block in page order.
import type { DocumentModel } from '../../model/document.js';
import { MissingEngine, withEngines } from '../engines.js';
import type { ExtractInput, Extractor } from '../index.js';
import { ModelBuilder } from '../../model/build.js';
import { PlanExtractError } from '../../model/errors.js';
import { decodeHtml } from './decode.js';
import { BlockWalker } from './blocks.js';
import { isElement, maxDepth, type HtmlElement } from './dom.js';
import { findRegion } from './region.js';

/** Pages past this size are not documents (a vbpl page with all its scripts is ~1.2 MB). */
export const MAX_HTML_BYTES = 50 * 1024 * 1024;
/** Element nesting past this is hostile or broken (real pages nest < 100 deep). */
export const MAX_HTML_DEPTH = 1500;
/** Start tags past this are not a document page (a vbpl page has ~20 000); parse5 would need ~0.4 kB each. */
export const MAX_HTML_ELEMENTS = 500_000;

/** Start tags ("<" then a letter), counted before parsing so a page of millions of tags is refused cheaply. */
function startTags(text: string, stopAt: number): number {
  let n = 0;
  for (let i = text.indexOf('<'); i >= 0 && n <= stopAt; i = text.indexOf('<', i + 1)) {
    const c = text.charCodeAt(i + 1);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) n++;
  }
  return n;
}

/** parse5, loaded by the first page read (MissingEngine until then). */
let parseHtml: typeof import('parse5').parse | null = null;
const loadParse5 = async (): Promise<void> => {
  parseHtml = (await import('parse5')).parse;
};

export const extract: Extractor = (input) => withEngines(() => extractSync(input));

/** The reader itself, synchronous; throws MissingEngine (src/extract/engines.ts) until parse5 is loaded. */
export function extractSync(input: ExtractInput): DocumentModel {
  if (input.bytes.length > MAX_HTML_BYTES) {
    const mb = Math.round(input.bytes.length / 1024 / 1024);
    throw new PlanExtractError('HTML_TOO_LARGE', {
      en: `the HTML page is too large (${mb} MB; at most ${MAX_HTML_BYTES / 1024 / 1024} MB are read)`,
      vi: `trang HTML quá lớn (${mb} MB; chỉ đọc tối đa ${MAX_HTML_BYTES / 1024 / 1024} MB)`,
    });
  }
  const decoded = decodeHtml(input.bytes);
  if (startTags(decoded.text, MAX_HTML_ELEMENTS) > MAX_HTML_ELEMENTS) {
    throw new PlanExtractError('HTML_TOO_COMPLEX', {
      en: `the HTML page has more than ${MAX_HTML_ELEMENTS} elements: not a readable document`,
      vi: `trang HTML có hơn ${MAX_HTML_ELEMENTS} phần tử: không đọc được như một văn bản`,
    });
  }
  if (!parseHtml) throw new MissingEngine(loadParse5);
  const doc = parseHtml(decoded.text);
  if (maxDepth(doc, MAX_HTML_DEPTH) > MAX_HTML_DEPTH) {
    throw new PlanExtractError('HTML_TOO_DEEP', {
      en: `the HTML page nests elements more than ${MAX_HTML_DEPTH} deep: not a readable document`,
      vi: `trang HTML lồng các phần tử sâu quá ${MAX_HTML_DEPTH} cấp: không đọc được như một văn bản`,
    });
  }
  const b = new ModelBuilder(input.format);
  if (decoded.warning) b.warn(decoded.warning.code, decoded.warning.message);
  const body = findBody(doc.childNodes);
  if (!body) {
    b.warn('HTML_NO_TEXT', 'the HTML page has no body text');
    return b.build();
  }
  const region = findRegion(body);
  if (!region.markers) b.warn('HTML_NO_DOCUMENT_REGION', 'no document markers (Quốc hiệu, "Số:", "Điều 1", Nơi nhận …) found in the page: the whole page text was read, site menus included');
  new BlockWalker(b, region.skip).walk(region.root);
  return b.build();
}

function findBody(nodes: readonly unknown[]): HtmlElement | null {
  for (const n of nodes as Parameters<typeof isElement>[0][]) {
    if (!isElement(n)) continue;
    if (n.tagName === 'body') return n;
    const inner = findBody(n.childNodes);
    if (inner) return inner;
  }
  return null;
}
