#!/usr/bin/env node
// Bundles the command line and the batch worker (the tsc output in dist/) with esbuild into
// dist/bundle/: cli.js, worker.js and the chunks they share. A run then loads a few files instead
// of ~200 modules one by one, twice (main thread + worker). Lazily imported modules stay lazy
// (code splitting: each becomes a chunk loaded by its import()), and packages stay outside the
// bundle, loaded from node_modules as before — except the Markdown reader's many small files
// (unified, remark-parse, micromark and their helpers: ~80 modules for every .txt).
// Run after tsc by `npm run build`, `prepare` and `npm test`. bin/plan-extract uses the bundle
// only when it is at least as new as dist/cli/main.js and dist/batch/worker.js (a `tsc` run
// after it makes the bin use dist/ unbundled); test/cli/bundle.test.ts checks it is not stale.
import { readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
export const BUNDLE_DIR = join(repo, 'dist/bundle');

/** Packages bundled in: pure JS, many small files (one lazy chunk, loaded only for a text with Markdown the plain inline reader cannot take). */
const BUNDLED = /^(?:unified|remark-parse|micromark(?:-[\w-]+)?|mdast-util-[\w-]+|unist-util-[\w-]+|vfile(?:-[\w-]+)?|trough|bail|devlop|extend|is-plain-obj|decode-named-character-reference|character-entities(?:-[\w-]+)?)$/;

function packageName(spec) {
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

const packagesOutside = {
  name: 'packages-outside',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('node:')) return { external: true };
      // A package's own subpath imports (vfile's #minpath) resolve inside it.
      if (args.path.startsWith('#')) return undefined;
      return BUNDLED.test(packageName(args.path)) ? undefined : { external: true };
    });
    // src/version.ts reads ../package.json beside dist/; the bundle is one folder deeper.
    b.onLoad({ filter: /[\\/]dist[\\/]version\.js$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      const fixed = text.replace("'../package.json'", "'../../package.json'");
      if (fixed === text) throw new Error(`${args.path}: no '../package.json' to point one folder up`);
      return { contents: fixed, loader: 'js' };
    });
  },
};

/** The bundle's files (path relative to dist/bundle → text), built from dist/ as it is now. */
export async function bundle({ write = false } = {}) {
  const out = await build({
    absWorkingDir: repo,
    entryPoints: { cli: 'dist/cli/main.js', worker: 'dist/batch/worker.js' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outdir: BUNDLE_DIR,
    chunkNames: 'chunk-[hash]',
    plugins: [packagesOutside],
    legalComments: 'none',
    write: false,
    logLevel: 'warning',
  });
  const files = new Map(out.outputFiles.map((f) => [f.path.slice(BUNDLE_DIR.length + 1), f.text]));
  if (write) {
    const { mkdir, writeFile } = await import('node:fs/promises');
    await rm(BUNDLE_DIR, { recursive: true, force: true });
    await mkdir(BUNDLE_DIR, { recursive: true });
    for (const [name, text] of files) await writeFile(join(BUNDLE_DIR, name), text);
  }
  return files;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const files = await bundle({ write: true });
  const bytes = [...files.values()].reduce((n, t) => n + Buffer.byteLength(t), 0);
  process.stdout.write(`dist/bundle: ${files.size} files, ${(bytes / 1024).toFixed(0)} KiB\n`);
}
