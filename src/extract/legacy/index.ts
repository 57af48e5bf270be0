// Legacy Vietnamese 8-bit encodings (TCVN3/ABC, VNI) → Unicode, for extractors: by font when the
// format keeps font names (docx runs, PDF fonts), by the text's own mojibake when it does not.
import { guessLegacyEncoding, legacyFontEncoding, UNICODE_VIETNAMESE, type LegacyEncoding, type LegacyFont } from './detect.js';
import { restoreDroppedU } from './repair.js';
import { decodeTcvn3 } from './tcvn3.js';
import { decodeVni } from './vni.js';

export { guessLegacyEncoding, legacyFontEncoding, UNICODE_VIETNAMESE, type LegacyEncoding, type LegacyFont, type LegacyGuess } from './detect.js';
export { decodeTcvn3, TCVN3_TABLE } from './tcvn3.js';
export { decodeVni } from './vni.js';
export { restoreDroppedU } from './repair.js';

export interface DecodeOptions {
  /** TCVN3 "H" font (.VnTimeH): the letters are capitals. */
  upperCase?: boolean;
  /**
   * The extractor dropped U+00AD (pdfjs does: it is a format character), which in TCVN3 is "ư":
   * put it back where the remaining syllable cannot be Vietnamese ("bíc" → "bước").
   */
  droppedSoftHyphen?: boolean;
}

/** Decode one piece of text known to be in `encoding` (NFC out). */
export function decodeWith(text: string, encoding: LegacyEncoding, opts: DecodeOptions = {}): string {
  if (encoding === 'vni') return decodeVni(text);
  const out = decodeTcvn3(text, { upperCase: opts.upperCase ?? false });
  return opts.droppedSoftHyphen ? restoreDroppedU(out) : out;
}

/** A line that already holds Unicode Vietnamese is left alone: documents mix encodings. */
function decodeLines(text: string, encoding: LegacyEncoding, opts: DecodeOptions): string {
  return text
    .split('\n')
    .map((line) => (UNICODE_VIETNAMESE.test(line) ? line : decodeWith(line, encoding, opts)))
    .join('\n');
}

/**
 * Decode TCVN3/VNI mojibake in `text` to Unicode Vietnamese (NFC).
 * With a `hint` (from a font name: see legacyFontEncoding) the text is decoded in that encoding;
 * without one, only when guessLegacyEncoding is confident. Either way a line that already holds
 * Unicode Vietnamese letters is returned unchanged.
 */
export function decodeLegacyText(text: string, hint?: LegacyEncoding, opts: DecodeOptions = {}): string {
  const encoding = hint ?? guessLegacyEncoding(text).encoding;
  if (!encoding) return text;
  return decodeLines(text, encoding, opts);
}

/**
 * A run of text in a known font (docx run, PDF text item): decoded when the font is a legacy one
 * and the text does not already hold Unicode Vietnamese. Returns null when nothing was decoded.
 */
export function decodeRunText(text: string, fontName: string | undefined): { text: string; font: LegacyFont } | null {
  const font = legacyFontEncoding(fontName);
  if (!font || UNICODE_VIETNAMESE.test(text)) return null;
  return { text: decodeWith(text, font.encoding, { upperCase: font.upperCase }), font };
}
