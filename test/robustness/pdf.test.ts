// .pdf: damaged and hostile PDFs give a valid document or one clean PlanExtractError.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CASE_BUDGET_MS, describeOutcome, keepsContract, probe, runCases, stopWorker, type Case } from './harness.js';
import { flipBytes } from './inputs-docx.js';
import { hasTool, pdfSources, pdfWithPages, planPage, rawPdf, stream, textOp } from './inputs-pdf.js';
import { BASE_SEED, caseCount, rng } from './prng.js';

afterAll(stopWorker);

const TIMEOUT = CASE_BUDGET_MS + 5_000;
const sources = pdfSources();
const latin1 = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'latin1'));

const FIXED: [string, () => Uint8Array][] = [
  ['a PDF with 0 pages', () => rawPdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [] /Count 0 >>'])],
  ['a PDF with no page tree', () => rawPdf(['<< /Type /Catalog >>'])],
  ['a page whose text layer is empty', () => pdfWithPages([''])],
  ['a page with only whitespace text', () => pdfWithPages([textOp('     ', 72, 700)])],
  ['"%PDF-" followed by garbage', () => latin1('%PDF-1.7\n' + 'garbage \x00\xff'.repeat(500))],
  ['"%PDF-" alone', () => latin1('%PDF-')],
  ['"%PDF-1.4" and "%%EOF" only', () => latin1('%PDF-1.4\n%%EOF\n')],
  ['junk before the header', () => latin1('junk'.repeat(100) + Buffer.from(pdfWithPages([planPage])).toString('latin1'))],
  ['a page tree whose /Count lies (1 000 000)', () => pdfWithPages([planPage], { count: 1_000_000 })],
  ['a page tree that contains itself', () => rawPdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [2 0 R] /Count 1 >>'])],
  ['MediaBox of zeros', () => pdfWithPages([planPage], { mediaBox: '[0 0 0 0]' })],
  ['MediaBox inverted and huge', () => pdfWithPages([planPage], { mediaBox: '[1e30 1e30 -1e30 -1e30]' })],
  ['text at absurd coordinates', () => pdfWithPages([[textOp('KE HOACH', 1e30, -1e30), textOp('1. Noi dung', 72, 700, 0), textOp('2. x', NaN, 700)].join('\n')])],
  ['a rotated and mirrored text matrix', () => pdfWithPages(['BT /F1 12 Tf 0 1 -1 0 300 400 Tm (KE HOACH) Tj -1 0 0 -1 300 300 Tm (1. Noi dung) Tj ET'])],
  ['10 000 text runs at one point', () => pdfWithPages([Array.from({ length: 10_000 }, () => textOp('1.', 72, 700)).join('\n')])],
  ['20 000 one-character lines', () => pdfWithPages([Array.from({ length: 20_000 }, (_, i) => textOp('-', 72, 800 - (i % 800))).join('\n')])],
  ['a 1 MB text string on one line', () => pdfWithPages([textOp('ngay '.repeat(200_000), 72, 700, 1)])],
  ['2 000 ruled lines in a grid', () => pdfWithPages([planPage + '\n' + Array.from({ length: 1000 }, (_, i) => `0.5 w 50 ${100 + i * 0.6} m 550 ${100 + i * 0.6} l S 0.5 w ${50 + i * 0.5} 100 m ${50 + i * 0.5} 700 l S`).join('\n')])],
  ['a content stream that is not text', () => pdfWithPages(['\x00\x01\x02 BT ET ET BT Tj Tj ((((( ] ] >> <<'])],
  ['a stream with a wrong /Length', () => rawPdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>', `<< /Length 999999 >>\nstream\n${planPage}\nendstream`])],
  ['a Flate stream of garbage', () => rawPdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>', stream('\x78\x9c garbage garbage', '/Filter /FlateDecode ')])],
  ['500 empty pages', () => pdfWithPages(Array.from({ length: 500 }, () => ''))],
  ['300 pages of the same plan text', () => pdfWithPages(Array.from({ length: 300 }, () => planPage))],
];

describe('pdf: fixed hostile files', () => {
  for (const [label, build] of FIXED) {
    it(label, { timeout: TIMEOUT }, async () => {
      const o = await probe(build(), 'hostile.pdf');
      expect(keepsContract(o), describeOutcome(label, o)).toBe(true);
    });
  }
});

describe.skipIf(!hasTool('qpdf'))('pdf: encrypted (qpdf)', () => {
  const encrypt = (args: string[]): Uint8Array => {
    const dir = mkdtempSync(join(tmpdir(), 'robust-pdf-'));
    try {
      writeFileSync(join(dir, 'in.pdf'), pdfWithPages([planPage]));
      execFileSync('qpdf', ['--allow-weak-crypto', '--encrypt', ...args, '--', join(dir, 'in.pdf'), join(dir, 'out.pdf')]);
      return new Uint8Array(readFileSync(join(dir, 'out.pdf')));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  for (const [label, args] of [
    ['AES-256 with a user password', ['user', 'owner', '256']],
    ['RC4-128 with a user password', ['user', 'owner', '128', '--use-aes=n']],
    ['AES-256, owner password only (opens without one)', ['', 'owner', '256']],
  ] as const) {
    it(label, { timeout: TIMEOUT }, async () => {
      const o = await probe(encrypt([...args]), 'encrypted.pdf');
      expect(keepsContract(o), describeOutcome(label, o)).toBe(true);
    });
  }
  it('a truncated encrypted PDF', { timeout: TIMEOUT }, async () => {
    const enc = encrypt(['user', 'owner', '256']);
    const o = await probe(enc.subarray(0, Math.floor(enc.length * 0.6)), 'encrypted.pdf');
    expect(keepsContract(o), describeOutcome('truncated encrypted', o)).toBe(true);
  });
});

describe('pdf: real PDFs, seeded damage', () => {
  const n = caseCount(15);
  // Small files most of the time so the suite stays quick; every source is hit over longer runs.
  const pickSource = (r: ReturnType<typeof rng>) => (r.next() < 0.75 ? r.pick(sources.slice(0, 5)) : r.pick(sources));

  const damaged = (label: string, count: number, build: (r: ReturnType<typeof rng>, bytes: Uint8Array) => Uint8Array, offset: number) =>
    it.skipIf(!sources.length)(`${count} × ${label}`, { timeout: count * TIMEOUT }, async () => {
      const cases = function* (): Generator<Case> {
        for (let i = 0; i < count; i++) {
          const seed = BASE_SEED + offset + i;
          const r = rng(seed);
          const s = pickSource(r);
          yield { label: `${label} of ${s.name}, seed ${seed}`, bytes: () => build(r, s.bytes), path: 'damaged.pdf' };
        }
      };
      const { broken } = await runCases(cases());
      expect(broken, broken.join('\n')).toEqual([]);
    });

  damaged('truncated at a random offset', n, (r, b) => b.subarray(0, r.between(1, b.length - 1)), 20_000);
  damaged('random bit flips', n, (r, b) => flipBytes(r, b, r.between(1, 16)), 21_000);
  damaged('bit flips in the last 2 kB (xref, trailer)', n, (r, b) => flipBytes(r, b, r.between(1, 6), Math.max(0, b.length - 2048)), 22_000);
  damaged(
    'a random slice removed',
    n,
    (r, b) => {
      const a = r.int(b.length);
      const e = Math.min(b.length, a + r.between(1, 5000));
      return new Uint8Array(Buffer.concat([b.subarray(0, a), b.subarray(e)]));
    },
    23_000,
  );
});
