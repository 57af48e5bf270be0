// How pages are read may get cheaper, never different: every PDF fixture and every corpus PDF
// (when ../shared/corpus is there) gives the same registry read the cheap way (one pass: the text
// rebuilt from the operator list, fonts into a sink, no glyph outlines) and the way pdfjs reads by
// default in Node (glyph outlines built, then a second pass with getTextContent for the text); and
// the fixtures give the same registries whether pdfjs's polyfills of push/JSON stay or are undone.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { engineSettings } from '../../src/extract/pdf/engine.js';
import { pageCounts, pageSettings } from '../../src/extract/pdf/page.js';
import { extractBytes } from '../../src/pipeline.js';
import { pdfsUnder } from '../helpers/pdfs-under.js';
import { CORPUS_DIR, hasCorpus, REPO } from '../helpers/seeds.js';


const FIXTURES = pdfsUnder(join(REPO, 'fixtures/pdf'));
const CORPUS = hasCorpus ? pdfsUnder(CORPUS_DIR) : [];
if (!hasCorpus) console.log('test/pdf/one-pass.test.ts: ../shared/corpus is absent, comparing the PDF fixtures only');

async function registryOf(path: string): Promise<string> {
  try {
    return JSON.stringify(await extractBytes({ bytes: readFileSync(path), path }));
  } catch (e) {
    return `error: ${(e as Error).message}`;
  }
}

describe('page reading: the cheap way gives the same registries', () => {
  const shown = (p: string): string => (p.startsWith(CORPUS_DIR) ? `corpus${p.slice(CORPUS_DIR.length)}` : p.slice(REPO.length + 1));
  it.each([...FIXTURES, ...CORPUS].map((p) => [shown(p), p]))('%s', async (_name, path) => {
    const before = pageCounts.fromTextContent;
    const cheap = await registryOf(path);
    // Every page of these files is read in one pass (nothing falls back to getTextContent).
    expect(pageCounts.fromTextContent).toBe(before);
    engineSettings.glyphOutlines = true;
    pageSettings.textContent = true;
    try {
      expect(await registryOf(path)).toBe(cheap);
    } finally {
      engineSettings.glyphOutlines = false;
      pageSettings.textContent = false;
    }
  }, 120_000);

  it('the fixtures read the same with pdfjs\'s push/JSON polyfills left in place', () => {
    // A child that imports pdfjs before plan-extract does keeps the polyfills (the engine can only
    // restore what it saw before pdfjs ran); the other child gets the native built-ins back.
    const script = `
      const { readFileSync } = await import('node:fs');
      const { extractBytes } = await import(${JSON.stringify(join(REPO, 'dist/pipeline.js'))});
      const out = [];
      for (const p of ${JSON.stringify(FIXTURES)}) out.push(await extractBytes({ bytes: readFileSync(p), path: p }));
      // core-js disguises its functions as native: ask another realm's toString.
      const toString = (await import('node:vm')).runInNewContext('Function.prototype.toString');
      const native = toString.call(Array.prototype.push).includes('[native code]');
      process.stdout.write(JSON.stringify({ native, out }));`;
    const run = (pre: string[]) => {
      const r = spawnSync(process.execPath, [...pre, '--input-type=module', '-e', script], { cwd: REPO, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
      expect(r.status, r.stderr).toBe(0);
      return JSON.parse(r.stdout) as { native: boolean; out: unknown[] };
    };
    const restored = run([]);
    const polyfilled = run(['--import', 'pdfjs-dist/legacy/build/pdf.mjs']);
    expect(restored.native).toBe(true);
    expect(polyfilled.native).toBe(false);
    expect(JSON.stringify(polyfilled.out)).toBe(JSON.stringify(restored.out));
  }, 240_000);
});
