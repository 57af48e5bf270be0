// Bytes → string for plain-text inputs: UTF-8 (BOM or not), UTF-16 with a BOM; bytes that are not
// UTF-8 are read as Windows-1258 when they are Vietnamese in that code page (base letters ă â đ ê ô
// ơ ư and combining tone marks: "Thông ba\u0301o"), else as Windows-1252, the form TCVN3/VNI text
// takes when saved from an old editor.
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
    const body = bytes.subarray(start);
    if (looksWindows1258(body)) {
      warnings.push({ code: 'NOT_UTF8', message: 'the text is not UTF-8; it was read as Windows-1258 (Vietnamese, combining tone marks)' });
      return { text: new TextDecoder('windows-1258').decode(body).normalize('NFC'), utf8: false };
    }
    warnings.push({ code: 'NOT_UTF8', message: 'the text is not UTF-8; it was read as Windows-1252' });
    return { text: new TextDecoder('windows-1252').decode(body), utf8: false };
  }
}

/** Windows-1258 bytes of the five combining tone marks (grave, acute, hook, tilde, dot below). */
const CP1258_TONES = new Set([0xcc, 0xec, 0xd2, 0xde, 0xf2]);
/** Windows-1258 bytes of ă â đ ê ô ơ ư (and capitals) that a tone mark may follow. */
const CP1258_VOWELS = new Set([0xe3, 0xe2, 0xea, 0xf4, 0xf5, 0xfd, 0xc3, 0xc2, 0xca, 0xd4, 0xd5, 0xdd]);
const ASCII_VOWEL = /[aeiouyAEIOUY]/;

/**
 * Windows-1258 Vietnamese: tone-mark bytes that follow a vowel (ASCII or 1258's own ă â ê ô ơ ư),
 * most of the high bytes being such marks or Vietnamese letters. TCVN3/VNI text has its high bytes
 * elsewhere, so it stays Windows-1252 for the legacy decoder.
 */
export function looksWindows1258(bytes: Uint8Array): boolean {
  let tones = 0;
  let high = 0;
  let letters = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b < 0x80) continue;
    high++;
    if (CP1258_VOWELS.has(b) || b === 0xf0 || b === 0xd0) letters++;
    if (CP1258_TONES.has(b) && i > 0) {
      const p = bytes[i - 1];
      if ((p < 0x80 && ASCII_VOWEL.test(String.fromCharCode(p))) || CP1258_VOWELS.has(p)) tones++;
    }
  }
  return tones >= 3 && (tones + letters) / high >= 0.6;
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
