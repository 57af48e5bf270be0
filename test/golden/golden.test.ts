// Golden registries of the five seeds (fixtures/golden/<seed>.json), read against the source
// documents before they were committed. UPDATE=1 rewrites them; it is refused under CI.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractBytes } from '../../src/pipeline.js';
import { makeRegistry } from '../../src/api.js';
import { validateRegistry } from '../../src/validate.js';
import { REPO, SEEDS_DIR } from '../helpers/seeds.js';

const GOLDEN = join(REPO, 'fixtures/golden');
const update = process.env.UPDATE === '1';

describe('golden registries of the seeds', () => {
  it('the regenerate switch is off in CI', () => {
    expect(update && process.env.CI === 'true').toBe(false);
  });
  for (const name of readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).sort()) {
    it(name, async () => {
      const bytes = readFileSync(join(SEEDS_DIR, name));
      const doc = await extractBytes({ bytes, path: `seeds/${name}` });
      const reg = makeRegistry([doc]);
      reg.generator = 'plan-extract (golden)';
      expect(validateRegistry(reg).errors).toEqual([]);
      const file = join(GOLDEN, name.replace(/\.txt$/, '.json'));
      const text = `${JSON.stringify(reg, null, 2)}\n`;
      if (update || !existsSync(file)) {
        mkdirSync(GOLDEN, { recursive: true });
        writeFileSync(file, text);
      }
      expect(text).toBe(readFileSync(file, 'utf8'));
      // No markup or tabs survive into any value.
      expect(text).not.toMatch(/\\t|<sup>|\*\*|<p>|<\/p>/);
    });
  }
});
