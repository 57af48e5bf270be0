// A single small input that is not a PDF is read in the main thread (src/batch/in-thread.ts),
// and keeps a worker's guarantees: the time limit stops a reader that loops or a regular
// expression that backtracks for ever (test-only stand-ins in the main thread:
// test/helpers/workers/hang-preload.mjs), an error that escapes is one line, Ctrl-C still stops
// the run; a large file still goes to a worker.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { FAULT_ENV, FAULT_PRELOAD, HANG_ENV, HANG_PRELOAD } from '../helpers/workers.js';
import { BIN, listAll, requireBuilt, run, SEEDS } from './helpers.js';

vi.setConfig({ testTimeout: 60_000 });

const SEED_002 = join(SEEDS, '002_ee21ab449407d70d.txt');

requireBuilt();

const tmp = () => mkdtempSync(join(tmpdir(), 'plan-extract-in-thread-'));

describe('a single input read in the main thread', () => {
  it('a reader that loops for ever is stopped by --timeout-per-file: one line, exit 1, nothing written', async () => {
    const r = await run([SEED_002, '--timeout-per-file', '2'], { env: { [HANG_ENV]: '002_' }, nodeArgs: ['--import', HANG_PRELOAD] });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`${SEED_002}: took longer than 2 s; stopped\n`);
    expect(r.stdout).toBe('');
  });

  it('a regular expression that backtracks for ever is stopped the same way', async () => {
    const out = join(tmp(), 'kh.json');
    const r = await run([SEED_002, '--timeout-per-file', '1.5', '-o', out], {
      env: { [HANG_ENV]: '002_', PLAN_EXTRACT_TEST_HANG_MODE: 'regex' },
      nodeArgs: ['--import', HANG_PRELOAD],
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`${SEED_002}: took longer than 1.5 s; stopped\n`);
    expect(listAll(join(out, '..'))).toEqual([]);
  });

  it('the same file with no stand-in converts (the limit stops only what runs past it)', async () => {
    const r = await run([SEED_002, '--timeout-per-file', '30', '--format', 'ndjson'], { env: { [HANG_ENV]: 'no-such-file' }, nodeArgs: ['--import', HANG_PRELOAD] });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).source.path).toBe(SEED_002);
  });

  it('an exception or a rejection that escapes the reader fails the file with one line, never a stack', async () => {
    const dir = tmp();
    for (const [mode, message] of [
      ['throw', 'injected exception'],
      ['reject', 'injected rejection'],
    ]) {
      const file = join(dir, `crash-${mode}.txt`);
      copyFileSync(SEED_002, file);
      const r = await run([file, '--format', 'ndjson'], { env: { [FAULT_ENV]: `${mode}:crash-${mode}` }, nodeArgs: ['--import', FAULT_PRELOAD] });
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(`${file}: internal error: ${message}\n`);
    }
  });

  it('Ctrl-C while the reader runs stops the run at once and leaves no temp file', async () => {
    const dir = tmp();
    const out = join(dir, 'kh.json');
    const child = spawn(process.execPath, ['--import', HANG_PRELOAD, BIN, SEED_002, '-o', out, '--timeout-per-file', '100'], {
      env: { ...process.env, [HANG_ENV]: '002_' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    // Give it time to start spinning (it spins for up to 100 s).
    await new Promise((r) => setTimeout(r, 2500));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((r) => child.on('exit', (code, signal) => r({ code, signal })));
    child.kill('SIGINT');
    const { code, signal } = await exited;
    expect(signal === 'SIGINT' || code === 130).toBe(true);
    expect(stderr).not.toMatch(/internal error|\n\s+at /);
    expect(listAll(dir)).toEqual([]);
  });

  it('a text over 4 MiB is read on a worker: the main-thread stand-in never fires, the worker limit stops it', async () => {
    const dir = tmp();
    const big = join(dir, 'big-002.txt');
    const seed = readFileSync(SEED_002, 'utf8');
    writeFileSync(big, seed + '\n'.repeat(2) + 'Nội dung kèm theo.\n'.repeat(Math.ceil((4.1 * 1024 * 1024) / 20)));
    // The worker hook (same variable) spins in the worker; the main thread never opens the file.
    const r = await run([big, '--timeout-per-file', '2'], { env: { [HANG_ENV]: 'big-002' }, nodeArgs: ['--import', HANG_PRELOAD] });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`${big}: took longer than 2 s; stopped\n`);
  });
});
