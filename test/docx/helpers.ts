// Minimal .docx packages built in memory from XML snippets, for unit tests of the OOXML reader.
import type { DocumentModel, TextBlock } from '../../src/model/document.js';
import { isTextBlock } from '../../src/model/document.js';
import { readDocx } from '../../src/extract/docx/index.js';
import { makeDocx as buildDocx, type DocxParts as Parts } from '../helpers/docx-package.js';

export { W_NS, documentXml, makeDocx as buildDocx, partXml as part } from '../helpers/docx-package.js';
export type { DocxParts as Parts } from '../helpers/docx-package.js';

export function read(p: Parts): DocumentModel {
  return readDocx(buildDocx(p));
}

export function texts(m: DocumentModel): string[] {
  return m.children.filter(isTextBlock).map((b) => b.text);
}

export function textBlocks(m: DocumentModel): TextBlock[] {
  return m.children.filter(isTextBlock);
}

/** A paragraph with plain runs. */
export function p(text: string, pPr = ''): string {
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
}

export function numPr(numId: number | string, ilvl = 0): string {
  return `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`;
}

export function lvl(ilvl: number, numFmt: string, lvlText: string, extra = ''): string {
  return `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${numFmt}"/><w:lvlText w:val="${lvlText}"/>${extra}</w:lvl>`;
}
