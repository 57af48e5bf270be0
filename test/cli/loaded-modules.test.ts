// No fixed cost a run does not need: which packages a run of the built binary loads. The child is
// started with a preload that records every package module it resolves (ES modules, through a
// resolve hook) or really loads (CommonJS: require.cache at exit, so a package that was only
// stood in for, like @napi-rs/canvas while pdfjs is imported, does not count).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { BIN, built, ROOT, SEEDS } from './helpers.js';

vi.setConfig({ testTimeout: 60_000 });

const SEED = join(SEEDS, '000_2cb036a4f30d648d.txt');
const PDF = join(ROOT, 'fixtures/pdf/003_731ef92cda07baf8.pdf');
let preload = '';

beforeAll(() => {
  if (!built()) throw new Error('dist/ is missing: run `npx tsc -p .` before these tests');
  const dir = mkdtempSync(join(tmpdir(), 'plan-extract-modules-'));
  writeFileSync(
    join(dir, 'hooks.mjs'),
    "export async function resolve(s, c, next) { const r = await next(s, c); const m = /node_modules\\/((?:@[^/]+\\/)?[^/]+)\\/(.*)$/.exec(r.url); if (m) process.stderr.write(`LOADED ${m[1]} ${m[2]}\\n`); return r; }\n",
  );
  preload = join(dir, 'preload.cjs');
  writeFileSync(
    preload,
    [
      "require('node:module').register('./hooks.mjs', require('node:url').pathToFileURL(__filename));",
      "process.on('exit', () => { for (const f of Object.keys(require.cache)) { const m = /node_modules\\/((?:@[^/]+\\/)?[^/]+)\\/(.*)$/.exec(f); if (m) process.stderr.write(`LOADED ${m[1]} ${m[2]}\\n`); } });",
    ].join('\n'),
  );
});

/** Packages (and their files) the binary loads for these arguments. */
function loaded(args: string[]): { packages: Set<string>; files: Set<string>; status: number | null } {
  const r = spawnSync(process.execPath, ['-r', preload, BIN, ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'C.UTF-8' } });
  const lines = r.stderr.split('\n').filter((l) => l.startsWith('LOADED '));
  return {
    packages: new Set(lines.map((l) => l.split(' ')[1])),
    files: new Set(lines.map((l) => l.split(' ').slice(1).join('/'))),
    status: r.status,
  };
}

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
