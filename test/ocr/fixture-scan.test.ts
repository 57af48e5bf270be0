// A scan made from a born-digital fixture (fixtures/pdf/003…: KH 171/KH-PGDĐT, 5 pages) — 170 dpi,
// grey, rotated +1.2° / -0.8°, noisy, JPEG, no text layer (fixtures/ocr/make-scan.sh) — read by the
// native engine gives the same document as the born-digital PDF within what OCR misreads.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractFile } from '../../src/pipeline.js';
import { isPlanExtractError } from '../../src/model/errors.js';
import { REPO } from '../helpers/seeds.js';
import { hasConvert, hasPdftoppm, hasTesseract, tesseractMissing } from './helpers.js';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any
const ready = hasTesseract && hasPdftoppm && hasConvert;
tesseractMissing('test/ocr/fixture-scan.test.ts');
if (!(hasPdftoppm && hasConvert)) console.warn('test/ocr/fixture-scan.test.ts: skipped, pdftoppm (poppler-utils) and ImageMagick are needed to build the scan');

const BORN = join(REPO, 'fixtures/pdf/003_731ef92cda07baf8.pdf');
let dir = '';
let scan = '';
let born: Json;
let ocr: Json;

const sectionTree = (ss: Json[]): Json[] => ss.map((s) => ({ label: s.label, kind: s.kind, children: sectionTree(s.children ?? []).map((c) => c.label) }));

describe.skipIf(!ready)('a scan of fixtures/pdf/003 (KH 171/KH-PGDĐT)', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'plan-extract-scan-'));
    scan = join(dir, '003-scan.pdf');
    execFileSync('sh', [join(REPO, 'fixtures/ocr/make-scan.sh'), BORN, scan], { stdio: 'ignore' });
    born = await extractFile(BORN);
    ocr = await extractFile(scan, { ocrEngine: 'tesseract' });
  }, 600_000);
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('every page was OCR\'d, by native tesseract with the vie model', () => {
    expect(ocr.source.ocr).toMatchObject({ pages: [1, 2, 3, 4, 5], engine: 'tesseract' });
    expect(ocr.source.ocr.version).toMatch(/^\d+\.\d+.*\(vie\)$/);
    expect(ocr.source.ocr.meanConfidence).toBeGreaterThan(80);
    expect(born.source.ocr).toBeUndefined();
  });

  it('the header: kind, number, date and issuer as printed', () => {
    expect(ocr.meta.kind).toBe('KẾ HOẠCH');
    expect(ocr.meta.number).toMatchObject({ raw: '171/KH-PGDĐT', seq: 171, kindCode: 'KH', issuerCode: 'PGDĐT' });
    expect(ocr.meta.date).toMatchObject({ iso: '2023-09-14' });
    expect(ocr.meta.issuer).toEqual(born.meta.issuer);
  });

  it('the same sections (I. MỤC ĐÍCH, YÊU CẦU with 1–3; II. … with 1–10; III. TỔ CHỨC THỰC HIỆN)', () => {
    expect(sectionTree(ocr.sections)).toEqual(sectionTree(born.sections));
  });

  it('the same tasks within OCR misreads; their text matches exactly for most of them', () => {
    expect(born.tasks).toHaveLength(28);
    expect(Math.abs(ocr.tasks.length - born.tasks.length)).toBeLessThanOrEqual(3);
    const texts = new Set(ocr.tasks.map((t: Json) => t.text));
    const exact = born.tasks.filter((t: Json) => texts.has(t.text)).length;
    console.log(`test/ocr/fixture-scan.test.ts: ${exact} of ${born.tasks.length} task texts match the born-digital PDF exactly (${Math.round((exact / born.tasks.length) * 100)} %)`);
    // Measured 19 of 28 (68 %): the rest differ by a letter or a mark ("chuẩn"/"Chuẩn", "bảo"/"báo") or lost a heading's bold.
    expect(exact / born.tasks.length).toBeGreaterThanOrEqual(0.5);
    expect(ocr.targets).toEqual(born.targets);
  });

  it('every node has its page and box', () => {
    for (const t of ocr.tasks) expect(t.source.page).toBeGreaterThanOrEqual(1);
  });

  it('--ocr off keeps the refusal', async () => {
    const err = await extractFile(scan, { ocr: 'off' }).catch((e: unknown) => e);
    expect(isPlanExtractError(err) && err.code).toBe('PDF_SCANNED');
  });
});
