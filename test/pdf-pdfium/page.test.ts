// PDFium's page data is pdfjs's page data: small PDFs written here (text, thin filled rules,
// stroked lines, a rotated page, a crop box) give the same items and ruling lines from both
// engines, to 0.05 pt; and the display transform is checked by hand.
import { describe, expect, it } from 'vitest';
import { openPages, type EnginePage } from '../../src/extract/pdf/engines.js';
import { viewOf } from '../../src/extract/pdf-pdfium/geometry.js';
import { FONT, line, rawPdf, rect, stream, text } from '../pdf/make-pdf.js';

/** One page with `content`, /Rotate and /CropBox as given (Times-Roman as F1). */
function onePage(content: string, extra = ''): Uint8Array {
  return rawPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [4 0 R] /Count 1 >>',
    FONT,
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] ${extra} /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>`,
    stream(content),
  ]);
}

async function both(bytes: Uint8Array): Promise<[EnginePage, EnginePage]> {
  const read = async (engine: 'pdfjs' | 'pdfium'): Promise<EnginePage> => {
    const doc = await openPages(bytes, undefined, engine);
    try {
      return await doc.read(1);
    } finally {
      await doc.destroy();
    }
  };
  return [await read('pdfjs'), await read('pdfium')];
}

/** Positions to 0.05 pt (PDFium keeps boxes in 32-bit floats). */
const round = (n: number): number => Math.round(n * 20) / 20;
const items = (p: EnginePage) => p.items.map((i) => ({ str: i.str, x0: round(i.x0), x1: round(i.x1), base: round(i.base), size: round(i.size), font: i.font, bold: i.bold }));
const rules = (p: EnginePage) => ({ h: p.hRules.map((s) => [s.x0, s.y0, s.x1, s.y1].map(round)), v: p.vRules.map((s) => [s.x0, s.y0, s.x1, s.y1].map(round)) });

const PLAN = [text('KE HOACH', 250, 760, 14), text('1. Noi dung thu nhat', 72, 730), text('a)  Muc con', 90, 712), rect(72, 700, 450, 0.5), line(72, 600, 72, 690), line(300, 600, 300, 690)].join('\n');

describe('PDFium page data = pdfjs page data', () => {
  it('text items and rules of an upright page', async () => {
    const [js, um] = await both(onePage(PLAN));
    expect(items(um)).toEqual(items(js));
    expect(rules(um)).toEqual(rules(js));
    expect([um.width, um.height]).toEqual([595, 842]);
    // Hand-checked: "KE HOACH" at x 250, baseline 842 - 760 = 82, 14 pt.
    expect(items(um)[0]).toMatchObject({ str: 'KE HOACH', x0: 250, base: 82, size: 14, font: 'Times-Roman' });
    expect(rules(um).h).toEqual([[72, 141.75, 522, 141.75]]);
  });

  it('a page turned by /Rotate 90', async () => {
    const [js, um] = await both(onePage(PLAN, '/Rotate 90'));
    expect([um.width, um.height]).toEqual([842, 595]);
    expect(items(um)).toEqual(items(js));
    expect(rules(um)).toEqual(rules(js));
  });

  it('a crop box moves the origin', async () => {
    const [js, um] = await both(onePage(PLAN, '/CropBox [50 100 545 800]'));
    expect([um.width, um.height]).toEqual([495, 700]);
    expect(items(um)).toEqual(items(js));
    expect(um.toPdf(0, 0)).toEqual([50, 800]);
  });

  it('white rules are not rules; thick boxes are not rules', async () => {
    const [js, um] = await both(onePage([text('x', 72, 760), '1 1 1 rg', rect(72, 700, 450, 0.5), '0 0 0 rg', rect(72, 500, 450, 30)].join('\n')));
    expect(rules(um)).toEqual({ h: [], v: [] });
    expect(rules(js)).toEqual({ h: [], v: [] });
  });
});

describe('display transform (by hand)', () => {
  const A4: [number, number, number, number] = [0, 0, 595, 842];
  it('upright: y flips', () => {
    const v = viewOf(A4, 0);
    expect(v.m).toEqual([1, 0, 0, -1, -0, 842]);
    expect(v.toPdf(100, 42)).toEqual([100, 800]);
  });
  it('90° clockwise: the page bottom becomes the left edge', () => {
    const v = viewOf(A4, 1);
    expect([v.width, v.height]).toEqual([842, 595]);
    // PDF point (100, 800) → x = 800, y = 100.
    const [a, b, c, d, e, f] = v.m;
    expect([a * 100 + c * 800 + e, b * 100 + d * 800 + f]).toEqual([800, 100]);
    expect(v.toPdf(800, 100)).toEqual([100, 800]);
  });
  it('180°: both axes turn', () => {
    const [a, b, c, d, e, f] = viewOf(A4, 2).m;
    expect([a * 100 + c * 800 + e, b * 100 + d * 800 + f]).toEqual([495, 800]);
  });
});
