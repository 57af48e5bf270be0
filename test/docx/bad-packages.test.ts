// Zips that are not Word documents fail with what they are (an .xlsx once "converted" with exit 0
// as an empty document, because its main part xl/workbook.xml was taken for the document).
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { PlanExtractError } from '../../src/model/errors.js';
import { extractBytes } from '../../src/pipeline.js';

const RELS = (target: string) =>
  `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${target}"/></Relationships>`;

async function failure(files: Record<string, string>, path: string): Promise<PlanExtractError> {
  const bytes = zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])));
  const e = await extractBytes({ bytes, path }).then(() => null, (x: unknown) => x);
  expect(e).toBeInstanceOf(PlanExtractError);
  return e as PlanExtractError;
}

describe('docx: zips that are not Word documents', () => {
  it('an Excel workbook (the task table of parsing-data-from-pdf is one)', async () => {
    const e = await failure({ '_rels/.rels': RELS('xl/workbook.xml'), 'xl/workbook.xml': '<workbook/>', 'xl/worksheets/sheet1.xml': '<worksheet/>' }, 'test_2.xlsx');
    expect(e.code).toBe('NOT_WORD');
    expect(e.en).toBe('an Excel workbook (.xlsx), not a Word document: plan-extract reads .docx, .doc, .pdf, .html and text');
    expect(e.vi).toBe('đây là một bảng tính Excel (.xlsx), không phải văn bản Word: plan-extract đọc .docx, .doc, .pdf, .html và văn bản thuần');
  });

  it('a PowerPoint deck, named .docx', async () => {
    const e = await failure({ '_rels/.rels': RELS('ppt/presentation.xml'), 'ppt/presentation.xml': '<p/>' }, 'ke-hoach.docx');
    expect(e.en).toMatch(/^a PowerPoint presentation \(\.pptx\), not a Word document/);
  });

  it('OpenDocument text and EPUB name themselves in "mimetype"', async () => {
    expect((await failure({ mimetype: 'application/vnd.oasis.opendocument.text', 'content.xml': '<x/>' }, 'kh.odt')).en).toMatch(/^an OpenDocument text \(\.odt\), not a Word/);
    expect((await failure({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': '<x/>' }, 'kh.ods')).en).toMatch(/^an OpenDocument spreadsheet/);
    expect((await failure({ mimetype: 'application/epub+zip', 'OEBPS/a.xhtml': '<x/>' }, 'kh.epub')).en).toMatch(/^an EPUB e-book/);
  });

  it('a plain zip archive', async () => {
    const e = await failure({ 'ke-hoach.txt': 'KẾ HOẠCH' }, 'van-ban.zip');
    expect(e.en).toMatch(/^a zip archive, not a Word document/);
    expect(e.vi).toMatch(/^đây là một tệp nén zip, không phải văn bản Word/);
  });

  it('Word parts without word/document.xml stay a damaged Word package', async () => {
    expect((await failure({ 'word/styles.xml': '<x/>' }, 'kh.docx')).code).toBe('DOCX_NO_DOCUMENT');
  });
});
