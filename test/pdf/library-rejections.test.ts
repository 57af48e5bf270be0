// A library caller reading a damaged PDF in its own thread: pdfjs's own unhandled rejections
// (src/extract/pdf/engine-rejections.ts) must not end the caller's process, and the caller's own
// unhandled rejections must still end it as Node does. Run in a child node (vitest listens for
// unhandled rejections itself), on the built library (dist/, made by `npm test` before vitest).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MUTATE, rng } from '../../scripts/fuzz/mutate.mjs';
import { corpusFile, corpusMissing, REPO } from '../helpers/seeds.js';

const dir = mkdtempSync(join(tmpdir(), 'lib-rejections-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs a module that imports the library as `lib`; its exit status and output. */
function runWithLibrary(body: string): { status: number | null; stdout: string; stderr: string } {
  const file = join(dir, `case-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(file, `const lib = await import(${JSON.stringify(join(REPO, 'dist/index.js'))});\n${body}\n`);
  const r = spawnSync(process.execPath, [file], { encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const scan = corpusFile('mineru-vietocr/e.pdf');
corpusMissing('test/pdf/library-rejections.test.ts');

describe('pdf: pdfjs rejections left unhandled, read by a library caller in its thread', () => {
  it.skipIf(!scan)('mineru e.pdf with 17 object numbers changed (fuzz seed 1205, case 28): one error, the process lives on', () => {
    // The fuzzer's case: its PRNG drew the source first (one draw), then the mutation.
    const r = rng((1205 * 1_000_003 + 28) >>> 0);
    r.pick([scan]);
    const m = MUTATE.pdf(r, new Uint8Array(readFileSync(scan!)));
    expect(m.what).toBe('17 object numbers / references changed');
    const damaged = join(dir, 'damaged.pdf');
    writeFileSync(damaged, m.bytes);
    const out = runWithLibrary(`
      try { await lib.extractBytes({ bytes: new Uint8Array((await import('node:fs')).readFileSync(${JSON.stringify(damaged)})), path: 'e.pdf' }, { ocr: 'off' }); console.log('read'); }
      catch (e) { console.log('error', e.code); }
      await new Promise((r) => setTimeout(r, 200));
      console.log('alive');`);
    expect(out.stderr).not.toMatch(/Unhandled|XRefEntryException/);
    expect(out.stdout.trim().split('\n')).toEqual(['error PDF_SCANNED', 'alive']);
    expect(out.status).toBe(0);
  }, 130_000);

  it("the caller's own unhandled rejection during a PDF read still ends its process, as Node does", () => {
    const out = runWithLibrary(`
      const read = lib.extractBytes({ bytes: new Uint8Array((await import('node:fs')).readFileSync(${JSON.stringify(join(REPO, 'fixtures/pdf/003_731ef92cda07baf8.pdf'))})), path: '003.pdf' });
      Promise.reject(new Error('the caller forgot this one'));
      await read;
      await new Promise((r) => setTimeout(r, 200));
      console.log('alive');`);
    expect(out.stderr).toContain('Error: the caller forgot this one');
    expect(out.stdout).not.toContain('alive');
    expect(out.status).toBe(1);
  }, 130_000);
});
