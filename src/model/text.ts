// Text normalisation, done once before any rule: NFC, line ends, NBSP and other spaces,
// zero-width characters, soft hyphens; and the single-line clean-up every value goes through.

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;
const SOFT_HYPHEN = /\u00AD/g;
/** C0 controls other than tab, line feed and form feed (a page break in pdftotext output), and DEL. */
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g;
/** NBSP, narrow NBSP, figure space, en/em spaces, ideographic space … → plain space. */
const ODD_SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g;

/** Normalise a whole source text: NFC, "\n" line ends, odd spaces, zero-width chars removed. */
export function normaliseText(s: string): string {
  return s
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL_CHARS, '')
    .replace(/[\u2028\u2029\u0085]/g, '\n')
    .replace(ZERO_WIDTH, '')
    .replace(SOFT_HYPHEN, '')
    .replace(ODD_SPACES, ' ')
    .normalize('NFC');
}

/** One value: normalised, tabs and newlines folded into single spaces, trimmed. */
export function cleanText(s: string): string {
  return normaliseText(s).replace(/[\t\n\f\v ]+/g, ' ').trim();
}
