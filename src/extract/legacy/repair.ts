// pdfjs drops the soft hyphen (U+00AD, a Unicode format character) from text content, and in a
// TCVN3 text layer that byte is the letter "ư": "b­íc" (bước) reaches us as "bíc". Where the
// syllable left behind cannot be Vietnamese, the "ư" is put back.

/** Initial consonants (a syllable may also start with its vowel). */
const INITIAL = '(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnprstvx])';
/**
 * Case-insensitive, for the "H" fonts too. "ơ" (any tone) before -ng, -c, -u only occurs as "ươ": "bíc" → "bước", "tr¬ng" → "trương",
 * "r­îu" → "rượu"; "ơng", "ớc", "ơu" are not Vietnamese.
 */
const LOST_U_BEFORE_O = new RegExp(`(?<![\\p{L}\\p{M}])(${INITIAL}?)([ơờởỡớợ])(?=(?:ng|c|u)(?![\\p{L}\\p{M}]))`, 'giu');
/** A consonant cluster + "ng" with no vowel at all: "hng" → "hưng", "nhng" is "những"'s toneless cousin. */
const LOST_U_BEFORE_NG = new RegExp(`(?<![\\p{L}\\p{M}])(${INITIAL})(ng)(?![\\p{L}\\p{M}])`, 'gu');
/**
 * A bare lower-case consonant word that is "tư", "như", "thư", "sư", "cư", "dư" without its vowel
 * ("đầu t vào", "nh sau"); not before a vowel, where an extractor split a word ("ch ỉ đạo").
 */
const LOST_U_WORD = /(?<![\p{L}\p{M}])(t|nh|th|s|c|d|ch|tr|ng)(?=[,;:.…]|[ \t]+[bcdđghklmnpqrstvxBCDĐGHKLMNPQRSTVX]|[ \t]*$)/gmu;
/**
 * Frequent words whose remains are not (or hardly ever, in official documents) Vietnamese words
 * themselves: "ngời" (người), "dới" (dưới), "lới" (lưới), "vợt" (vượt), "lợt" (lượt), "vơn" (vươn),
 * "u tiên" (ưu tiên), "lu ý" (lưu ý), "bu chính" (bưu chính), "hu trí" (hưu trí), "mu" (mưu);
 * "cha" is "chưa" (not yet) except in "cha mẹ", "cha con", "cha đẻ".
 */
const LOST_U_KNOWN: ReadonlyArray<readonly [RegExp, (w: string) => string]> = [
  [/(?<![\p{L}\p{M}])(?:ngời|dới|lới|vợt|lợt|vơn)(?![\p{L}\p{M}])/gu, (w) => `${w.slice(0, -2)}ư${w.slice(-2)}`],
  [/(?<![\p{L}\p{M}])(?:u|lu|bu|hu|mu)(?=[ \t]+\p{L}|[,;.])/gu, (w) => `${w.slice(0, -1)}ưu`],
  [/(?<![\p{L}\p{M}])[cC]ha(?![\p{L}\p{M}])(?![ \t]+(?:mẹ|con|đẻ)(?![\p{L}\p{M}]))/gu, (w) => `${w.slice(0, -1)}ưa`],
];

/** Put back the "ư"s a soft-hyphen-dropping extractor lost from decoded TCVN3 text. */
export function restoreDroppedU(text: string): string {
  let out = text
    .replace(LOST_U_BEFORE_O, (_, initial: string, o: string) => `${initial}${o === o.toLowerCase() ? 'ư' : 'Ư'}${o}`)
    .replace(LOST_U_BEFORE_NG, (_, initial: string, ng: string) => `${initial}ư${ng}`)
    .replace(LOST_U_WORD, (w: string) => `${w}ư`);
  for (const [re, restore] of LOST_U_KNOWN) out = out.replace(re, restore);
  return out;
}
