// The cheap pre-tests that keep a pattern with Unicode word ends from being compiled where it cannot
// match (a first run pays ~0.1–0.3 ms per such pattern): each must pass wherever its pattern matches,
// or a match would be lost. Checked on the lines that must match (real closing formulas and deadline
// tails) and on every line and position of the five seeds, against the pattern without its pre-test.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NEXT_NUMBER, NEXT_NUMBER_HEAD } from '../../src/recognise/citations/patterns.js';
import {
  CONTINUOUS,
  CONTINUOUS_HEAD,
  FROM_ISSUE,
  FROM_ISSUE_HEAD,
  OPEN_END,
  OPEN_END_HEAD,
  PERIODIC,
  PERIODIC_DAY,
  PERIODIC_DAY_HEAD,
  PERIODIC_HEAD,
  PERIODIC_NEXT,
  QUARTER,
  QUARTER_HEAD,
  RELATIVE,
  RELATIVE_HEAD,
  THEN_CONTINUOUS,
  THEN_CONTINUOUS_HEAD,
  THEN_PERIODIC,
  THEN_PERIODIC_WORDS,
} from '../../src/values/deadline/patterns.js';
import { APPENDIX, AUTHORITY_LINE, CLOSING_SENTENCE, fold, matchVocab, NOT_A_DUTY, OUTLINE_HEAD, testVocab, type VocabPattern } from '../../src/vocab/index.js';
import { SEEDS_DIR, seedNames } from '../helpers/seeds.js';

const LINES = seedNames().flatMap((f) => readFileSync(join(SEEDS_DIR, f), 'utf8').split(/\n+/u).map((l) => l.trim()).filter(Boolean));
const unhinted = (p: VocabPattern): VocabPattern => ({ exact: p.exact, folded: p.folded });

/** True when `re` matches at `pos` (sticky, or found from `pos` on for a global one). */
function matchesAt(re: RegExp, s: string, pos: number): boolean {
  re.lastIndex = pos;
  return re.exec(s) !== null;
}

/** Hinted vocabulary patterns and lines they must match (as printed, and folded as OCR gives them). */
const HINTED: [string, VocabPattern, string[]][] = [
  [
    'NOT_A_DUTY',
    NOT_A_DUTY,
    [
      'Trân trọng thông báo./.',
      'Trân trọng cảm ơn!',
      'Bộ Công an trân trọng cảm ơn sự quan tâm phối hợp của Ủy ban nhân dân tỉnh.',
      'Trên đây là Kế hoạch triển khai thực hiện Chương trình chuyển đổi số năm 2024.',
      'Thừa lệnh Chủ tịch UBND tỉnh, Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.',
      'Thừa ủy quyền Chủ tịch UBND tỉnh.',
      'Văn phòng UBND tỉnh thông báo để Sở Nội vụ biết, thực hiện./.',
    ],
  ],
  ['CLOSING_SENTENCE', CLOSING_SENTENCE, ['Trên đây là Kế hoạch triển khai thực hiện Chương trình chuyển đổi số năm 2024.']],
  ['APPENDIX', APPENDIX, ['PHỤ LỤC', 'Phụ lục I', 'PHỤ LỤC 01', 'Phụ lục số 2:']],
  ['OUTLINE_HEAD', OUTLINE_HEAD, ['ĐỀ CƯƠNG BÁO CÁO']],
  ['AUTHORITY_LINE', AUTHORITY_LINE, ['TM. ỦY BAN NHÂN DÂN', 'TL.CHỦ TỊCH', 'KT. GIÁM ĐỐC', 'T/M BAN THƯỜNG VỤ']],
];

describe('vocabulary hints', () => {
  it('pass the lines each pattern names, typed and without diacritics (OCR)', () => {
    for (const [name, p, lines] of HINTED) {
      for (const t of [...lines, ...lines.map(fold)]) {
        expect(testVocab(p, t), `${name}: ${t}`).toBe(true);
        expect(testVocab(unhinted(p), t), `${name}: ${t}`).toBe(true);
      }
    }
  });
  it('give the same answers as the patterns alone on every line of the seeds', () => {
    for (const [name, p] of HINTED) {
      for (const t of LINES) {
        expect(testVocab(p, t), `${name}: ${t}`).toBe(testVocab(unhinted(p), t));
        expect(matchVocab(p, t), `${name}: ${t}`).toEqual(matchVocab(unhinted(p), t));
      }
    }
  });
});

describe('deadline and citation pre-tests', () => {
  const pairs: [string, RegExp, RegExp][] = [
    ['RELATIVE', RELATIVE_HEAD, RELATIVE],
    ['FROM_ISSUE', FROM_ISSUE_HEAD, FROM_ISSUE],
    ['PERIODIC_DAY', PERIODIC_DAY_HEAD, PERIODIC_DAY],
    ['PERIODIC_NEXT', PERIODIC_DAY_HEAD, PERIODIC_NEXT],
    ['OPEN_END', OPEN_END_HEAD, OPEN_END],
    ['THEN_CONTINUOUS', THEN_CONTINUOUS_HEAD, THEN_CONTINUOUS],
    ['THEN_PERIODIC', THEN_PERIODIC_WORDS, THEN_PERIODIC],
    ['NEXT_NUMBER', NEXT_NUMBER_HEAD, NEXT_NUMBER],
    ['QUARTER', QUARTER_HEAD, QUARTER],
    ['PERIODIC', PERIODIC_HEAD, PERIODIC],
    ['CONTINUOUS', CONTINUOUS_HEAD, CONTINUOUS],
  ];
  it('each passes where its pattern matches, on real deadline and reference tails', () => {
    const cases: [string, string][] = [
      ['RELATIVE', 'trong 15 ngày kể từ ngày Kế hoạch được ban hành'],
      ['FROM_ISSUE', 'kể từ ngày ký'],
      ['PERIODIC_DAY', 'ngày 15 hằng tháng'],
      ['PERIODIC_NEXT', 'ngày 05 của tháng liền kề'],
      ['OPEN_END', ' và những năm tiếp theo'],
      ['THEN_CONTINUOUS', ' và thường xuyên'],
      ['THEN_PERIODIC', ' và bổ sung, sửa đổi hàng năm'],
      ['NEXT_NUMBER', ', 18/2018/TT-BGDĐT'],
      ['QUARTER', 'Quý I, II năm 2024'],
      ['PERIODIC', 'định kỳ hằng tháng'],
      ['PERIODIC', 'hàng năm'],
      ['CONTINUOUS', 'Nhiệm vụ thường xuyên'],
    ];
    for (const [name, text] of cases) {
      const [, head, full] = pairs.find((p) => p[0] === name)!;
      expect(matchesAt(full, text, 0), name).toBe(true);
      expect(matchesAt(head, text, 0), name).toBe(true);
    }
  });
  it('each passes at every position of the seeds where its pattern matches', () => {
    for (const [name, head, full] of pairs) {
      for (const line of LINES) {
        for (let pos = 0; pos < line.length; pos++) {
          if (matchesAt(full, line, pos)) expect(matchesAt(head, line, pos), `${name} at ${pos}: ${line}`).toBe(true);
        }
      }
    }
  });
});
