// Plain text: any bytes give a valid document or one clean PlanExtractError, in bounded time and memory.
import { afterAll, describe, expect, it } from 'vitest';
import { CASE_BUDGET_MS, describeOutcome, keepsContract, probe, runCases, stopWorker, type Case } from './harness.js';
import { randomUnicode, repeatedTokenLine, seedMutant, seedTexts, toTcvn3Like, toWindows1258, utf16, utf8 } from './inputs-text.js';
import { BASE_SEED, caseCount, rng } from './prng.js';

afterAll(stopWorker);

const seeds = seedTexts();
const seedText = seeds[0]?.text ?? 'KẾ HOẠCH\nTriển khai nhiệm vụ năm 2025\nI. MỤC ĐÍCH\n1. Nội dung\n- Thực hiện trước ngày 31/12/2025.\n';
const TIMEOUT = CASE_BUDGET_MS + 5_000;

/** Named hostile inputs, one test each, so each failure is its own pinned report. */
const FIXED: [string, () => Uint8Array][] = [
  ['1 MB single line of words', () => utf8('Triển khai thực hiện nhiệm vụ '.repeat(35_000))],
  ['1 MB single line without spaces', () => utf8('x'.repeat(1 << 20))],
  ['deep fake numbering 1.1.1… (2 000 levels)', () => utf8('1.'.repeat(2000) + ' Nội dung\n')],
  ['deep numbering, one more level per line (300 lines)', () => utf8(Array.from({ length: 300 }, (_, i) => '1.'.repeat(i + 1) + ' Nhiệm vụ').join('\n'))],
  ['10 000 "- " bullets', () => utf8('KẾ HOẠCH\nI. NHIỆM VỤ\n' + '- \n'.repeat(10_000))],
  ['10 000 "- " bullets with text', () => utf8('- Thực hiện trước ngày 31/12/2025;\n'.repeat(10_000))],
  [
    '2 000 tab-separated rows, ragged widths',
    () => {
      const r = rng(BASE_SEED + 7);
      const rows = ['TT\tNội dung\tĐơn vị chủ trì\tThời gian'];
      for (let i = 0; i < 2000; i++) rows.push(Array.from({ length: r.between(0, 12) }, (_, j) => (j === 0 ? String(i + 1) : `ô ${j}`)).join('\t'));
      return utf8(rows.join('\n'));
    },
  ],
  ['a line of 5 000 tabs', () => utf8('TT\tNội dung\n' + '\t'.repeat(5000) + '\n1\tx\n')],
  ['lone <sup>', () => utf8('<sup>')],
  ['<sup> never closed in a document', () => utf8(seedText.replace('\n', '<sup>\n'))],
  ['unbalanced **', () => utf8('**')],
  ['unbalanced ** inside a document', () => utf8('KẾ HOẠCH\n**I. MỤC ĐÍCH\n1. **Nội dung\n' + '**'.repeat(5000))],
  ['only spaces', () => utf8(' '.repeat(1000))],
  ['only mixed whitespace', () => utf8(' \t\r\n\f\v\u00a0\u2003\u3000\n'.repeat(200))],
  ['a UTF-8 BOM alone', () => new Uint8Array([0xef, 0xbb, 0xbf])],
  ['a UTF-16LE BOM alone', () => new Uint8Array([0xff, 0xfe])],
  ['a UTF-16BE BOM alone', () => new Uint8Array([0xfe, 0xff])],
  ['a single newline', () => utf8('\n')],
  ['a single NUL', () => new Uint8Array([0])],
  ['UTF-16LE with BOM', () => utf16(seedText, 'le', true)],
  ['UTF-16BE with BOM', () => utf16(seedText, 'be', true)],
  ['UTF-16LE without BOM', () => utf16(seedText, 'le', false)],
  ['UTF-16BE without BOM', () => utf16(seedText, 'be', false)],
  ['UTF-16LE odd length', () => utf16(seedText, 'le', true).subarray(0, 2 * 500 + 1)],
  ['Windows-1258 bytes', () => toWindows1258(seedText)],
  ['TCVN3-like bytes', () => toTcvn3Like(seedText)],
  ['form feeds only', () => utf8('\f'.repeat(100))],
  ['CR-only line ends', () => utf8(seedText.replace(/\r?\n/g, '\r'))],
  ['combining marks piled on one letter', () => utf8('a' + '\u0301'.repeat(100_000))],
  ['lone surrogates and noncharacters', () => utf8('KẾ HOẠCH\n\ud800\udfff\uffff\ufffe 1. \ud83d\n')],
  ['HTML-ish but not HTML', () => utf8('<p>KẾ HOẠCH</p>\n<table><tr><td>1</td></tr></table>')],
  ['markdown table 500 columns', () => utf8('|' + ' a |'.repeat(500) + '\n|' + '---|'.repeat(500) + '\n|' + ' 1 |'.repeat(500))],
  ['footnote markers without bodies', () => utf8('KẾ HOẠCH\n1. Nội dung[1][2][99999999999999999999]\n[^x]: \n')],
  ['numbers that overflow', () => utf8(`Số: ${'9'.repeat(400)}/KH-UBND\nngày ${'9'.repeat(30)} tháng ${'9'.repeat(30)} năm ${'9'.repeat(30)}\n1. đạt ${'9'.repeat(400)}%\n`)],
  ['roman numeral soup', () => utf8(Array.from({ length: 500 }, () => 'MMMMMMMMMMDCCCLXXXVIII. Nội dung').join('\n'))],
];

describe('text: fixed hostile inputs', () => {
  for (const [label, build] of FIXED) {
    for (const ext of ['txt', 'md'] as const) {
      it(`${label} (.${ext})`, { timeout: TIMEOUT }, async () => {
        const o = await probe(build(), `hostile.${ext}`);
        expect(keepsContract(o), describeOutcome(label, o)).toBe(true);
      });
    }
  }
});

/** 100 kB single lines of the shapes a backtracking regex chokes on; each must finish far inside the budget. */
const LONG_LINES: [string, string][] = [
  ['"1.1.1."', '1.1.1.'],
  ['"-----"', '-----'],
  ['spaces', ' '],
  ['"ngày ngày ngày"', 'ngày '],
  ['"ngày 1 tháng"', 'ngày 1 tháng '],
  ['tabs', '\t'],
  ['"a) "', 'a) '],
  ['dots', '.'],
  ['"1,"', '1,'],
  ['"%"', '% '],
  ['"Sở, "', 'Sở, '],
  ['"trước "', 'trước '],
  ['"(1)"', '(1)'],
  ['"I"', 'I'],
  ['"/"', '/'],
  ['"Số: "', 'Số: '],
];

/**
 * Pinned findings: short inputs that hang the pipeline today (see the report of test/robustness).
 * Each names the pattern at fault; they must finish within the budget once fixed.
 */
const PINNED: [string, string][] = [
  // EMPTY_METRIC_RE (src/recognise/targets/patterns.ts): `(?:(…|\d{4}|[\d\s–-]+)\s*)*$` backtracks exponentially over digits, spaces and dashes.
  ['a real-looking goal line: "Giai đoạn 2021 - 2025 - 2030 - 2035 …"', '- Giai đoạn 2021 - 2025 - 2030 - 2035 tỷ lệ trường đạt chuẩn đạt 100%.'],
  ['a metric of spaced digits: "1 2 3 … 8 x đạt 95%"', '- 1 2 3 4 5 6 7 8 9 1 2 3 4 5 6 7 8 9 1 2 3 4 5 6 7 8 x đạt 95%.'],
  // METRIC_TAIL_RE (same file): `(?:\s*[,:;]?\s*(?:đạt|là|…))+\s*$` — each space can go to either \s*, 2^n ways.
  ['"đạt" repeated 40 times before a value', `- Tỷ lệ ${'đạt '.repeat(40)}học sinh đạt 100%.`],
  ['"là" repeated 40 times before a value', `- Tỷ lệ học sinh ${'là '.repeat(40)}x 100%.`],
  // PIPE_SEPARATOR (src/extract/txt/index.ts): `^\s*\|?\s*:?-{2,}…` splits a whitespace run between two \s* — quadratic.
  ['a table line of 150 000 spaces', '\t' + ' '.repeat(150_000) + 'x'],
  // Not a regex: ~10 µs per empty cell through tables/ and every recogniser; a 1 MB row of tabs takes 10 s and a 1M-cell table.
  ['a 1 MB row of tabs', 'TT\tNội dung\n1\t' + '\t'.repeat(1_000_000)],
];

describe('text: pinned hangs', () => {
  for (const [label, line] of PINNED) {
    it(label, { timeout: TIMEOUT }, async () => {
      const o = await probe(utf8(`KẾ HOẠCH\nI. MỤC TIÊU\n${line}\n`), 'pinned.txt');
      expect(keepsContract(o), describeOutcome(label, o)).toBe(true);
    });
  }
});

describe('text: 100 kB lines (catastrophic backtracking probes)', () => {
  for (const [label, unit] of LONG_LINES) {
    for (const prefix of ['', '1. ', '- ']) {
      it(`${prefix ? `"${prefix}" + ` : ''}100 kB of ${label}`, { timeout: TIMEOUT }, async () => {
        const line = prefix + unit.repeat(Math.ceil(100_000 / unit.length));
        const o = await probe(utf8(`KẾ HOẠCH\nI. NHIỆM VỤ\n${line}\n`), 'long.txt');
        expect(keepsContract(o), describeOutcome(label, o)).toBe(true);
      });
    }
  }
});

describe('text: seeded random inputs', () => {
  const n = caseCount(40);

  it(`${n} random Unicode texts`, { timeout: n * TIMEOUT }, async () => {
    const cases = function* (): Generator<Case> {
      for (let i = 0; i < n; i++) {
        const seed = BASE_SEED + i;
        const r = rng(seed);
        const lines = Array.from({ length: r.between(1, 60) }, () => randomUnicode(r, r.between(0, 200)));
        yield { label: `unicode seed ${seed}`, bytes: utf8(lines.join('\n')), path: r.pick(['u.txt', 'u.md']) };
      }
    };
    const { broken } = await runCases(cases());
    expect(broken, broken.join('\n')).toEqual([]);
  });

  it(`${n} random byte strings`, { timeout: n * TIMEOUT }, async () => {
    const cases = function* (): Generator<Case> {
      for (let i = 0; i < n; i++) {
        const seed = BASE_SEED + 1000 + i;
        const r = rng(seed);
        const bytes = r.bytes(r.between(1, 8000));
        // High bytes only, mostly: the text path (random low bytes sniff as binary and are refused early).
        if (i % 2 === 0) for (let j = 0; j < bytes.length; j++) if (bytes[j] < 0x20 && bytes[j] !== 10) bytes[j] |= 0x80;
        yield { label: `bytes seed ${seed}`, bytes, path: r.pick(['b.txt', 'b.md', 'b']) };
      }
    };
    const { broken } = await runCases(cases());
    expect(broken, broken.join('\n')).toEqual([]);
  });

  it(`${n} lines of repeated key tokens (backtracking probes)`, { timeout: 3 * TIMEOUT + n * 2_000 }, async () => {
    const cases = function* (): Generator<Case> {
      for (let i = 0; i < n; i++) {
        const seed = BASE_SEED + 3000 + i;
        const r = rng(seed);
        const lines = Array.from({ length: r.between(1, 3) }, () => repeatedTokenLine(r));
        yield { label: `repeated-tokens seed ${seed}: ${JSON.stringify(lines[0].slice(0, 120))}`, bytes: utf8(`KẾ HOẠCH\nI. MỤC TIÊU\n${lines.join('\n')}\n`), path: 'rep.txt' };
      }
    };
    const { broken } = await runCases(cases());
    expect(broken, broken.join('\n')).toEqual([]);
  });

  it(`${n * 3} mutants of the seed documents`, { timeout: n * 3 * TIMEOUT }, async () => {
    const cases = function* (): Generator<Case> {
      for (let i = 0; i < n * 3; i++) {
        const seed = BASE_SEED + 2000 + i;
        const r = rng(seed);
        yield { label: `seed-mutant seed ${seed}`, bytes: utf8(seedMutant(r, seeds)), path: r.pick(['m.txt', 'm.md']) };
      }
    };
    const { broken } = await runCases(cases());
    expect(broken, broken.join('\n')).toEqual([]);
  });
});
