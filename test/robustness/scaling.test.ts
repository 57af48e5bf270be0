// Every content stage is linear: each shape of hostile input, at 16 000 and at 64 000 lines (or
// rows, items, notes), in the robustness child. Four times the input must not take much more than
// four times the time: the bound is 8× (a quadratic stage takes 16×), with the best of two runs of the small one.
import { afterAll, describe, expect, it } from 'vitest';
import { describeOutcome, probe, stopWorker } from './harness.js';
import { makeDocx, numPr, para } from './inputs-docx.js';
import { seedTexts, utf8 } from './inputs-text.js';

afterAll(stopWorker);

const RATIO = 8;
const seed = seedTexts()[3]?.text ?? 'KẾ HOẠCH\nI. MỤC ĐÍCH\n';
const head = seed.split('\n').slice(0, 40).join('\n');
const lines = (n: number, f: (i: number) => string): string => Array.from({ length: n }, (_, i) => f(i)).join('\n');

/** [label, path, lines at the small size (16 000 for the list-marker text the issue names), builder] */
const SHAPES: [string, string, number, (n: number) => Uint8Array][] = [
  ['lines of "a)" alone', 'x.txt', 16_000, (n) => utf8(lines(n, () => 'a)'))],
  ['lines of "a)" inside a plan', 'x.txt', 16_000, (n) => utf8(`${head}\n${lines(n, () => 'a)')}\n${seed.split('\n').slice(40).join('\n')}`)],
  ['list markers of every kind, some with text', 'x.txt', 16_000, (n) => utf8(`${head}\n${lines(n, (i) => ['a)', '1.', 'I.', '-', '(1)', 'b) Triển khai thực hiện trước ngày 31/12/2025'][i % 6])}`)],
  ['markdown table rows', 'x.md', 2_000, (n) => utf8(`${head}\n\n| TT | Nội dung | Chủ trì | Thời hạn |\n|---|---|---|---|\n${lines(n, (i) => `| ${i + 1} | Nhiệm vụ ${i} | Sở GDĐT | Quý ${(i % 4) + 1}/2025 |`)}`)],
  ['footnote bodies', 'x.txt', 1_000, (n) => utf8(`${head}\n${lines(n, (i) => (i % 2 ? `${i}. Nội dung có chú thích<sup>${i}</sup>` : `<sup>${i}</sup> Chú thích số ${i}`))}`)],
  ['HTML paragraphs of list markers', 'x.html', 16_000, (n) => utf8(`<html><body><p>KẾ HOẠCH</p>${lines(n, () => '<p>a)</p>')}</body></html>`)],
  ['HTML table rows', 'x.html', 8_000, (n) => utf8(`<html><body><p>KẾ HOẠCH</p><table>${lines(n / 4, (i) => `<tr><td>${i}</td><td>Nhiệm vụ</td><td>Sở</td></tr>`)}</table></body></html>`)],
  ['Word numbered paragraphs', 'x.docx', 4_000, (n) => makeDocx({
    body: lines(n, (i) => para(i % 3 ? '' : 'Nội dung', numPr(1, i % 3))),
    numbering: '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1)"/></w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl><w:lvl w:ilvl="2"><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>',
  })],
];

async function best(bytes: Uint8Array, path: string, label: string, runs: number): Promise<number> {
  let ms = Infinity;
  for (let k = 0; k < runs; k++) {
    const o = await probe(bytes, path, 120_000);
    expect(['ok', 'refused'], describeOutcome(label, o)).toContain(o.kind);
    ms = Math.min(ms, o.ms);
  }
  return ms;
}

describe('scaling: 4× the input takes about 4× the time', () => {
  for (const [label, path, SMALL, build] of SHAPES) {
    it(label, { timeout: 600_000 }, async () => {
      await probe(utf8('KẾ HOẠCH\n1. Nội dung\n'), 'warm.txt');
      const small = await best(build(SMALL), path, `${label} × ${SMALL}`, 2);
      const large = await best(build(SMALL * 4), path, `${label} × ${SMALL * 4}`, 1);
      console.log(`${label}: ${Math.round(small)} ms → ${Math.round(large)} ms (× ${(large / small).toFixed(1)})`);
      expect(large, `${label}: ${Math.round(small)} ms for ${SMALL}, ${Math.round(large)} ms for ${SMALL * 4}`).toBeLessThan(RATIO * Math.max(small, 50));
    });
  }
});
