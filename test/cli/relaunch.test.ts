// A batch of RELAUNCH_MIN_INPUTS files or more, of RELAUNCH_MIN_BYTES or more in all, runs in a
// child node with --single-threaded-gc (src/cli/relaunch.ts): the same output, exit status and
// messages as when run in one process; no relaunch for fewer files or bytes, under a debugger,
// for a list read from stdin or files all up to date; a signal for the parent ends the
// child and leaves nothing behind.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it, vi } from 'vitest';
import { RELAUNCH_MIN_BYTES, RELAUNCH_MIN_INPUTS, RELAUNCHED_ENV } from '../../src/cli/relaunch.js';
import { BIN, SEEDS, listAll, requireBuilt, run } from './helpers.js';
import { HANG_ENV, HANG_PRELOAD } from '../helpers/workers.js';

// Each test converts about 16 documents, some of them twice; two cores shared by parallel test files.
vi.setConfig({ testTimeout: 120_000 });

requireBuilt();

const root = mkdtempSync(join(tmpdir(), 'plan-extract-relaunch-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Preload (node --require) that logs each process's main thread: pid, parent pid, node flags. */
const log = join(root, 'processes.log');
const preload = join(root, 'log-process.cjs');
writeFileSync(
  preload,
  `if (require('node:worker_threads').isMainThread) require('node:fs').appendFileSync(${JSON.stringify(log)}, JSON.stringify({ pid: process.pid, ppid: process.ppid, flags: process.execArgv }) + '\\n');\n`,
);
const processes = (): { pid: number; ppid: number; flags: string[] }[] =>
  readFileSync(log, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { pid: number; ppid: number; flags: string[] });

/**
 * A folder of `n` copies of seed 003 (KH 171/KH-PGDĐT, 5 KB of text), each padded with blank space
 * to `each` bytes: heavy in bytes, quick to convert.
 */
function batch(name: string, n: number, each: number): string {
  const dir = join(root, name);
  mkdirSync(dir);
  const text = readFileSync(join(SEEDS, '003_731ef92cda07baf8.txt'), 'utf8');
  const padded = `${text}\n${' '.repeat(Math.max(0, each - Buffer.byteLength(text) - 2))}\n`;
  for (let i = 0; i < n; i++) writeFileSync(join(dir, `kh-${String(i).padStart(3, '0')}.txt`), padded);
  return dir;
}

const EACH = Math.ceil(RELAUNCH_MIN_BYTES / RELAUNCH_MIN_INPUTS);
const big = batch('big', RELAUNCH_MIN_INPUTS, EACH);
const ARGS = ['--format', 'ndjson', '-j', '2'];

it('a batch of RELAUNCH_MIN_INPUTS files of RELAUNCH_MIN_BYTES runs in one child node with --single-threaded-gc, with the output and status of a run without it', async () => {
  writeFileSync(log, '');
  const relaunched = await run([big, ...ARGS], { nodeArgs: ['--require', preload] });
  const [parent, child, ...more] = processes();
  expect(more).toEqual([]);
  expect(parent.flags).not.toContain('--single-threaded-gc');
  expect(child.flags).toContain('--single-threaded-gc');
  expect(child.ppid).toBe(parent.pid);

  writeFileSync(log, '');
  const single = await run([big, ...ARGS], { nodeArgs: ['--require', preload], env: { [RELAUNCHED_ENV]: '1' } });
  expect(processes()).toHaveLength(1);
  expect(relaunched.code).toBe(0);
  expect(single.code).toBe(0);
  expect(relaunched.stdout.trim().split('\n')).toHaveLength(RELAUNCH_MIN_INPUTS);
  expect(relaunched.stdoutBytes.equals(single.stdoutBytes)).toBe(true);
  expect(relaunched.stderr).toBe(single.stderr);
});

it('one file fewer, or a byte fewer, under a debugger, or the list read from stdin: no relaunch', async () => {
  const fewer = batch('fewer', RELAUNCH_MIN_INPUTS - 1, 2 * EACH);
  const lighter = batch('lighter', RELAUNCH_MIN_INPUTS, EACH);
  // 16 files of 1 MiB are the floor exactly: one byte less in the first is under it.
  expect(EACH * RELAUNCH_MIN_INPUTS).toBe(RELAUNCH_MIN_BYTES);
  const first = join(lighter, 'kh-000.txt');
  writeFileSync(first, readFileSync(first).subarray(0, EACH - 1));
  for (const dir of [fewer, lighter]) {
    writeFileSync(log, '');
    const r = await run([dir, ...ARGS], { nodeArgs: ['--require', preload] });
    expect(r.code).toBe(0);
    expect(processes()).toHaveLength(1);
  }

  // Under a debugger (any free port): the run stays in the process being debugged.
  writeFileSync(log, '');
  const debugged = await run([big, ...ARGS], { nodeArgs: ['--require', preload, '--inspect=127.0.0.1:0'] });
  expect(debugged.code).toBe(0);
  expect(processes()).toHaveLength(1);

  writeFileSync(log, '');
  const list = listAll(big).map((f) => join(big, f)).join('\n');
  const fromStdin = await run(['--files-from', '-', ...ARGS], { nodeArgs: ['--require', preload], input: `${list}\n` });
  expect(fromStdin.code).toBe(0);
  expect(fromStdin.stdout.trim().split('\n')).toHaveLength(RELAUNCH_MIN_INPUTS);
  expect(processes()).toHaveLength(1);
});

it('a batch whose files are all up to date (--skip-existing) is not relaunched to skip them', async () => {
  const out = join(root, 'skip-out');
  const first = await run([big, '--out-dir', out, '-j', '2']);
  expect(first.code).toBe(0);
  expect(listAll(out)).toHaveLength(RELAUNCH_MIN_INPUTS);
  writeFileSync(log, '');
  const again = await run([big, '--out-dir', out, '--skip-existing', '-j', '2'], { nodeArgs: ['--require', preload] });
  expect(again.code).toBe(0);
  expect(processes()).toHaveLength(1);
});

it('a missing input among them: exit 1 from the child, its line printed once', async () => {
  const missing = join(root, 'no-such-file.txt');
  const r = await run([big, missing, ...ARGS, '--lang', 'en']);
  expect(r.code).toBe(1);
  expect(r.stderr.split('\n').filter((l) => l.includes('no-such-file.txt'))).toHaveLength(1);
  expect(r.stdout.trim().split('\n')).toHaveLength(RELAUNCH_MIN_INPUTS);
});

it('SIGTERM for the parent ends the child: the parent dies of it, no output file, no temp file', async () => {
  const out = join(root, 'out');
  mkdirSync(out);
  const file = join(out, 'all.ndjson');
  writeFileSync(log, '');
  // kh-010.txt hangs on its worker (test-only preload), so the batch is caught mid-way.
  const parent = spawn(process.execPath, ['--require', preload, '--import', HANG_PRELOAD, BIN, big, ...ARGS, '-o', file, '--timeout-per-file', '60'], {
    env: { ...process.env, [HANG_ENV]: 'kh-010' },
    stdio: 'ignore',
  });
  const deadline = Date.now() + 30_000;
  while (processes().length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  const [, child] = processes();
  expect(child.ppid).toBe(parent.pid);
  // Let the child start its batch and open its temp file.
  while (!listAll(out).some((f) => f.endsWith('.tmp')) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((r) => parent.on('exit', (code, signal) => r({ code, signal })));
  parent.kill('SIGTERM');
  const { code, signal } = await exited;
  expect(signal === 'SIGTERM' || code === 143).toBe(true);
  // The child is gone too.
  await new Promise((r) => setTimeout(r, 200));
  expect(() => process.kill(child.pid, 0)).toThrow();
  expect(listAll(out)).toEqual([]);
});
