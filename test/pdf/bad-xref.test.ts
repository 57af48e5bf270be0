// PDFs whose cross-reference table was damaged (offsets moved, generations changed, entries sent
// past the end): pdfjs alone loses fonts or pages ("Bad (uncompressed) XRef entry", "Inconsistent
// generation in XRef") or, before, crashed with an unhandled rejection. They are read as the
// undamaged file is, with a PDF_REPAIRED warning; what cannot be repaired is one PlanExtractError.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PlanExtractError } from '../../src/model/errors.js';
import { extractBytes } from '../../src/pipeline.js';
import { checkXref, forceRebuild, xrefDamaged } from '../../src/extract/pdf/xref.js';
import { REPO } from '../helpers/seeds.js';
import { rewriteXref, xrefEntries } from '../../scripts/fuzz/pdf-xref.mjs';

const FIXTURE = new Uint8Array(readFileSync(join(REPO, 'fixtures/pdf/003_731ef92cda07baf8.pdf')));
const entries = xrefEntries(FIXTURE);
const rejections: unknown[] = [];
const onRejection = (e: unknown): void => void rejections.push(e);
beforeAll(() => void process.on('unhandledRejection', onRejection));
afterAll(() => void process.off('unhandledRejection', onRejection));

const codes = (d: { warnings: { code: string }[] }): string[] => d.warnings.map((w) => w.code);
const tail = (n: number) => entries.slice(entries.length - n);

const DAMAGE: [string, () => Uint8Array][] = [
  ['the last two entries moved 7 bytes on (into their own "obj" line)', () => rewriteXref(FIXTURE, tail(2), (e) => e.offset + 7)],
  ['the last two entries moved 3 bytes back', () => rewriteXref(FIXTURE, tail(2), (e) => e.offset - 3)],
  ['the first two entries swapped', () => rewriteXref(FIXTURE, entries.slice(0, 2), (e) => entries[e === entries[0] ? 1 : 0].offset)],
  ['two generations changed (Inconsistent generation in XRef)', () => rewriteXref(FIXTURE, tail(2), (e) => e.offset, () => 3)],
  ['two entries sent past the end of the file', () => rewriteXref(FIXTURE, tail(2), () => FIXTURE.length + 500)],
  ['two entries pointing at the last bytes (End of file inside an object)', () => rewriteXref(FIXTURE, tail(2), () => FIXTURE.length - 12)],
  ['every entry moved 7 bytes on', () => rewriteXref(FIXTURE, entries, (e) => e.offset + 7)],
];

describe('pdf: damaged cross-reference tables', () => {
  let original: Awaited<ReturnType<typeof extractBytes>>;
  beforeAll(async () => {
    original = await extractBytes({ bytes: FIXTURE, path: 'kh.pdf' });
  }, 60_000);

  it('the check finds no damage in the committed fixtures, and finds the moved entries', () => {
    expect(entries.length).toBe(40);
    expect(xrefDamaged(checkXref(FIXTURE))).toBe(false);
    expect(checkXref(rewriteXref(FIXTURE, tail(2), (e) => e.offset + 7))).toEqual({ bad: 2, checked: 40, broken: null });
    expect(checkXref(forceRebuild(FIXTURE)).broken).toMatch(/neither a table nor an object/);
  });

  const hasQpdf = (() => {
    try {
      execFileSync('sh', ['-c', 'command -v qpdf'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();
  it.skipIf(!hasQpdf)('sound tables written other ways are not called damaged: linearized, cross-reference streams (qpdf)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'xref-'));
    try {
      const src = join(REPO, 'fixtures/pdf/003_731ef92cda07baf8.pdf');
      for (const args of [['--linearize'], ['--object-streams=generate'], ['--object-streams=generate', '--linearize']]) {
        const out = join(dir, 'out.pdf');
        execFileSync('qpdf', [...args, src, out]);
        expect(checkXref(new Uint8Array(readFileSync(out))), args.join(' ')).toMatchObject({ bad: 0, broken: null });
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  for (const [label, build] of DAMAGE) {
    it(`${label}: read like the undamaged file, with PDF_REPAIRED`, { timeout: 60_000 }, async () => {
      const doc = await extractBytes({ bytes: build(), path: 'kh.pdf' });
      expect(codes(doc)).toContain('PDF_REPAIRED');
      expect(codes(doc).filter((c) => c !== 'PDF_REPAIRED')).toEqual(codes(original));
      expect(doc.tasks.map((t) => t.text)).toEqual(original.tasks.map((t) => t.text));
      expect(doc.meta).toEqual(original.meta);
      await new Promise((r) => setTimeout(r, 50));
      expect(rejections).toEqual([]);
    });
  }

  it('a table that is damaged and objects that are gone: one PlanExtractError, no late rejection', { timeout: 60_000 }, async () => {
    const s = Buffer.from(FIXTURE).toString('latin1');
    // Every "<num> <gen> obj" is overwritten: nothing to find again.
    const gone = new Uint8Array(Buffer.from(s.replace(/ obj\b/g, ' xbj'), 'latin1'));
    const bytes = rewriteXref(gone, tail(2), (e) => e.offset + 7);
    const err = await extractBytes({ bytes, path: 'kh.pdf' }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(PlanExtractError);
    expect((err as PlanExtractError).en).not.toMatch(/\n/);
    await new Promise((r) => setTimeout(r, 100));
    expect(rejections).toEqual([]);
  });
});
