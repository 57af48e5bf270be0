// Each Word fixture must give the same registry as the seed .txt it was built from. Allowed
// differences, field by field (everything else must be equal):
// - source: path, format, sha256, pages — a different file.
// - every nested `source` (line/column/offset/paragraph/page/part): positions refer to different texts.
// - warnings: reader-specific (e.g. the .txt page-break artefacts the .docx does not have).
// - meta.issuer: the .docx header table adds the issuing body (fixtures/docx/build-fixtures.mjs ISSUERS),
//   which the .txt lacks (or guesses from the body, e.g. "Sở GDĐT" in 000).
// - tables[].pages: Word sections give pages; the .txt has none.
// - tables[].spans and the cells they cover: Word's vMerge is resolved (002 Phụ lục I "2" / "7h35' - 11h00'"
//   fill their merged cells), the .txt shows the covered cells empty.
// - citations: the same set; order may differ because a Word footnote comes right after its reference
//   while the .txt prints it at the foot of the page.
import { describe, expect, it } from 'vitest';
import { asTxtTables, byRaw, stripSource } from '../helpers/registry-compare.js';
import { ISSUERS } from '../../fixtures/docx/build-fixtures.mjs';

const SEEDS = ['000_2cb036a4f30d648d', '001_eb04ff3914c6f1ad', '002_ee21ab449407d70d', '003_731ef92cda07baf8', '004_ceed5cc17a5fa85e'];
const seedsDir = new URL('../../fixtures/seeds/', import.meta.url);
const fixturesDir = new URL('../../fixtures/docx/', import.meta.url);

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

let extractFile: ((path: string) => Promise<Json>) | null = null;
try {
  extractFile = (await import('../../src/pipeline.js')).extractFile as (path: string) => Promise<Json>;
} catch (e) {
  console.warn(`test/docx/parity.test.ts skipped: the pipeline does not load yet (${(e as Error).message})`);
}




describe.skipIf(!extractFile)('docx fixtures give the same registry as their .txt', () => {
  for (const seed of SEEDS) {
    it(seed, async () => {
      const txt = stripSource(await extractFile!(new URL(`${seed}.txt`, seedsDir).pathname));
      const docx = stripSource(await extractFile!(new URL(`${seed}.docx`, fixturesDir).pathname));
      expect(docx.id).toBe(txt.id);
      const { issuer: docxIssuer, ...docxMeta } = docx.meta;
      const { issuer: _txtIssuer, ...txtMeta } = txt.meta;
      expect(docxMeta).toEqual(txtMeta);
      // The issuer comes from the header table the fixture added.
      const [, lowerLine] = ISSUERS[seed.slice(0, 3) as keyof typeof ISSUERS];
      expect(docxIssuer?.name).toContain(lowerLine);
      for (const field of ['sections', 'targets', 'tasks', 'footnotes', 'recipients', 'signature']) {
        expect(docx[field], field).toEqual(txt[field]);
      }
      expect(asTxtTables(docx.tables)).toEqual(asTxtTables(txt.tables));
      expect([...docx.citations].sort(byRaw)).toEqual([...txt.citations].sort(byRaw));
    });
  }
});
