// Bounded memory: a small file that expands to millions of elements is refused with one clear
// line, inside the robustness child's 1 GB heap, instead of growing to gigabytes.
import { afterAll, describe, expect, it } from 'vitest';
import { describeOutcome, probe, stopWorker } from './harness.js';
import { makeDocx } from './inputs-docx.js';
import { utf8 } from './inputs-text.js';

afterAll(stopWorker);

describe('limits: elements per part', () => {
  it('a 43 KB .docx of 4.9 million empty paragraphs → DOCX_TOO_COMPLEX (it took 2.6 GB)', { timeout: 120_000 }, async () => {
    const bytes = makeDocx({ body: '<w:p/>'.repeat(4_900_000) });
    expect(bytes.length).toBeLessThan(100_000);
    const o = await probe(bytes, 'empty.docx', 90_000);
    expect(o.kind, describeOutcome('4.9M paragraphs', o)).toBe('refused');
    if (o.kind === 'refused') {
      expect(o.code).toBe('DOCX_TOO_COMPLEX');
      expect(o.en).toBe('refused: word/document.xml is too deeply nested or too large (more than 1000000 elements)');
    }
  });

  it('a .docx just under the cap (200 000 empty paragraphs) still converts', { timeout: 120_000 }, async () => {
    const o = await probe(makeDocx({ body: '<w:p><w:r><w:t>KẾ HOẠCH</w:t></w:r></w:p>' + '<w:p/>'.repeat(200_000) }), 'many.docx', 90_000);
    expect(o.kind, describeOutcome('200k paragraphs', o)).toBe('ok');
  });

  it('an HTML page of 6 million empty paragraphs (42 MB) → HTML_TOO_COMPLEX (it took 2.5 GB)', { timeout: 120_000 }, async () => {
    const o = await probe(utf8(`<html><body>${'<p></p>'.repeat(6_000_000)}</body></html>`), 'big.html', 90_000);
    expect(o.kind, describeOutcome('6M <p>', o)).toBe('refused');
    if (o.kind === 'refused') expect(o.code).toBe('HTML_TOO_COMPLEX');
  });
});
