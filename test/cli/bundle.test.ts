// The command line runs from its esbuild bundle (dist/bundle/, made from dist/ by
// scripts/build-bundle.mjs in npm run build / prepare / test) when the bundle is up to date, and
// from dist/ unbundled when a later `tsc` made dist/ newer — so a stale bundle never runs.
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
  return m(join(BUNDLE, 'cli.js')) >= Math.max(m(join(DIST, 'cli/main.js')), m(join(DIST, 'batch/worker.js')));
}

describe('dist/bundle', () => {
  it.skipIf(!bundleIsFresh())('is what scripts/build-bundle.mjs makes from dist/ now (else run `npm run build`)', async () => {
    const { bundle } = (await import(join(ROOT, 'scripts/build-bundle.mjs'))) as { bundle(): Promise<Map<string, string>> };
    const fresh = await bundle();
    const onDisk = readdirSync(BUNDLE).sort();
    expect(onDisk, 'dist/bundle holds other files than a fresh build: run `npm run build`').toEqual([...fresh.keys()].sort());
    const same = onDisk.every((f) => readFileSync(join(BUNDLE, f), 'utf8') === fresh.get(f));
    expect(same, 'dist/bundle is stale: run `npm run build` (or `node scripts/build-bundle.mjs`)').toBe(true);
  }, 60_000);
  if (!bundleIsFresh()) console.log('dist/bundle: freshness check skipped, the bundle is older than dist/ (the bin runs dist/ unbundled; `npm run build` bundles it)');

  it('keeps packages outside but the Markdown reader, and keeps lazily imported code in its own chunks', () => {
    if (!existsSync(join(BUNDLE, 'cli.js'))) return void console.log('dist/bundle: not built; skipped');
    const text = readdirSync(BUNDLE).map((f) => readFileSync(join(BUNDLE, f), 'utf8'));
    const cli = readFileSync(join(BUNDLE, 'cli.js'), 'utf8');
    for (const pkg of ['pdfjs-dist', 'yaml', 'exceljs', 'parse5', 'commander', 'chalk']) expect(text.some((t) => t.includes(`"${pkg}`)), pkg).toBe(true);
    // The entry itself imports none of the heavy formats: they come through import().
    for (const pkg of ['yaml', 'exceljs', 'parse5', 'fflate']) expect(cli).not.toContain(`from "${pkg}"`);
    expect(text.some((t) => t.includes('micromark'))).toBe(true);
  });

  it('the bin takes the bundle only when it is at least as new as dist/cli/main.js and dist/batch/worker.js', () => {
    // A copy of the bin beside a fake dist/ that says which entry ran.
    const root = mkdtempSync(join(tmpdir(), 'plan-extract-bundle-'));
    mkdirSync(join(root, 'bin'));
    copyFileSync(join(ROOT, 'bin/plan-extract'), join(root, 'bin/plan-extract'));
    writeFileSync(join(root, 'package.json'), '{"type":"module"}');
    for (const [file, says] of [['dist/cli/main.js', 'unbundled'], ['dist/bundle/cli.js', 'bundled']]) {
      mkdirSync(join(root, file, '..'), { recursive: true });
      writeFileSync(join(root, file), `export async function main(io) { io.stdout.write('${says}\\n'); return 0; }\n`);
    }
    mkdirSync(join(root, 'dist/batch'));
    writeFileSync(join(root, 'dist/batch/worker.js'), '');
    const at = (file: string, s: number) => utimesSync(join(root, file), s, s);
    const ran = () => spawnSync(process.execPath, [join(root, 'bin/plan-extract'), 'x.txt'], { encoding: 'utf8' }).stdout.trim();
    const t = Math.floor(Date.now() / 1000);
    at('dist/cli/main.js', t - 20);
    at('dist/batch/worker.js', t - 20);
    at('dist/bundle/cli.js', t - 10);
    expect(ran()).toBe('bundled');
    at('dist/batch/worker.js', t);
    expect(ran()).toBe('unbundled');
    at('dist/batch/worker.js', t - 20);
    at('dist/cli/main.js', t);
    expect(ran()).toBe('unbundled');
  });
});
