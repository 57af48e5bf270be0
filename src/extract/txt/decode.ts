// Bytes → string for plain-text inputs: UTF-8 (BOM or not), UTF-16 with a BOM; bytes that are not
// UTF-8 are read as Windows-1252, the form TCVN3/VNI text takes when saved from an old editor.
// Text typed in a legacy Vietnamese encoding (mojibake such as "B¸o c¸o t×nh h×nh") is decoded
// only when the legacy decoder is confident, and a warning says so.
import type { ModelWarning } from '../../model/document.js';
import { decodeLegacyText, guessLegacyEncoding } from '../legacy/index.js';

const ENCODING_NAMES = { tcvn3: 'TCVN3 (ABC)', vni: 'VNI' } as const;

function fromBytes(bytes: Uint8Array, warnings: ModelWarning[]): { text: string; utf8: boolean } {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), utf8: true };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), utf8: true };
  const start = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start)), utf8: true };
  } catch {
    warnings.push({ code: 'NOT_UTF8', message: 'the text is not UTF-8; it was read as Windows-1252' });
    return { text: new TextDecoder('windows-1252').decode(bytes.subarray(start)), utf8: false };
  }
}

export function decodeText(bytes: Uint8Array): { text: string; warnings: ModelWarning[] } {
  const warnings: ModelWarning[] = [];
  const { text } = fromBytes(bytes, warnings);
  const guess = guessLegacyEncoding(text);
  if (!guess.encoding) return { text, warnings };
  warnings.push({
    code: 'LEGACY_ENCODING',
    message: `the text looks typed in ${ENCODING_NAMES[guess.encoding]} and was decoded to Unicode (guessed from its characters; lines already in Unicode kept): check accented letters against the original`,
  });
  return { text: decodeLegacyText(text, guess.encoding), warnings };
}
