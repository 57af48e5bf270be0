#!/usr/bin/env node
// node test/bench/ocr.mjs (after a build; also the last part of `npm run bench`): seconds per OCR'd
// page of the whole CLI run (bin/plan-extract: process and worker start, PDF reading, rendering,
// levelling, ruling lines, the engine, the recognisers, the JSON written) with the native engine
// (tesseract CLI) and the embedded one (tesseract.js), next to the `tesseract` command alone on
// the same page images (exactly what the pipeline hands the engine: src/extract/ocr/prepare.ts),
// measured in one run. CPU time (user + sys of the process and its children, from wait4 — see
// cpu.mjs) is what the ratio uses: the machine may be shared, and wall time then says little.
// Medians with min–max over the pages. Scans: the fixture scan of KH 171 and, when
// ../shared/corpus is there, two corpus scans. OCR_BENCH_EMBEDDED=0 skips the (slow) embedded
// engine, =all runs it on every scan (default: the first one).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cpuMethod, measure } from './cpu.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const corpus = resolve(repo, '../shared/corpus');
if (!existsSync(join(repo, 'dist/cli/main.js'))) {
  console.error('dist/ is missing: run `npm run build` first');
  process.exit(1);
}
const { DEFAULT_DPI } = await import(join(repo, 'dist/extract/ocr/index.js'));
const { pageRenderer } = await import(join(repo, 'dist/extract/ocr/render.js'));
const { preparePage } = await import(join(repo, 'dist/extract/ocr/prepare.js'));

const files = [join(repo, 'fixtures/ocr/003-scan-p1.pdf')];
for (const rel of ['vbai-lamdong/CV 5689 BCA-C04/5689_BCA-C04.pdf', 'das-luu-tru-cong-van/kh-753-khao-sat-xac-dinh-chi-so-hai-long-cua-nguoi-dan-doi-voi-dich-vu-cong-nam-2026-20260629110301-e.pdf']) {
  if (existsSync(join(corpus, rel))) files.push(join(corpus, rel));
}
const hasTesseract = spawnSync('tesseract', ['--version']).status === 0;
const EMBEDDED = process.env.OCR_BENCH_EMBEDDED ?? '1';
// One engine thread, as the pipeline runs it (pages run in a worker pool already).
const env = { ...process.env, OMP_THREAD_LIMIT: '1' };
const sorted = (xs) => [...xs].sort((a, b) => a - b);
const median = (xs) => {
  const s = sorted(xs);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const stats = (xs, unit = ' s') => (xs.length ? `${median(xs).toFixed(2)}${unit} (${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)})` : 'n/a');

const tmp = mkdtempSync(join(tmpdir(), 'plan-extract-ocr-bench-'));
/** The CLI on one file: CPU and wall seconds per OCR'd page, and the pages. */
function cli(file, engine) {
  const out = join(tmp, 'out.json');
  const m = measure(process.execPath, [join(repo, 'bin/plan-extract'), file, '--ocr-engine', engine, '-o', out], { env });
  if (m.status !== 0) throw new Error(`plan-extract ${file} --ocr-engine ${engine}: exit ${m.status}`);
  const pages = JSON.parse(readFileSync(out, 'utf8')).documents[0].source.ocr?.pages ?? [];
  return { cpu: m.cpu / pages.length, wall: m.wall / pages.length, pages };
}

const row = { alone: { cpu: [], wall: [] }, native: { cpu: [], wall: [] }, js: { cpu: [], wall: [] } };
let batch = null;
const ratios = { cpu: [], wall: [] };
try {
  for (const [i, f] of files.entries()) {
    const name = f.split('/').pop();
    if (hasTesseract) {
      const run = cli(f, 'tesseract');
      // The same page images the engine got in that run, then `tesseract` alone on each.
      const r = await pageRenderer(new Uint8Array(readFileSync(f)));
      let aloneCpu = 0;
      let aloneWall = 0;
      for (const p of run.pages) {
        const img = join(tmp, `p${p}.pgm`);
        writeFileSync(img, (await preparePage(r, p, DEFAULT_DPI)).pgm);
        const t = measure('tesseract', [img, 'stdout', '-l', 'vie', '--psm', '3', '--dpi', String(DEFAULT_DPI), 'tsv'], { env });
        row.alone.cpu.push(t.cpu);
        row.alone.wall.push(t.wall);
        aloneCpu += t.cpu;
        aloneWall += t.wall;
      }
      await r.close();
      for (let k = 0; k < run.pages.length; k++) {
        row.native.cpu.push(run.cpu);
        row.native.wall.push(run.wall);
      }
      const n = run.pages.length;
      ratios.cpu.push((run.cpu * n) / aloneCpu);
      ratios.wall.push((run.wall * n) / aloneWall);
      console.log(`${name}: ${n} OCR'd page(s); per page: CLI ${run.cpu.toFixed(2)} s CPU / ${run.wall.toFixed(2)} s wall, tesseract alone ${(aloneCpu / n).toFixed(2)} s CPU / ${(aloneWall / n).toFixed(2)} s wall; CPU ratio ${((run.cpu * n) / aloneCpu).toFixed(2)}×`);
    }
    if (EMBEDDED !== '0' && (i === 0 || EMBEDDED === 'all')) {
      const run = cli(f, 'tesseract.js');
      for (let k = 0; k < run.pages.length; k++) {
        row.js.cpu.push(run.cpu);
        row.js.wall.push(run.wall);
      }
      console.log(`${name}: embedded engine, per page ${run.cpu.toFixed(2)} s CPU / ${run.wall.toFixed(2)} s wall`);
    }
  }
  // All the scans in one batch on one worker (-j 1), as an archive is read: the start-up is paid once.
  if (hasTesseract && files.length > 1) {
    const m = measure(process.execPath, [join(repo, 'bin/plan-extract'), ...files, '--ocr-engine', 'tesseract', '-j', '1', '--out-dir', join(tmp, 'batch')], { env });
    if (m.status !== 0) throw new Error(`plan-extract batch: exit ${m.status}`);
    const sum = (xs) => xs.reduce((a, b) => a + b, 0);
    batch = { pages: row.alone.cpu.length, cpu: m.cpu / sum(row.alone.cpu), wall: m.wall / sum(row.alone.wall) };
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
const none = hasTesseract ? null : 'tesseract not installed';
console.log(`OCR at ${DEFAULT_DPI} dpi, seconds per OCR'd page, median (min–max) over ${row.alone.cpu.length || row.js.cpu.length} page(s); CPU by ${cpuMethod}:`);
console.log(`                                            CPU                  wall`);
console.log(`  tesseract CLI alone on the page images    ${none ?? `${stats(row.alone.cpu).padEnd(20)} ${stats(row.alone.wall)}`}`);
console.log(`  plan-extract, native engine (tesseract)   ${none ?? `${stats(row.native.cpu).padEnd(20)} ${stats(row.native.wall)}`}`);
console.log(`  plan-extract, embedded engine (tesseract.js) ${EMBEDDED === '0' ? 'skipped (OCR_BENCH_EMBEDDED=0)' : `${stats(row.js.cpu).padEnd(17)} ${stats(row.js.wall)}`}`);
if (ratios.cpu.length) {
  console.log(`  whole CLI run / tesseract alone, per file: CPU ${stats(ratios.cpu, '×')}, wall ${stats(ratios.wall, '×')}`);
}
if (batch) console.log(`  the ${files.length} scans as one batch (-j 1, ${batch.pages} pages) / tesseract alone on their pages: CPU ${batch.cpu.toFixed(2)}×, wall ${batch.wall.toFixed(2)}×`);
