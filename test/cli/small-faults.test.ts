// The small faults of issue 12.6, through the real binary: an output that is one of the inputs,
// control characters in file names, stale temp files after a SIGKILL, a PDF with /Count -1.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makePdf, text } from '../pdf/make-pdf.js';
import { HANG_ENV, HANG_PRELOAD } from '../helpers/workers.js';
import { BIN, listAll, requireBuilt, run, seedFolder, SEEDS } from './helpers.js';

const SEED_002 = join(SEEDS, '002_ee21ab449407d70d.txt');

requireBuilt();

const tmp = () => mkdtempSync(join(tmpdir(), 'plan-extract-small-'));

describe('an output that is one of the inputs', () => {
  it('x.txt -o x.txt (also by another spelling of the path) is refused and the input kept', async () => {
    const dir = tmp();
    const x = join(dir, 'x.txt');
    copyFileSync(SEED_002, x);
    for (const out of [x, join(dir, '..', dir.split('/').pop()!, 'x.txt')]) {
      const r = await run([x, '-o', out]);
      expect(r.code).toBe(2);
      expect(r.stderr.split('\n')[0]).toBe(`usage error: the output ${out} is one of the inputs: refusing to overwrite it`);
    }
    expect(readFileSync(x)).toEqual(readFileSync(SEED_002));
  });

  it('--report naming one of the inputs is refused too (it would be emptied before it is read)', async () => {
    const dir = tmp();
    const x = join(dir, 'x.txt');
    copyFileSync(SEED_002, x);
    const r = await run([x, '--format', 'ndjson', '--report', x]);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(`usage error: the output ${x} is one of the inputs: refusing to overwrite it`);
    expect(readFileSync(x)).toEqual(readFileSync(SEED_002));
  });

  it('--out-dir over the input folder with --format md would replace a.md: refused', async () => {
    const dir = tmp();
    copyFileSync(SEED_002, join(dir, 'a.md'));
    const r = await run([dir, '--out-dir', dir, '--format', 'md']);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(`usage error: the output ${join(dir, 'a.md')} is one of the inputs: refusing to overwrite it`);
    expect(readFileSync(join(dir, 'a.md'))).toEqual(readFileSync(SEED_002));
  });
});

describe('control characters in file names', () => {
  it('are escaped: one failed input is one line, and no escape sequence reaches the terminal', async () => {
    const dir = tmp();
    const name = 'bad\nname\x1b[2J\r.txt';
    writeFileSync(join(dir, name), '');
    const r = await run([join(dir, name), SEED_002, '--format', 'ndjson']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`${dir}/bad\\nname\\x1b[2J\\r.txt: the file is empty\n2 files: 1 converted, 1 failed, 5 tasks, 4 warnings\n`);
  });
});

describe('temp files', () => {
  it('a SIGKILL leaves a temp named for its pid; the next run removes it and writes the output', async () => {
    const { dir, docs } = seedFolder();
    const file = join(dir, 'all.ndjson');
    const child = spawn(process.execPath, ['--import', HANG_PRELOAD, BIN, docs, '--format', 'ndjson', '-o', file, '-j', '2'], {
      env: { ...process.env, [HANG_ENV]: '004_' },
      stdio: 'ignore',
    });
    const temps = () => listAll(dir).filter((f) => f.endsWith('.tmp'));
    const deadline = Date.now() + 30_000;
    while (temps().length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const exited = new Promise((r) => child.on('exit', r));
    child.kill('SIGKILL');
    await exited;
    expect(temps()).toEqual([`.all.ndjson.plan-extract-${child.pid}-1.tmp`]);
    // The killed run's pid is dead: its temp is recognised as stale and removed.
    const r = await run([docs, '--format', 'ndjson', '-o', file]);
    expect(r.code).toBe(1);
    expect(temps()).toEqual([]);
    expect(readFileSync(file, 'utf8').trimEnd().split('\n')).toHaveLength(5);
  }, 90_000);

  it('a temp file of a process that is still running is not touched', async () => {
    const dir = tmp();
    mkdirSync(join(dir, 'out'));
    const live = join(dir, 'out', `.x.json.plan-extract-${process.pid}-1.tmp`);
    writeFileSync(live, 'in progress');
    const r = await run([SEED_002, '-o', join(dir, 'out', 'x.json')]);
    expect(r.code).toBe(0);
    expect(listAll(join(dir, 'out'))).toEqual([`.x.json.plan-extract-${process.pid}-1.tmp`, 'x.json']);
  });
});

describe('a PDF whose page tree says /Count -1', () => {
  it('is a damaged PDF, not "-1 scanned pages"', async () => {
    const pdf = Buffer.from(makePdf([{ content: text('KE HOACH', 72, 700) }])).toString('latin1').replace('/Count 1', '/Count -1');
    const file = join(tmp(), 'count.pdf');
    writeFileSync(file, Buffer.from(pdf, 'latin1'));
    const r = await run([file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`${file}: damaged PDF: no page can be read (the page tree gives a count of -1)\n`);
  });
});
