// End to end on one-page scans made from fixtures/ocr/003-scan-p1.pdf (page 1 of KH 171/KH-PGDĐT
// as a 170 dpi scan): a garbage text layer and a stamp-only layer are detected and OCR'd; the
// embedded engine (tesseract.js, always there) reads the page; --ocr off keeps the refusal.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractBytes } from '../../src/pipeline.js';
import { isPlanExtractError } from '../../src/model/errors.js';
import { REPO } from '../helpers/seeds.js';
import { imagePdf, jpegsOf } from '../../fixtures/ocr/jpeg-pdf.mjs';
import { hasTesseract, tesseractMissing } from './helpers.js';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any
tesseractMissing('test/ocr/pages.test.ts');

const SCAN = readFileSync(`${REPO}/fixtures/ocr/003-scan-p1.pdf`);
const [JPEG] = jpegsOf(SCAN) as Buffer[];
// An old OCR layer made by an English model, drawn invisibly over the scan.
const GARBAGE = [
  'uY BAN NgAN nAN HUYEN GIA LgC',
  '56:]+9-} /TB-LIBND Gla LgC, ngAy I4 thAng 9 nAm 2023',
  'KE HgACH NHlEM VU, GlAl PHAP TRgNG TAM NAM HgC 2023 - 2024',
  'Thuc hlEn kE hgach sg 1587/SGDDT-VP ngAy 11/9/2023 cUa Sg GlAo duc vA',
].map((text, i) => ({ text, x: 60, y: 120 + i * 16, size: 12 }));

function header(doc: Json): void {
  expect(doc.meta.kind).toBe('KẾ HOẠCH');
  expect(doc.meta.number).toMatchObject({ raw: '171/KH-PGDĐT', seq: 171 });
  expect(doc.meta.date).toMatchObject({ iso: '2023-09-14' });
  // tesseract.js on the page pdfjs draws (no poppler) reads "GIA" as "GIÁ": output text stays as read.
  expect(doc.meta.issuer).toMatchObject({ name: 'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO', parent: expect.stringMatching(/^UBND HUYỆN GI[AÁ] LỘC$/u) });
}

describe.skipIf(!hasTesseract)('native engine, one page', () => {
  it('a garbage text layer is not trusted: the page is OCR\'d', async () => {
    const bytes = imagePdf([{ jpeg: JPEG, lines: GARBAGE }], 170, { invisible: true });
    const doc = await extractBytes({ bytes, path: 'garbage-layer.pdf' });
    expect(doc.source.ocr).toMatchObject({ pages: [1], engine: 'tesseract' });
    header(doc);
    expect(JSON.stringify(doc)).not.toContain('NgAN');
    // The same file with --ocr off reads the garbage, as a text layer.
    const off = await extractBytes({ bytes, path: 'garbage-layer.pdf' }, { ocr: 'off' });
    expect(off.source.ocr).toBeUndefined();
    expect(off.meta.number).toBeNull();
  }, 180_000);

  it('a page whose only text is a copy stamp is OCR\'d, the stamp kept as a signature', async () => {
    const bytes = imagePdf([{ jpeg: JPEG, lines: [{ text: 'SAO Y', x: 440, y: 20, size: 10 }] }], 170);
    const doc = await extractBytes({ bytes, path: 'stamp-only.pdf' });
    expect(doc.source.ocr?.pages).toEqual([1]);
    header(doc);
    expect(doc.meta.signatures).toEqual(['SAO Y']);
    const err = await extractBytes({ bytes, path: 'stamp-only.pdf' }, { ocr: 'off' }).catch((e: unknown) => e);
    expect(isPlanExtractError(err) && err.code).toBe('PDF_SCANNED');
  }, 180_000);

  it('the OCR cache: a second run reads the page from it', async () => {
    const { mkdtempSync, readdirSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(`${tmpdir()}/plan-extract-ocr-cache-`);
    try {
      const first = await extractBytes({ bytes: SCAN, path: 'scan.pdf' }, { ocrCache: dir });
      expect(readdirSync(dir)).toHaveLength(1);
      expect(readdirSync(dir)[0]).toMatch(/^[0-9a-f]{64}-p1-tesseract-.*-vie-200dpi-v\d+\.json$/);
      const second = await extractBytes({ bytes: SCAN, path: 'scan.pdf' }, { ocrCache: dir });
      expect(second).toEqual(first);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});

describe('embedded engine (tesseract.js), one page', () => {
  it('reads the scan with the model shipped in node_modules', async () => {
    const doc = await extractBytes({ bytes: SCAN, path: 'scan.pdf' }, { ocrEngine: 'tesseract.js' });
    expect(doc.source.ocr).toMatchObject({ pages: [1], engine: 'tesseract.js' });
    expect(doc.source.ocr!.version).toMatch(/^7\.\d+\.\d+ \(vie\)$/);
    header(doc);
    // With pdftoppm's page image or pdfjs's (test/ocr/pdfjs-page.test.ts) alike.
    expect(doc.sections[0].label).toBe('I');
    // tesseract.js reads "CẦU" as "CÂU" here (the tone mark dropped): output text stays as read.
    expect(doc.sections[0].heading).toMatch(/^MỤC ĐÍCH, YÊU C[ẦÂ]U$/u);
  }, 300_000);
});
