// Without poppler (no pdftoppm on PATH, as after `npm ci` on a bare machine) the page image is drawn
// by pdfjs on @napi-rs/canvas and read by the embedded engine: the same header and sections as with
// poppler's image (test/ocr/pages.test.ts). This file empties PATH for its own worker before
// anything probes for pdftoppm or tesseract.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO } from '../helpers/seeds.js';

const empty = mkdtempSync(join(tmpdir(), 'plan-extract-no-tools-'));
const PATH = process.env.PATH;
process.env.PATH = empty;
afterAll(() => {
  process.env.PATH = PATH;
  rmSync(empty, { recursive: true, force: true });
});

describe('the fixture scan page drawn by pdfjs, read by tesseract.js', () => {
  it('header and the first section "I. MỤC ĐÍCH, YÊU CẦU" with its three items', async () => {
    const { pdftoppmAvailable } = await import('../../src/extract/ocr/render.js');
    expect(await pdftoppmAvailable()).toBe(false);
    const { extractBytes } = await import('../../src/pipeline.js');
    const doc = await extractBytes({ bytes: readFileSync(`${REPO}/fixtures/ocr/003-scan-p1.pdf`), path: 'scan.pdf' });
    expect(doc.source.ocr).toMatchObject({ pages: [1], engine: 'tesseract.js' });
    expect(doc.meta.kind).toBe('KẾ HOẠCH');
    expect(doc.meta.number).toMatchObject({ raw: '171/KH-PGDĐT', seq: 171 });
    expect(doc.meta.date).toMatchObject({ iso: '2023-09-14' });
    // Printed "I. MỤC ĐÍCH, YÊU CẦU" then "1. Quán triệt…", "2. Làm căn cứ…", "3. Bảo đảm tính đồng bộ…".
    expect(doc.sections[0].label).toBe('I');
    expect(doc.sections[0].heading).toMatch(/^MỤC ĐÍCH, YÊU C[ẦÂ]U$/u);
    expect(doc.sections[0].children.map((c) => c.label)).toEqual(['1', '2', '3']);
  }, 300_000);
});
