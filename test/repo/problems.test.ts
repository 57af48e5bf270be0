// Every warning and error code is documented data (src/model/problems.ts): a code used in src/
// but missing from the table, a table entry nothing uses, or a stale docs/problems.md fails here.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROBLEMS, problemsMarkdown, warningText } from '../../src/model/problems.js';
import { REPO } from '../helpers/seeds.js';

/** UPPER_SNAKE string literals that are not problem codes. */
const NOT_CODES = new Set(['ERR_WORKER_OUT_OF_MEMORY', 'ERR_SCRIPT_EXECUTION_TIMEOUT', 'ERR_SCRIPT_EXECUTION_INTERRUPTED', 'PLAN_EXTRACT_TEST_HANG', 'PLAN_EXTRACT_RELAUNCHED']);
/** Codes of one word, found where a code is given. */
const ONE_WORD_CODE = /(?:code:\s*|PlanExtractError\(\s*|bilingual\(\s*|failure\(\s*)'([A-Z][A-Z0-9]+)'/g;
const SNAKE_LITERAL = /'([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)'/g;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

function codesUsed(): Map<string, string> {
  const used = new Map<string, string>();
  for (const f of sources(join(REPO, 'src'))) {
    if (f.endsWith('problems.ts')) continue;
    const text = readFileSync(f, 'utf8');
    for (const re of [SNAKE_LITERAL, ONE_WORD_CODE]) for (const m of text.matchAll(re)) if (!NOT_CODES.has(m[1]!)) used.set(m[1]!, relative(REPO, f));
  }
  return used;
}

describe('problem codes', () => {
  const used = codesUsed();
  it('every code used in src/ is in the table', () => {
    expect([...used].filter(([c]) => !PROBLEMS[c]).map(([c, f]) => `${c} (${f})`)).toEqual([]);
  });
  it('every code in the table is used', () => {
    expect(Object.keys(PROBLEMS).filter((c) => !used.has(c))).toEqual([]);
  });
  it('every entry has a meaning, both languages and an example', () => {
    for (const [code, p] of Object.entries(PROBLEMS)) {
      for (const field of ['meaning', 'en', 'vi', 'example'] as const) expect(p[field].trim(), `${code}.${field}`).not.toBe('');
    }
  });
  it('docs/problems.md is generated from the table (npm run docs)', () => {
    expect(readFileSync(join(REPO, 'docs/problems.md'), 'utf8')).toBe(problemsMarkdown());
  });
  it('a warning reads in the chosen language, details kept', () => {
    const msg = 'the document number is blank ("Số: /TB-SGDĐT")';
    expect(warningText('BLANK_NUMBER', msg, 'en')).toBe(msg);
    expect(warningText('BLANK_NUMBER', msg, 'vi')).toBe('số văn bản để trống (the document number is blank ("Số: /TB-SGDĐT"))');
    expect(warningText('NOT_A_CODE', 'x', 'vi')).toBe('x');
  });
});
