// The batch library stands on its own (issue 13.2): nothing in src/batch imports the CLI, and no
// test hook lives in the product (tests inject theirs through test/helpers/workers).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/seeds.js';

const files = (dir: string) => readdirSync(join(REPO, dir)).filter((f) => f.endsWith('.ts')).map((f) => join(dir, f));

describe('src/batch', () => {
  it('imports nothing from src/cli', () => {
    const bad = files('src/batch').filter((f) => /from '\.\.\/cli\//.test(readFileSync(join(REPO, f), 'utf8')));
    expect(bad).toEqual([]);
  });
  it('no test hook in src/batch or src/cli (no hang switch, no environment variable read by the pool)', () => {
    const bad = [...files('src/batch'), ...files('src/cli')].filter((f) => /testHang|TEST_HANG|PLAN_EXTRACT_TEST/.test(readFileSync(join(REPO, f), 'utf8')));
    expect(bad).toEqual([]);
  });
});
