// The public API is pinned: removing or renaming an export is a breaking change.
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import { seedPath } from '../helpers/seeds.js';

describe('public API', () => {
  it('exports exactly these values', () => {
    expect(Object.keys(api).sort()).toEqual([
      'DEFAULT_MAX_MEMORY_MB', 'DEFAULT_TIMEOUT_SECONDS', 'OUTPUT_FORMATS', 'PlanExtractError', 'TABLE_NAMES',
      'decideFormat', 'emit', 'extract', 'extractBytes', 'extractFile', 'extractMany', 'extractModel',
      'generatorName', 'isPlanExtractError', 'makeRegistry', 'packageVersion', 'planRegistrySchema', 'recognise', 'validateRegistry',
    ]);
  });
  it('extract() returns the registry shape for one path and for several', async () => {
    const one = await api.extract(seedPath('003'));
    expect(one.schemaVersion).toBe('1');
    expect(one.generator).toMatch(/^plan-extract \d+\.\d+\.\d+$/);
    expect(one.documents.map((d) => d.id)).toEqual(['171-KH-PGDĐT']);
    const two = await api.extract([seedPath('003'), { bytes: new TextEncoder().encode('KẾ HOẠCH\n\nThử nghiệm\n'), path: 'x.txt' }]);
    expect(two.documents).toHaveLength(2);
  });
  it('a document that cannot be read throws PlanExtractError with en and vi', async () => {
    const err = await api.extract({ bytes: new Uint8Array(0), path: 'empty.txt' }).catch((e: unknown) => e);
    expect(api.isPlanExtractError(err)).toBe(true);
    expect(err).toMatchObject({ code: 'EMPTY_FILE', en: 'the file is empty', vi: 'tệp rỗng' });
  });
});
