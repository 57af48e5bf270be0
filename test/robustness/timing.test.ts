// Hang detector, not a benchmark: the five seeds through the whole text pipeline, with a generous bound.
import { afterAll, describe, expect, it } from 'vitest';
import { describeOutcome, probe, stopWorker } from './harness.js';
import { seedTexts, utf8 } from './inputs-text.js';

afterAll(stopWorker);

/** Each seed reads in about a second here; 30 s each (and 90 s together) only catches a hang or a blow-up, on any load. */
const PER_SEED_MS = 30_000;
const ALL_SEEDS_MS = 90_000;
const seeds = seedTexts();

describe.skipIf(!seeds.length)('timing: the five seeds', () => {
  it('each seed gives a valid document within the bound', { timeout: ALL_SEEDS_MS + 10_000 }, async () => {
    // Warm up the child (module loading is not the pipeline's time).
    await probe(utf8('KẾ HOẠCH\n1. Nội dung\n'), 'warm.txt');
    let total = 0;
    const slow: string[] = [];
    for (const s of seeds) {
      const o = await probe(utf8(s.text), s.name, PER_SEED_MS);
      expect(o.kind, describeOutcome(s.name, o)).toBe('ok');
      total += o.ms;
      if (o.ms > PER_SEED_MS) slow.push(`${s.name}: ${Math.round(o.ms)} ms`);
    }
    expect(slow).toEqual([]);
    expect(total).toBeLessThan(ALL_SEEDS_MS);
  });

  it('the seeds as one concatenated document (five times the size) stay within the bound', { timeout: ALL_SEEDS_MS + 10_000 }, async () => {
    const o = await probe(utf8(seeds.map((s) => s.text).join('\n\f\n')), 'all-seeds.txt', ALL_SEEDS_MS);
    expect(o.kind, describeOutcome('all seeds', o)).toBe('ok');
  });
});
