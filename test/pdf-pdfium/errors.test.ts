// PDFium's failures are the same one-line PlanExtractErrors as pdfjs's: not a PDF, truncated,
// encrypted (qpdf, when installed), too many pages; and --pdf-engine takes only pdfjs|pdfium.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PlanExtractError } from '../../src/model/errors.js';
import { failure as failureOf, fromBytes, hasTool, texts } from '../pdf/helpers.js';
import { makePdf, pdfWithPages, text } from '../pdf/make-pdf.js';
import { openPages } from '../../src/extract/pdf/engines.js';
import { corpusFile, REPO } from '../helpers/seeds.js';

const pdfium = { pdfEngine: 'pdfium' as const };

const failure = (bytes: Uint8Array, opts = {}): Promise<PlanExtractError> => failureOf(bytes, { ...pdfium, ...opts });

const simple = makePdf([{ content: [text('Hello plan-extract', 72, 760), text('Second line of text', 72, 745)].join('\n') }]);

describe('pdfium: bad input', () => {
  it('reads a small valid PDF (the control case)', async () => {
    expect(texts(await fromBytes(simple, pdfium))).toEqual(['Hello plan-extract Second line of text']);
  });
  it('"%PDF-" and garbage → PDF_INVALID', async () => {
    const err = await failure(new Uint8Array(Buffer.from(`%PDF-1.7\n${'garbage '.repeat(300)}`)));
    expect(err.code).toBe('PDF_INVALID');
    expect(err.en).toMatch(/^not a readable PDF: .*\(PDFium: /);
  });
  it('more pages than --max-pages → PDF_TOO_MANY_PAGES', async () => {
    const three = makePdf([1, 2, 3].map((n) => ({ content: text(`Page ${n}`, 72, 760) })));
    expect((await failure(three, { maxPages: 2 })).code).toBe('PDF_TOO_MANY_PAGES');
  });
  it('a page tree whose /Count lies (1 000 000) has the pages that exist, as with pdfjs', async () => {
    const lying = pdfWithPages([text('KE HOACH', 72, 700)], { count: 1_000_000 });
    const doc = await openPages(lying, undefined, 'pdfium');
    expect(doc.numPages).toBe(1);
    await doc.destroy();
  });
  it('a PDF cut in half gives a registry or one clean error, never a crash', async () => {
    const cut = simple.subarray(0, Math.floor(simple.length * 0.5));
    const out = await fromBytes(cut, pdfium).then(() => 'read', (e: unknown) => (e instanceof PlanExtractError ? e.code : `crash: ${String(e)}`));
    expect(out).toMatch(/^(read|PDF_[A-Z_]+)$/);
  });
});

const hasQpdf = hasTool('qpdf');
if (!hasQpdf) console.warn('test/pdf-pdfium/errors.test.ts: qpdf not found (apt-get install qpdf), encrypted-PDF tests skipped');

describe.runIf(hasQpdf)('pdfium: encrypted PDF (qpdf)', () => {
  const enc = (): Uint8Array => {
    const dir = mkdtempSync(join(tmpdir(), 'pdfium-enc-'));
    writeFileSync(join(dir, 'in.pdf'), simple);
    execFileSync('qpdf', ['--encrypt', 'user', 'owner', '256', '--', join(dir, 'in.pdf'), join(dir, 'out.pdf')]);
    return new Uint8Array(readFileSync(join(dir, 'out.pdf')));
  };
  it('without a password → PDF_PASSWORD_NEEDED', async () => {
    expect((await failure(enc())).code).toBe('PDF_PASSWORD_NEEDED');
  });
  it('with a wrong password → PDF_WRONG_PASSWORD', async () => {
    expect((await failure(enc(), { password: 'nope' })).code).toBe('PDF_WRONG_PASSWORD');
  });
  it('with the password → the text', async () => {
    expect(texts(await fromBytes(enc(), { ...pdfium, password: 'user' }))).toEqual(['Hello plan-extract Second line of text']);
  });
});

describe('--pdf-engine on the command line', () => {
  const cli = (args: string[]) => spawnSync(process.execPath, [join(REPO, 'bin/plan-extract'), ...args], { encoding: 'utf8', cwd: REPO });
  it('an unknown engine is bad usage (exit 2, one line naming the choices)', () => {
    const r = cli(['fixtures/pdf/002_ee21ab449407d70d.pdf', '--pdf-engine', 'mupdf']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--pdf-engine/);
    expect(r.stderr).toMatch(/pdfjs/);
  });
  const cv6582 = corpusFile('parsing-data-from-pdf/CV 6582.pdf');
  it.skipIf(!cv6582)('the engine reaches the worker thread (CV 6582: "Máy chủ ảo hóa" only PDFium reads apart)', () => {
    const header = (engine: string) => cli([cv6582!, '--pdf-engine', engine, '-q', '-o', '-']).stdout.includes('"Máy chủ ảo hóa"');
    expect([header('pdfium'), header('pdfjs')]).toEqual([true, false]);
  });
  it('pdfium gives the same JSON as pdfjs on a fixture', () => {
    const a = cli(['fixtures/pdf/002_ee21ab449407d70d.pdf', '--pdf-engine', 'pdfjs', '-q', '-o', '-']);
    const b = cli(['fixtures/pdf/002_ee21ab449407d70d.pdf', '--pdf-engine', 'pdfium', '-q', '-o', '-']);
    expect(b.status).toBe(0);
    expect(b.stdout).toBe(a.stdout);
  });
});
