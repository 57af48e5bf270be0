#!/usr/bin/env node
// Shard benchmark: files/s and pages/s for 1, 2 and 4 shard processes (--shard I/N, --jobs 1
// each, started together as a matrix would) over the same batch, and the cost of a
// --skip-existing re-run over a batch that is fully done. Medians with min–max of RUNS runs.
//   node test/bench/shards.mjs            (npm run bench:shards; build first: npx tsc -p .)
//   RUNS=5 SHARDS=1,2,4,8 node test/bench/shards.mjs
//   PLAN_EXTRACT_FULL_CORPUS=1 …          also the corpus's .doc (LibreOffice) and .pdf files
// The batch: the seeds, the .docx and .pdf fixtures, and the corpus's text, Markdown, HTML and
// Word files when ../shared/corpus is present. pages/s counts the pages of paged formats
// (PDF, DOCX); text formats have none.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const BIN = join(ROOT, 'bin/plan-extract');
const CORPUS = resolve(ROOT, '../shared/corpus');
const RUNS = Number(process.env.RUNS ?? 3);
const COUNTS = (process.env.SHARDS ?? '1,2,4').split(',').map(Number);
const FAST = new Set(['.txt', '.md', '.html', '.htm', '.docx']);
const ALL = new Set([...FAST, '.pdf', '.doc']);

function walk(dir, rel = '') {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    const r = rel ? `${rel}/${n}` : n;
    return statSync(p).isDirectory() ? walk(p, r) : [r];
  });
}

/** A folder of links to the inputs and the list of them, relative to it. */
function workspace() {
  const work = mkdtempSync(join(tmpdir(), 'plan-extract-bench-shards-'));
  const list = [];
  const add = (name, dir, exts) => {
    symlinkSync(dir, join(work, name), 'dir');
    for (const f of walk(dir).sort()) if (exts.has(extname(f).toLowerCase())) list.push(`${name}/${f}`);
  };
  add('seeds', join(ROOT, 'fixtures/seeds'), new Set(['.txt']));
  add('docx', join(ROOT, 'fixtures/docx'), new Set(['.docx']));
  add('pdf', join(ROOT, 'fixtures/pdf'), new Set(['.pdf']));
  if (existsSync(CORPUS)) add('corpus', CORPUS, process.env.PLAN_EXTRACT_FULL_CORPUS === '1' ? ALL : FAST);
  writeFileSync(join(work, 'list.txt'), list.join('\n') + '\n');
  return { work, list };
}

function plan(work, args) {
  return new Promise((res, rej) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: work, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.on('error', rej);
    child.on('close', (code) => (code === 0 || code === 1 ? res(code) : rej(new Error(`exit ${code}: ${err}`))));
  });
}

/** CPU seconds (user + system) of the children reaped so far: /proc/self/stat cutime + cstime (Linux). */
function childCpu() {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /, '').split(' ');
    // After the command name: cutime and cstime are the 14th and 15th fields, in clock ticks (100 a second).
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return NaN;
  }
}

async function timed(fn) {
  const c0 = childCpu();
  const t0 = process.hrtime.bigint();
  await fn();
  return { wall: Number(process.hrtime.bigint() - t0) / 1e9, cpu: childCpu() - c0 };
}

function stats(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  return { median: mid, min: s[0], max: s[s.length - 1] };
}

const fmt = (x, d = 2) => x.toFixed(d);
const range = (st, d = 2, f = (x) => x) => `${fmt(f(st.median), d)} (${fmt(Math.min(f(st.min), f(st.max)), d)}–${fmt(Math.max(f(st.min), f(st.max)), d)})`;

const { work, list } = workspace();
console.log(`plan-extract shard benchmark: ${list.length} files, ${RUNS} runs each, ${availableParallelism()} cores, load ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);

// The batch's pages and converted files, from one reference run's report.
await plan(work, ['--files-from', 'list.txt', '--out-dir', 'done', '--report', 'ref.ndjson', '-q']);
const ref = readFileSync(join(work, 'ref.ndjson'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const converted = ref.filter((r) => r.status === 'converted');
const pages = converted.reduce((n, r) => n + (r.pages ?? 0), 0);
console.log(`batch: ${converted.length} converted, ${ref.length - converted.length} failed (same in every run), ${pages} pages in the paged formats\n`);

console.log('| shard processes | wall s | files/s | pages/s | CPU s (all processes) |');
console.log('|---|---|---|---|---|');
const oneProcess = [];
for (const n of COUNTS) {
  const walls = [];
  const cpus = [];
  for (let r = 0; r < RUNS; r++) {
    const out = `out-${n}-${r}`;
    const { wall, cpu } = await timed(() => Promise.all(Array.from({ length: n }, (_, i) => plan(work, ['--files-from', 'list.txt', '--shard', `${i + 1}/${n}`, '--out-dir', out, '-j', '1', '-q']))));
    walls.push(wall);
    cpus.push(cpu);
    rmSync(join(work, out), { recursive: true, force: true });
  }
  if (n === 1) oneProcess.push(...walls);
  const st = stats(walls);
  console.log(`| ${n} | ${range(st)} | ${range(st, 2, (w) => ref.length / w)} | ${range(st, 1, (w) => pages / w)} | ${range(stats(cpus))} |`);
}

// A fully done batch again with --skip-existing: hashing every input and reading every output back.
const skips = [];
const skipCpus = [];
for (let r = 0; r < RUNS; r++) {
  const { wall, cpu } = await timed(() => plan(work, ['--files-from', 'list.txt', '--out-dir', 'done', '--skip-existing', '-q']));
  skips.push(wall);
  skipCpus.push(cpu);
}
const skip = stats(skips);
const conv = oneProcess.length ? stats(oneProcess) : null;
console.log(`\n--skip-existing on the fully done batch: ${range(skip)} s wall, ${range(stats(skipCpus))} s CPU` + (conv ? `; ${fmt((100 * skip.median) / conv.median, 1)} % of a 1-process conversion (${fmt(conv.median)} s wall)` : ''));
rmSync(work, { recursive: true, force: true });
