// The command line runs from its esbuild bundle (dist/bundle/, made from dist/ by
// scripts/build-bundle.mjs in npm run build / prepare / test) when the bundle is up to date, and
// from dist/ unbundled when a later `tsc` made dist/ newer — so a stale bundle never runs. Its
// code cache (the *.cache files) is test/cli/code-cache.test.ts's.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

const DIST = join(ROOT, 'dist');
const BUNDLE = join(DIST, 'bundle');

function bundleIsFresh(): boolean {
  const m = (p: string) => (existsSync(p) ? statSync(p).mtimeMs : NaN);
  return m(join(BUNDLE, 'cli.cjs')) >= Math.max(m(join(DIST, 'cli/main.js')), m(join(DIST, 'batch/worker.js')));
}

describe('dist/bundle', () => {
  it.skipIf(!bundleIsFresh())('is what scripts/build-bundle.mjs makes from dist/ now (else run `npm run build`)', async () => {
    const { bundle } = (await import(join(ROOT, 'scripts/build-bundle.mjs'))) as { bundle(): Promise<Map<string, string>> };
    const fresh = await bundle();
    const onDisk = readdirSync(BUNDLE).filter((f) => !f.endsWith('.cache')).sort();
    expect(onDisk, 'dist/bundle holds other files than a fresh build: run `npm run build`').toEqual([...fresh.keys()].sort());
    const same = onDisk.every((f) => readFileSync(join(BUNDLE, f), 'utf8') === fresh.get(f));
    expect(same, 'dist/bundle is stale: run `npm run build` (or `node scripts/build-bundle.mjs`)').toBe(true);
  }, 60_000);
  if (!bundleIsFresh()) console.log('dist/bundle: freshness check skipped, the bundle is older than dist/ (the bin runs dist/ unbundled; `npm run build` bundles it)');

  it('bundles the small pure packages and the Markdown reader, keeps the others outside, and leaves no import() that vm.Script cannot run', () => {
    if (!existsSync(join(BUNDLE, 'cli.cjs'))) return void console.log('dist/bundle: not built; skipped');
    const cli = readFileSync(join(BUNDLE, 'cli.cjs'), 'utf8');
    const worker = readFileSync(join(BUNDLE, 'worker.cjs'), 'utf8');
    for (const pkg of ['yaml', 'exceljs', 'parse5', 'tesseract.js']) expect(cli, pkg).toContain(`require("${pkg}")`);
    for (const pkg of ['parse5', 'tesseract.js']) expect(worker, pkg).toContain(`require("${pkg}")`);
    for (const pkg of ['commander', 'chalk', 'ajv', 'fflate', 'saxes', 'micromark']) expect(cli, pkg).toContain(`// node_modules/${pkg}/`);
    for (const pkg of ['fflate', 'saxes']) expect(worker, pkg).toContain(`// node_modules/${pkg}/`);
    // import() became require() (scripts/build-bundle.mjs): no call is left.
    for (const text of [cli, worker]) expect(text).not.toMatch(/(?<![\w$.])import\(/);
    for (const name of ['pdf.cjs', 'pdf.worker.cjs']) {
      const text = readFileSync(join(BUNDLE, name), 'utf8');
      expect(text).toMatch(/\n\/\/# converted-from=\d+\n\/\/# bundle-id=[0-9a-f]{24}\n$/);
      // pdfjs's own import() calls go to the loader's import().
      expect(text).toContain('await __import(');
    }
  });

  it('the bin takes the bundle only when it is at least as new as dist/cli/main.js and dist/batch/worker.js', () => {
    // A copy of the bin beside a fake dist/ that says which entry ran.
    // A folder with a space and an accent: the bin finds its files by path, not by URL text.
    const root = mkdtempSync(join(tmpdir(), 'plan-extract bundle ễ-'));
    mkdirSync(join(root, 'bin'));
    for (const f of ['plan-extract', 'load-bundle.cjs']) copyFileSync(join(ROOT, 'bin', f), join(root, 'bin', f));
    writeFileSync(join(root, 'package.json'), '{"type":"module"}');
    for (const [file, says, exp] of [['dist/cli/main.js', 'unbundled', 'export async function main'], ['dist/bundle/cli.cjs', 'bundled', 'exports.main = async function main']]) {
      mkdirSync(join(root, file, '..'), { recursive: true });
      writeFileSync(join(root, file), `${exp}(io) { io.stdout.write('${says}\\n'); return 0; }\n`);
    }
    mkdirSync(join(root, 'dist/batch'));
    writeFileSync(join(root, 'dist/batch/worker.js'), '');
    const at = (file: string, s: number) => utimesSync(join(root, file), s, s);
    const ran = () => spawnSync(process.execPath, [join(root, 'bin/plan-extract'), 'x.txt'], { encoding: 'utf8' }).stdout.trim();
    const t = Math.floor(Date.now() / 1000);
    at('dist/cli/main.js', t - 20);
    at('dist/batch/worker.js', t - 20);
    at('dist/bundle/cli.cjs', t - 10);
    expect(ran()).toBe('bundled');
    at('dist/batch/worker.js', t);
    expect(ran()).toBe('unbundled');
    at('dist/batch/worker.js', t - 20);
    at('dist/cli/main.js', t);
    expect(ran()).toBe('unbundled');
  });
});
