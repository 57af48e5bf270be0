// Minimal .docx packages built in memory from XML snippets (no content types or rels: the reader
// finds word/document.xml itself). Shared by the docx unit tests and the robustness suite.
import { strToU8, zipSync, type Zippable } from 'fflate';

export const W_NS =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' +
  'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" ' +
  'xmlns:v="urn:schemas-microsoft-com:vml"';

export interface DocxParts {
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

export function partXml(root: string, inner: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><w:${root} ${W_NS}>${inner}</w:${root}>`;
}

/** A part given (even as an empty string) is written; an absent one is left out of the package. */
export function makeDocx(p: DocxParts): Uint8Array {
  const files: Zippable = { 'word/document.xml': strToU8(documentXml(p.body)) };
  for (const root of ['numbering', 'styles', 'footnotes', 'endnotes', 'settings'] as const) {
    const inner = p[root];
    if (inner !== undefined) files[`word/${root}.xml`] = strToU8(partXml(root, inner));
  }
  return zipSync(files);
}
