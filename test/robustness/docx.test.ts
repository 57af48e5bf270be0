// .docx: damaged packages and hostile OOXML give a valid document or one clean PlanExtractError.
import { zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { CASE_BUDGET_MS, describeOutcome, keepsContract, probe, runCases, stopWorker, type Case } from './harness.js';
import {
  cell, documentXml, docxFixtures, entryText, flipBytes, makeDocx, mangleXml, mutateAttributes, numPr, para, partXml, row, shuffleElements, table, withEntry,
} from './inputs-docx.js';
import { BASE_SEED, caseCount, rng } from './prng.js';

afterAll(stopWorker);

const TIMEOUT = CASE_BUDGET_MS + 5_000;
const fixtures = docxFixtures();
const base = fixtures[0].bytes;

const abstract = (id: string, lvls: string): string => `<w:abstractNum w:abstractNumId="${id}">${lvls}</w:abstractNum>`;
const lvl = (ilvl: string | number, numFmt: string, lvlText: string, start = '1', extra = ''): string =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${numFmt}"/><w:lvlText w:val="${lvlText}"/>${extra}</w:lvl>`;
const num = (id: string, abstractId: string, inner = ''): string => `<w:num w:numId="${id}"><w:abstractNumId w:val="${abstractId}"/>${inner}</w:num>`;
const listOf = (numbering: string, ...paras: [string, string | number, string | number][]): Uint8Array =>
  makeDocx({ body: paras.map(([t, id, il]) => para(t, numPr(id, il))).join(''), numbering });
const fn = (id: string, text: string): string => `<w:footnote w:id="${id}"><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:footnote>`;
const fnRef = (id: string): string => `<w:r><w:footnoteReference w:id="${id}"/></w:r>`;

/** Named hostile documents, one test each. */
const FIXED: [string, () => Uint8Array][] = [
  ['an empty <w:tbl/>', () => makeDocx({ body: '<w:tbl/>' + para('KẾ HOẠCH') })],
  ['a table with an empty row', () => makeDocx({ body: '<w:tbl><w:tr/></w:tbl>' })],
  ['a table whose cell has no paragraph', () => makeDocx({ body: '<w:tbl><w:tr><w:tc/></w:tr></w:tbl>' })],
  ['gridSpan 50 in a 2-column grid', () => makeDocx({ body: table(row(cell('TT', '<w:gridSpan w:val="50"/>')), row(cell('1'), cell('Nội dung'))) })],
  ['gridSpan 1e9', () => makeDocx({ body: table(row(cell('TT', '<w:gridSpan w:val="1000000000"/>')), row(cell('1'), cell('x'))) })],
  ['gridSpan 5e6', () => makeDocx({ body: table(row(cell('TT', '<w:gridSpan w:val="5000000"/>')), row(cell('1'), cell('x'))) })],
  ['gridSpan Infinity', () => makeDocx({ body: table(row(cell('TT', '<w:gridSpan w:val="Infinity"/>')), row(cell('1'), cell('x'))) })],
  ['gridSpan -5 and NaN', () => makeDocx({ body: table(row(cell('TT', '<w:gridSpan w:val="-5"/>'), cell('x', '<w:gridSpan w:val="abc"/>'))) })],
  ['gridBefore 1e9', () => makeDocx({ body: table(`<w:tr><w:trPr><w:gridBefore w:val="1000000000"/></w:trPr>${cell('a')}</w:tr>`) })],
  ['gridBefore 1e7', () => makeDocx({ body: table(`<w:tr><w:trPr><w:gridBefore w:val="10000000"/></w:trPr>${cell('a')}</w:tr>`) })],
  ['hMerge continue in the first cell', () => makeDocx({ body: table(row(cell('a', '<w:hMerge/>'), cell('b', '<w:hMerge w:val="continue"/>'))) })],
  ['vMerge continue without restart (first row)', () => makeDocx({ body: table(row(cell('', '<w:vMerge/>'), cell('b')), row(cell('', '<w:vMerge/>'), cell('c'))) })],
  ['vMerge continue beyond the row above', () => makeDocx({ body: table(row(cell('a')), row(cell('b'), cell('', '<w:vMerge/>'), cell('', '<w:vMerge/>'))) })],
  ['vMerge restart then 2 000 continues', () => makeDocx({ body: table(row(cell('a', '<w:vMerge w:val="restart"/>')), ...Array.from({ length: 2000 }, () => row(cell('', '<w:vMerge/>')))) })],
  [
    '10 000-deep nested tables',
    () => makeDocx({ body: '<w:tbl><w:tr><w:tc>'.repeat(10_000) + '<w:p/>' + '</w:tc></w:tr></w:tbl>'.repeat(10_000) }),
  ],
  ['40-deep nested tables', () => makeDocx({ body: '<w:tbl><w:tr><w:tc>'.repeat(40) + para('Nội dung') + '</w:tc></w:tr></w:tbl>'.repeat(40) })],
  ['footnote reference to a missing footnote', () => makeDocx({ body: `<w:p><w:r><w:t>Nội dung</w:t></w:r>${fnRef('7')}</w:p>`, footnotes: fn('1', 'Ghi chú') })],
  ['footnote reference with no footnotes part', () => makeDocx({ body: `<w:p><w:r><w:t>Nội dung</w:t></w:r>${fnRef('1')}${fnRef('')}</w:p>` })],
  ['a footnote that references itself', () => makeDocx({ body: `<w:p><w:r><w:t>x</w:t></w:r>${fnRef('1')}</w:p>`, footnotes: `<w:footnote w:id="1"><w:p>${fnRef('1')}</w:p></w:footnote>` })],
  ['two footnotes referencing each other', () => makeDocx({ body: `<w:p>${fnRef('1')}</w:p>`, footnotes: `<w:footnote w:id="1"><w:p>${fnRef('2')}</w:p></w:footnote><w:footnote w:id="2"><w:p>${fnRef('1')}</w:p></w:footnote>` })],
  ['10 000 references to one footnote', () => makeDocx({ body: `<w:p>${fnRef('1').repeat(10_000)}</w:p>`, footnotes: fn('1', 'Ghi chú') })],
  ['numId with no w:num', () => listOf(abstract('0', lvl(0, 'decimal', '%1.')), ['Một', '5', 0])],
  ['w:num pointing to a missing abstractNum', () => listOf(num('1', '9'), ['Một', '1', 0])],
  ['a level missing from the abstractNum', () => listOf(abstract('0', lvl(0, 'decimal', '%1.')) + num('1', '0'), ['Một', '1', 3], ['Hai', '1', 0])],
  ['lvlText naming undefined levels', () => listOf(abstract('0', lvl(2, 'decimal', '%1.%5.%9.')) + num('1', '0'), ['Một', '1', 2])],
  ['ilvl out of range', () => listOf(abstract('0', lvl(0, 'decimal', '%1.')) + num('1', '0'), ['a', '1', -1], ['b', '1', 99], ['c', '1', 'x'], ['d', '1', '1e9'])],
  ['start 1e15 with lowerLetter', () => listOf(abstract('0', lvl(0, 'lowerLetter', '%1)', '1000000000000000')) + num('1', '0'), ['Một', '1', 0])],
  ['start 1e8 with upperLetter', () => listOf(abstract('0', lvl(0, 'upperLetter', '%1.', '100000000')) + num('1', '0'), ['Một', '1', 0])],
  ['start -5 with lowerRoman and decimalZero', () => listOf(abstract('0', lvl(0, 'lowerRoman', '%1.', '-5') + lvl(1, 'decimalZero', '%1.%2', '-5')) + num('1', '0'), ['a', '1', 0], ['b', '1', 1])],
  ['startOverride on level 1e9', () => listOf(abstract('0', lvl(0, 'decimal', '%1.')) + num('1', '0', '<w:lvlOverride w:ilvl="1000000000"><w:startOverride w:val="3"/></w:lvlOverride>'), ['a', '1', 0])],
  ['lvlOverride on level __proto__', () => listOf(abstract('0', lvl(0, 'decimal', '%1.')) + num('1', '0', `<w:lvlOverride w:ilvl="__proto__">${lvl(0, 'bullet', '')}</w:lvlOverride>`), ['a', '1', 0])],
  ['abstractNum id __proto__', () => listOf(abstract('__proto__', lvl(0, 'decimal', '%1.')) + num('constructor', '__proto__'), ['a', 'constructor', 0], ['b', 'toString', 0])],
  ['lvlRestart -1 and 99', () => listOf(abstract('0', lvl(0, 'decimal', '%1.') + lvl(1, 'decimal', '%1.%2.', '1', '<w:lvlRestart w:val="-1"/>') + lvl(2, 'decimal', '%3', '1', '<w:lvlRestart w:val="99"/>')) + num('1', '0'), ['a', '1', 0], ['b', '1', 1], ['c', '1', 2], ['d', '1', 0], ['e', '1', 1])],
  ['styles with a basedOn cycle and numbering through styles', () => makeDocx({
    body: para('Một', '<w:pStyle w:val="A"/>') + para('Hai', '<w:pStyle w:val="B"/>'),
    styles: '<w:style w:type="paragraph" w:styleId="A"><w:basedOn w:val="B"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style><w:style w:type="paragraph" w:styleId="B"><w:basedOn w:val="A"/></w:style>',
    numbering: abstract('0', lvl(0, 'decimal', '%1.')) + num('1', '0'),
  })],
  ['10 000 unclosed field begins', () => makeDocx({ body: `<w:p>${'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>'.repeat(10_000)}</w:p>` })],
  ['field separate/end without begin', () => makeDocx({ body: `<w:p><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>x</w:t></w:r></w:p>` })],
  ['100 000 runs in one paragraph', () => makeDocx({ body: `<w:p>${'<w:r><w:t>ab </w:t></w:r>'.repeat(100_000)}</w:p>` })],
  ['document.xml empty', () => withEntry(base, 'word/document.xml', '')],
  ['document.xml only a declaration', () => withEntry(base, 'word/document.xml', '<?xml version="1.0"?>')],
  ['document.xml malformed (unclosed elements)', () => withEntry(base, 'word/document.xml', '<w:document><w:body><w:p><w:r><w:t>KẾ HOẠCH')],
  ['document.xml malformed (mismatched tags)', () => withEntry(base, 'word/document.xml', documentXml('<w:p><w:r></w:p></w:r>'))],
  ['document.xml with a root that is not w:document', () => withEntry(base, 'word/document.xml', partXml('numbering', para('x')))],
  ['document.xml without w:body', () => withEntry(base, 'word/document.xml', `<w:document xmlns:w="x">${para('x')}</w:document>`)],
  ['document.xml in UTF-16', () => withEntry(base, 'word/document.xml', new Uint8Array(Buffer.from('\ufeff' + documentXml(para('KẾ HOẠCH')).replace('UTF-8', 'UTF-16'), 'utf16le')))],
  ['document.xml with invalid UTF-8', () => withEntry(base, 'word/document.xml', new Uint8Array([...Buffer.from(documentXml('<w:p><w:r><w:t>')), 0xc3, 0x28, 0xff, ...Buffer.from('</w:t></w:r></w:p></w:body></w:document>')]))],
  ['document.xml with an undefined entity', () => withEntry(base, 'word/document.xml', documentXml('<w:p><w:r><w:t>&nbsp;&#0;&#xD800;&#99999999;</w:t></w:r></w:p>'))],
  ['numbering.xml malformed', () => withEntry(base, 'word/numbering.xml', '<w:numbering><w:abstractNum>')],
  ['styles.xml malformed', () => withEntry(base, 'word/styles.xml', '<w:styles><')],
  ['footnotes.xml malformed', () => withEntry(base, 'word/footnotes.xml', '<w:footnotes><w:footnote w:id="1">')],
  ['settings.xml malformed', () => withEntry(base, 'word/settings.xml', '&')],
  ['numbering.xml removed', () => withEntry(base, 'word/numbering.xml', null)],
  ['styles.xml removed', () => withEntry(base, 'word/styles.xml', null)],
  ['footnotes.xml removed (references stay)', () => withEntry(base, 'word/footnotes.xml', null)],
  ['an empty zip', () => new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)])],
  ['zip magic alone', () => new Uint8Array([0x50, 0x4b, 0x03, 0x04])],
  ['a zip of 60 000 empty entries', () => {
    const files: Record<string, Uint8Array> = { 'word/document.xml': new TextEncoder().encode(documentXml(para('x'))) };
    for (let i = 0; i < 60_000; i++) files[`x/${i}`] = new Uint8Array(0);
    return zipSync(files, { level: 0 });
  }],
];


describe('docx: fixed hostile packages', () => {
  for (const [label, build] of FIXED) {
    it(label, { timeout: TIMEOUT }, async () => {
      const o = await probe(build(), 'hostile.docx');
      expect(keepsContract(o), describeOutcome(label, o)).toBe(true);
    });
  }
});

describe('docx: the committed fixtures, seeded damage', () => {
  const n = caseCount(40);

  it('every fixture reads cleanly as committed (control)', { timeout: TIMEOUT * fixtures.length }, async () => {
    const { broken, outcomes } = await runCases(fixtures.map((f) => ({ label: f.name, bytes: f.bytes, path: f.name })));
    expect(broken, broken.join('\n')).toEqual([]);
    expect(outcomes.map((o) => o.kind)).toEqual(fixtures.map(() => 'ok'));
  });

  const damaged = (label: string, count: number, build: (r: ReturnType<typeof rng>, f: (typeof fixtures)[number]) => Uint8Array, offset: number) =>
    it(`${count} × ${label}`, { timeout: count * TIMEOUT }, async () => {
      const cases = function* (): Generator<Case> {
        for (let i = 0; i < count; i++) {
          const seed = BASE_SEED + offset + i;
          const r = rng(seed);
          const f = r.pick(fixtures);
          yield { label: `${label} of ${f.name}, seed ${seed}`, bytes: () => build(r, f), path: 'damaged.docx' };
        }
      };
      const { broken } = await runCases(cases());
      expect(broken, broken.join('\n')).toEqual([]);
    });

  damaged('truncated at a random offset', n, (r, f) => f.bytes.subarray(0, r.int(f.bytes.length)), 10_000);
  damaged('random bit flips in the zip', n, (r, f) => flipBytes(r, f.bytes, r.between(1, 8)), 11_000);
  damaged('bit flips in the central directory', n, (r, f) => flipBytes(r, f.bytes, r.between(1, 4), Math.max(0, f.bytes.length - 1500)), 12_000);
  damaged('malformed document.xml', n, (r, f) => withEntry(f.bytes, 'word/document.xml', mangleXml(r, entryText(f.bytes, 'word/document.xml'))), 13_000);
  damaged(
    'hostile attribute values in document.xml',
    n * 2,
    (r, f) => withEntry(f.bytes, 'word/document.xml', mutateAttributes(r, entryText(f.bytes, 'word/document.xml'), r.between(1, 30))),
    14_000,
  );
  damaged(
    'hostile attribute values in numbering/styles/settings/footnotes',
    n * 2,
    (r, f) => {
      const part = r.pick(['word/numbering.xml', 'word/styles.xml', 'word/settings.xml', 'word/footnotes.xml', 'word/endnotes.xml']);
      return withEntry(f.bytes, part, mutateAttributes(r, entryText(f.bytes, part), r.between(1, 20)));
    },
    15_000,
  );
  damaged(
    'elements moved out of place in document.xml',
    n * 2,
    (r, f) => withEntry(f.bytes, 'word/document.xml', shuffleElements(r, entryText(f.bytes, 'word/document.xml'), r.between(1, 15))),
    16_000,
  );
});
