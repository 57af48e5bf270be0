// No fixed cost a run does not need: which packages a run of the built binary loads. The child is
// started with a preload that records every package module it resolves (ES modules, through a
// resolve hook) or really loads (CommonJS: require.cache at exit, so a package that was only
// stood in for, like @napi-rs/canvas while pdfjs is imported, does not count), and node's own
// modules at exit. What runs inside dist/bundle is read from V8's coverage of the run
// (NODE_V8_COVERAGE, every thread): esbuild wraps each lazily imported module — ours and the
// Markdown reader's bundled packages — in a function named by its path, which runs when the
// module is first imported; a module it did not wrap runs whenever the bundle does. pdfjs's
// converted modules run under their own paths in node_modules.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { corpusFile } from '../helpers/seeds.js';
import { BIN, built, ROOT, SEEDS } from './helpers.js';

vi.setConfig({ testTimeout: 60_000 });

const SEED = join(SEEDS, '000_2cb036a4f30d648d.txt');
const SEED_001 = join(SEEDS, '001_eb04ff3914c6f1ad.txt');
const PDF = join(ROOT, 'fixtures/pdf/003_731ef92cda07baf8.pdf');
const DOCX = join(ROOT, 'fixtures/docx/000_2cb036a4f30d648d.docx');
/** A corpus .md with fenced code and entity-like "&CN;": real Markdown, read by remark. */
const MARKDOWN = corpusFile('vnmasterplan/CTHD.md');
const HTML = corpusFile('vbpl-layout-detection/doc_000032.html');
let preload = '';
/** Prints node's own modules at exit: a preload of its own, as module.register starts a hooks thread. */
let nodePreload = '';

beforeAll(() => {
  if (!built()) throw new Error('dist/ is missing: run `npx tsc -p .` before these tests');
  const dir = mkdtempSync(join(tmpdir(), 'plan-extract-modules-'));
  writeFileSync(
    join(dir, 'hooks.mjs'),
    "export async function resolve(s, c, next) { const r = await next(s, c); const m = /node_modules\\/((?:@[^/]+\\/)?[^/]+)\\/(.*)$/.exec(r.url); if (m) process.stderr.write(`LOADED ${m[1]} ${m[2]}\\n`); else { const d = /\\/(dist\\/.*\\.js)$/.exec(r.url); if (d && !/\\/dist\\/bundle\\//.test(r.url)) process.stderr.write(`DIST ${d[1]}\\n`); } return r; }\n",
  );
  preload = join(dir, 'preload.cjs');
  writeFileSync(
    preload,
    [
      "require('node:module').register('./hooks.mjs', require('node:url').pathToFileURL(__filename));",
      "process.on('exit', () => { for (const f of Object.keys(require.cache)) { const m = /node_modules\\/((?:@[^/]+\\/)?[^/]+)\\/(.*)$/.exec(f); if (m) process.stderr.write(`LOADED ${m[1]} ${m[2]}\\n`); } });",
    ].join('\n'),
  );
  nodePreload = join(dir, 'node-modules.cjs');
  writeFileSync(nodePreload, "process.on('exit', () => { for (const m of process.moduleLoadList) if (m.startsWith('NativeModule ')) process.stderr.write(`NODE ${m.slice(13)}\\n`); });\n");
});

/** A path under node_modules: [package, file in it]. */
const PACKAGE_PATH = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/;

/** What ran, by V8's coverage in `dir`: the modules inside dist/bundle (by path), and the package files. */
function coveredModules(dir: string): { modules: Set<string>; files: string[][] } {
  const modules = new Set<string>();
  const files: string[][] = [];
  for (const f of readdirSync(dir)) {
    const { result } = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { result: { url: string; functions: { functionName: string; ranges: { count: number }[] }[] }[] };
    for (const script of result) {
      if (/\/dist\/bundle\/(cli|worker)\.cjs$/.test(script.url)) {
        const text = readFileSync(new URL(script.url), 'utf8');
        // Modules not wrapped: a head "// dist/x.js" with no function "dist/x.js"() { … }.
        for (const [, path] of text.matchAll(/^\/\/ ((?:dist|node_modules)\/\S+)$/gm)) if (!text.includes(`"${path}"(`)) modules.add(path);
        for (const fn of script.functions) if (/^(dist|node_modules)\//.test(fn.functionName) && fn.ranges[0].count > 0) modules.add(fn.functionName);
      } else {
        const m = PACKAGE_PATH.exec(script.url);
        if (m) files.push([m[1], m[2]]); // a package's script, pdfjs's converted modules among them
      }
    }
  }
  return { modules, files };
}

/** Packages (and their files) and node's own modules the binary loads for these arguments. */
function loaded(args: string[]): { packages: Set<string>; files: Set<string>; dist: Set<string>; status: number | null } {
  const coverage = mkdtempSync(join(tmpdir(), 'plan-extract-coverage-'));
  const r = spawnSync(process.execPath, ['-r', preload, BIN, ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'C.UTF-8', NODE_V8_COVERAGE: coverage } });
  const lines = r.stderr.split('\n');
  const covered = coveredModules(coverage);
  const bundledFiles = [...covered.modules].filter((m) => m.startsWith('node_modules/')).map((m) => PACKAGE_PATH.exec(m)!.slice(1, 3));
  const files = [...lines.filter((l) => l.startsWith('LOADED ')).map((l) => l.split(' ').slice(1)), ...covered.files, ...bundledFiles];
  return {
    packages: new Set(files.map((f) => f[0])),
    files: new Set(files.map((f) => f.join('/'))),
    // dist/ modules: run inside the bundle, or loaded one by one when the bundle is stale.
    dist: new Set([...[...covered.modules].filter((m) => m.startsWith('dist/')), ...lines.filter((l) => l.startsWith('DIST ')).map((l) => l.slice(5))]),
    status: r.status,
  };
}

/** node's own modules (node:worker_threads …) the binary loads for these arguments. */
function nodeModules(args: string[]): Set<string> {
  const r = spawnSync(process.execPath, ['-r', nodePreload, BIN, ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'C.UTF-8' } });
  expect(r.status).toBe(0);
  return new Set(r.stderr.split('\n').filter((l) => l.startsWith('NODE ')).map((l) => l.slice(5)));
}

/** The Markdown reader's packages (bundled into one chunk, or from node_modules when unbundled). */
const REMARK = ['unified', 'remark-parse', 'micromark', 'mdast-util-from-markdown'];

describe('packages loaded per run', () => {
  it('--version loads no package at all, --help only the command line (commander, chalk)', () => {
    for (const flag of ['--version', '-V']) {
      const r = loaded([flag]);
      expect(r.status).toBe(0);
      expect([...r.packages]).toEqual([]);
    }
    const help = loaded(['--help']);
    expect(help.status).toBe(0);
    expect([...help.packages].sort()).toEqual(['chalk', 'commander']);
  });

  it('a .txt conversion loads no PDF, Word, HTML, YAML, spreadsheet, canvas or OCR engine, and no ajv compiler', () => {
    const r = loaded([SEED, '--format', 'json']);
    expect(r.status).toBe(0);
    for (const p of ['pdfjs-dist', 'exceljs', 'fflate', 'saxes', 'parse5', 'yaml', '@napi-rs/canvas', 'tesseract.js']) expect(r.packages).not.toContain(p);
    // The validator is generated at build time: only ajv's tiny runtime helpers are loaded.
    expect([...r.files].filter((f) => f.startsWith('ajv/') && !f.startsWith('ajv/dist/runtime/'))).toEqual([]);
  });

  it('a single .txt is read in this thread: no worker_threads; its **bold**, *italic*, <p> and <sup> need no Markdown parser', () => {
    for (const seed of [SEED, SEED_001]) {
      const r = loaded([seed, '--format', 'json']);
      expect(r.status).toBe(0);
      expect(nodeModules([seed, '--format', 'json'])).not.toContain('worker_threads');
      for (const p of REMARK) expect(r.packages).not.toContain(p);
    }
  });

  it.skipIf(!MARKDOWN)('a .md with Markdown the plain reader cannot take (a code fence, "&CN;") loads remark', () => {
    const r = loaded([MARKDOWN!, '--format', 'json']);
    expect(r.status).toBe(0);
    for (const p of REMARK) expect(r.packages).toContain(p);
  });

  it('a single .docx is read in this thread (no worker pool); a PDF and a batch run on worker threads', () => {
    const docx = loaded([DOCX, '--format', 'json']);
    expect(docx.status).toBe(0);
    expect(docx.packages).toContain('fflate');
    expect(docx.dist.size).toBeGreaterThan(10);
    // fflate itself requires node:worker_threads (for its async API, unused); no worker is started.
    expect(docx.dist).not.toContain('dist/batch/pool.js');
    expect(loaded([SEED, '--format', 'json']).dist).not.toContain('dist/batch/pool.js');
    expect(loaded([PDF, '--format', 'json']).dist).toContain('dist/batch/pool.js');
    expect(nodeModules([PDF, '--format', 'json'])).toContain('worker_threads');
    expect(nodeModules([SEED, SEED_001, '--format', 'ndjson'])).toContain('worker_threads');
  });

  it.skipIf(!HTML)('a single .html page is read in this thread with parse5, without remark', () => {
    const r = loaded([HTML!, '--format', 'json']);
    expect(r.status).toBe(0);
    expect(nodeModules([HTML!, '--format', 'json'])).not.toContain('worker_threads');
    expect(r.packages).toContain('parse5');
    for (const p of REMARK) expect(r.packages).not.toContain(p);
  });

  it('yaml is loaded for --format yaml, exceljs for xlsx', () => {
    expect(loaded([SEED, '--format', 'yaml']).packages).toContain('yaml');
    const dir = mkdtempSync(join(tmpdir(), 'plan-extract-modules-'));
    const x = loaded([SEED, '--format', 'xlsx', '-o', join(dir, 'x.xlsx')]);
    expect(x.status).toBe(0);
    expect(x.packages).toContain('exceljs');
  });

  it('a PDF conversion loads pdfjs but not @napi-rs/canvas (nothing is drawn)', () => {
    const r = loaded([PDF]);
    expect(r.status).toBe(0);
    expect(r.packages).toContain('pdfjs-dist');
    expect(r.packages).not.toContain('@napi-rs/canvas');
    expect(r.packages).not.toContain('yaml');
  });
});
