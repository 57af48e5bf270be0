// PDF extraction speed: ms per page for KH 277 and the seed PDFs, next to `pdftotext -layout`.
// Run: npx vite-node test/bench/pdf.ts   (pdftotext optional; files that are absent are skipped)
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extract } from '../../src/extract/pdf/index.js';

const root = new URL('../../', import.meta.url).pathname;
const corpus = `${root}../shared/corpus`;
const files = [
  `${corpus}/parsing-data-from-pdf/kh-cao-diem-100-ngay-c-s-tp-hn.pdf`,
  `${corpus}/parsing-data-from-pdf/CV 6582.pdf`,
  // TCVN3 text layer drawn glyph by glyph (pdfFactory): the legacy decoding reads the glyphs.
  `${corpus}/viparse-corpus/2005-1ADDZ_Ke_hoach_2005__QH_lan_6_25-10.pdf`,
  ...(existsSync(`${root}fixtures/pdf`) ? readdirSync(`${root}fixtures/pdf`).filter((f) => f.endsWith('.pdf')).map((f) => `${root}fixtures/pdf/${f}`) : []),
].filter((f) => existsSync(f));
const RUNS = 3;

function hasPdftotext(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const withPoppler = hasPdftotext();
// Warm-up: the first call pays for loading pdfjs.
const t0 = performance.now();
if (files[0]) await extract({ bytes: readFileSync(files[0]), path: files[0], format: 'pdf' }, {});
console.log(`first call (loads pdfjs): ${(performance.now() - t0).toFixed(0)} ms`);
console.log(['file', 'pages', 'plan-extract ms/page', 'pdftotext -layout ms/page'].join('\t'));
for (const f of files) {
  const bytes = readFileSync(f);
  const times: number[] = [];
  let pages = 0;
  for (let i = 0; i < RUNS; i++) {
    const s = performance.now();
    const m = await extract({ bytes, path: f, format: 'pdf' }, {});
    times.push(performance.now() - s);
    pages = m.pages ?? 1;
  }
  const ours = median(times) / pages;
  let theirs = '-';
  if (withPoppler) {
    const pt: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const s = performance.now();
      execFileSync('pdftotext', ['-layout', f, '-'], { stdio: ['ignore', 'ignore', 'ignore'] });
      pt.push(performance.now() - s);
    }
    theirs = (median(pt) / pages).toFixed(1);
  }
  console.log([f.split('/').pop(), pages, ours.toFixed(1), theirs].join('\t'));
}
