// Warnings printed with --verbose follow --lang: the table's Vietnamese line, the details kept.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { built, run, SEEDS } from './helpers.js';

const SEED_004 = join(SEEDS, '004_ceed5cc17a5fa85e.txt');

describe.runIf(built())('warnings on stderr in the chosen language', () => {
  it('--lang vi', async () => {
    const r = await run([SEED_004, '-v', '--lang', 'vi', '-q']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/004_ceed5cc17a5fa85e\.txt: cảnh báo BLANK_NUMBER: số văn bản để trống \(the document number is blank \("\/TB-SGDĐT"\)\)/);
  });
  it('--lang en', async () => {
    const r = await run([SEED_004, '-v', '--lang', 'en', '-q']);
    expect(r.stderr).toMatch(/004_ceed5cc17a5fa85e\.txt: warning BLANK_NUMBER: the document number is blank \("\/TB-SGDĐT"\)/);
  });
});
