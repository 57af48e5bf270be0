// Unreadable and special PDFs: every failure is one PlanExtractError with English and Vietnamese text.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PlanExtractError } from '../../src/model/errors.js';
import { failure, fromBytes, hasTool, texts } from './helpers.js';
import { makePdf, text } from './make-pdf.js';


const simple = makePdf([{ content: [text('Hello plan-extract', 72, 760), text('Second line of text', 72, 745)].join('\n') }]);

describe('bad input', () => {
  it('reads a small valid PDF (the control case)', async () => {
    const m = await fromBytes(simple);
    expect(texts(m)).toEqual(['Hello plan-extract Second line of text']);
    expect(m.warnings).toEqual([]);
  });

  it('random bytes → PDF_INVALID', async () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 256);
    expect((await failure(bytes)).code).toBe('PDF_INVALID');
  });

  it('a PDF header followed by garbage → PDF_INVALID', async () => {
    expect((await failure(new Uint8Array(Buffer.from(`%PDF-1.7\n${'garbage '.repeat(300)}`)))).code).toBe('PDF_INVALID');
  });

  it('a PDF cut in the middle → an error, or a TRUNCATED warning when pdfjs can recover pages', async () => {
    const cut = simple.subarray(0, Math.floor(simple.length * 0.5));
    const early = await failure(cut).catch(() => null);
    if (early) expect(['PDF_INVALID', 'PDF_DAMAGED', 'PDF_SCANNED']).toContain(early.code);
    const tail = simple.subarray(0, simple.length - 12);
    const m = await fromBytes(tail);
    expect(m.warnings.map((w) => w.code)).toContain('PDF_TRUNCATED');
  });

  it('refuses more pages than maxPages', async () => {
    const three = makePdf(['First', 'Second', 'Third'].map((w) => ({ content: text(`${w} page of the body`, 72, 500) })));
    const err = await failure(three, { maxPages: 2 });
    expect(err.code).toBe('PDF_TOO_MANY_PAGES');
    expect(err.en).toMatch(/3 pages/);
    expect((await fromBytes(three, { maxPages: 3 })).pages).toBe(3);
  });

  it('a page with no text → PDF_SCANNED naming OCR', async () => {
    const err = await failure(makePdf([{ content: '0 0 m 10 10 l S' }]));
    expect(err.code).toBe('PDF_SCANNED');
    expect(err.en).toMatch(/needs OCR/);
  });
});

const hasQpdf = hasTool('qpdf');
if (!hasQpdf) console.warn('test/pdf/bad.test.ts: qpdf not found (apt-get install qpdf), encrypted-PDF tests skipped');

/** The simple PDF encrypted by qpdf (user password "user"); only called when qpdf is installed. */
function encrypted(): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-enc-'));
  writeFileSync(join(dir, 'in.pdf'), simple);
  execFileSync('qpdf', ['--encrypt', 'user', 'owner', '256', '--', join(dir, 'in.pdf'), join(dir, 'out.pdf')]);
  return new Uint8Array(readFileSync(join(dir, 'out.pdf')));
}

describe.runIf(hasQpdf)('encrypted PDF (qpdf)', () => {
  const enc = hasQpdf ? encrypted() : new Uint8Array();

  it('without a password → PDF_PASSWORD_NEEDED, telling to use --password', async () => {
    const err = await failure(enc);
    expect(err.code).toBe('PDF_PASSWORD_NEEDED');
    expect(err.en).toMatch(/--password/);
    expect(err.vi).toMatch(/--password/);
  });

  it('with a wrong password → PDF_WRONG_PASSWORD', async () => {
    expect((await failure(enc, { password: 'nope' })).code).toBe('PDF_WRONG_PASSWORD');
  });

  it('with the password → the text', async () => {
    expect(texts(await fromBytes(enc, { password: 'user' }))).toEqual(['Hello plan-extract Second line of text']);
  });
});
