// The start order of a pool of two or more workers (src/batch/schedule.ts): what cannot be read
// first (it fails at once), then PDFs and .doc files, then every other kind, each largest first;
// results still come out in input order.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractMany, type BatchResult } from '../../src/batch/index.js';
import { startOrder } from '../../src/batch/schedule.js';
import { SOURCE_WORKER } from '../helpers/workers.js';
import { REPO } from '../helpers/seeds.js';

const dir = mkdtempSync(join(tmpdir(), 'plan-extract-schedule-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A file of `size` bytes (its content does not matter: startOrder only weighs it). */
function file(name: string, size: number): string {
  const path = join(dir, name);
  writeFileSync(path, Buffer.alloc(size, 0x61));
  return path;
}

describe('startOrder', () => {
  it('unreadable first, then PDF and .doc largest first, then the rest largest first', async () => {
    const inputs = [
      file('a.txt', 300), // 0
      file('b.pdf', 100), // 1
      file('c.docx', 5000), // 2
      join(dir, 'missing.txt'), // 3
      file('d.PDF', 900), // 4: the extension in capitals is a PDF too
      file('e.doc', 400), // 5
      dir, // 6: a folder is no file: unreadable
      file('f.md', 300), // 7: the same size as 0, after it
    ];
    expect(await startOrder(inputs)).toEqual([3, 6, 4, 5, 1, 2, 0, 7]);
  });

  it('reorders only within windows of inputs, so that few results wait for an earlier one', async () => {
    const bytes = (n: number) => new Uint8Array(n);
    // Sizes grow with the index: each window is reversed, the windows keep their order.
    const inputs = Array.from({ length: 10 }, (_, i) => ({ bytes: bytes(i + 1), path: `${i}.txt` }));
    expect(await startOrder(inputs, 4)).toEqual([3, 2, 1, 0, 7, 6, 5, 4, 9, 8]);
    // The default window: a list of 130 starts its first 64 inputs first.
    const many = Array.from({ length: 130 }, (_, i) => ({ bytes: bytes(i + 1), path: `${i}.txt` }));
    const order = await startOrder(many);
    expect(order.slice(0, 64).every((i) => i < 64)).toBe(true);
    expect(order.slice(64, 128).every((i) => i >= 64 && i < 128)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(many.map((_, i) => i));
  });

  it('weighs bytes by their length and their forced format', async () => {
    const bytes = (n: number) => new Uint8Array(n);
    const inputs = [
      { bytes: bytes(10), path: 'stdin' }, // 0
      { bytes: bytes(20), path: 'x.txt', format: 'pdf' as const }, // 1: forced PDF
      { bytes: bytes(30), path: 'y.pdf', format: 'txt' as const }, // 2: forced text
      { bytes: bytes(5), path: 'z.pdf' }, // 3
    ];
    expect(await startOrder(inputs)).toEqual([1, 3, 2, 0]);
  });
});

describe('a pool of two workers taking the largest first', () => {
  it('gives the documents of an in-process run, in input order', async () => {
    // The PDF is last in input order and starts first; the seeds are reordered by size.
    const inputs = [
      join(REPO, 'fixtures/seeds/002_ee21ab449407d70d.txt'),
      join(REPO, 'fixtures/seeds/000_2cb036a4f30d648d.txt'),
      join(REPO, 'fixtures/seeds/003_731ef92cda07baf8.txt'),
      join(REPO, 'fixtures/pdf/003_731ef92cda07baf8.pdf'),
    ];
    const order: number[] = [];
    const onWorkers = await extractMany(inputs, { jobs: 2, workerUrl: SOURCE_WORKER, ocr: 'off', onResult: (r) => void order.push(r.index) });
    const inProc = await extractMany(inputs, { inProcess: true, ocr: 'off' });
    const summary = (rs: BatchResult[]) => rs.map((r) => (r.ok ? { path: r.path, tasks: r.document.tasks.length, pages: r.document.source.pages ?? null } : { path: r.path, error: r.error.code }));
    expect(order).toEqual([0, 1, 2, 3]);
    expect(summary(onWorkers)).toEqual(summary(inProc));
    expect(onWorkers.every((r) => r.ok)).toBe(true);
  }, 60_000);
});
