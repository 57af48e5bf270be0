#!/usr/bin/env node
// node test/bench/ocr.mjs (after a build): seconds per OCR'd page of the whole pipeline with the
// native engine (tesseract CLI) and the embedded one (tesseract.js), next to the `tesseract`
// command alone on the same page images (rendered at the pipeline's resolution). Medians with
// min–max over the pages. Scans: the fixture scan of KH 171 and, when ../shared/corpus is there,
// a few corpus scans. OCR_BENCH_EMBEDDED=0 skips the (slow) embedded engine.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const corpus = resolve(repo, '../shared/corpus');
const { extractFile } = await import(join(repo, 'dist/pipeline.js'));
const { DEFAULT_DPI } = await import(join(repo, 'dist/extract/ocr/index.js'));
const { pageRenderer } = await import(join(repo, 'dist/extract/ocr/render.js'));
const { estimateSkew, rotate, toPgm } = await import(join(repo, 'dist/extract/ocr/image.js'));

const files = [join(repo, 'fixtures/ocr/003-scan-p1.pdf')];
for (const rel of ['vbai-lamdong/CV 5689 BCA-C04/5689_BCA-C04.pdf', 'das-luu-tru-cong-van/kh-753-khao-sat-xac-dinh-chi-so-hai-long-cua-nguoi-dan-doi-voi-dich-vu-cong-nam-2026-20260629110301-e.pdf']) {
  if (existsSync(join(corpus, rel))) files.push(join(corpus, rel));
}
const hasTesseract = spawnSync('tesseract', ['--version']).status === 0;
const embedded = process.env.OCR_BENCH_EMBEDDED !== '0';
const stats = (xs) => {
  if (!xs.length) return 'n/a';
  const s = [...xs].sort((a, b) => a - b);
  return `${s[Math.floor(s.length / 2)].toFixed(1)} s (${s[0].toFixed(1)}–${s[s.length - 1].toFixed(1)})`;
};

const alone = [];
const native = [];
const js = [];
const tmp = mkdtempSync(join(tmpdir(), 'plan-extract-ocr-bench-'));
try {
  for (const f of files) {
    const name = f.split('/').pop();
    let pages = 0;
    if (hasTesseract) {
      const t0 = Date.now();
      const doc = await extractFile(f, { ocrEngine: 'tesseract' });
      pages = doc.source.ocr?.pages.length ?? 0;
      native.push((Date.now() - t0) / 1000 / pages);
      // The same page images, levelled as the pipeline does, then `tesseract` alone on each.
      const r = await pageRenderer(new Uint8Array(readFileSync(f)));
      for (const p of doc.source.ocr.pages) {
        let img = await r.render(p, DEFAULT_DPI);
        const skew = estimateSkew(img);
        if (Math.abs(skew) >= 0.15) img = rotate(img, skew);
        const file = join(tmp, `p${p}.pgm`);
        writeFileSync(file, toPgm(img));
        const t1 = Date.now();
        execFileSync('tesseract', [file, 'stdout', '-l', 'vie', '--psm', '3', '--dpi', String(DEFAULT_DPI), 'tsv'], { stdio: ['ignore', 'ignore', 'ignore'], env: { ...process.env, OMP_THREAD_LIMIT: '1' } });
        alone.push((Date.now() - t1) / 1000);
      }
      await r.close();
      console.log(`${name}: ${pages} OCR'd page(s), native pipeline ${native[native.length - 1].toFixed(1)} s/page`);
    }
    if (embedded && (js.length === 0 || process.env.OCR_BENCH_EMBEDDED === 'all')) {
      const t0 = Date.now();
      const doc = await extractFile(f, { ocrEngine: 'tesseract.js' });
      const n = doc.source.ocr?.pages.length ?? 1;
      js.push((Date.now() - t0) / 1000 / n);
      console.log(`${name}: embedded pipeline ${js[js.length - 1].toFixed(1)} s/page`);
    }
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
console.log(`OCR at ${DEFAULT_DPI} dpi, seconds per OCR'd page, median (min–max):`);
console.log(`  tesseract CLI alone on the page images   ${hasTesseract ? stats(alone) : 'tesseract not installed'}`);
console.log(`  pipeline, native engine (tesseract)      ${hasTesseract ? stats(native) : 'tesseract not installed'}`);
console.log(`  pipeline, embedded engine (tesseract.js) ${embedded ? stats(js) : 'skipped (OCR_BENCH_EMBEDDED=0)'}`);
if (hasTesseract && alone.length) {
  const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(`  native pipeline / tesseract alone: ${(med(native) / med(alone)).toFixed(2)}×`);
}
