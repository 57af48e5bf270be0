// The committed JSON Schema is generated from src/model/schema.ts (npm run schema); a stale copy fails.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planRegistrySchema, validateRegistry } from '../../src/validate.js';
import { REPO } from '../helpers/seeds.js';

describe('schemas/plan-registry.schema.json', () => {
  it('is the generated copy of src/model/schema.ts', () => {
    const committed = JSON.parse(readFileSync(join(REPO, 'schemas/plan-registry.schema.json'), 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(planRegistrySchema)));
  });
  it('accepts a minimal registry and rejects missing and mistyped fields with a path', () => {
    const doc = {
      id: 'x', source: { path: 'x.txt', format: 'txt', sha256: 'a'.repeat(64) },
      meta: { kind: null, number: null, issuer: null, place: null, date: null, title: null },
      sections: [], targets: [], tasks: [], tables: [], footnotes: [], citations: [], recipients: [], signature: null, warnings: [],
    };
    expect(validateRegistry({ schemaVersion: '1', generator: 'plan-extract 0.1.0', documents: [doc] })).toEqual({ ok: true, errors: [] });
    const bad = validateRegistry({ schemaVersion: '1', generator: 'plan-extract 0.1.0', documents: [{ ...doc, tasks: [{ id: 't', origin: 'oops' }] }] });
    expect(bad.ok).toBe(false);
    expect(bad.errors).toContain('/documents/0/tasks/0: missing required field "text"');
    expect(bad.errors.some((e) => e.startsWith('/documents/0/tasks/0/origin: must be one of'))).toBe(true);
  });
});
