// Minimal .docx packages built in memory from XML snippets, for unit tests of the OOXML reader.
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { DocumentModel, TextBlock } from '../../src/model/document.js';
import { isTextBlock } from '../../src/model/document.js';
import { readDocx } from '../../src/extract/docx/index.js';

export const W_NS =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' +
  'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" ' +
  'xmlns:v="urn:schemas-microsoft-com:vml"';

export interface Parts {
  body: string;
  numbering?: string;
  styles?: string;
  footnotes?: string;
  endnotes?: string;
  settings?: string;
}

export function documentXml(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W_NS}><w:body>${body}</w:body></w:document>`;
}

export function part(root: string, inner: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><w:${root} ${W_NS}>${inner}</w:${root}>`;
}

export function buildDocx(p: Parts): Uint8Array {
  const files: Zippable = { 'word/document.xml': strToU8(documentXml(p.body)) };
  if (p.numbering) files['word/numbering.xml'] = strToU8(part('numbering', p.numbering));
  if (p.styles) files['word/styles.xml'] = strToU8(part('styles', p.styles));
  if (p.footnotes) files['word/footnotes.xml'] = strToU8(part('footnotes', p.footnotes));
  if (p.endnotes) files['word/endnotes.xml'] = strToU8(part('endnotes', p.endnotes));
  if (p.settings) files['word/settings.xml'] = strToU8(part('settings', p.settings));
  return zipSync(files);
}

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
