// Text normalisation, done once before any rule: NFC, line ends, NBSP and other spaces,
// invisible characters (zero-width, variation selectors, soft hyphens); and the single-line
// clean-up every value goes through.

/** Zero-width space, non-joiner and joiner, word joiner, BOM / zero-width no-break space. */
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;
/**
 * Variation selectors VS1–VS16 and VS17–VS256: they only pick a glyph form of the letter before.
 * The Word .doc phiếu trình of vbai-lamdong (CV 3980, CV 600, CV 8151) carry U+E01C0 alone among
 * the spaces after "Thống nhất hoàn toàn", "Thống nhất", "Không thống nhất".
 */
const VARIATION_SELECTORS = /[\uFE00-\uFE0F\u{E0100}-\u{E01EF}]/gu;
const SOFT_HYPHEN = /\u00AD/g;
/** C0 controls other than tab, line feed and form feed (a page break in pdftotext output), and DEL. */
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g;
/** NBSP, narrow NBSP, figure space, en/em spaces, ideographic space … → plain space. */
const ODD_SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g;

/** Normalise a whole source text: NFC, "\n" line ends, odd spaces; zero-width chars, variation selectors and soft hyphens removed. */
export function normaliseText(s: string): string {
  return s
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL_CHARS, '')
    .replace(/[\u2028\u2029\u0085]/g, '\n')
    .replace(ZERO_WIDTH, '')
    .replace(VARIATION_SELECTORS, '')
    .replace(SOFT_HYPHEN, '')
    .replace(ODD_SPACES, ' ')
    .normalize('NFC');
}

/** One value: normalised, tabs and newlines folded into single spaces, trimmed. */
export function cleanText(s: string): string {
  return normaliseText(s).replace(/[\t\n\f\v ]+/g, ' ').trim();
}
