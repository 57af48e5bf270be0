// Footnotes in converted text: bodies are lines that start with a mark ("¹ Công nhận…",
// "<sup>2</sup> Quyết định 3083/QĐ-UBND…"); references are superscripts inside running text.

const SUPERSCRIPT_DIGITS: Record<string, string> = {
  '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9',
};
/** "¹ Công nhận trường Mầm non…" — a superscript mark opening the line. */
const UNICODE_BODY = /^([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s*(.*)$/su;
/** "<sup>1</sup> **Mầm non** 18 trường…" */
const SUP_BODY = /^<sup>\s*(\d{1,3}|\*)\s*<\/sup>\s*/i;
/** "quốc gia¹." — superscript digits glued to a word or punctuation; not "m²" (square metres). */
const UNICODE_REF = /(?<![\s⁰¹²³⁴⁵⁶⁷⁸⁹]|(?:\b(?:k|c|d)?m))([⁰¹²³⁴⁵⁶⁷⁸⁹]+)/gu;

export function superscriptToDigits(s: string): string {
  return [...s].map((c) => SUPERSCRIPT_DIGITS[c] ?? c).join('');
}

/** The footnote body on this line, or null. `inlineText` is the line with markup already stripped. */
export function parseFootnoteBody(raw: string, inlineText: string): { mark: string; text: string } | null {
  const sup = SUP_BODY.exec(raw);
  if (sup) return { mark: sup[1], text: inlineText };
  const uni = UNICODE_BODY.exec(inlineText);
  if (uni && uni[2].trim()) return { mark: superscriptToDigits(uni[1]), text: uni[2] };
  return null;
}

/** Remove superscript footnote marks from running text and return them in order. */
export function extractSuperscriptRefs(text: string): { text: string; marks: string[] } {
  const marks: string[] = [];
  const out = text.replace(UNICODE_REF, (_m, digits: string) => {
    marks.push(superscriptToDigits(digits));
    return '';
  });
  return { text: out, marks };
}
