#!/usr/bin/env node
// npm run bench: speed and memory of the built library (dist/) on the real documents.
// Prints one line per document: format, ms per document (median of N runs), ms per page for
// PDFs next to `pdftotext -layout` when poppler is installed, and the peak RSS.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const shared = resolve(repo, '../shared');
const { extractBytes } = await import(join(repo, 'dist/pipeline.js'));
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

const inputs = [];
const add = (dir, filter) => {
  if (!existsSync(dir)) return;
  for (const f of readdirSync(dir).sort()) if (filter(f)) inputs.push(join(dir, f));
};
add(join(repo, 'fixtures/seeds'), (f) => f.endsWith('.txt'));
add(join(repo, 'fixtures/docx'), (f) => f.endsWith('.docx'));
add(join(repo, 'fixtures/pdf'), (f) => f.endsWith('.pdf'));
add(join(shared, 'corpus/parsing-data-from-pdf'), (f) => f.endsWith('.pdf'));

const hasPdftotext = spawnSync('pdftotext', ['-v']).status === 0;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
let peak = process.memoryUsage().rss;

console.log(`plan-extract bench — ${RUNS} runs each, median; node ${process.version}`);
console.log(['file', 'format', 'pages', 'ms/doc', 'ms/page', 'pdftotext ms/page', 'tasks'].join('\t'));
for (const path of inputs) {
  const bytes = readFileSync(path);
  const times = [];
  let doc;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    try {
      doc = await extractBytes({ bytes, path });
    } catch (e) {
      doc = null;
      times.push(performance.now() - t0);
      break;
    }
    times.push(performance.now() - t0);
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  const ms = median(times);
  const pages = doc?.source.pages ?? '';
  let ref = '';
  if (path.endsWith('.pdf') && hasPdftotext) {
    const rt = [];
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      execFileSync('pdftotext', ['-layout', path, '-'], { stdio: ['ignore', 'ignore', 'ignore'] });
      rt.push(performance.now() - t0);
    }
    ref = pages ? (median(rt) / pages).toFixed(1) : median(rt).toFixed(1);
  }
  const name = path.replace(`${shared}/`, '../shared/').replace(`${repo}/`, '');
  console.log([name, doc?.source.format ?? 'error', pages, ms.toFixed(1), pages ? (ms / pages).toFixed(1) : '', ref, doc ? doc.tasks.length : ''].join('\t'));
}
console.log(`peak RSS ${(peak / 1048576).toFixed(0)} MiB`);

// Start-up: --version must not load the heavy engines.
const t0 = performance.now();
execFileSync(process.execPath, [join(repo, 'bin/plan-extract'), '--version']);
console.log(`plan-extract --version: ${(performance.now() - t0).toFixed(0)} ms (process start included)`);
