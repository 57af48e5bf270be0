// A worker that dies fails only its own file (issue 12.2): faults are injected into the built
// binary's worker threads by a test-only preload (test/helpers/workers/fault-preload.mjs).
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FAULT_ENV, FAULT_PRELOAD } from '../helpers/workers.js';
import { listAll, requireBuilt, run, seedFiles, seedFolder, SEEDS } from './helpers.js';

requireBuilt();

const SEED_003 = '003_731ef92cda07baf8.txt';

/** The five seeds, plus copies of seed 003 that crash their worker in four ways. */
function faultyFolder() {
  const { dir, docs } = seedFolder();
  for (const name of ['crash-exit.txt', 'crash-reject.txt', 'crash-throw.txt', '0-late.txt']) copyFileSync(join(SEEDS, SEED_003), join(docs, name));
  return { dir, docs };
}

const FAULTS = 'exit:crash-exit,reject:crash-reject,throw:crash-throw,late:0-late';

describe('a worker that dies', () => {
  for (const jobs of ['1', '3']) {
    it(`fails only its own file, is replaced, and the batch goes on (-j ${jobs})`, async () => {
      const { dir, docs } = faultyFolder();
      const out = join(dir, 'out');
      const r = await run([docs, '--out-dir', out, '-j', jobs], { env: { [FAULT_ENV]: FAULTS }, nodeArgs: ['--import', FAULT_PRELOAD] });
      expect(r.code).toBe(1);
      const lines = r.stderr.trimEnd().split('\n');
      // Two failures of the seed folder (empty.docx, random.pdf), three crashes, the summary.
      expect(lines.filter((l) => l.includes('crash-'))).toEqual([
        `${join(docs, 'crash-exit.txt')}: the worker stopped unexpectedly (exit 3)`,
        `${join(docs, 'crash-reject.txt')}: internal error: injected rejection`,
        `${join(docs, 'crash-throw.txt')}: internal error: injected exception`,
      ]);
      expect(lines).toHaveLength(6);
      expect(lines[5]).toMatch(/^11 files: 6 converted, 5 failed, \d+ tasks, \d+ warnings$/);
      expect(r.stderr).not.toMatch(/Emitted 'error'|\n\s+at /);
      // The file whose worker died just after its reply, and whatever file that worker was
      // reading then (retried on a fresh worker), are both converted, each with its own content.
      const written = listAll(out);
      expect(written).toEqual(['0-late.json', ...seedFiles().map((f) => f.replace(/\.txt$/, '.json'))]);
      for (const f of written) {
        const doc = JSON.parse(readFileSync(join(out, f), 'utf8')).documents[0];
        const src = f === '0-late.json' ? '0-late.txt' : f.replace(/\.json$/, '.txt');
        expect(doc.source.path).toBe(join(docs, src));
      }
    }, 120_000);
  }

  it('workers that cannot even load: every file fails with one line, the run ends with a summary', async () => {
    const { docs } = seedFolder();
    const r = await run([docs, '--format', 'ndjson', '-j', '2'], { env: { [FAULT_ENV]: 'load' }, nodeArgs: ['--import', FAULT_PRELOAD] });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(8);
    for (const l of lines.slice(0, 7)) expect(l).toMatch(/: the worker stopped unexpectedly \(injected load failure\)$/);
    expect(lines[7]).toBe('7 files: 0 converted, 7 failed, 0 tasks, 0 warnings');
  }, 120_000);
});
