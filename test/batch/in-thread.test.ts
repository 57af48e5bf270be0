// The single-input path in the calling thread (src/batch/in-thread.ts, src/batch/limited.ts): a
// time limit that stops a loop and a backtracking regular expression, the same document as the
// pipeline gives, and what it hands to a worker instead.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractInThread, IN_THREAD_MAX_BYTES } from '../../src/batch/in-thread.js';
import { runLimited, TimeLimitExceeded } from '../../src/batch/limited.js';
import { extractBytes, extractFile } from '../../src/pipeline.js';
import { REPO, seedPath } from '../helpers/seeds.js';

describe('runLimited', () => {
  it('returns what the function returns, and passes its errors through as they are', () => {
    expect(runLimited(() => 42, 1000)).toBe(42);
    const err = new TypeError('x');
    expect(() =>
      runLimited(() => {
        throw err;
      }, 1000),
    ).toThrow(err);
  });

  it('stops an endless loop and a regular expression that backtracks for ever', () => {
    expect(() =>
      runLimited(() => {
        for (;;);
      }, 200),
    ).toThrow(TimeLimitExceeded);
    expect(() => runLimited(() => /(a+)+$/.test(`${'a'.repeat(64)}b`), 200)).toThrow(TimeLimitExceeded);
  });
});

describe('extractInThread', () => {
  it('reads seed 000 .txt to the document the pipeline gives', async () => {
    const path = seedPath('000');
    const r = await extractInThread(path, {}, 120_000);
    expect(r).toEqual({ ok: true, document: await extractFile(path) });
  });

  it('reads fixture 000 .docx, and bytes with a display path, as the pipeline does', async () => {
    const bytes = new Uint8Array(readFileSync(join(REPO, 'fixtures/docx/000_2cb036a4f30d648d.docx')));
    const input = { bytes, path: 'ke-hoach.docx' };
    const r = await extractInThread(input, {}, 120_000);
    expect(r).toEqual({ ok: true, document: await extractBytes(input) });
  });

  it('a file that fails fails here with its own error (NOT_FOUND, EMPTY_FILE)', async () => {
    expect(await extractInThread(join(REPO, 'no-such.txt'), {}, 1000)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await extractInThread({ bytes: new Uint8Array(0), path: 'x.txt' }, {}, 1000)).toMatchObject({ ok: false, error: { code: 'EMPTY_FILE' } });
  });

  it('a time limit too short for the document: TIMEOUT, "took longer than N s; stopped"', async () => {
    const r = await extractInThread(seedPath('001'), {}, 1);
    expect(r).toEqual({ ok: false, error: { code: 'TIMEOUT', en: 'took longer than 0.001 s; stopped', vi: 'quá thời gian 0.001 giây, đã dừng xử lý tệp này' } });
  });

  it('hands a PDF and an input over 4 MiB to a worker, with the bytes it read', async () => {
    const pdf = join(REPO, 'fixtures/pdf/003_731ef92cda07baf8.pdf');
    const r = await extractInThread(pdf, {}, 1000);
    expect('worker' in r && 'bytes' in r.worker && r.worker.path).toBe(pdf);
    const big = { bytes: new Uint8Array(IN_THREAD_MAX_BYTES + 1).fill(0x61), path: 'big.txt' };
    const b = await extractInThread(big, {}, 1000);
    // The same bytes, not a copy (compared by identity: a deep compare of 4 MiB is slow).
    expect('worker' in b && 'bytes' in b.worker && b.worker.bytes === big.bytes && b.worker.path).toBe('big.txt');
  });
});
