// Each LibreOffice rendering of a seed (fixtures/pdf, from fixtures/docx) must give the same registry
// as the seed .txt. Allowed differences, field by field (everything else must be equal):
// - source (path, format, sha256, pages) and every nested `source`: a different file, positions in it.
// - warnings: reader-specific (the .txt page-break artefacts, PDF font notes).
// - meta.issuer: the fixture's header table adds the issuing body (fixtures/docx/build-fixtures.mjs
//   ISSUERS), which the .txt lacks or guesses from the body.
// - tables[].pages and spans: the PDF knows pages and merged cells; covered cells are compared empty,
//   as the .txt shows them (002 Phụ lục I "2" / "7h35' - 11h00'").
// - citations: the same set; a footnote's citations come where the page prints the footnote.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { asTxtTables, byRaw, stripSource } from '../helpers/registry-compare.js';
import { ISSUERS } from '../../fixtures/docx/build-fixtures.mjs';

const SEEDS = ['000_2cb036a4f30d648d', '001_eb04ff3914c6f1ad', '002_ee21ab449407d70d', '003_731ef92cda07baf8', '004_ceed5cc17a5fa85e'];
const seedsDir = new URL('../../fixtures/seeds/', import.meta.url).pathname;
const pdfDir = new URL('../../fixtures/pdf/', import.meta.url).pathname;


type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

let extractFile: ((path: string) => Promise<Json>) | null = null;
try {
  extractFile = (await import('../../src/pipeline.js')).extractFile as (path: string) => Promise<Json>;
} catch (e) {
  console.warn(`test/pdf/parity.test.ts skipped: the pipeline does not load yet (${(e as Error).message})`);
}
const present = SEEDS.every((s) => existsSync(`${pdfDir}${s}.pdf`) && existsSync(`${seedsDir}${s}.txt`));
if (!present) console.warn('test/pdf/parity.test.ts skipped: fixtures/pdf or fixtures/seeds missing');


const docOf = (r: Json): Json => r.documents?.[0] ?? r;



describe.skipIf(!extractFile || !present)('PDF renderings give the same registry as their .txt', () => {
  for (const seed of SEEDS) {
    it(seed, async () => {
      const txt = stripSource(docOf(await extractFile!(`${seedsDir}${seed}.txt`)));
      const pdf = stripSource(docOf(await extractFile!(`${pdfDir}${seed}.pdf`)));
      expect(pdf.id).toBe(txt.id);
      const { issuer: pdfIssuer, ...pdfMeta } = pdf.meta;
      const { issuer: _txtIssuer, ...txtMeta } = txt.meta;
      expect(pdfMeta).toEqual(txtMeta);
      // The issuer comes from the header table the fixture added.
      const [, lowerLine] = ISSUERS[seed.slice(0, 3) as keyof typeof ISSUERS];
      expect(pdfIssuer?.name).toContain(lowerLine);

      expect(pdf.sections, 'sections').toEqual(txt.sections);
      for (const field of ['targets', 'tasks', 'footnotes', 'recipients', 'signature']) {
        expect(pdf[field], field).toEqual(txt[field]);
      }
      expect(asTxtTables(pdf.tables)).toEqual(asTxtTables(txt.tables));
      expect([...pdf.citations].sort(byRaw)).toEqual([...txt.citations].sort(byRaw));
    }, 60_000);
  }
});
