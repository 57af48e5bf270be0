// Legacy Word .doc: converted to .docx by LibreOffice (convert.ts), then read by the docx extractor.
import { createHash } from 'node:crypto';
import { readDocx } from '../docx/index.js';
import { encryptedWord } from '../docx/errors.js';
import { isEncryptedOoxml } from '../docx/ole.js';
import type { ExtractInput, ExtractOptions, Extractor } from '../index.js';
import { convertDocToDocx } from './convert.js';

export { CONVERT_TIMEOUT_MS, convertDocToDocx, convertDocsToDocx, findSoffice } from './convert.js';

const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export const extract: Extractor = async (input: ExtractInput, opts: ExtractOptions) => {
  if (isEncryptedOoxml(input.bytes)) throw encryptedWord();
  // A batch may have converted it already, with others in one LibreOffice run (src/batch/doc-ahead.ts).
  const ahead = opts.convertedDoc;
  const docx = ahead && ahead.sha256 === sha256Hex(input.bytes) ? ahead.docx : await convertDocToDocx(input.bytes);
  const model = readDocx(docx, { format: 'doc', ...(opts.maxInflate !== undefined ? { maxInflate: opts.maxInflate } : {}) });
  model.warnings.unshift({ code: 'DOC_CONVERTED', message: 'legacy .doc read through a LibreOffice conversion to .docx; layout details may differ from Word' });
  return model;
};
