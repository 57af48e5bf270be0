// Text forms for matching: one normalised form that every keyword pattern is matched on, and a
// folded form (no diacritics) for the second pass over OCR text. Both keep the length of the NFC
// text, so an index found in them is an index into the document's own letters, which the output
// keeps as typed ("hoà", "uỷ", "Kê hoạch").

/** Tone marks as combining characters (NFD). */
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/u;

function moveTone(pair: string): string {
  // "oà" → "òa": the tone leaves the second vowel for the first; both are single NFC letters.
  const [first, second] = [...pair];
  const d = second.normalize('NFD');
  const tone = TONES.exec(d);
  if (!tone) return pair;
  const bare = d.replace(TONES, '').normalize('NFC');
  return `${(first + tone[0]).normalize('NFC')}${bare}`;
}

/**
 * The old tone placement on a final "oa", "oe", "uy" ("hoà", "khoẻ", "uỷ", "HOÀ") is moved to the
 * form the vocabulary is written in ("hòa", "khỏe", "ủy"). "qu" is a consonant ("quý" stays), and
 * a rhyme that goes on ("hoàn", "khuỷu") has only one placement.
 */
const OLD_TONE_RE = /(?<![qQ])([oO][àáảãạÀÁẢÃẠ]|[oO][èéẻẽẹÈÉẺẼẸ]|[uU][ỳýỷỹỵỲÝỶỸỴ])(?!\p{L}|\p{M})/gu;

/**
 * The last texts' forms: every line is tested against many patterns in a row (layout, closing, duty
 * tests), each asking for the same match form and folded form. Bounded; cleared when full.
 */
const MEMO_MAX = 4096;
const MATCH_FORMS = new Map<string, string>();
const FOLDED_FORMS = new Map<string, string>();

function remember(memo: Map<string, string>, key: string, value: string): string {
  if (memo.size >= MEMO_MAX) memo.clear();
  memo.set(key, value);
  return value;
}

/** NFC text with one tone placement: the form every vocabulary pattern is matched on. */
export function matchForm(s: string): string {
  const known = MATCH_FORMS.get(s);
  if (known !== undefined) return known;
  const nfc = s.normalize('NFC');
  return remember(MATCH_FORMS, s, OLD_TONE_RE.test(nfc) ? nfc.replace(OLD_TONE_RE, moveTone) : nfc);
}

const FOLD_CACHE = new Map<string, string>();

function foldChar(c: string): string {
  let f = FOLD_CACHE.get(c);
  if (f === undefined) {
    if (c === 'đ') f = 'd';
    else if (c === 'Đ') f = 'D';
    else {
      const base = c.normalize('NFD').replace(/\p{M}/gu, '');
      // Only letters that fold to one code unit are folded, so the length never changes.
      f = base.length === 1 ? base : c;
    }
    FOLD_CACHE.set(c, f);
  }
  return f;
}

/** Diacritics removed ("Kế hoạch" → "Ke hoach", "Đ" → "D"), the same length as the NFC input. */
export function fold(s: string): string {
  const known = FOLDED_FORMS.get(s);
  if (known !== undefined) return known;
  const nfc = s.normalize('NFC');
  // ASCII has nothing to fold.
  if (!/[^\x00-\x7F]/.test(nfc)) return remember(FOLDED_FORMS, s, nfc);
  let out = '';
  for (const c of nfc) out += c.length === 1 ? foldChar(c) : c;
  return remember(FOLDED_FORMS, s, out);
}

/** A pattern written in the vocabulary's letters, matched exactly first and folded second. */
export interface VocabPattern {
  /** Matches the match form (NFC, one tone placement). */
  exact: RegExp;
  /** The same pattern with its letters folded; matched on `fold(text)`. */
  folded: RegExp;
  /**
   * A cheap test every match of the pattern passes (words it cannot match without), exact and folded:
   * a text that fails it is not given to the pattern, which is then never compiled for it. A pattern
   * with Unicode classes (\p{L} word ends) costs ~0.1–0.3 ms to compile on first use, in every process.
   */
  hint?: { exact: RegExp; folded: RegExp };
}

export interface VocabMatch {
  /** The matched text as the document has it. */
  text: string;
  index: number;
  /** Groups, from the document's own letters. */
  groups: (string | undefined)[];
  /** True when only the folded (diacritic-free) pass matched: OCR-like text. */
  folded: boolean;
}

/**
 * Build both forms of a pattern from its source (letters in the pattern are folded too). `foldedSource`
 * replaces the folded form where folding alone would match ordinary words ("Số" folded is "So", as
 * in "Sở Y tế").
 */
export function vocab(source: string | RegExp, flags = 'u', foldedSource?: string): VocabPattern {
  const src = typeof source === 'string' ? source : source.source;
  const fl = typeof source === 'string' ? flags : source.flags;
  const clean = `${fl.replace(/[gyd]/g, '')}d`;
  return { exact: new RegExp(src, clean), folded: new RegExp(fold(foldedSource ?? src), clean) };
}

/**
 * The same pattern guarded by a hint (see VocabPattern.hint): an alternation of pieces, each of which
 * every alternative of the pattern contains, in the same flags — "trân\s+trọng" for "^Trân\s+trọng(?![\p{L}])"
 * and for "(?<![\p{L}])trân\s+trọng\s+cảm\s+ơn". Its folded form is folded the same way as the pattern's.
 */
export function hinted(p: VocabPattern, hint: string): VocabPattern {
  const flags = p.exact.flags.replace(/d/g, '');
  return { ...p, hint: { exact: new RegExp(hint, flags), folded: new RegExp(fold(hint), flags) } };
}

function groupsOf(m: RegExpExecArray, text: string): (string | undefined)[] {
  // The 'd' flag gives each group's indices: cut the groups out of the document's own text.
  const out: (string | undefined)[] = [];
  for (let g = 1; g < m.length; g++) {
    const at = m.indices?.[g];
    out.push(at ? text.slice(at[0], at[1]) : undefined);
  }
  return out;
}

/**
 * Match a vocabulary pattern on a text: exactly on its match form, and only when that fails on the
 * folded form (OCR text that dropped or swapped tone marks). Text is returned as the document has it.
 */
export function matchVocab(p: VocabPattern, text: string, opts: { fold?: boolean } = {}): VocabMatch | null {
  const nfc = text.normalize('NFC');
  const form = matchForm(nfc);
  const m = !p.hint || p.hint.exact.test(form) ? p.exact.exec(form) : null;
  if (m) return { text: nfc.slice(m.index, m.index + m[0].length), index: m.index, groups: groupsOf(m, nfc), folded: false };
  if (opts.fold === false) return null;
  const folded = fold(form);
  const f = !p.hint || p.hint.folded.test(folded) ? p.folded.exec(folded) : null;
  if (!f) return null;
  return { text: nfc.slice(f.index, f.index + f[0].length), index: f.index, groups: groupsOf(f, nfc), folded: true };
}

/** True when the pattern matches exactly or, failing that, folded. */
export function testVocab(p: VocabPattern, text: string, opts: { fold?: boolean } = {}): boolean {
  const form = matchForm(text);
  if ((!p.hint || p.hint.exact.test(form)) && p.exact.test(form)) return true;
  if (opts.fold === false) return false;
  const folded = fold(form);
  return (!p.hint || p.hint.folded.test(folded)) && p.folded.test(folded);
}
