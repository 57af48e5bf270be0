#!/usr/bin/env node
// Where a cold PDF run goes: one process per step, each step doing one stage more than the one
// before (whole-process CPU, user + sys, medians of RUNS with min–max), next to the pdfjs
// text-only floor and the CLI itself. After `npm run build`:
//   node test/bench/pdf-stages.mjs FILE.pdf [RUNS]
// Steps: load (node + pdfjs), ops (+ the operator list of every page), text (+ the text items
// rebuilt from it), walk (+ the operator walk for rules and runs), pages (readPage as the reader
// runs it, + tables and lines), extract (the whole extraction and the JSON), cli (bin/plan-extract).
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dist = (p) => pathToFileURL(join(repo, 'dist', p)).href;
const [step, file] = process.argv.slice(2);
const STEPS = ['load', 'ops', 'text', 'walk', 'pages', 'extract'];

if (STEPS.includes(step) && file) await runStep(step, file);
else await main(process.argv[2], Number(process.argv[3] ?? 5));

async function runStep(name, path) {
  const k = STEPS.indexOf(name);
  const { openPdf, loadPdfjs } = await import(dist('extract/pdf/open.js'));
  const bytes = readFileSync(path);
  if (name === 'load') return void (await loadPdfjs());
  if (name === 'extract') {
    const { extractBytes } = await import(dist('pipeline.js'));
    return void JSON.stringify(await extractBytes({ bytes, path }), null, 2);
  }
  const { textFromOperators } = await import(dist('extract/pdf/glyph-text.js'));
  const { walkOperators } = await import(dist('extract/pdf/ops.js'));
  const { legacyFontEncoding } = await import(dist('extract/legacy/index.js'));
  const { readPage } = await import(dist('extract/pdf/page.js'));
  const { extractTables } = await import(dist('extract/pdf/tables.js'));
  const { buildLines } = await import(dist('extract/pdf/lines.js'));
  const pdfjs = await loadPdfjs();
  const { doc, OPS } = await openPdf(new Uint8Array(bytes));
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    if (name === 'pages') {
      buildLines(extractTables(await readPage(page, n, OPS)).rest);
      continue;
    }
    const ol = await page.getOperatorList();
    const font = (id) => {
      const o = page.commonObjs.get(id);
      return { name: o.name, vertical: o.vertical, fontMatrix: o.fontMatrix, isType3Font: o.isType3Font, bold: false, italic: false };
    };
    if (k >= STEPS.indexOf('text')) textFromOperators(ol, OPS, page.view, font, pdfjs.normalizeUnicode);
    // Words only of legacy-font runs, as the reader asks (page.ts).
    if (k >= STEPS.indexOf('walk')) walkOperators(ol, OPS, [1, 0, 0, -1, 0, page.view[3]], font, (f) => legacyFontEncoding(f.name) !== null);
    page.cleanup();
  }
  await doc.destroy();
}

async function main(path, runs) {
  if (!path) {
    console.error('usage: node test/bench/pdf-stages.mjs FILE.pdf [RUNS]');
    process.exit(2);
  }
  const { measure } = await import('./cpu.mjs');
  const me = fileURLToPath(import.meta.url);
  const cmds = [
    ...STEPS.map((s) => [s, [process.execPath, me, s, path]]),
    ['cli', [process.execPath, join(repo, 'bin/plan-extract'), path, '-q']],
    ['pdfjs text-only floor', [process.execPath, join(repo, 'test/bench/pdfjs-floor.mjs'), 'text', path]],
  ];
  const cpu = new Map(cmds.map(([n]) => [n, []]));
  for (let i = 0; i < runs; i++) {
    for (const [n, argv] of cmds) {
      const m = measure(argv[0], argv.slice(1));
      if (m.status !== 0) throw new Error(`${n}: exit ${m.status}`);
      cpu.get(n).push(m.cpu * 1000);
    }
  }
  const med = (xs) => [...xs].sort((a, b) => a - b)[(xs.length - 1) >> 1];
  console.log(`${path}: CPU ms, median (min–max) of ${runs} runs`);
  for (const [n, xs] of cpu) console.log(`  ${n.padEnd(22)} ${med(xs).toFixed(0).padStart(6)} (${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)})`);
}
