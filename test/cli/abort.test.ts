// extractMany's AbortSignal (what the CLI uses when stdout closes): nothing more is started,
// the inputs not finished come back skipped, in input order.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractMany } from '../../src/index.js';
import { SEEDS_DIR } from '../helpers/seeds.js';
import { SOURCE_WORKER } from '../helpers/workers.js';

const seeds = readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).sort().map((f) => join(SEEDS_DIR, f));

describe('extractMany({ signal })', () => {
  it('an aborted signal: every input skipped, in process and on workers', { timeout: 60_000 }, async () => {
    for (const inProcess of [true, false]) {
      const results = await extractMany(seeds, { signal: AbortSignal.abort(), inProcess, jobs: 2, workerUrl: SOURCE_WORKER });
      expect(results.map((r) => [r.path, r.ok, r.ok ? null : r.skipped])).toEqual(seeds.map((p) => [p, false, true]));
    }
  });

  it('aborted after the first result: it is kept, the rest skipped', { timeout: 60_000 }, async () => {
    const ac = new AbortController();
    const results = await extractMany(seeds, { signal: ac.signal, jobs: 1, workerUrl: SOURCE_WORKER, onResult: () => ac.abort() });
    expect(results[0].ok, JSON.stringify(results[0]).slice(0, 300)).toBe(true);
    expect(results.slice(1).every((r) => !r.ok && r.skipped)).toBe(true);
  });
});
