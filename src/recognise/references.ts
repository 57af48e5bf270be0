// Footnotes linked to the paragraphs that cite them, and the citations of the whole document
// (body, footnotes, table cells; never the header block or the Nơi nhận lines).
import type { Block, TableBlock } from '../model/document.js';
import { isTextBlock } from '../model/document.js';
import type { Citation, Footnote, Warning } from '../model/registry.js';
import { findCitations } from './citations/index.js';
import { sourceOf } from './sections/index.js';

export function linkFootnotes(blocks: Block[]): { footnotes: Footnote[]; warnings: Warning[] } {
  const refs = new Map<string, string>();
  for (const b of blocks) {
    if (!isTextBlock(b) || !b.footnoteRefs) continue;
    for (const mark of b.footnoteRefs) if (!refs.has(mark)) refs.set(mark, excerpt(b.text));
  }
  const footnotes: Footnote[] = [];
  const warnings: Warning[] = [];
  for (const b of blocks) {
    if (b.type !== 'footnote') continue;
    // A note body with no mark is the rest of the note before it, carried over to the next page (PDF).
    const prev = footnotes[footnotes.length - 1];
    if (!b.mark && prev) {
      prev.text = `${prev.text} ${b.text}`.replace(/\s+/gu, ' ').trim();
      continue;
    }
    const fn: Footnote = { mark: b.mark, text: b.text };
    const ref = refs.get(b.mark);
    if (ref) fn.ref = ref;
    else warnings.push({ code: 'FOOTNOTE_UNREFERENCED', message: `footnote ${b.mark} has no reference mark in the text`, source: sourceOf(b) });
    footnotes.push(fn);
  }
  return { footnotes, warnings };
}

function excerpt(text: string): string {
  return text.length <= 80 ? text : `${text.slice(0, 79).replace(/\s+\S*$/, '')}…`;
}

export function collectCitations(blocks: Block[], bodyStart: number, recipients: number, tables: TableBlock[], warnings: Warning[]): Citation[] {
  // One entry per cited document: the first mention, completed by later ones (a date or issuer
  // given only once, e.g. "Quyết định số 184/QĐ-UBND" after its full first citation).
  const byKey = new Map<string, Citation>();
  const add = (text: string): void => {
    for (const c of findCitations(text)) {
      const key = c.number ? `${c.type}|${c.number}` : `${c.type}|${c.raw}`;
      const seen = byKey.get(key);
      if (!seen) byKey.set(key, c);
      else if (seen.date && c.date && seen.date !== c.date) {
        // The same number with two dates: one is a typo in the document; keep both and say so.
        const k2 = `${key}|${c.date}`;
        if (!byKey.has(k2)) {
          byKey.set(k2, c);
          warnings.push({ code: 'CITATION_DATE_CONFLICT', message: `${c.type} ${c.number} is cited with two dates (${seen.date}, ${c.date})` });
        }
      } else {
        if (!seen.date && c.date) seen.date = c.date;
        if (!seen.issuer && c.issuer) seen.issuer = c.issuer;
      }
    }
  };
  blocks.forEach((b, i) => {
    // The header block and "Nơi nhận" lines name the document itself and its addressees, not references.
    if (i < bodyStart || (recipients >= 0 && i >= recipients && isTextBlock(b) && !b.footnoteRefs)) return;
    if (isTextBlock(b) && b.zone !== 'header' && b.zone !== 'closing' && !/^\(?\s*Kèm theo\b/u.test(b.text)) add(b.text);
    else if (b.type === 'footnote') add(b.text);
  });
  for (const t of tables) for (const r of t.rows) if (!r.header) for (const c of r.cells) add(c.text);
  return [...byKey.values()];
}

