#!/usr/bin/env node
// The mutation fuzzer: `npm run fuzz -- --minutes N --seed S [--out DIR] [--formats txt,docx,pdf,html,doc]`
// (or `--cases N` for a fixed number). Real inputs of every format (fixtures/seeds, fixtures/docx,
// fixtures/pdf, and ../shared/corpus when present) are mutated with a seeded PRNG and each case
// runs the real CLI (node bin/plan-extract, built dist/) in a child with a time and heap bound.
// Fine: exit 0 with a schema-valid output, or exit 1 with one clear line naming the file. Anything
// else is a failure, saved into --out with its seed, case number and mutation (replay: --replay N).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MUTATE, rng } from './mutate.mjs';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = join(REPO, 'bin/plan-extract');
const FORMAT_OF = { '.txt': 'txt', '.md': 'md', '.docx': 'docx', '.pdf': 'pdf', '.html': 'html', '.htm': 'html', '.doc': 'doc' };

function parse(argv) {
  const o = { minutes: 0, cases: 0, seed: 1, out: '', formats: ['txt', 'md', 'docx', 'pdf', 'html'], timeoutMs: 60_000, memoryMb: 1024, replay: -1, quiet: false };
  for (let i = 0; i < argv.length; i++) {
    const [k, v] = [argv[i], argv[i + 1]];
    if (k === '--minutes') (o.minutes = Number(v)), i++;
    else if (k === '--cases') (o.cases = Number(v)), i++;
    else if (k === '--seed') (o.seed = Number(v) >>> 0), i++;
    else if (k === '--out') (o.out = v), i++;
    else if (k === '--formats') (o.formats = v.split(',')), i++;
    else if (k === '--timeout-ms') (o.timeoutMs = Number(v)), i++;
    else if (k === '--memory-mb') (o.memoryMb = Number(v)), i++;
    else if (k === '--replay') (o.replay = Number(v)), i++;
    else if (k === '--quiet') o.quiet = true;
    else throw new Error(`unknown option ${k}`);
  }
  if (!o.minutes && !o.cases && o.replay < 0) o.minutes = 1;
  return o;
}

function sources(formats) {
  const out = [];
  const add = (dir, rel) => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) add(p, rel);
      else if (FORMAT_OF[extname(name).toLowerCase()] && name !== 'SOURCES.md') out.push({ path: p, name: relative(rel, p), format: FORMAT_OF[extname(name).toLowerCase()] });
    }
  };
  for (const f of ['fixtures/seeds', 'fixtures/docx', 'fixtures/pdf']) add(join(REPO, f), REPO);
  add(resolve(REPO, '../shared/corpus'), resolve(REPO, '../shared'));
  return out.filter((s) => formats.includes(s.format) && statSync(s.path).size < 3_000_000);
}

const TICKS_PER_S = 100;
/** User + system CPU time of a process in ms, from /proc/<pid>/stat; null where there is no /proc. */
function cpuMs(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(f[11]) + Number(f[12])) * 1000) / TICKS_PER_S;
  } catch {
    return null;
  }
}

/** Runs the CLI on one file; resolves with what happened. */
function run(file, outFile, o) {
  return new Promise((res) => {
    const t0 = Date.now();
    const child = spawn(process.execPath, [`--max-old-space-size=${o.memoryMb}`, BIN, file, '-o', outFile, '--lang', 'en'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr.length < 20_000 ? (stderr += d) : null));
    // The bound is CPU time (from /proc, where there is one), so a loaded machine does not make a
    // slow case "over time"; wall time is capped at 5× (a child waiting on LibreOffice uses no CPU,
    // and the product's own 120 s conversion limit must come first).
    let timedOut = false;
    const stop = () => {
      timedOut = true;
      child.kill('SIGKILL');
    };
    const wall = setTimeout(stop, o.timeoutMs * 5);
    const tick = setInterval(() => {
      const cpu = cpuMs(child.pid);
      if (cpu === null ? Date.now() - t0 > o.timeoutMs : cpu > o.timeoutMs) stop();
    }, 500);
    child.on('close', (code, signal) => {
      clearTimeout(wall);
      clearInterval(tick);
      res({ code, signal, stderr, ms: Date.now() - t0, timedOut });
    });
  });
}

let validate = null;
async function schemaProblem(outFile) {
  validate ??= (await import(join(REPO, 'dist/index.js'))).validateRegistry;
  if (!existsSync(outFile)) return 'exit 0 but no output written';
  let value;
  try {
    value = JSON.parse(readFileSync(outFile, 'utf8'));
  } catch (e) {
    return `exit 0 but the output is not JSON (${e.message})`;
  }
  const v = validate(value);
  if (!v.ok) return `output fails the schema: ${v.errors.slice(0, 3).join('; ')}`;
  if (!value.documents?.length) return 'exit 0 with no document';
  return null;
}

/** Null when the outcome keeps the contract, else why not. */
async function classify(r, file, outFile, o) {
  const lines = r.stderr.split('\n').filter((l) => l.trim());
  if (r.timedOut) return `over time (${o.timeoutMs} ms of CPU or ${o.timeoutMs * 5} ms in all)`;
  if (r.signal) return `killed by ${r.signal}`;
  if (/heap out of memory|Allocation failed|FATAL ERROR/i.test(r.stderr)) return `over memory (${o.memoryMb} MB heap)`;
  if (lines.length > 2) return `${lines.length} stderr lines`;
  if (/\n\s+at .+[:(]\d+:\d+\)?/.test(r.stderr)) return 'a stack trace on stderr';
  if (/internal error/i.test(r.stderr)) return 'internal error';
  if (r.code === 0) return schemaProblem(outFile);
  if (r.code === 1) {
    if (lines.length !== 1) return `exit 1 with ${lines.length} stderr lines`;
    if (!lines[0].startsWith(`${file}: `)) return 'exit 1 without "<file>: <cause>"';
    return null;
  }
  return `exit code ${r.code}`;
}

async function main() {
  const o = parse(process.argv.slice(2));
  const src = sources(o.formats);
  if (!src.length) throw new Error('no inputs found');
  const byFormat = Object.fromEntries(o.formats.map((f) => [f, src.filter((s) => s.format === f)]).filter(([, l]) => l.length));
  const formats = Object.keys(byFormat);
  const work = mkdtempSync(join(tmpdir(), 'plan-extract-fuzz-'));
  const out = o.out || mkdtempSync(join(tmpdir(), 'plan-extract-fuzz-failures-'));
  mkdirSync(out, { recursive: true });
  const counts = Object.fromEntries(formats.map((f) => [f, { cases: 0, converted: 0, refused: 0, failures: 0 }]));
  const failures = [];
  const end = Date.now() + o.minutes * 60_000;
  const first = o.replay >= 0 ? o.replay : 0;
  const last = o.replay >= 0 ? o.replay : o.cases ? o.cases - 1 : Infinity;
  try {
    for (let n = first; n <= last && (o.cases || o.replay >= 0 || Date.now() < end); n++) {
      const r = rng((o.seed * 1_000_003 + n) >>> 0);
      const format = formats[n % formats.length];
      const s = r.pick(byFormat[format]);
      const m = MUTATE[format](r, new Uint8Array(readFileSync(s.path)));
      const ext = extname(s.path).toLowerCase();
      const file = join(work, `case-${n}${ext}`);
      const outFile = join(work, `case-${n}.json`);
      writeFileSync(file, m.bytes);
      const res = await run(file, outFile, o);
      const problem = await classify(res, file, outFile, o);
      const c = counts[format];
      c.cases++;
      if (problem) {
        c.failures++;
        const base = `${format}-seed${o.seed}-case${n}`;
        writeFileSync(join(out, `${base}${ext}`), m.bytes);
        const record = { seed: o.seed, case: n, format, source: s.name, mutation: m.what, problem, exit: res.code, signal: res.signal, ms: res.ms, stderr: res.stderr.slice(0, 4000), formats: o.formats.join(','), replay: `npm run fuzz -- --seed ${o.seed} --formats ${o.formats.join(',')} --replay ${n}` };
        writeFileSync(join(out, `${base}.json`), JSON.stringify(record, null, 2));
        failures.push(record);
        if (!o.quiet) console.error(`FAIL ${base}: ${problem} (${s.name}: ${m.what})`);
      } else if (res.code === 0) c.converted++;
      else c.refused++;
      rmSync(file, { force: true });
      rmSync(outFile, { force: true });
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const summary = { seed: o.seed, minutes: o.minutes, counts, failures: failures.length, out };
  console.log(JSON.stringify(summary));
  process.exitCode = failures.length ? 1 : 0;
}

main().catch((e) => {
  console.error(`fuzz: ${e.message}`);
  process.exitCode = 2;
});
