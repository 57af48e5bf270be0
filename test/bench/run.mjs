#!/usr/bin/env node
// npm run bench: the speed of the built CLI (dist/, bin/plan-extract) as whole processes, in one
// run. Every figure is a median over BENCH_RUNS (default 5) runs with its min–max, and every
// comparison is a paired ratio of CPU time (user + sys): A and B run back to back in each round,
// so a machine shared with other work slows both. Tools that are absent are skipped with a line.
//   1. plan-extract against other tools on the same file: pdftotext -layout, the pdfjs floors
//      (text only; operator list only, the one read plan-extract makes), pandoc -t markdown, mammoth (when installed), node -e 0
//   2. pages/s and files/s of a mixed batch with 1 and 2 workers (wall time), and their ratio
//   3. CPU ms per page at 12, 100 and 500 pages (PDFs made by repeating a fixture with qpdf),
//      next to pdftotext -layout, with the peak RSS of the process and of a worker-thread run
// BENCH_RUNS=N changes the number of runs; BENCH_ONLY=compare|batch|pages runs one part;
// BENCH_BIG=1 adds a bigger batch to part 2 (every corpus file but .doc that converts with --ocr off).
// BENCH_LONG=1 adds that batch six times over (246 files): a batch of 16 files and 16 MiB or more runs in a
// second node with --single-threaded-gc (src/cli/relaunch.ts), paired here against one process.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cpuMethod, measure } from './cpu.mjs';
import { canSplitThreads, measureThreads } from './threads.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const corpus = resolve(repo, '../shared/corpus');
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));
const ONLY = process.env.BENCH_ONLY;
const BIN = join(repo, 'bin/plan-extract');
const node = process.execPath;
const PE = (...args) => [node, BIN, ...args];

if (!existsSync(join(repo, 'dist/cli/main.js'))) {
  console.error('dist/ is missing: run `npm run build` first');
  process.exit(1);
}

const has = (cmd, args = ['--version']) => spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;
const tools = {
  pdftotext: has('pdftotext', ['-v']),
  pandoc: has('pandoc'),
  qpdf: has('qpdf'),
  mammoth: existsSync(join(repo, 'node_modules/mammoth/bin/mammoth')) ? join(repo, 'node_modules/mammoth/bin/mammoth') : has('mammoth', ['--help']) ? 'mammoth' : null,
};

const sorted = (xs) => [...xs].sort((a, b) => a - b);
const median = (xs) => {
  const s = sorted(xs);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const spread = (xs, f) => `${f(median(xs))} (${f(Math.min(...xs))}–${f(Math.max(...xs))})`;
const ms = (s) => `${(s * 1000).toFixed(0)} ms`;
const x = (r) => `${r.toFixed(2)}×`;

function runOrFail(argv, label) {
  const m = measure(argv[0], argv.slice(1));
  if (m.status !== 0) throw new Error(`${label}: exit ${m.status} (${argv.join(' ')})`);
  return m;
}

/** Paired rounds of A then B; prints the median CPU of each and the median ratio A/B with its range. */
function paired(label, a, b, bLabel) {
  const ca = [];
  const cb = [];
  const ratio = [];
  for (let i = 0; i < RUNS; i++) {
    const ma = runOrFail(a, label);
    const mb = runOrFail(b, bLabel);
    ca.push(ma.cpu);
    cb.push(mb.cpu);
    ratio.push(ma.cpu / mb.cpu);
  }
  console.log(`  ${label.padEnd(44)} vs ${bLabel.padEnd(30)} ${spread(ratio, x).padEnd(26)} CPU ${ms(median(ca))} vs ${ms(median(cb))}`);
  return median(ratio);
}

console.log(`plan-extract bench — node ${process.version}, ${RUNS} runs per figure, median (min–max); CPU time by ${cpuMethod}`);
for (const [name, ok] of Object.entries(tools)) if (!ok) console.log(`  (${name} not installed: its comparisons are skipped)`);

const kh277 = join(corpus, 'parsing-data-from-pdf/kh-cao-diem-100-ngay-c-s-tp-hn.pdf');
const pdf12 = existsSync(kh277) ? kh277 : null;
const seedTxt = join(repo, 'fixtures/seeds/000_2cb036a4f30d648d.txt');
const docx = join(repo, 'fixtures/docx/000_2cb036a4f30d648d.docx');
const fixturePdf = join(repo, 'fixtures/pdf/003_731ef92cda07baf8.pdf');
const floor = join(repo, 'test/bench/pdfjs-floor.mjs');

if (!ONLY || ONLY === 'compare') {
  console.log('\n1. CPU time, paired ratios (plan-extract ÷ other)');
  const pdfs = pdf12 ? [['KH 277 (12 pp, corpus)', pdf12]] : [];
  if (!pdf12) console.log('  (../shared/corpus absent: KH 277 skipped, the 5-page fixture 003 is used)');
  pdfs.push(['fixture 003 .pdf (5 pp)', fixturePdf]);
  for (const [name, f] of pdfs) {
    if (tools.pdftotext) paired(`${name}`, PE(f), ['pdftotext', '-layout', f, '-'], 'pdftotext -layout');
    paired(`${name}`, PE(f), [node, floor, 'text', f], 'pdfjs getTextContent only');
    paired(`${name}`, PE(f), [node, floor, 'ops', f], 'pdfjs getOperatorList only');
  }
  if (tools.pandoc) paired('fixture 000 .docx', PE(docx), ['pandoc', '-t', 'markdown', docx], 'pandoc -t markdown');
  if (tools.mammoth) paired('fixture 000 .docx', PE(docx), [tools.mammoth, docx], 'mammoth');
  else console.log('  (mammoth is not installed — not a dependency — so the mammoth comparison is skipped)');
  const nodeZero = [node, '-e', '0'];
  paired('seed 000 .txt (47 KB)', PE(seedTxt), nodeZero, 'node -e 0');
  paired('--version', PE('--version'), nodeZero, 'node -e 0');
  paired('--help', PE('--help'), nodeZero, 'node -e 0');
  if (process.env.NODE_EXTRA_CA_CERTS) {
    // Node reads and parses every certificate of that file at start-up, before any script: on the
    // development machine that is about 30-55 ms of CPU added to both sides of the node pairs
    // above, which makes their ratios look smaller than on a machine without it, and to our side
    // only of the pairs against native tools (pandoc, pdftotext), which makes those look larger.
    // The same pairs without it:
    console.log('  NODE_EXTRA_CA_CERTS is set: node parses those certificates at every start; the same pairs without it:');
    const bare = (argv) => ['env', '-u', 'NODE_EXTRA_CA_CERTS', ...argv];
    if (tools.pdftotext) paired(`${pdfs[0][0]}, no extra CAs`, bare(PE(pdfs[0][1])), ['pdftotext', '-layout', pdfs[0][1], '-'], 'pdftotext -layout');
    if (tools.pandoc) paired('fixture 000 .docx, no extra CAs', bare(PE(docx)), ['pandoc', '-t', 'markdown', docx], 'pandoc -t markdown');
    paired('seed 000 .txt (47 KB), no extra CAs', bare(PE(seedTxt)), bare(nodeZero), 'node -e 0, no extra CAs');
    paired('--version, no extra CAs', bare(PE('--version')), bare(nodeZero), 'node -e 0, no extra CAs');
  }
}

/** The batch: seeds, Word and PDF fixtures, and KH 277 when the corpus is there. */
function makeBatch() {
  const dir = mkdtempSync(join(tmpdir(), 'plan-extract-bench-'));
  const add = (from, filter) => {
    for (const f of readdirSync(from).sort()) if (filter(f)) copyFileSync(join(from, f), join(dir, basename(f)));
  };
  add(join(repo, 'fixtures/seeds'), (f) => f.endsWith('.txt'));
  add(join(repo, 'fixtures/docx'), (f) => f.endsWith('.docx'));
  add(join(repo, 'fixtures/pdf'), (f) => f.endsWith('.pdf'));
  if (pdf12) copyFileSync(pdf12, join(dir, 'kh277.pdf'));
  return dir;
}

/** The bigger batch: the corpus's files (no .doc: LibreOffice's time is not ours) that convert with --ocr off, and the seeds. */
function makeBigBatch() {
  const dir = mkdtempSync(join(tmpdir(), 'plan-extract-bench-big-'));
  const walk = (d) => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));
  const files = [...walk(corpus), ...walk(join(repo, 'fixtures/seeds'))].filter((f) => /\.(?:pdf|docx|txt|md|html?)$/i.test(f)).sort();
  files.forEach((f, i) => symlinkSync(f, join(dir, `${String(i).padStart(3, '0')}_${basename(f)}`)));
  // Drop what does not convert without OCR (scanned PDFs): every round must exit 0.
  const r = spawnSync(node, [BIN, dir, '--ocr', 'off', '--format', 'ndjson', '-q'], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  const ok = new Set(r.stdout.split('\n').filter((l) => l.trim()).map((l) => basename(JSON.parse(l).source.path)));
  for (const f of readdirSync(dir)) if (!ok.has(f)) rmSync(join(dir, f));
  return dir;
}

function pdfPagesOf(dir, extra = []) {
  const r = spawnSync(node, [BIN, dir, ...extra, '--format', 'ndjson', '-q'], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  let pages = 0;
  let files = 0;
  for (const line of r.stdout.split('\n')) {
    if (!line.trim()) continue;
    const d = JSON.parse(line);
    files++;
    if (d.source?.format === 'pdf') pages += d.source.pages ?? 0;
  }
  return { pages, files };
}

/** Paired rounds of -j 1 and -j 2 over `dir`: wall, CPU, files/s, PDF pages/s, and CPU per thread (Linux). */
function batchFigures(dir, what, extra = []) {
  const { pages, files } = pdfPagesOf(dir, extra);
  const walls = { 1: [], 2: [] };
  const cpus = { 1: [], 2: [] };
  const threads = { 1: [], 2: [] };
  const speedup = [];
  const once = (j) => {
    const argv = PE(dir, '-j', String(j), '-q', ...extra);
    if (!canSplitThreads) return runOrFail(argv, `-j ${j}`);
    const m = measureThreads(argv[0], argv.slice(1));
    if (m.status !== 0) throw new Error(`-j ${j}: exit ${m.status} (${argv.join(' ')})`);
    threads[j].push(m);
    return m;
  };
  for (let i = 0; i < RUNS; i++) {
    const m1 = once(1);
    const m2 = once(2);
    walls[1].push(m1.wall);
    walls[2].push(m2.wall);
    cpus[1].push(m1.cpu);
    cpus[2].push(m2.cpu);
    speedup.push(m1.wall / m2.wall);
  }
  const s = (v) => `${v.toFixed(2)} s`;
  console.log(`  ${files} files (${pages} PDF pages): ${what}`);
  for (const j of [1, 2]) {
    console.log(
      `  -j ${j}: wall ${spread(walls[j], s)}, ${spread(walls[j].map((w) => files / w), (v) => v.toFixed(2))} files/s, ` +
        `${spread(walls[j].map((w) => pages / w), (v) => v.toFixed(1))} PDF pages/s, CPU ${spread(cpus[j], s)} (${(median(cpus[j]) / median(walls[j])).toFixed(2)} cores busy)`,
    );
    if (threads[j].length) {
      const t = threads[j];
      const sum = (xs) => xs.reduce((a, b) => a + b, 0);
      console.log(
        `        CPU per thread: main ${spread(t.map((m) => m.main), s)}, V8 helpers ${spread(t.map((m) => m.helpers), s)}, ` +
          `workers ${spread(t.map((m) => sum(m.workers)), s)}, busiest worker ${spread(t.map((m) => Math.max(0, ...m.workers)), s)}`,
      );
    }
  }
  console.log(`  speed-up -j 2 ÷ -j 1 (files/s, paired): ${spread(speedup, x)}`);
  // Independent of other load on the machine: how much more CPU the same batch costs on two
  // workers (each worker pays its own JIT warm-up of pdfjs and the pipeline).
  console.log(`  CPU of -j 2 ÷ CPU of -j 1: ${x(median(cpus[2]) / median(cpus[1]))}; wall speed-up is only meaningful on an otherwise idle machine`);
  if (threads[2].length) {
    // On two idle cores a run takes at least half its CPU, and at least its busiest worker's CPU
    // plus the main thread's; a batch runs close to that floor there. The ratio of the floors
    // estimates the idle-machine speed-up from CPU times, which the machine's load barely moves.
    const floor = (j) => Math.max(median(cpus[j]) / 2, median(threads[j].map((m) => Math.max(0, ...m.workers) + m.main)));
    console.log(`  speed-up estimated for two idle cores: ${x(floor(1) / floor(2))} (floor of -j 1 ${floor(1).toFixed(2)} s ÷ floor of -j 2 ${floor(2).toFixed(2)} s; floor = max(CPU ÷ 2, busiest worker + main thread))`);
  }
}

if (!ONLY || ONLY === 'batch') {
  console.log('\n2. A mixed batch, 1 worker vs 2 workers (wall time; paired rounds)');
  const dir = makeBatch();
  try {
    batchFigures(dir, `.txt seeds, .docx and .pdf fixtures${pdf12 ? ', KH 277' : ''}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if ((process.env.BENCH_BIG === '1' || process.env.BENCH_LONG === '1') && existsSync(corpus)) {
    const big = makeBigBatch();
    try {
      if (process.env.BENCH_BIG === '1') batchFigures(big, 'the corpus without .doc (those that convert with --ocr off) and the seeds', ['--ocr', 'off']);
      if (process.env.BENCH_LONG === '1') {
        const long = makeLongBatch(big, 6);
        try {
          longBatchFigures(long, ['--ocr', 'off']);
        } finally {
          rmSync(long, { recursive: true, force: true });
        }
      }
    } finally {
      rmSync(big, { recursive: true, force: true });
    }
  }
}

/** The bigger batch `times` over, as symlinks: a batch long enough for the command to relaunch itself. */
function makeLongBatch(big, times) {
  const dir = mkdtempSync(join(tmpdir(), 'plan-extract-bench-long-'));
  for (let r = 0; r < times; r++) for (const f of readdirSync(big)) symlinkSync(join(big, f), join(dir, `${r}_${f}`));
  return dir;
}

/** Paired rounds over `dir`: -j 1 and -j 2 as a user runs them (relaunched), and -j 2 in one process. */
function longBatchFigures(dir, extra) {
  const files = readdirSync(dir).length;
  const wall = { 1: [], 2: [], one: [] };
  const cpu = { 1: [], 2: [], one: [] };
  const ratio = { wall: [], cpu: [] };
  for (let i = 0; i < RUNS; i++) {
    const m1 = runOrFail(PE(dir, '-j', '1', '-q', ...extra), '-j 1');
    const m2 = runOrFail(PE(dir, '-j', '2', '-q', ...extra), '-j 2');
    const mo = runOrFail(['env', 'PLAN_EXTRACT_RELAUNCHED=1', ...PE(dir, '-j', '2', '-q', ...extra)], '-j 2, one process');
    for (const [k, m] of [[1, m1], [2, m2], ['one', mo]]) {
      wall[k].push(m.wall);
      cpu[k].push(m.cpu);
    }
    ratio.wall.push(m2.wall / mo.wall);
    ratio.cpu.push(m2.cpu / mo.cpu);
  }
  const s = (v) => `${v.toFixed(2)} s`;
  console.log(`  ${files} files (the bigger batch, six times), relaunched with --single-threaded-gc`);
  console.log(`  -j 1: wall ${spread(wall[1], s)}, CPU ${spread(cpu[1], s)}`);
  console.log(`  -j 2: wall ${spread(wall[2], s)}, CPU ${spread(cpu[2], s)}; in one process (PLAN_EXTRACT_RELAUNCHED=1): wall ${spread(wall.one, s)}, CPU ${spread(cpu.one, s)}`);
  console.log(`  -j 2 relaunched ÷ one process (paired): wall ${spread(ratio.wall, x)}, CPU ${spread(ratio.cpu, x)}; -j 2 ÷ -j 1 wall speed-up ${x(median(wall[1]) / median(wall[2]))}`);
}

if (!ONLY || ONLY === 'pages') {
  console.log('\n3. CPU ms per page by document length (vs pdftotext -layout) and peak RSS');
  const tmp = mkdtempSync(join(tmpdir(), 'plan-extract-bench-'));
  try {
    const sizes = [];
    if (pdf12) sizes.push([12, pdf12, 'KH 277']);
    else console.log('  (../shared/corpus absent: the 12-page row is skipped)');
    if (tools.qpdf) {
      for (const n of [100, 500]) {
        const out = join(tmp, `p${n}.pdf`);
        const copies = Array.from({ length: n / 5 }, () => fixturePdf);
        const r = spawnSync('qpdf', ['--empty', '--pages', ...copies, '--', out], { stdio: 'ignore' });
        if (r.status === 0 || r.status === 3) sizes.push([n, out, `fixture 003 × ${n / 5}`]);
      }
    } else console.log('  (qpdf not installed: the 100- and 500-page rows are skipped)');
    for (const [n, f, what] of sizes) {
      const ours = [];
      const rss = [];
      const theirs = [];
      const ratio = [];
      const runs = n >= 500 ? Math.min(RUNS, 5) : RUNS;
      for (let i = 0; i < runs; i++) {
        const m = runOrFail(PE(f), `${n} pages`);
        ours.push((m.cpu * 1000) / n);
        rss.push(m.rssMiB);
        if (tools.pdftotext) {
          const p = runOrFail(['pdftotext', '-layout', f, '-'], 'pdftotext');
          theirs.push((p.cpu * 1000) / n);
          ratio.push(m.cpu / p.cpu);
        }
      }
      // The same file on a worker thread (--timeout-per-file puts a single input on one).
      const w = runOrFail(PE(f, '--timeout-per-file', '600'), `${n} pages on a worker`);
      const f1 = (v) => v.toFixed(1);
      console.log(
        `  ${String(n).padStart(3)} pages (${what}): ${spread(ours, f1)} ms/page` +
          (tools.pdftotext ? `, pdftotext ${spread(theirs, (v) => v.toFixed(2))} ms/page, ratio ${spread(ratio, x)}` : '') +
          `; peak RSS ${spread(rss, (v) => v.toFixed(0))} MiB, on a worker thread ${w.rssMiB.toFixed(0)} MiB (whole process)`,
      );
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
