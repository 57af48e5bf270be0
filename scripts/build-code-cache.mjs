#!/usr/bin/env node
// Makes the V8 code cache of the bundle (dist/bundle/cli.cjs.cache, worker.cjs.cache): runs the
// command line from the bundle, through bin/load-bundle.cjs in its cache-writing mode, on the
// documents bundled in the repo — a single text, Word file and HTML page (read on this thread),
// a PDF and a mixed batch (read by one worker) — in every output format, then saves the bytecode
// of every function those runs compiled. Later runs load it instead of compiling (README,
// Benchmarks). Run after scripts/build-bundle.mjs by `npm run build`, `prepare` and `npm test`.
// The cache is only as good as the V8 that made it: a run under another node or other V8 flags
// compiles as before (test/cli/code-cache.test.ts checks that this build's cache is taken).
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const seeds = ['000_2cb036a4f30d648d', '001_eb04ff3914c6f1ad', '002_ee21ab449407d70d', '003_731ef92cda07baf8', '004_ceed5cc17a5fa85e'];
const txt = seeds.map((s) => join(repo, 'fixtures/seeds', `${s}.txt`));
const docx = join(repo, 'fixtures/docx', `${seeds[0]}.docx`);
const pdf = join(repo, 'fixtures/pdf', `${seeds[3]}.pdf`);

/** A page of seed 003 as simple HTML (paragraphs, one table row): the HTML reader's path. */
function htmlPage() {
  const lines = readFileSync(txt[3], 'utf8').split('\n').filter((l) => l.trim());
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<!doctype html><html><body>${lines.map((l) => `<p>${esc(l)}</p>`).join('')}<table><tr><td>1</td><td>Rà soát</td></tr></table></body></html>`;
}

async function main() {
  process.env.PLAN_EXTRACT_WRITE_CODE_CACHE = '1'; // before the loader is loaded, and for the workers
  const loader = createRequire(import.meta.url)('../bin/load-bundle.cjs');
  loader.tuneV8();
  globalThis[Symbol.for('plan-extract.bundle-loader')] = loader;
  const { main: run } = loader.load(join(repo, 'dist/bundle/cli.cjs'));
  const out = await mkdtemp(join(tmpdir(), 'plan-extract-cache-'));
  const sink = () => new Writable({ write: (_c, _e, done) => done() });
  const runs = [
    [txt[0]],
    [txt[1], '--format', 'md'],
    [txt[2], '--format', 'html'],
    [txt[3], '--format', 'csv'],
    [txt[4], '--format', 'ndjson'],
    [docx],
    ['-', '--from', 'html'],
    [pdf],
    [...txt, docx, pdf, '-j', '1', '--format', 'ndjson'],
    [...txt.slice(0, 2), '--out-dir', join(out, 'each')],
  ];
  try {
    for (const argv of runs) {
      const stdin = Readable.from([Buffer.from(htmlPage())]);
      const code = await run({ argv, stdin, stdout: sink(), stderr: sink(), env: { ...process.env, LANG: 'C.UTF-8' } });
      if (code !== 0) throw new Error(`plan-extract ${argv.join(' ')}: exit ${code}`);
    }
    loader.writeCodeCaches();
  } finally {
    await rm(out, { recursive: true, force: true });
  }
  process.stdout.write('dist/bundle: code cache written\n');
}

await main();
