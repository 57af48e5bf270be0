// I/O limits (issue 12.3, 12.4): the size is checked before reading, devices, FIFOs and sockets
// are refused by stat, and a single input has the batch's time limit.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HANG_ENV, HANG_PRELOAD } from '../helpers/workers.js';
import { requireBuilt, run, SEEDS } from './helpers.js';

const SEED_002 = join(SEEDS, '002_ee21ab449407d70d.txt');

requireBuilt();

const tmp = () => mkdtempSync(join(tmpdir(), 'plan-extract-limits-'));

describe('--max-size', () => {
  it('a 1.5 GiB file named .txt is refused by its size, before it is read', async () => {
    const big = join(tmp(), 'big.txt');
    // Sparse: no disk space used, and reading it whole would take 1.5 GB of memory.
    writeFileSync(big, '');
    truncateSync(big, 1536 * 1024 * 1024);
    const r = await run([big]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`${big}: refused: the input is 1.5 GiB, more than the limit of 256 MiB (raise it with --max-size if the file is genuine)\n`);
  });

  it('--max-size takes bytes or K/M/G; a file over it fails, one under it converts', async () => {
    const small = await run([SEED_002, '--max-size', '10K']);
    expect(small.code).toBe(1);
    expect(small.stderr).toBe(`${SEED_002}: refused: the input is 11 KiB, more than the limit of 10 KiB (raise it with --max-size if the file is genuine)\n`);
    expect((await run([SEED_002, '--max-size', '1M', '--format', 'ndjson'])).code).toBe(0);
    const bad = await run([SEED_002, '--max-size', 'lots']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--max-size: "lots" is not a positive number');
  });

  it('standard input stops being read past the limit', async () => {
    const r = await run(['-', '--from', 'txt', '--max-size', '1K'], { input: Buffer.alloc(200_000, 'a') });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('<stdin>: refused: the input is larger than the limit of 1 KiB (raise it with --max-size if the file is genuine)\n');
  });
});

describe('inputs that are not regular files', () => {
  it.skipIf(!existsSync('/dev/zero'))('/dev/zero is refused at once (it would be read forever)', async () => {
    const r = await run(['/dev/zero']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('/dev/zero: refused: this is a character device, not a document file\n');
  });

  it.skipIf(!existsSync('/dev/zero'))('validate, merge and --files-from refuse /dev/zero too', async () => {
    const cause = 'cannot read the file (refused: this is a character device, not a document file)';
    const v = await run(['validate', '/dev/zero']);
    expect([v.code, v.stderr]).toEqual([1, `/dev/zero: ${cause}\n`]);
    const m = await run(['merge', '/dev/zero', '-o', join(tmp(), 'm.json')]);
    expect(m.code).toBe(1);
    expect(m.stderr).toContain(`/dev/zero: ${cause}`);
    const f = await run(['--files-from', '/dev/zero']);
    expect(f.code).toBe(2);
    expect(f.stderr).toContain('cannot read the --files-from list /dev/zero (refused: this is a character device, not a document file)');
  });

  const hasMkfifo = process.platform !== 'win32' && spawnSync('mkfifo', ['--version']).status === 0;
  it.skipIf(!hasMkfifo)('a FIFO alone or in a batch is refused and the process exits', async () => {
    const dir = tmp();
    const fifo = join(dir, 'pipe.txt');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const alone = await run([fifo]);
    expect(alone.code).toBe(1);
    expect(alone.stderr).toBe(`${fifo}: refused: this is a named pipe (FIFO), not a document file\n`);
    copyFileSync(SEED_002, join(dir, 'seed.txt'));
    const batch = await run([fifo, join(dir, 'seed.txt'), '--format', 'ndjson']);
    expect(batch.code).toBe(1);
    expect(batch.stderr).toBe(`${fifo}: refused: this is a named pipe (FIFO), not a document file\n2 files: 1 converted, 1 failed, 5 tasks, 4 warnings\n`);
    expect(batch.stdout.trimEnd().split('\n')).toHaveLength(1);
  });

  it.skipIf(process.platform === 'win32')('a socket is refused', async () => {
    const sock = join(tmp(), 'sock.txt');
    const server = createServer();
    await new Promise<void>((r) => server.listen(sock, r));
    try {
      const r = await run([sock]);
      expect(r.code).toBe(1);
      expect(r.stderr).toBe(`${sock}: refused: this is a socket, not a document file\n`);
    } finally {
      server.close();
    }
  });
});

describe('a single input has the time limit of a batch', () => {
  it('one file that hangs is stopped by --timeout-per-file', async () => {
    const r = await run([SEED_002, '--timeout-per-file', '3'], { env: { [HANG_ENV]: '002_' }, nodeArgs: ['--import', HANG_PRELOAD] });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`${SEED_002}: took longer than 3 s; stopped\n`);
    expect(r.stdout).toBe('');
  }, 60_000);
});
