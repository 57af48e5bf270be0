// One pass per page: the text items rebuilt from the operator list (src/extract/pdf/glyph-text.ts)
// must be exactly the items pdfjs's getTextContent gives — every item, whitespace and end-of-line
// items included, every field (text, transform, width, font, hasEOL) — on every page of every PDF
// fixture, every corpus PDF (when ../shared/corpus is there) and hand-made pages that exercise
// what the real files rarely do (TJ kerning with char spacing, rotated and scaled text, text rise,
// q/Q around text state, ' and ", marked content, text outside the page, form XObjects).
// What is not rebuilt gives null (the page then asks pdfjs, as before).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPdfjs } from '../../src/extract/pdf/engine.js';
import { textFromOperators, unFloat32, type GlyphFont } from '../../src/extract/pdf/glyph-text.js';
import { openPdf } from '../../src/extract/pdf/open.js';
import type { PdfPageLike } from '../../src/extract/pdf/page.js';
import { pdfsUnder } from '../helpers/pdfs-under.js';
import { CORPUS_DIR, hasCorpus, REPO } from '../helpers/seeds.js';
import { FONT, makePdf, rawPdf, stream } from './make-pdf.js';


const FILES = [...pdfsUnder(join(REPO, 'fixtures')), ...(hasCorpus ? pdfsUnder(CORPUS_DIR) : [])];
if (!hasCorpus) console.log('test/pdf/glyph-text.test.ts: ../shared/corpus is absent, comparing the PDF fixtures only');

interface Item {
  str: string;
  transform: number[];
  width: number;
  fontName: string;
  hasEOL: boolean;
}

const plain = (items: unknown[]): Item[] =>
  (items as Item[]).map((i) => ({ str: i.str, transform: Array.from(i.transform ?? []), width: i.width, fontName: i.fontName, hasEOL: i.hasEOL }));

function fontsOf(page: PdfPageLike): (id: string) => GlyphFont | null {
  return (id) => {
    if (!page.commonObjs.has(id)) return null;
    const o = page.commonObjs.get(id) as GlyphFont;
    return { name: o.name, vertical: o.vertical, fontMatrix: o.fontMatrix, isType3Font: o.isType3Font };
  };
}

/** Per page: the rebuilt items (or null) and pdfjs's own. */
async function bothWays(bytes: Uint8Array): Promise<{ rebuilt: Item[] | null; pdfjs: Item[] }[]> {
  const { normalizeUnicode } = await loadPdfjs();
  const { doc, OPS } = await openPdf(bytes);
  const out = [];
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const ol = await page.getOperatorList();
      const rebuilt = textFromOperators(ol, OPS, page.view ?? [0, 0, 0, 0], fontsOf(page), normalizeUnicode);
      const pdfjs = plain((await page.getTextContent({ includeMarkedContent: false })).items);
      out.push({ rebuilt: rebuilt && plain(rebuilt), pdfjs });
      page.cleanup();
    }
  } finally {
    await doc.destroy();
  }
  return out;
}

describe('text items from the operator list equal pdfjs getTextContent', () => {
  const shown = (p: string): string => (p.startsWith(CORPUS_DIR) ? `corpus${p.slice(CORPUS_DIR.length)}` : p.slice(REPO.length + 1));
  it.each(FILES.map((p) => [shown(p), p]))('%s', async (_name, path) => {
    const pages = await bothWays(new Uint8Array(readFileSync(path)));
    pages.forEach((p, i) => {
      expect(p.rebuilt, `page ${i + 1} was not rebuilt`).not.toBeNull();
      expect(p.rebuilt, `page ${i + 1}`).toEqual(p.pdfjs);
    });
  }, 120_000);

  const PAGES: [string, string][] = [
    ['TJ kerning with char and word spacing', 'BT /F1 12 Tf 0.5 Tc 2 Tw 72 700 Td [(Ke) -120 (ho) 300 (ach) -2000 (so) 0 (277) -250] TJ [-400 (UBND)] TJ () Tj (x) Tj ET'],
    ['rotated text, 90/180/270 degrees and 45', 'BT /F1 12 Tf 0 1 -1 0 300 400 Tm (Noi nhan) Tj 0.7071 0.7071 -0.7071 0.7071 100 100 Tm (xoay 45 do) Tj -1 0 0 -1 400 300 Tm (ba tram) Tj 0 -1 1 0 200 600 Tm (hai bay) Tj ET'],
    ['text rise (a footnote mark)', 'BT /F1 12 Tf 72 600 Td (chu) Tj 5 Ts /F1 7 Tf (1) Tj 0 Ts /F1 12 Tf ( tiep theo) Tj -3 Ts (2) Tj ET'],
    ['q/Q around text state inside BT', 'BT /F1 12 Tf 72 500 Td q 3 Tc /F2 14 Tf (dam) Tj Q (thuong) Tj ET'],
    ['the \' and " operators after TL', 'BT /F1 12 Tf 14 TL 72 450 Td (dong 1) Tj (dong 2) \' 1 0.5 (dong 3) " T* (dong 4) Tj ET'],
    ['marked content ends an item', '/P <</MCID 0>> BDC BT /F1 12 Tf 72 400 Td (mot) Tj ET EMC /Span BMC BT /F1 12 Tf 92 400 Td (hai) Tj ET EMC'],
    ['text outside the page', 'BT /F1 12 Tf -200 300 Td (ngoai trang) Tj 230 0 Td (trong trang) Tj 700 0 Td (ngoai) Tj ET'],
    ['horizontal scale and a scaled CTM', 'q 0.75 0 0 0.75 20 30 cm BT /F1 16 Tf 80 Tz 72 200 Td (co gian) Tj 150 Tz (rong) Tj ET Q'],
    ['text matrices with decimals (float32 in the operator list)', 'BT /F1 11.04 Tf 1 0 0 1 72.024 710.94 Tm (Word style) Tj 1 0 0 1 56.65 690.35 Tm (nua) Tj 1 0 0 1 133.37 690.35 Tm (tiep) Tj ET'],
    ['gaps: in-word, a space, a column', 'BT /F1 12 Tf 72 150 Td (Stt) Tj 40 0 Td (Noi dung) Tj 50.2 0 Td (x) Tj 6.5 0 Td (y) Tj ET'],
  ];
  it.each(PAGES)('%s', async (_name, content) => {
    const [p] = await bothWays(makePdf([{ content }]));
    expect(p.rebuilt).toEqual(p.pdfjs);
    expect(p.pdfjs.some((i) => i.str.trim())).toBe(true);
  });

  /** A page drawing form XObject 5 (scaled, moved) between two runs of its own text. */
  function withForm(formDict: string, resources = ''): Uint8Array {
    const form = stream('BT /F1 10 Tf 0 0 Td (trong bieu mau) Tj ET', `/Type /XObject /Subtype /Form /BBox [0 0 500 500] ${formDict} /Resources << /Font << /F1 3 0 R >> >>`);
    const content = 'BT /F1 12 Tf 72 700 Td (truoc) Tj ET q /X1 Do Q BT /F1 12 Tf 120 700 Td (sau) Tj ET /GS1 gs BT /F1 12 Tf 72 650 Td (het) Tj ET';
    return rawPdf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [4 0 R] /Count 1 >>',
      FONT,
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> /XObject << /X1 5 0 R >> /ExtGState << /GS1 << /LW 1 ${resources}>> >> >> /Contents 6 0 R >>`,
      form,
      stream(content),
    ]);
  }

  it('a form XObject with a matrix', async () => {
    const [p] = await bothWays(withForm('/Matrix [0.5 0 0 0.5 100.3 200.7]'));
    expect(p.rebuilt).toEqual(p.pdfjs);
    expect(p.pdfjs.map((i) => i.str)).toContain('trong bieu mau');
  });

  it('a font set through an ExtGState is left to pdfjs (null)', async () => {
    const [p] = await bothWays(withForm('', '/Font [3 0 R 12] '));
    expect(p.rebuilt).toBeNull();
  });
});

describe('unFloat32: the decimal a content stream printed, from its float32', () => {
  it.each([72.024, 710.94, 56.65, 0.7071, 133.37, 11.04, -0.5, 12, 0, 1e-3])('%s', (v) => {
    expect(unFloat32(Math.fround(v))).toBe(v);
  });
  it('gives the shortest such decimal (what Skia prints for this one)', () => {
    expect(unFloat32(Math.fround(169.609375))).toBe(169.60938);
  });
});
