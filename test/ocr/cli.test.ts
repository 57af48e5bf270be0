// The command line: --ocr off keeps the refusal of a scan (exit 1, one line); bad --ocr values are usage errors (exit 2).
import { describe, expect, it } from 'vitest';
import { built, run } from '../cli/helpers.js';
import { REPO } from '../helpers/seeds.js';

const SCAN = `${REPO}/fixtures/ocr/003-scan-p1.pdf`;
if (!built()) console.warn('test/ocr/cli.test.ts: skipped, build first (npx tsc -p .)');

describe.skipIf(!built())('plan-extract --ocr', () => {
  it('--ocr off: a scan is refused with PDF_SCANNED, exit 1', async () => {
    const r = await run([SCAN, '--ocr', 'off', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/003-scan-p1\.pdf.*no text layer.*needs OCR/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
  it('bad values are usage errors', async () => {
    expect((await run([SCAN, '--ocr', 'sometimes'])).code).toBe(2);
    expect((await run([SCAN, '--ocr-engine', 'abbyy'])).code).toBe(2);
  });
  it('--help lists --ocr, --ocr-engine and --cache', async () => {
    const r = await run(['--help', '--lang', 'en']);
    expect(r.stdout).toMatch(/--ocr <mode>/);
    expect(r.stdout).toMatch(/--ocr-engine <engine>/);
    expect(r.stdout).toMatch(/--cache <dir>/);
  });
});
