// The library's batch API: same results in-process and on workers, in input order.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { extractMany, type BatchResult } from '../../src/batch/index.js';
import { HANG_ENV, HANG_WORKER, SOURCE_WORKER } from '../helpers/workers.js';
import { seedFiles, SEEDS } from './helpers.js';

// Each test spawns the binary one or more times; two cores shared by parallel test files.
vi.setConfig({ testTimeout: 60_000 });

const inputs = () => [...seedFiles().map((f) => join(SEEDS, f)), join(SEEDS, 'missing.txt')];

function summary(results: BatchResult[]) {
  return results.map((r) => (r.ok ? { path: r.path, tasks: r.document.tasks.length } : { path: r.path, error: r.error.code }));
}

describe('extractMany', () => {
  it('runs in-process, keeps going after a failure, results in input order', async () => {
    const seen: number[] = [];
    const results = await extractMany(inputs(), { inProcess: true, onResult: (r) => void seen.push(r.index) });
    expect(seen).toEqual([0, 1, 2, 3, 4, 5]);
    expect(results.filter((r) => r.ok)).toHaveLength(5);
    expect(results[5]).toMatchObject({ ok: false, path: join(SEEDS, 'missing.txt'), error: { code: 'NOT_FOUND', vi: 'không tìm thấy tệp' } });
  });

  it('accepts bytes with a display path', async () => {
    const bytes = new Uint8Array(readFileSync(join(SEEDS, seedFiles()[0])));
    const [r] = await extractMany([{ bytes, path: 'ke-hoach.txt', format: 'txt' }], { workerUrl: SOURCE_WORKER });
    expect(r.ok && r.document.source.path).toBe('ke-hoach.txt');
  });

  it('gives the same documents on worker threads, in input order whatever the timing', async () => {
    const order: number[] = [];
    const [inProc, onWorkers] = await Promise.all([
      extractMany(inputs(), { inProcess: true }),
      extractMany(inputs(), { jobs: 3, workerUrl: SOURCE_WORKER, onResult: (r) => void order.push(r.index) }),
    ]);
    expect(order).toEqual([0, 1, 2, 3, 4, 5]);
    expect(summary(onWorkers)).toEqual(summary(inProc));
  }, 30_000);

  it('failFast skips what was not started', async () => {
    const list = [join(SEEDS, 'missing.txt'), ...seedFiles().map((f) => join(SEEDS, f))];
    const results = await extractMany(list, { jobs: 1, workerUrl: SOURCE_WORKER, failFast: true });
    expect(results[0]).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(results.slice(1).every((r) => !r.ok && r.skipped)).toBe(true);
  }, 30_000);
});

describe('extractMany memory limit', () => {
  it('a worker over its heap limit is killed and reported, the call still resolves', async () => {
    const results = await extractMany(inputs().slice(0, 2), { workerUrl: SOURCE_WORKER, maxMemoryMb: 4, jobs: 2 });
    expect(results.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual(['OUT_OF_MEMORY', 'OUT_OF_MEMORY']);
    expect(results[0].ok || results[0].error.en).toBe('exceeded the memory limit of 4 MB; stopped');
  }, 30_000);
});

describe('extractMany time limit', () => {
  it('a file that hangs its worker is stopped and reported; the others are read, in order', async () => {
    process.env[HANG_ENV] = '001_';
    try {
      const results = await extractMany(inputs().slice(0, 3), { workerUrl: HANG_WORKER, timeoutPerFile: 10, jobs: 2 });
      expect(results.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual(['ok', 'TIMEOUT', 'ok']);
      expect(results[1].ok || results[1].error.en).toBe('took longer than 10 s; stopped');
    } finally {
      delete process.env[HANG_ENV];
    }
  }, 60_000);
});
