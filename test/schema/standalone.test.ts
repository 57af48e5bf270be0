// The validator every run uses is ajv's code generated at build time from src/model/schema.ts
// (scripts/build-validator.mjs, run by npm run build / prepare / test). A stale copy fails here,
// and the generated code must judge registries exactly as ajv compiling the schema would.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { planRegistrySchema, validateRegistry } from '../../src/validate.js';
import { REPO } from '../helpers/seeds.js';

describe('src/model/validate-standalone.ts', () => {
  it('is the generated code of src/model/schema.ts as it is now (else run `npm run build`)', async () => {
    const { generate } = (await import(join(REPO, 'scripts/build-validator.mjs'))) as { generate(): Promise<string> };
    const committed = readFileSync(join(REPO, 'src/model/validate-standalone.ts'), 'utf8');
    // Not toBe: a diff of 120 kB of generated code helps nobody; the command does.
    const fresh = committed === (await generate());
    expect(fresh, 'src/model/validate-standalone.ts is stale: run `npm run build` (or `node scripts/build-validator.mjs`)').toBe(true);
  }, 30_000);

  it('gives the same verdicts and errors as ajv compiling the schema at run time', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const runtime = ajv.compile(planRegistrySchema as object);
    const golden = JSON.parse(readFileSync(join(REPO, 'fixtures/golden/003_731ef92cda07baf8.json'), 'utf8'));
    const doc = golden.documents[0];
    const cases: unknown[] = [
      golden,
      { ...golden, schemaVersion: '2' },
      { ...golden, documents: [{ ...doc, tasks: [{ id: '', origin: 'oops', lead: 'x' }] }] },
      { ...golden, documents: [{ ...doc, source: { ...doc.source, sha256: 'xyz' }, meta: { ...doc.meta, date: { raw: 'x', iso: '2024-1' } } }] },
      { schemaVersion: '1' },
      null,
      [],
    ];
    for (const c of cases) {
      const ok = runtime(c) as boolean;
      const ours = validateRegistry(c);
      expect(ours.ok).toBe(ok);
      expect(ours.errors.length).toBe(Math.min(50, runtime.errors?.length ?? 0));
    }
    expect(validateRegistry(golden)).toEqual({ ok: true, errors: [] });
  });
});
