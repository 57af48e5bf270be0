// One table per concept: the formats are one registry, the closed lists of the contract are written
// once (src/model/enums.ts) and the JSON Schema's enums are exactly those arrays, never a copy.
import { describe, expect, it } from 'vitest';
import * as enums from '../../src/model/enums.js';
import { planRegistrySchema } from '../../src/model/schema.js';
import { FORMATS, SNIFF_ORDER, STDIN_FORMATS, formatFromExtension } from '../../src/extract/formats.js';

function schemaEnums(node: unknown, at = '#', out: [string, unknown][] = []): [string, unknown][] {
  if (Array.isArray(node)) node.forEach((n, i) => schemaEnums(n, `${at}/${i}`, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === 'enum') out.push([at, v]);
      else schemaEnums(v, `${at}/${k}`, out);
    }
  }
  return out;
}

describe('enums', () => {
  it('every enum of the schema is one of the arrays of src/model/enums.ts (the types derive from the same arrays)', () => {
    const lists = Object.values(enums) as unknown[];
    const found = schemaEnums(planRegistrySchema);
    expect(found.length).toBeGreaterThanOrEqual(6);
    for (const [at, list] of found) expect(lists.includes(list), `${at} is a literal list, not from enums.ts`).toBe(true);
    expect(found.map(([, l]) => l)).toContain(enums.SOURCE_FORMATS);
  });
});

describe('format registry', () => {
  it('one descriptor per source format, keyed by its own name', () => {
    expect(Object.keys(FORMATS).sort()).toEqual([...enums.SOURCE_FORMATS].sort());
    for (const [k, d] of Object.entries(FORMATS)) expect(d.format).toBe(k);
  });

  it('no extension belongs to two formats; each maps back to its format', () => {
    const all = Object.values(FORMATS).flatMap((d) => d.extensions);
    expect(new Set(all).size).toBe(all.length);
    for (const d of Object.values(FORMATS)) for (const e of d.extensions) expect(formatFromExtension(`ke-hoach.${e.toUpperCase()}`)).toBe(d.format);
    expect(formatFromExtension('bang.xlsx')).toBeNull();
  });

  it('--from takes every format but .doc (LibreOffice needs a file); every format with content of its own is sniffed', () => {
    expect(STDIN_FORMATS).toEqual(['txt', 'md', 'docx', 'pdf', 'html']);
    expect(SNIFF_ORDER.map((d) => d.format)).toEqual(['pdf', 'doc', 'docx', 'html', 'txt']);
  });
});
