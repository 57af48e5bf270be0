// word/footnotes.xml and word/endnotes.xml: each note's text, placed after the paragraph (or table)
// that references it, under the mark Word prints for that reference.
import type { FootnoteItem, NoteRef, ReadContext } from './context.js';
import { readParagraph } from './paragraph.js';
import { child, childVal, children, rootElement, type XmlElement } from './xml.js';

/** Separator notes (the rule above the notes) are layout, not content. */
const LAYOUT_NOTE_TYPES = new Set(['separator', 'continuationSeparator', 'continuationNotice']);

export function parseNotes(doc: XmlElement | undefined, kind: 'footnote' | 'endnote'): Map<string, XmlElement> {
  const notes = new Map<string, XmlElement>();
  const root = doc ? rootElement(doc) : undefined;
  if (!root) return notes;
  for (const n of children(root, `w:${kind}`)) {
    const id = n.attrs['w:id'];
    if (id !== undefined && !LAYOUT_NOTE_TYPES.has(n.attrs['w:type'] ?? 'normal')) notes.set(id, n);
  }
  return notes;
}

/** Number formats from word/settings.xml (Word's defaults: footnotes 1, 2, 3; endnotes i, ii, iii). */
export function noteFormats(settings: XmlElement | undefined): { footnote: string; endnote: string } {
  const root = settings ? rootElement(settings) : undefined;
  return {
    footnote: childVal(child(root, 'w:footnotePr'), 'w:numFmt') ?? 'decimal',
    endnote: childVal(child(root, 'w:endnotePr'), 'w:numFmt') ?? 'lowerRoman',
  };
}

/** The note texts for a paragraph's references, read in their own part with their own field state. */
export function footnoteItems(refs: NoteRef[], ctx: ReadContext, page: number | undefined): FootnoteItem[] {
  const out: FootnoteItem[] = [];
  for (const ref of refs) {
    const note = ctx.notes[ref.kind].get(ref.id);
    if (!note) continue;
    const part = `word/${ref.kind}s.xml`;
    const sub: ReadContext = { ...ctx, part, isMain: false, fields: [], paragraphIndex: 0 };
    const texts: string[] = [];
    for (const p of collectParagraphs(note)) {
      const r = readParagraph(p, sub);
      if (r.item.text.trim()) texts.push(r.item.text);
    }
    // Counters advanced while reading a note (a reference inside a note) belong to the document.
    ctx.noteCounters = sub.noteCounters;
    const prov: FootnoteItem['prov'] = { part, paragraph: ctx.paragraphIndex };
    if (page !== undefined) prov.page = page;
    out.push({ kind: 'footnote', mark: ref.mark, text: texts.join(' '), noteKind: ref.kind, prov });
  }
  return out;
}

function collectParagraphs(el: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    if (c.name === 'w:p') out.push(c);
    else if (c.name === 'w:tbl' || c.name === 'w:tr' || c.name === 'w:tc' || c.name === 'w:sdt' || c.name === 'w:sdtContent') out.push(...collectParagraphs(c));
  }
  return out;
}
