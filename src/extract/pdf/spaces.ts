// Some printers (Foxit) position toned vowels so that pdfjs sees a gap inside a syllable and
// inserts a space: "Thờ i hạ n giả i quyế t". Repaired only inside runs that show the symptom.

/** A lowercase consonant-only fragment after a letter can never be a Vietnamese word: "hạ n", "cá ch". */
export const ORPHAN_FINAL = /(\p{L}) ([bcdđghklmnpqrstvx]{1,2})(?=$|[\s,.;:)!?])/u;
/** Vowels carrying a tone mark (sắc, huyền, hỏi, ngã, nặng), any base vowel. */
const TONED = /[áàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]/iu;
/** One Vietnamese syllable: initial consonants, one to three vowels, an optional final. */
const SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?[aăâeêioôơuưyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]{1,3}(?:ch|ng|nh|[cmnpt])?$/iu;

function oneTone(s: string): boolean {
  return [...s].filter((c) => TONED.test(c)).length <= 1;
}

/** A token that is only a final consonant cluster ("ng", "n", "ch"): never a word on its own. */
const ONLY_FINAL = /^(?:ch|ng|nh|[cmnpt])(?=$|[,.;:)!?])/u;

/** "Tru ng ương" → "Trung": a lone final cluster joins the letters before it when that makes one syllable. */
function joinsFinal(a: string, b: string): boolean {
  const tail = /\p{L}+$/u.exec(a)?.[0] ?? '';
  const head = ONLY_FINAL.exec(b)?.[0] ?? '';
  return Boolean(tail && head && /^\p{L}+$/u.test(b.replace(/[,.;:)!?]+$/u, '')) && SYLLABLE.test(tail + head) && oneTone(tail + head));
}

/** Would joining these two tokens make one syllable (the first ending in a toned vowel)? */
function joinsToned(a: string, b: string): boolean {
  const tail = /\p{L}+$/u.exec(a)?.[0] ?? '';
  const head = /^\p{Ll}+/u.exec(b)?.[0] ?? '';
  if (!tail || !head || !TONED.test(tail.slice(-1))) return false;
  const merged = tail + head;
  return SYLLABLE.test(merged) && oneTone(merged);
}

/** The first letters of ORPHAN_FINAL's fragment (b c d đ g h k l m n p q r s t v x), by char code. */
const FINAL_START = new Set([...'bcdđghklmnpqrstvx'].map((c) => c.charCodeAt(0)));

/** A space followed by a final consonant: what ORPHAN_FINAL needs, found with indexOf (most runs have none). */
function mayHaveOrphan(str: string): boolean {
  for (let i = str.indexOf(' '); i >= 0; i = str.indexOf(' ', i + 1)) if (i > 0 && FINAL_START.has(str.charCodeAt(i + 1))) return true;
  return false;
}

/** Remove the spaces pdfjs put inside syllables of a run that shows orphan finals. */
export function repairSplitSyllables(str: string): string {
  if (!mayHaveOrphan(str) || !ORPHAN_FINAL.test(str)) return str;
  const out: string[] = [];
  for (const tok of str.split(' ')) {
    const prev = out[out.length - 1];
    if (prev !== undefined && (joinsToned(prev, tok) || joinsFinal(prev, tok) || (/\p{L}$/u.test(prev) && /^[,.;:)]/.test(tok)))) out[out.length - 1] = prev + tok;
    else out.push(tok);
  }
  return out.join(' ');
}
