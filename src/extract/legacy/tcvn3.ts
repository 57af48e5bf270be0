// TCVN3 (TCVN 5712:1993, the VN3 table of the "ABC" fonts .VnTime, .VnArial …) → Unicode.
// Word and PDF text layers store the font's bytes as Windows-1252 characters, so "bé tµi chÝnh"
// is "bộ tài chính". One byte is one letter: a plain table lookup, no sequences.

/**
 * The upper half of the VN3 table, written from the TCVN 5712:1993 code chart: each row is the
 * first byte and the letters at consecutive bytes from there. Bytes not listed (A0, AF–B4, BA,
 * BF–C5, CD, D9–DB, E0, F0, FF) carry no Vietnamese letter and are left as they are.
 * VN3 has no upper-case letters with tone marks: typists used the "H" fonts (.VnTimeH), whose
 * lower-case code points are drawn as capitals — see `upperCase` in decodeTcvn3.
 */
const TCVN3_ROWS: ReadonlyArray<readonly [number, string]> = [
  [0xa1, 'ĂÂÊÔƠƯĐ'], // A1–A7: the seven capitals with a vowel mark, and Đ
  [0xa8, 'ăâêôơưđ'], // A8–AE: the same in lower case; AD (ư) is the Windows soft hyphen
  [0xb5, 'àảãáạ'], // B5–B9: a with grave, hook, tilde, acute, dot below
  [0xbb, 'ằẳẵắ'], // BB–BE: ă with grave, hook, tilde, acute
  [0xc6, 'ặầẩẫấậè'], // C6 ặ; C7–CB â with grave, hook, tilde, acute, dot; CC è
  [0xce, 'ẻẽéẹềểễếệìỉ'], // CE–D1 e hook, tilde, acute, dot; D2–D6 ê series; D7 ì; D8 ỉ
  [0xdc, 'ĩíịò'], // DC–DE i tilde, acute, dot; DF ò
  [0xe1, 'ỏõóọồổỗốộờởỡớợù'], // E1–E4 o series; E5–E9 ô series; EA–EE ơ series; EF ù
  [0xf1, 'ủũúụừửữứựỳỷỹýỵ'], // F1–F4 u series; F5–F9 ư series; FA–FE y series
];

/**
 * What other tools turn some VN3 bytes into before we see them: pdfjs folds µ (B5, "à") into
 * Greek μ (NFKC); some PDF producers map the soft hyphen (AD, "ư") to a minus sign and the
 * middle dot (B7, "ã") to a bullet operator.
 */
const TCVN3_ALIASES: Readonly<Record<string, string>> = {
  '\u03bc': 'à',
  '\u2212': 'ư',
  '\u2219': 'ã',
};

function buildTable(): Map<string, string> {
  const table = new Map<string, string>();
  for (const [first, letters] of TCVN3_ROWS) {
    [...letters].forEach((letter, i) => table.set(String.fromCharCode(first + i), letter));
  }
  for (const [from, to] of Object.entries(TCVN3_ALIASES)) table.set(from, to);
  return table;
}

/** Windows-1252 character (as Word/PDF hand it over) → Unicode letter. */
export const TCVN3_TABLE: ReadonlyMap<string, string> = buildTable();

/** Characters that only TCVN3 text has (the letters of the table, not the aliases). */
export const TCVN3_CODE_CHARS: ReadonlySet<string> = new Set([...TCVN3_TABLE.keys()].filter((k) => k.charCodeAt(0) <= 0xff));

/** "ư" typed twice ("t­­íng" for "tướng"): "ưư" is never Vietnamese, the font draws one over the other. */
const DOUBLED_U = /\u00AD{2,}/g;

export interface Tcvn3Options {
  /** The text is in an "H" font (.VnTimeH): every letter is drawn as a capital. */
  upperCase?: boolean;
}

/** Decode TCVN3 text to Unicode (NFC). ASCII and characters outside the table pass through. */
export function decodeTcvn3(text: string, opts: Tcvn3Options = {}): string {
  let out = '';
  for (const ch of text.replace(DOUBLED_U, '\u00AD')) out += TCVN3_TABLE.get(ch) ?? ch;
  if (opts.upperCase) out = out.toUpperCase();
  return out.normalize('NFC');
}
