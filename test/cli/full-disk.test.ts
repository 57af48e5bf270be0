// A full disk (issue 12.1): every write is checked to its end, the temp file is removed, the
// input is reported failed and the exit code is 1, for -o, --out-dir, ndjson -o and stdout.
// On a real 64 KiB tmpfs where the test may mount one (root), and always through injected
// write errors (test/helpers/workers/write-fault-preload.mjs) and /dev/full.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WRITE_FAULT_ENV, WRITE_FAULT_PRELOAD } from '../helpers/workers.js';
import { BIN, listAll, requireBuilt, run, seedFiles, SEEDS } from './helpers.js';

const SEED_000 = join(SEEDS, '000_2cb036a4f30d648d.txt');
const SEED_002 = join(SEEDS, '002_ee21ab449407d70d.txt');

requireBuilt();

/** A 64 KiB tmpfs, or null (with the reason printed once) where mounting is not allowed. */
function mountSmallDisk(): string | null {
  if (process.platform !== 'linux') return null;
  const dir = mkdtempSync(join(tmpdir(), 'plan-extract-full-'));
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir], { encoding: 'utf8' });
  if (r.status === 0) return dir;
  rmSync(dir, { recursive: true, force: true });
  console.log(`full-disk tests on a real file system skipped: cannot mount a tmpfs (${(r.stderr || r.error?.message || 'not permitted').trim()})`);
  return null;
}

let disk: string | null = null;
beforeAll(() => {
  disk = mountSmallDisk();
});
afterAll(() => {
  if (!disk) return;
  spawnSync('umount', [disk]);
  rmSync(disk, { recursive: true, force: true });
});

/** A fresh folder on the small disk, emptied first (the disk holds 64 KiB in all). */
function onDisk(name: string): string {
  const d = join(disk!, name);
  rmSync(d, { recursive: true, force: true });
  mkdirSync(d);
  return d;
}

describe('a 64 KiB file system fills up', () => {
  it('-o: exit 1, one line naming the output and the cause, no file, no temp file', async (ctx) => {
    if (!disk) return ctx.skip();
    const d = onDisk('o');
    const r = await run([SEED_000, '-o', join(d, 'reg.json')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`${join(d, 'reg.json')}: cannot write the file: no space left on the device (ENOSPC)\n`);
    expect(listAll(d)).toEqual([]);
  });

  it('--out-dir: a file is complete or absent, and an absent one is a failed input', async (ctx) => {
    if (!disk) return ctx.skip();
    const d = onDisk('dir');
    const r = await run([SEEDS, '--out-dir', d, '-j', '1']);
    expect(r.code).toBe(1);
    const written = listAll(d);
    expect(written.some((f) => f.endsWith('.tmp'))).toBe(false);
    const failed = r.stderr.split('\n').filter((l) => l.endsWith(': cannot write the file: no space left on the device (ENOSPC)'));
    // Seed 002's registry (26 KB) fits; seed 000's (139 KB) cannot.
    expect(written).toContain('002_ee21ab449407d70d.json');
    expect(failed).toContain(`${SEED_000}: cannot write the file: no space left on the device (ENOSPC)`);
    expect(written.length + failed.length).toBe(seedFiles().length);
    expect(r.stderr).toContain(`${seedFiles().length} files: ${written.length} converted, ${failed.length} failed`);
    for (const f of written) expect(JSON.parse(readFileSync(join(d, f), 'utf8')).documents).toHaveLength(1);
  });

  it('ndjson -o: exit 1, no file, no temp file, nothing counted as converted', async (ctx) => {
    if (!disk) return ctx.skip();
    const d = onDisk('nd');
    const r = await run([SEEDS, '--format', 'ndjson', '-o', join(d, 'all.ndjson'), '-j', '2']);
    expect(r.code).toBe(1);
    expect(listAll(d)).toEqual([]);
    expect(r.stderr).toContain(`${join(d, 'all.ndjson')}: cannot write the file: no space left on the device (ENOSPC)`);
    expect(r.stderr).toMatch(/^5 files: 0 converted, 5 failed, 0 tasks, 0 warnings$/m);
  });

  it('--report on a full disk: exit 1 with the cause, although every document converted', async (ctx) => {
    if (!disk) return ctx.skip();
    const d = onDisk('report');
    // Fill what is left of the disk.
    const fill = spawnSync('sh', ['-c', 'cat /dev/zero > "$1"', 'sh', join(d, 'filler')]);
    expect(fill.status).not.toBe(0);
    const r = await run([SEED_002, SEED_000, '--format', 'ndjson', '--report', join(d, 'r.ndjson')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`cannot write --report ${join(d, 'r.ndjson')} (ENOSPC)`);
    rmSync(join(d, 'filler'));
  });
});

describe('injected write errors (any machine)', () => {
  const cases: [string, string][] = [
    ['short', 'no space left on the device (ENOSPC)'],
    ['write:EDQUOT', 'disk quota exceeded (EDQUOT)'],
    ['sync:EIO', 'input/output error (EIO)'],
    ['close:EDQUOT', 'disk quota exceeded (EDQUOT)'],
  ];
  for (const [fault, cause] of cases) {
    it(`${fault}: -o, --out-dir and ndjson -o fail with "${cause}" and leave nothing`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'plan-extract-wfault-'));
      const opts = { env: { [WRITE_FAULT_ENV]: fault }, nodeArgs: ['--import', WRITE_FAULT_PRELOAD] };
      const o = await run([SEED_002, '-o', join(dir, 'reg.json')], opts);
      expect(o.code).toBe(1);
      expect(o.stderr).toBe(`${join(dir, 'reg.json')}: cannot write the file: ${cause}\n`);
      const out = join(dir, 'out');
      const od = await run([SEED_002, SEED_000, '--out-dir', out], opts);
      expect(od.code).toBe(1);
      expect(od.stderr).toContain(`${SEED_002}: cannot write the file: ${cause}`);
      expect(od.stderr).toContain('2 files: 0 converted, 2 failed, 0 tasks, 0 warnings');
      const nd = await run([SEED_002, SEED_000, '--format', 'ndjson', '-o', join(dir, 'all.ndjson')], opts);
      expect(nd.code).toBe(1);
      expect(nd.stderr).toContain(`${join(dir, 'all.ndjson')}: cannot write the file: ${cause}`);
      expect(nd.stderr).toContain('2 files: 0 converted, 2 failed, 0 tasks, 0 warnings');
      expect(existsSync(out) ? listAll(out) : []).toEqual([]);
      expect(listAll(dir)).toEqual([]);
    }, 90_000);
  }
});

describe('stdout on a full device (/dev/full)', () => {
  it.skipIf(!existsSync('/dev/full'))('json and ndjson to stdout: exit 1 and one line, never exit 0', async () => {
    for (const args of [[SEED_002], [SEED_002, SEED_000, '--format', 'ndjson']]) {
      const r = spawnSync('sh', ['-c', `"${process.execPath}" "$@" > /dev/full`, 'sh', BIN, ...args], {
        encoding: 'utf8',
        env: { ...process.env, LANG: 'C.UTF-8' },
      });
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('cannot write to standard output: no space left on the device (ENOSPC)');
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  }, 60_000);
});
