// The real binary on hostile files: exactly one stderr line, no stack trace, exit 1, no partial -o file.
// Needs dist/ (`npx tsc -p .`); skipped without it. dist/ may lag src/ — rebuild before trusting a result.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO } from '../helpers/seeds.js';
import { cell, makeDocx, row, table, withEntry, docxFixtures } from './inputs-docx.js';
import { pdfWithPages } from './inputs-pdf.js';
import { utf8 } from './inputs-text.js';

const BIN = join(REPO, 'bin/plan-extract');
const built = existsSync(join(REPO, 'dist/cli/main.js'));
const dir = mkdtempSync(join(tmpdir(), 'robust-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Files that must be refused, each with one line. */
const REFUSED: [string, () => Uint8Array][] = [
  ['garbage.pdf', () => utf8('%PDF-1.7\n' + 'garbage '.repeat(300))],
  ['zero-pages.pdf', () => pdfWithPages([], { count: 0 })],
  ['truncated.docx', () => docxFixtures()[0].bytes.subarray(0, 5000)],
  ['bad-xml.docx', () => withEntry(docxFixtures()[0].bytes, 'word/document.xml', '<w:document><w:body><w:p></w:body>')],
  ['deep-tables.docx', () => makeDocx({ body: '<w:tbl><w:tr><w:tc>'.repeat(10_000) + '<w:p/>' + '</w:tc></w:tr></w:tbl>'.repeat(10_000) })],
  ['binary.txt', () => new Uint8Array(2048).map((_, i) => (i * 37) % 256)],
];

function run(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000, env: { ...process.env, NO_COLOR: '1', LANG: 'en_US.UTF-8' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe.skipIf(!built)('cli: hostile files through bin/plan-extract', () => {
  for (const [name, build] of REFUSED) {
    it(`${name}: one stderr line, exit 1, no output file`, { timeout: 40_000 }, () => {
      writeFileSync(join(dir, name), build());
      const out = join(dir, `${name}.out.json`);
      const r = run([name, '-o', out, '--timeout-per-file', '5', '--quiet']);
      const lines = r.stderr.split('\n').filter(Boolean);
      expect(lines, r.stderr).toHaveLength(1);
      expect(lines[0].startsWith(`${name}: `), lines[0]).toBe(true);
      expect(r.stderr).not.toMatch(/\n\s+at |Error:|\.ts:\d+|\.js:\d+/);
      expect(r.status).toBe(1);
      expect(r.stdout).toBe('');
      expect(existsSync(out)).toBe(false);
    });
  }

  it('text that once hung the target recogniser (catastrophic backtracking) now converts: exit 0', { timeout: 40_000 }, () => {
    writeFileSync(join(dir, 'once-hung.txt'), utf8(`KẾ HOẠCH\nI. MỤC TIÊU\n- Tỷ lệ ${'đạt '.repeat(40)}học sinh đạt 100%.\n- 1 2 3 4 5 6 7 8 9 1 2 3 4 5 6 7 8 9 1 2 3 4 5 6 7 8 x đạt 95%.\n`));
    const r = run(['once-hung.txt', '--timeout-per-file', '5', '--quiet']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).documents).toHaveLength(1);
  });

  it('a hostile table that reads: exit 0 and a valid registry', { timeout: 40_000 }, () => {
    writeFileSync(join(dir, 'span.docx'), makeDocx({ body: table(row(cell('TT', '<w:gridSpan w:val="Infinity"/>')), row(cell('1'), cell('x'))) }));
    // A table alone has no mark of an administrative document: --lenient reads it.
    const r = run(['span.docx', '--quiet', '--lenient']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).documents).toHaveLength(1);
  });
});
