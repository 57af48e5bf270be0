// Paired whole-process CPU time (user + sys) of `plan-extract --pdf-engine pdfium` against
// `--pdf-engine pdfjs` on the same PDFs: KH 277 (12 pages, from ../shared/corpus), a 100-page
// repeat of it (qpdf --pages), a PDF fixture; the two runs of each pair alternate order; medians
// with min–max over N pairs (default 5). Also PDFium's cold load (read + compile of the .wasm) and
// peak RSS. Run it niced: `nice -n 10 node test/bench/pdf-engines.mjs [pairs]`. Needs GNU time
// (/usr/bin/time) and, for the 100-page file, qpdf.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const PAIRS = Number(process.argv[2] ?? 5);
const TIME = '/usr/bin/time';
const KH277 = join(REPO, '../shared/corpus/parsing-data-from-pdf/kh-cao-diem-100-ngay-c-s-tp-hn.pdf');
const FIXTURE = join(REPO, 'fixtures/pdf/000_2cb036a4f30d648d.pdf');
if (!existsSync(TIME)) {
  console.error('test/bench/pdf-engines.mjs: needs GNU time at /usr/bin/time (apt-get install time)');
  process.exit(2);
}
const tmp = mkdtempSync(join(tmpdir(), 'pdf-engines-'));
const inputs = [['fixture 000 (21 pp)', FIXTURE]];
if (existsSync(KH277)) {
  inputs.unshift(['KH 277 (12 pp)', KH277]);
  try {
    const out = join(tmp, 'kh277x100.pdf');
    execFileSync('qpdf', ['--empty', '--pages', ...Array(8).fill(KH277), KH277, '1-4', '--', out]);
    inputs.push(['KH 277 × 100 pp', out]);
  } catch {
    console.log('(qpdf not found: no 100-page input)');
  }
} else console.log('(../shared/corpus absent: KH 277 skipped)');

function run(file, engine) {
  const r = spawnSync(TIME, ['-f', '%U %S %M', process.execPath, join(REPO, 'bin/plan-extract'), file, '--pdf-engine', engine, '--ocr', 'off', '-q', '-o', join(tmp, `${engine}.json`)], { encoding: 'utf8' });
  const last = r.stderr.trim().split('\n').pop() ?? '';
  const [u, s, kb] = last.split(' ').map(Number);
  if (r.status !== 0 || !Number.isFinite(u)) throw new Error(`${engine} on ${file} failed: ${r.stderr.slice(0, 300)}`);
  return { cpu: u + s, rssMiB: kb / 1024 };
}
const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (xs, d = 2) => `${med(xs).toFixed(d)} (${Math.min(...xs).toFixed(d)}–${Math.max(...xs).toFixed(d)})`;

for (const [label, file] of inputs) {
  const ratio = [];
  const js = [];
  const um = [];
  const rss = { pdfjs: [], pdfium: [] };
  for (let i = 0; i < PAIRS; i++) {
    const order = i % 2 ? ['pdfium', 'pdfjs'] : ['pdfjs', 'pdfium'];
    const r = {};
    for (const e of order) r[e] = run(file, e);
    js.push(r.pdfjs.cpu);
    um.push(r.pdfium.cpu);
    ratio.push(r.pdfjs.cpu / r.pdfium.cpu);
    rss.pdfjs.push(r.pdfjs.rssMiB);
    rss.pdfium.push(r.pdfium.rssMiB);
  }
  console.log(`${label}: CPU s pdfjs ${fmt(js)} · pdfium ${fmt(um)} · pdfjs/pdfium ${fmt(ratio)}× · peak RSS MiB pdfjs ${fmt(rss.pdfjs, 0)} · pdfium ${fmt(rss.pdfium, 0)}`);
}

// Cold load: a fresh process imports the package and compiles the .wasm (median of PAIRS).
const load = [];
const loadCpu = [];
for (let i = 0; i < PAIRS; i++) {
  const script = `const t = performance.now(); const c = process.cpuUsage(); const { loadPdfium } = await import(${JSON.stringify(join(REPO, 'dist/extract/pdf-pdfium/wasm.js'))}); await loadPdfium(); const u = process.cpuUsage(c); console.log(performance.now() - t, (u.user + u.system) / 1000);`;
  const [ms, cpu] = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }).trim().split(' ').map(Number);
  load.push(ms);
  loadCpu.push(cpu);
}
console.log(`PDFium cold load: wall ms ${fmt(load, 0)} · CPU ms ${fmt(loadCpu, 0)}`);
rmSync(tmp, { recursive: true, force: true });
