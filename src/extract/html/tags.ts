// Which elements break the text into blocks, and which tags carry formatting.

/** Elements that start a new block of text (everything else flows inline, so "Tên d<span>ự án</span>" stays one word). */
const BLOCK_TAGS = new Set([
  'html', 'body', 'main', 'article', 'section', 'div', 'p', 'blockquote', 'center', 'address', 'pre',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hgroup', 'header', 'footer', 'nav', 'aside', 'figure', 'figcaption',
  'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'dir', 'menu', 'details', 'summary', 'fieldset', 'legend', 'form', 'dialog',
  'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'colgroup', 'col', 'hr',
]);

export function isBlockTag(tag: string): boolean {
  return BLOCK_TAGS.has(tag);
}

/** h1 → 1 … h6 → 6; 0 for other tags. */
export function headingLevelOf(tag: string): number {
  return /^h[1-6]$/.test(tag) ? Number(tag[1]) : 0;
}

export const BOLD_TAGS = new Set(['b', 'strong', 'th']);
export const ITALIC_TAGS = new Set(['i', 'em', 'cite', 'dfn', 'var']);
/** Font weights a browser draws bold. */
export const BOLD_WEIGHT_RE = /^(?:bold|bolder|[6-9]00)$/u;
