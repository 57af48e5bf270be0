// Ctrl-C during a run leaves no half-written file and no temp file behind.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { expect, it, vi } from 'vitest';
import { BIN, listAll, requireBuilt, seedFolder } from './helpers.js';
import { HANG_ENV, HANG_PRELOAD } from '../helpers/workers.js';

// Each test spawns the binary one or more times; two cores shared by parallel test files.
vi.setConfig({ testTimeout: 60_000 });

requireBuilt();

it('SIGINT while an ndjson output is being written removes its temp file', async () => {
  const { dir, docs } = seedFolder();
  const file = join(dir, 'all.ndjson');
  // Seed 004 hangs (test-only preload), so the run is caught with the temp file open.
  const child = spawn(process.execPath, ['--import', HANG_PRELOAD, BIN, docs, '--format', 'ndjson', '-o', file, '-j', '2', '--timeout-per-file', '60'], {
    env: { ...process.env, [HANG_ENV]: '004_' },
    stdio: 'ignore',
  });
  const temps = () => listAll(dir).filter((f) => f.endsWith('.tmp'));
  const deadline = Date.now() + 15_000;
  while (temps().length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  expect(temps()).toHaveLength(1);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((r) => child.on('exit', (code, signal) => r({ code, signal })));
  child.kill('SIGINT');
  const { code, signal } = await exited;
  expect(signal === 'SIGINT' || code === 130).toBe(true);
  expect(temps()).toEqual([]);
  expect(listAll(dir).includes('all.ndjson')).toBe(false);
}, 30_000);
