// Bytes → string for plain-text inputs: UTF-8 (BOM or not), UTF-16 with a BOM; anything else is
// read as UTF-8 with replacement characters and a warning, never silently.
import type { ModelWarning } from '../../model/document.js';

export function decodeText(bytes: Uint8Array): { text: string; warnings: ModelWarning[] } {
  const warnings: ModelWarning[] = [];
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), warnings };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), warnings };
  }
  const start = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start)), warnings };
  } catch {
    warnings.push({
      code: 'INVALID_UTF8',
      message: 'the text is not valid UTF-8; undecodable bytes were replaced (legacy encodings such as TCVN3/VNI are not decoded)',
    });
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(start)), warnings };
  }
}
