// HTML escaping: every piece of document text passes through esc() (documents are untrusted).

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe as element content and inside a double-quoted attribute value. */
export function esc(text: string | number | null | undefined): string {
  if (text === null || text === undefined) return '';
  // Control characters other than tab/newline have no business in a page (and U+0000 is a parse error).
  return String(text)
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
    .replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** ` name="value"` with the value escaped; nothing when the value is null/undefined. */
export function attr(name: string, value: string | number | null | undefined): string {
  return value === null || value === undefined ? '' : ` ${name}="${esc(value)}"`;
}

/** A fragment id made of [a-z0-9-] only, stable for the same input. */
export function slug(text: string): string {
  const s = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s || 'x';
}
