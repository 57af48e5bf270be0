#!/usr/bin/env node
// What the recognisers' first run costs in a fresh process, next to the second and the tenth run of
// the same document in the same process (in-process wall ms, medians of PROCS processes with
// min–max), and per stage of the first run. The model is read once by the extractor into a JSON
// file (a PDF is extracted once, not per process); each child loads the built modules (dist/, run
// `npm run build` first) with the V8 flags bin/plan-extract sets, then times recognise().
//   node test/bench/recognise-cold.mjs FILE [FILE…] [--procs 7] [--runs 10] [--vs OTHER/dist]
// --vs times another build's recognisers too, process by process in turn with this one, and prints
// the ratio A/B pair by pair.
// RECOGNISE_COLD_DIST=OTHER/dist measures another build instead (the model is still read by this one).
// RECOGNISE_COLD_FLAGS='--flag …' adds V8 flags after bin's (e.g. to try a regexp tier).
//   node --cpu-prof test/bench/recognise-cold.mjs --child MODEL.json 1   (profile one first run)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import v8 from 'node:v8';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The build measured: this checkout's dist/, or another one (RECOGNISE_COLD_DIST=…/dist) to compare with. */
const distDir = process.env.RECOGNISE_COLD_DIST ? resolve(process.env.RECOGNISE_COLD_DIST) : join(repo, 'dist');
const dist = (p) => pathToFileURL(join(distDir, p)).href;
/** The flags bin/plan-extract sets before it loads the program (bin/load-bundle.cjs). */
const { V8_FLAGS: FLAGS } = createRequire(import.meta.url)('../../bin/load-bundle.cjs');

const args = process.argv.slice(2);
if (args[0] === '--child') await child(args[1], Number(args[2] ?? 10));
else await main(args);

async function child(modelPath, runs) {
  for (const flag of [...FLAGS, ...(process.env.RECOGNISE_COLD_FLAGS ?? '').split(' ').filter(Boolean)]) v8.setFlagsFromString(flag);
  const { model, source } = JSON.parse(readFileSync(modelPath, 'utf8'));
  const { recognise } = await import(dist('recognise/index.js'));
  const stages = await stageTimes(model, source);
  const times = [];
  const cpu = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    recognise(model, source);
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  process.stdout.write(`${JSON.stringify({ stages, times, cpu })}\n`);
}

/**
 * The first run, stage by stage (the same steps as recognise() in src/recognise/index.ts) — run in
 * a separate child from the total so that neither warms the other.
 */
async function stageTimes(model, source) {
  if (process.env.RECOGNISE_COLD_STAGES !== '1') return null;
  const { stitchTables } = await import(dist('table-logic/index.js'));
  const { findLayout } = await import(dist('recognise/layout.js'));
  const { STAGES } = await import(dist('recognise/stages.js'));
  const { runStages } = await import(dist('recognise/context.js'));
  const out = {};
  let t = performance.now();
  const lap = (name) => {
    const now = performance.now();
    out[name] = now - t;
    t = now;
  };
  const stitched = stitchTables(model.children);
  const m = { ...model, children: stitched.blocks };
  lap('stitch');
  const layout = findLayout(m);
  lap('layout');
  const timed = STAGES.map((row) => ({ name: row.name, run: (ctx) => { const r = row.run(ctx); lap(row.name); return r; } }));
  runStages(timed, { model: m, blocks: m.children, layout, source });
  return out;
}

async function main(argv) {
  const files = [];
  let procs = 7;
  let runs = 10;
  let vs = null;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--procs') procs = Number(argv[++i]);
    else if (argv[i] === '--runs') runs = Number(argv[++i]);
    else if (argv[i] === '--vs') vs = resolve(argv[++i]);
    else files.push(argv[i]);
  }
  if (!files.length || runs < 2) {
    console.error('usage: node test/bench/recognise-cold.mjs FILE [FILE…] [--procs 7] [--runs 10] [--vs OTHER/dist]');
    process.exit(2);
  }
  const { extractModel } = await import(pathToFileURL(join(repo, 'dist/pipeline.js')).href);
  const builds = vs ? [distDir, vs] : [distDir];
  const tmp = mkdtempSync(join(tmpdir(), 'recognise-cold-'));
  try {
    for (const file of files) {
      const bytes = readFileSync(file);
      const { model } = await extractModel({ bytes, path: file }, { ocr: 'off' });
      const source = { path: file, format: model.format, sha256: '0'.repeat(64), ...(model.pages ? { pages: model.pages } : {}) };
      const modelPath = join(tmp, `${basename(file)}.json`);
      writeFileSync(modelPath, JSON.stringify({ model, source }));
      const rows = builds.map(() => ({ first: [], second: [], tenth: [], 'first CPU': [], 'second CPU': [] }));
      const stages = builds.map(() => ({}));
      for (let p = 0; p < procs; p++) {
        // A and B in turn, the order swapped every round: other load slows both.
        const order = p % 2 ? [...builds.keys()].reverse() : [...builds.keys()];
        for (const b of order) {
          const r = run(builds[b], modelPath, runs, false);
          rows[b].first.push(r.times[0]);
          rows[b].second.push(r.times[1]);
          rows[b].tenth.push(r.times[Math.min(9, runs - 1)]);
          rows[b]['first CPU'].push(r.cpu[0]);
          rows[b]['second CPU'].push(r.cpu[1]);
          const st = run(builds[b], modelPath, 1, true);
          for (const [k, v] of Object.entries(st.stages)) (stages[b][k] ??= []).push(v);
        }
      }
      console.log(`${basename(file)} — recognise(), in-process wall ms (CPU: the process's user+sys ms), ${procs} fresh processes: median (min–max)`);
      if (vs) console.log(`  A ${distDir}\n  B ${vs}`);
      for (const k of Object.keys(rows[0])) {
        const pair = vs ? `   B ${fmt(rows[1][k])}   A/B ${fmt(rows[0][k].map((a, i) => a / rows[1][k][i]), 2)}` : '';
        console.log(`  ${k.padEnd(10)} ${fmt(rows[0][k])}${pair}`);
      }
      console.log('  first run by stage:');
      for (const k of Object.keys(stages[0])) console.log(`    ${k.padEnd(10)} ${fmt(stages[0][k])}${vs ? `   B ${fmt(stages[1][k])}` : ''}`);
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

function run(dir, modelPath, runs, stages) {
  const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', modelPath, String(runs)], {
    encoding: 'utf8',
    env: { ...process.env, RECOGNISE_COLD_DIST: dir, RECOGNISE_COLD_STAGES: stages ? '1' : '0' },
  });
  if (r.status !== 0) throw new Error(`child failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

function fmt(values, digits = 1) {
  const s = [...values].sort((a, b) => a - b);
  const med = s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  return `${med.toFixed(digits).padStart(7)} (${s[0].toFixed(digits)}–${s[s.length - 1].toFixed(digits)})`;
}
