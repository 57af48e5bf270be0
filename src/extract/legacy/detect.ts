// Which legacy encoding a run or a text is in: by font name when there is one (".VnTime" → TCVN3,
// ".VnTimeH" → TCVN3 drawn in capitals, "VNI-Times" → VNI), otherwise by the mojibake it shows.
import { decodeTcvn3 } from './tcvn3.js';
import { decodeVni } from './vni.js';

export type LegacyEncoding = 'tcvn3' | 'vni';

export interface LegacyFont {
  encoding: LegacyEncoding;
  /** An "H" font (.VnTimeH, .VnArialH): lower-case codes are drawn as capitals. */
  upperCase: boolean;
}

/** PDF subset prefix ("AARIQC+.VnTimeH,Bold" → ".VnTimeH,Bold"). */
const SUBSET_PREFIX = /^[A-Z]{6}\+/;
/** Style suffixes added by PDF producers and Word: ",Bold", "-BoldItalic", " Italic". */
const STYLE_SUFFIX = /(?:[,-]|\s+)(?:Bold|Italic|BoldItalic|Oblique|Regular|Normal)+$/i;
/** TCVN3 (ABC) font families: ".VnTime", ".VnArial Narrow", "VnTimeH" (dot lost by some tools). */
export const TCVN3_FONT = /^\.?Vn[A-Z]/;
/** VNI font families: "VNI-Times", "VNI-Helve-Condense", "VNI Times". */
export const VNI_FONT = /^VNI[-_ ]/i;
/** The capitals-only TCVN3 variants end in H: ".VnTimeH", ".VnArialH", ".VnArial NarrowH". */
const TCVN3_UPPER_FONT = /H$/;

/** The legacy encoding a font name implies, or null for a Unicode font. */
export function legacyFontEncoding(fontName: string | undefined): LegacyFont | null {
  if (!fontName) return null;
  let name = fontName.trim().replace(SUBSET_PREFIX, '');
  for (let k = 0; k < 2 && STYLE_SUFFIX.test(name); k++) name = name.replace(STYLE_SUFFIX, '');
  if (VNI_FONT.test(name)) return { encoding: 'vni', upperCase: false };
  if (TCVN3_FONT.test(name)) return { encoding: 'tcvn3', upperCase: TCVN3_UPPER_FONT.test(name) };
  return null;
}

/**
 * Letters that exist only in Unicode Vietnamese, never in an 8-bit legacy text: ă đ ĩ ũ ơ ư and
 * the Latin Extended Additional block (ạ … ỹ). Text that has them is already decoded.
 */
export const UNICODE_VIETNAMESE = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01A0\u01A1\u01AF\u01B0\u1EA0-\u1EF9]/u;

/** How many letters of UNICODE_VIETNAMESE `s` holds: one pass over its char codes (all in the BMP). */
function countUnicodeVietnamese(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x1ea0 ? c <= 0x1ef9 : c === 0x102 || c === 0x103 || c === 0x110 || c === 0x111 || c === 0x128 || c === 0x129 || c === 0x168 || c === 0x169 || c === 0x1a0 || c === 0x1a1 || c === 0x1af || c === 0x1b0) n++;
  }
  return n;
}
/** TCVN3 letters that are symbols in Windows-1252 ("B¸o c¸o" — ¸ is "á"): no real word has them. */
const TCVN3_SYMBOLS_G = /[\u00A1-\u00BF\u00D7\u03BC\u2212\u2219](?=\p{L})|(?<=\p{L})[\u00A1-\u00BF\u00D7\u03BC\u2212\u2219]/gu;
/** Latin-1 letters that Vietnamese never uses but VNI codes are ("Ñoäc laäp": Ñ, ä). */
const NON_VIETNAMESE_LATIN_G = /[ÄÅÆÇËÎÏÑÖØÛÜäåæçëîïñöøûü]/gu;
/** After a correct decoding nothing of these is left: symbols or non-Vietnamese letters inside words. */
const ODD_IN_WORD_G = /(?<=\p{L})[\u00A1-\u00BF\u00D7ÄÅÆÇËÎÏÑÖØÛÜäåæçëîïñöøûü]|[\u00A1-\u00BF\u00D7ÄÅÆÇËÎÏÑÖØÛÜäåæçëîïñöøûü](?=\p{L})/gu;

function count(re: RegExp, s: string): number {
  // Nothing to count: the pattern is not even compiled (its \p{L} classes cost more than a short text).
  if (s === '') return 0;
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(s)) n++;
  return n;
}

export interface LegacyGuess {
  encoding: LegacyEncoding | null;
  /** Mojibake characters seen, per encoding; and Unicode-only Vietnamese letters. */
  tcvn3Signs: number;
  vniSigns: number;
  unicodeLetters: number;
  /** Characters still odd inside words after decoding with the chosen encoding. */
  oddAfter: number;
  oddBefore: number;
}

/** At least this many mojibake signs before a text without font information is decoded. */
export const MIN_SIGNS = 3;

/**
 * Guess the encoding of a text without font information (a PDF text layer, a pasted .txt), from
 * its lines that hold no Unicode Vietnamese: decode only when the mojibake signs are many and
 * decoding leaves almost nothing odd inside words.
 */
export function guessLegacyEncoding(fullText: string): LegacyGuess {
  // Lines already in Unicode Vietnamese stay as they are; the rest decides.
  const lines = fullText.split('\n');
  const text = lines.filter((l) => !UNICODE_VIETNAMESE.test(l)).join('\n');
  const unicodeLetters = countUnicodeVietnamese(fullText);
  const tcvn3Signs = count(TCVN3_SYMBOLS_G, text);
  const vniSigns = count(NON_VIETNAMESE_LATIN_G, text);
  const oddBefore = count(ODD_IN_WORD_G, text);
  const none: LegacyGuess = { encoding: null, tcvn3Signs, vniSigns, unicodeLetters, oddAfter: oddBefore, oddBefore };
  // VNI never uses the symbol range, TCVN3 always does (à á ạ đ ư are symbols): symbols decide.
  const encoding: LegacyEncoding = tcvn3Signs >= Math.max(MIN_SIGNS, vniSigns / 4) ? 'tcvn3' : 'vni';
  const signs = encoding === 'tcvn3' ? tcvn3Signs : vniSigns;
  if (signs < MIN_SIGNS) return none;
  const decoded = encoding === 'tcvn3' ? decodeTcvn3(text) : decodeVni(text);
  const oddAfter = count(ODD_IN_WORD_G, decoded);
  // A right guess clears nearly all of them; a wrong one (French, German) leaves most.
  if (oddAfter * 5 > oddBefore) return { ...none, oddAfter };
  return { encoding, tcvn3Signs, vniSigns, unicodeLetters, oddAfter, oddBefore };
}
