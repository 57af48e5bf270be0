// Page layouts → ModelBuilder blocks: paragraphs continued across a page break are joined,
// page breaks between pages, provenance (page, bbox, orientation) on every node.
import type { ModelBuilder } from '../../model/build.js';
import type { Provenance, TextHints } from '../../model/document.js';
import { parseMarker } from '../../model/markers.js';
import type { PageInput, PageLayout, Unit } from './layout.js';
import { joinLineTexts } from './lines.js';
import { endsParagraph, isIndented } from './paragraphs.js';
import type { Line, PageData } from './types.js';

type Laid = PageLayout & { input: PageInput & { landscape: boolean } };
type TextUnit = Extract<Unit, { kind: 'text' }>;

/** ". ; : ! ?" closing a paragraph (quotes and brackets allowed after). */
const SENTENCE_END = /[.;:!?…]["”’»)]*$/u;

function lineBox(data: PageData, lines: Line[]): [number, number, number, number] {
  const x0 = Math.min(...lines.map((l) => l.x0));
  const x1 = Math.max(...lines.map((l) => l.x1));
  const top = Math.min(...lines.map((l) => l.top));
  const bottom = Math.max(...lines.map((l) => l.bottom));
  const [a, b] = data.toPdf(x0, bottom);
  const [c, d] = data.toPdf(x1, top);
  return [Math.min(a, c), Math.min(b, d), Math.max(a, c), Math.max(b, d)].map((v) => Math.round(v * 10) / 10) as [number, number, number, number];
}

/** Join a body paragraph left open at the foot of a page with the first paragraph of the next page. */
function joinAcrossPages(pages: Laid[]): void {
  for (let i = 0; i + 1 < pages.length; i++) {
    const here = pages[i].units.filter((u) => u.kind !== 'footnote');
    const last = here[here.length - 1];
    const next = pages[i + 1].units[0];
    if (last?.kind !== 'text' || next?.kind !== 'text' || last.zone !== 'body' || next.zone !== 'body') continue;
    const a = last.lines[last.lines.length - 1];
    const b = next.lines[0];
    if (Math.abs(a.size - b.size) > 1 || a.bold !== b.bold || last.align || next.align) continue;
    if (endsParagraph(a, pages[i].metrics) || isIndented(b, pages[i + 1].metrics)) continue;
    if (SENTENCE_END.test(a.text) && parseMarker(b.text)) continue;
    last.firstPageLines ??= last.lines.length;
    last.lines.push(...next.lines);
    last.pageEnd = next.pageEnd ?? next.page;
    pages[i + 1].units.shift();
  }
}

function textOf(lines: Line[]): string {
  return joinLineTexts(lines);
}

function emitText(b: ModelBuilder, u: TextUnit, page: Laid): void {
  const lines = u.lines.filter((l) => l.text);
  if (!lines.length) return;
  const firstPageLines = u.lines.slice(0, u.firstPageLines ?? u.lines.length).filter((l) => l.items.length);
  const hints: TextHints = { zone: u.zone };
  const boldChars = lines.reduce((n, l) => n + (l.bold ? l.text.length : 0), 0);
  if (boldChars > 0.6 * lines.reduce((n, l) => n + l.text.length, 0)) hints.bold = true;
  if (lines.every((l) => l.items.every((it) => it.italic))) hints.italic = true;
  if (u.align) hints.align = u.align;
  hints.fonts = [...new Set(lines.flatMap((l) => l.fonts))];
  const refs = lines.flatMap((l) => l.refs);
  if (refs.length) hints.footnoteRefs = refs;
  const prov: Provenance = { page: u.page, bbox: lineBox(page.input.data, firstPageLines.length ? firstPageLines : lines), orientation: page.input.landscape ? 'landscape' : 'portrait' };
  if (u.pageEnd && u.pageEnd !== u.page) prov.pageEnd = u.pageEnd;
  b.addText(textOf(lines), hints, prov);
}

export function emitPages(b: ModelBuilder, pages: Laid[]): void {
  joinAcrossPages(pages);
  const stamps = new Set<string>();
  pages.forEach((page, i) => {
    if (i > 0) b.addPageBreak(page.page);
    const orientation = page.input.landscape ? 'landscape' : 'portrait';
    for (const u of page.units) {
      if (u.kind === 'text') emitText(b, u, page);
      else if (u.kind === 'table') {
        const [x0, top, x1, bottom] = u.table.box;
        const box = lineBox(page.input.data, [{ x0, x1, top, bottom } as Line]);
        b.addTable(u.table.rows, { prov: { page: u.page, bbox: box, orientation }, zone: 'body', pages: [u.page] });
      } else {
        const text = textOf(u.note.lines);
        b.addFootnote(u.note.mark, text, { page: u.page, bbox: lineBox(page.input.data, u.note.lines) });
      }
    }
    for (const s of page.stamps) stamps.add(s);
  });
  b.signatures.push(...stamps);
}
