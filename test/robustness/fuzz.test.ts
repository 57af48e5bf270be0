// A short fixed-seed pass of the mutation fuzzer (scripts/fuzz/run.mjs, `npm run fuzz`): six
// mutated real inputs, one of each format, two texts, through the real CLI (dist/, built by `npm test`).
// Longer runs: `npm run fuzz -- --minutes 30 --seed S`; each failure is saved with its seed and
// case number, and becomes a regression case in test/robustness/fuzz-regressions.test.ts.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO } from '../helpers/seeds.js';

const out = mkdtempSync(join(tmpdir(), 'fuzz-test-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));
const built = existsSync(join(REPO, 'dist/index.js'));

describe.skipIf(!built)('fuzz: a fixed-seed pass', () => {
  it('6 cases over txt, md, docx, pdf and html keep the contract', { timeout: 240_000 }, async () => {
    // Asynchronously: a blocking spawnSync would starve vitest's own messages for a minute.
    const r = await new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, ['scripts/fuzz/run.mjs', '--cases', '6', '--seed', '20240601', '--out', out, '--quiet'], { cwd: REPO });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.stderr.on('data', (d) => (stderr += d));
      child.on('close', (status) => resolve({ status, stdout, stderr }));
    });
    const summary = JSON.parse(r.stdout.trim().split('\n').pop() ?? '{}');
    const saved = readdirSync(out).filter((f) => f.endsWith('.json'));
    expect(saved, `failures saved in ${out}: ${r.stderr}`).toEqual([]);
    expect(r.status).toBe(0);
    expect(Object.values(summary.counts as Record<string, { cases: number }>).reduce((n, c) => n + c.cases, 0)).toBe(6);
  });
});
