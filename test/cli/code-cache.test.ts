// The bundle runs with V8's code cache (bin/load-bundle.cjs, made by scripts/build-code-cache.mjs):
// this build's cache is taken for each bundle file, and a cache that does not fit — made from
// another text, under other V8 flags, damaged or missing — is set aside: the file is compiled as
// usual and the run's output is the same.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, SEEDS } from './helpers.js';

const BUNDLE = join(ROOT, 'dist/bundle');
const LOADER = join(ROOT, 'bin/load-bundle.cjs');
const cached = existsSync(join(BUNDLE, 'cli.cjs.cache'));
const SEED = join(SEEDS, '000_2cb036a4f30d648d.txt');

/** Runs `body` in a child node with the loader as `loader` (V8 tuned as the bin does); its stdout as JSON. */
function child(body: string, flags: string[] = []): unknown {
  const script = `const loader = require(${JSON.stringify(LOADER)}); loader.tuneV8(); globalThis[Symbol.for('plan-extract.bundle-loader')] = loader;\n${body}`;
  const r = spawnSync(process.execPath, [...flags, '-e', script], { encoding: 'utf8', env: { ...process.env, LANG: 'C.UTF-8' } });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout);
}

/** A copy of cli.cjs (and its cache, changed by `change`) in a folder of its own. */
function copyOfCli(change: (source: string, cache: Buffer) => [string, Buffer | null]): string {
  const dir = mkdtempSync(join(tmpdir(), 'plan-extract-cache-'));
  const [source, cache] = change(readFileSync(join(BUNDLE, 'cli.cjs'), 'utf8'), readFileSync(join(BUNDLE, 'cli.cjs.cache')));
  writeFileSync(join(dir, 'cli.cjs'), source);
  if (cache) writeFileSync(join(dir, 'cli.cjs.cache'), cache);
  return join(dir, 'cli.cjs');
}

/** Whether `file`'s cache was taken, and the registry it makes of seed 000, run as if it were the bundle's cli.cjs. */
function runCopy(file: string, flags: string[] = []): { cached: boolean; out: string } {
  const out = join(mkdtempSync(join(tmpdir(), 'plan-extract-cache-')), 'o.json');
  const report = child(
    `const { main } = loader.load(${JSON.stringify(file)}, ${JSON.stringify(join(BUNDLE, 'cli.cjs'))});
     main({ argv: [${JSON.stringify(SEED)}, '-o', ${JSON.stringify(out)}, '-q'], stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env })
       .then((code) => { if (code !== 0) process.exit(code); process.stdout.write(JSON.stringify(loader.cacheReport()[0])); });`,
    flags,
  ) as { cached: boolean };
  return { cached: report.cached, out: readFileSync(out, 'utf8') };
}

describe.skipIf(!cached)('the code cache', () => {
  if (!cached) console.log('dist/bundle has no code cache: run `npm run build`; skipped');

  it('is taken for the command line, the worker and both pdfjs modules', () => {
    const report = child(`
      loader.load(${JSON.stringify(join(BUNDLE, 'cli.cjs'))});
      loader.load(${JSON.stringify(join(BUNDLE, 'worker.cjs'))});
      const { createRequire } = require('node:module');
      const r = createRequire(${JSON.stringify(join(ROOT, 'package.json'))});
      loader.loadPackageModule(r.resolve('pdfjs-dist/legacy/build/pdf.mjs'));
      loader.loadPackageModule(r.resolve('pdfjs-dist/legacy/build/pdf.worker.mjs'));
      process.stdout.write(JSON.stringify(loader.cacheReport()));`) as { file: string; cached: boolean }[];
    expect(report.map((r) => [r.file.slice(BUNDLE.length + 1), r.cached])).toEqual([
      ['cli.cjs', true],
      ['worker.cjs', true],
      ['pdf.cjs', true],
      ['pdf.worker.cjs', true],
    ]);
  }, 60_000);

  it('is set aside when it was made from another text, is damaged, missing, or V8 runs with other flags; the output stays the same', () => {
    const asBuilt = runCopy(join(BUNDLE, 'cli.cjs'));
    expect(asBuilt.cached).toBe(true);
    // A rebuilt bundle (another id on its last line) beside the old cache.
    const rebuilt = copyOfCli((s, c) => [s.replace(/bundle-id=[0-9a-f]{24}\n$/, 'bundle-id=000000000000000000000000\n'), c]);
    // The id fits but V8's data after it is garbage.
    const damaged = copyOfCli((s, c) => [s, Buffer.concat([c.subarray(0, 25), Buffer.alloc(4096, 7)])]);
    const missing = copyOfCli((s) => [s, null]);
    for (const file of [rebuilt, damaged, missing]) expect(runCopy(file)).toEqual({ cached: false, out: asBuilt.out });
    // V8 refuses a cache made under other flags.
    expect(runCopy(join(BUNDLE, 'cli.cjs'), ['--no-lazy-feedback-allocation'])).toEqual({ cached: false, out: asBuilt.out });
  }, 60_000);

  it('a converted pdfjs module is not used when the installed original is another file (its size differs)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-extract-cache-'));
    mkdirSync(join(dir, 'pdfjs'));
    const other = join(dir, 'pdfjs/pdf.mjs');
    copyFileSync(join(ROOT, 'node_modules/pdfjs-dist/legacy/build/pdf.mjs'), other);
    writeFileSync(other, '\n// another version\n', { flag: 'a' });
    expect(child(`process.stdout.write(JSON.stringify(loader.loadPackageModule(${JSON.stringify(other)}) === undefined))`)).toBe(true);
  });
});
