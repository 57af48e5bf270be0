// Is a text layer real Vietnamese? An old OCR layer made with a non-Vietnamese model ("uY BAN NgAN
// nAN", "56:]+9-} /TB-LIBND") is not empty but must not be trusted. Three shares over its words:
// real Vietnamese syllables (onset + rhyme, sane letter case), words with Vietnamese diacritics,
// and very common Vietnamese words.

/** Onset consonants + vowel nucleus + final consonant, on the tone- and mark-folded lower-case word. */
const SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?(?:[aeiouy]{1,3})(?:ch|nh|ng|[cmnpt])?$/u;
/** Letters only Vietnamese (among Latin-script languages in these files) writes. */
const VIET_LETTER = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/iu;
/** Latin letters with marks Vietnamese never writes (Ø Æ Ç Ë Ñ Ü ß ¿…): a legacy-encoded layer read as Latin-1. */
const FOREIGN_LETTER = /[\u00C0-\u024F]/u;
const VIET_MARKED = /^[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]$/u;
/** Lower case, Capitalised or ALL CAPS: "NgAN", "uY", "nAN" are none of these. */
const SANE_CASE = /^(?:\p{Ll}+|\p{Lu}\p{Ll}*|\p{Lu}+)$/u;
/** The most frequent words of administrative Vietnamese. */
const COMMON = new Set(
  'của và các có được cho trong với là để theo về những này một người không đã trên tại năm ngày tháng số thực hiện công tác nhân dân ủy ban tỉnh huyện xã nội dung kế hoạch quyết định thông báo việc đơn vị cơ quan chỉ đạo trách nhiệm phối hợp triển khai báo cáo nhà nước chính phủ thủ tướng'.split(' '),
);

export interface TextScore {
  /** Letter words read. */
  words: number;
  syllables: number;
  diacritics: number;
  common: number;
  /** Words with a Latin letter Vietnamese does not use, or a symbol inside the word ("H(AVIÆT", "nm¡"). */
  foreign: number;
}

export function fold(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/gu, 'd').toLowerCase();
}

export function scoreText(text: string): TextScore {
  const nfc = text.normalize('NFC');
  const words = nfc.match(/[\p{L}\p{M}]+/gu) ?? [];
  let syllables = 0;
  let diacritics = 0;
  let common = 0;
  let foreign = 0;
  for (const tok of nfc.split(/\s+/u)) {
    const lower = tok.toLowerCase();
    const marked = FOREIGN_LETTER.test(lower) && [...lower].some((c) => FOREIGN_LETTER.test(c) && !VIET_MARKED.test(c));
    if (marked || /\p{L}[¡¿()\]\[{}|]+\p{L}/u.test(tok)) foreign++;
  }
  // A page repeats its words: each distinct word is judged once.
  const seen = new Map<string, number>();
  for (const w of words) {
    let bits = seen.get(w);
    if (bits === undefined) {
      const lower = w.toLowerCase();
      bits = (SANE_CASE.test(w) && SYLLABLE.test(fold(w)) ? 1 : 0) | (VIET_LETTER.test(lower) ? 2 : 0) | (COMMON.has(lower) ? 4 : 0);
      seen.set(w, bits);
    }
    syllables += bits & 1;
    diacritics += (bits >> 1) & 1;
    common += (bits >> 2) & 1;
  }
  return { words: words.length, syllables, diacritics, common, foreign };
}

/**
 * A trustworthy Vietnamese text layer: no letters foreign to Vietnamese, a fair share of words with
 * marks (running Vietnamese has 60–90 %; a layer read by an English model has almost none), most
 * words syllables. Too few words to judge → trusted (a page with a title only is not garbage).
 */
export function isVietnameseText(s: TextScore): boolean {
  if (s.words < 12) return s.words === 0 || s.syllables / s.words >= 0.6;
  const share = (n: number) => n / s.words;
  // Mojibake of a legacy encoding: letters no Vietnamese word has.
  if (share(s.foreign) >= 0.03) return false;
  // An old OCR layer made by a non-Vietnamese model: no marks and few syllables. (Technical tables
  // mixing English terms with Vietnamese — server specifications — keep 40 % marked words.)
  if (share(s.diacritics) < 0.1 && share(s.syllables) < 0.6) return false;
  return share(s.syllables) >= 0.35;
}
