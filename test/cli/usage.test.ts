// Usage errors (exit 2), per-input failures (exit 1), subcommands, --out-dir safety, startup cost.
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { BIN, listAll, requireBuilt, run, seedFiles, SEEDS } from './helpers.js';

// Each test spawns the binary one or more times; two cores shared by parallel test files.
vi.setConfig({ testTimeout: 60_000 });

const SEED = join(SEEDS, '000_2cb036a4f30d648d.txt');

requireBuilt();

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'plan-extract-usage-'));
}

describe('usage errors exit 2 with one translated line and a hint', () => {
  const cases: [string, string[], RegExp][] = [
    ['unknown option', [SEED, '--frobnicate'], /^usage error: unknown option --frobnicate$/m],
    ['missing input', [], /^usage error: missing input/m],
    ['bad --format', [SEED, '--format', 'docx'], /^usage error: --format: invalid value "docx" \(choose: json, yaml, ndjson, csv, xlsx, md, html\)$/m],
    ['-o with --out-dir', [SEED, '-o', 'a.json', '--out-dir', 'x'], /^usage error: -o and --out-dir cannot be used together$/m],
    ['bad --jobs', [SEED, '-j', '0'], /^usage error: --jobs: "0" is not a positive number$/m],
    ['--table without csv', [SEED, '--table', 'targets'], /^usage error: --table only applies to --format csv$/m],
    ['option without value', [SEED, '--format'], /^usage error: option --format <format> needs a value$/m],
  ];
  for (const [name, args, re] of cases) {
    it(name, async () => {
      const r = await run(args);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(re);
      expect(r.stderr).toContain('See: plan-extract --help');
      expect(r.stdout).toBe('');
    });
  }

  it('in Vietnamese with --lang vi', async () => {
    const r = await run([SEED, '--format', 'docx', '--lang', 'vi']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^lỗi cú pháp: --format: giá trị "docx" không hợp lệ/m);
  });

  it('xlsx to a terminal stdout needs -o', async () => {
    const stdout = Object.assign(new PassThrough(), { isTTY: true });
    const stderr = new PassThrough();
    let err = '';
    stderr.on('data', (d: Buffer) => (err += d.toString()));
    const code = await main({ argv: [SEED, '--format', 'xlsx'], stdin: new PassThrough(), stdout, stderr, env: { LANG: 'en_US.UTF-8' } });
    expect(code).toBe(2);
    expect(err).toContain('--format xlsx writes a binary file: use -o FILE or --out-dir');
  });
});

describe('per-input failures exit 1', () => {
  it('a path that does not exist is one line, the others still convert', async () => {
    const r = await run(['nope/missing.txt', SEED, '--format', 'ndjson']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^nope\/missing\.txt: no such file or directory$/m);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^2 files: 1 converted, 1 failed, \d+ tasks, \d+ warnings$/m);
  });

  it('one failed file alone: its line, no output, no summary', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'x.docx'), '');
    const r = await run([join(dir, 'x.docx')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`${join(dir, 'x.docx')}: the file is empty\n`);
    expect(r.stdout).toBe('');
  });
});

describe('inputs', () => {
  it('folders skip hidden, ~$ and unsupported files; a file named explicitly is always tried', async () => {
    const dir = tmp();
    mkdirSync(join(dir, 'sub'));
    mkdirSync(join(dir, '.git'));
    copyFileSync(SEED, join(dir, 'sub', 'kh.txt'));
    copyFileSync(SEED, join(dir, '.git', 'kh.txt'));
    copyFileSync(SEED, join(dir, '.an.txt'));
    writeFileSync(join(dir, '~$kh.docx'), 'lock');
    writeFileSync(join(dir, 'notes.json'), '{"note": "not a plan, but named explicitly it is read as text"}\n');
    writeFileSync(join(dir, 'plan.json'), 'KẾ HOẠCH\nI. MỤC ĐÍCH\n1. Triển khai thực hiện.\n');
    copyFileSync(SEED, join(dir, 'plan.text'));
    const r = await run([dir, '--format', 'ndjson']);
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).source.path)).toEqual([join(dir, 'plan.text'), join(dir, 'sub', 'kh.txt')]);
    const explicit = await run([join(dir, 'plan.json')]);
    expect(explicit.code).toBe(0);
    // Read as text, a note with none of the marks of an administrative document is refused (exit 1) unless --lenient.
    const note = await run([join(dir, 'notes.json')]);
    expect(note.code).toBe(1);
    expect(note.stderr).toMatch(/notes\.json: not an administrative document: .* \(use --lenient to read it anyway\)\n$/);
    expect((await run([join(dir, 'notes.json'), '--lenient'])).code).toBe(0);
  });

  it('expands globs itself: *, ** and ?', async () => {
    const dir = tmp();
    mkdirSync(join(dir, 'a', 'b'), { recursive: true });
    copyFileSync(SEED, join(dir, 'a', 'kh1.txt'));
    copyFileSync(SEED, join(dir, 'a', 'b', 'kh2.txt'));
    copyFileSync(SEED, join(dir, 'a', 'b', 'other.txt'));
    const r = await run(['a/**/kh?.txt', '--format', 'ndjson'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).source.path)).toEqual(['a/b/kh2.txt', 'a/kh1.txt']);
    const none = await run(['a/*.pdf'], { cwd: dir });
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('a/*.pdf: no files match this pattern');
  });
});

describe('--out-dir', () => {
  it('mirrors relative paths and writes atomically (no temp files left)', async () => {
    const dir = tmp();
    mkdirSync(join(dir, 'in', '2024', 'q1'), { recursive: true });
    copyFileSync(SEED, join(dir, 'in', '2024', 'q1', 'kh.txt'));
    copyFileSync(join(SEEDS, seedFiles()[1]), join(dir, 'in', 'tb.txt'));
    const r = await run(['in', '--out-dir', 'out', '--format', 'yaml'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(listAll(join(dir, 'out'))).toEqual(['2024/q1/kh.yaml', 'tb.yaml']);
    expect(listAll(dir).filter((f) => f.includes('.tmp'))).toEqual([]);
  });

  it('gives inputs sharing a name stem distinct files', async () => {
    const dir = tmp();
    mkdirSync(join(dir, 'in'));
    copyFileSync(SEED, join(dir, 'in', 'kh.txt'));
    copyFileSync(SEED, join(dir, 'in', 'kh.md'));
    const r = await run(['in', '--out-dir', 'out'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(listAll(join(dir, 'out'))).toEqual(['kh.md.json', 'kh.txt.json']);
  });

  it('refuses to write through a symlink that leads outside the folder', async () => {
    const dir = tmp();
    mkdirSync(join(dir, 'in', 'sub'), { recursive: true });
    mkdirSync(join(dir, 'out'));
    mkdirSync(join(dir, 'elsewhere'));
    symlinkSync(join(dir, 'elsewhere'), join(dir, 'out', 'sub'));
    copyFileSync(SEED, join(dir, 'in', 'sub', 'kh.txt'));
    copyFileSync(SEED, join(dir, 'in', 'ok.txt'));
    const r = await run(['in', '--out-dir', 'out'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^in\/sub\/kh\.txt: refusing to write outside out$/m);
    expect(listAll(join(dir, 'elsewhere'))).toEqual([]);
    expect(listAll(join(dir, 'out')).filter((f) => !f.startsWith('sub'))).toEqual(['ok.json']);
  });
});

describe('subcommands', () => {
  it('schema prints the JSON Schema', async () => {
    const r = await run(['schema']);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(schema.$schema).toMatch(/2020-12/);
  });

  it('validate accepts json, yaml and ndjson outputs and rejects a broken registry with path + message', async () => {
    const dir = tmp();
    for (const f of ['json', 'yaml', 'ndjson'] as const) {
      const r = await run([SEED, '--format', f, '-o', join(dir, `r.${f}`)]);
      expect(r.code).toBe(0);
    }
    const ok = await run(['validate', join(dir, 'r.json'), join(dir, 'r.yaml'), join(dir, 'r.ndjson')]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('r.yaml: valid (1 documents)');
    const reg = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'));
    reg.documents[0].tasks[0].origin = 'guess';
    delete reg.documents[0].meta;
    writeFileSync(join(dir, 'bad.json'), JSON.stringify(reg));
    writeFileSync(join(dir, 'junk.json'), '{ nope');
    const bad = await run(['validate', join(dir, 'bad.json'), join(dir, 'junk.json')]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(`${join(dir, 'bad.json')}: invalid: /documents/0/tasks/0/origin`);
    expect(bad.stderr).toMatch(/bad\.json: invalid: \/documents\/0.*meta/);
    expect(bad.stderr).toContain(`${join(dir, 'junk.json')}: cannot parse as JSON/YAML`);
  });
});

describe('startup', () => {
  it('--version and a .txt conversion never load pdfjs, exceljs or fflate', async () => {
    const dir = tmp();
    writeFileSync(
      join(dir, 'hooks.mjs'),
      "export async function resolve(s, c, next) { if (/pdfjs|exceljs|fflate/.test(s)) process.stderr.write('HEAVY ' + s + '\\n'); return next(s, c); }\n",
    );
    // ES modules through the resolve hook, CommonJS (the bundle require()s packages) by require.cache at exit.
    writeFileSync(
      join(dir, 'register.mjs'),
      "import { register, createRequire } from 'node:module'; register('./hooks.mjs', import.meta.url); const require = createRequire(import.meta.url); process.on('exit', () => { for (const f of Object.keys(require.cache)) if (/node_modules\\/(pdfjs|exceljs|fflate)/.test(f)) process.stderr.write('HEAVY ' + f + '\\n'); });\n",
    );
    const { spawnSync } = await import('node:child_process');
    for (const args of [['--version'], [SEED, '--format', 'json']]) {
      const r = spawnSync(process.execPath, ['--import', join(dir, 'register.mjs'), BIN, ...args], { encoding: 'utf8' });
      expect(r.status).toBe(0);
      expect(r.stderr).not.toContain('HEAVY');
    }
    const xlsx = spawnSync(process.execPath, ['--import', join(dir, 'register.mjs'), BIN, SEED, '--format', 'xlsx', '-o', join(dir, 'x.xlsx')], { encoding: 'utf8' });
    expect(xlsx.stderr).toMatch(/HEAVY \S*exceljs/);
  }, 30_000);
});
