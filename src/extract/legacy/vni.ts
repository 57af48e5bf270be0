// VNI (VNI-Times, VNI-Helve …, the "VNI for Windows" encoding) → Unicode. A toned vowel is a base
// letter followed by a code character that the font draws as the marks over it: "a" + "ù" is "á",
// "a" + "á" is "ấ" (circumflex and acute in one code), "ö" alone is "ư". Word and PDF text layers
// store the codes as Windows-1252 characters, so "Ñoäc laäp" is "Độc lập".

const ACUTE = '\u0301';
const GRAVE = '\u0300';
const HOOK = '\u0309';
const TILDE = '\u0303';
const DOT = '\u0323';
const CIRCUMFLEX = '\u0302';
const BREVE = '\u0306';
const HORN = '\u031b';

/** What a code character adds to the vowel before it. */
type ModifierKind =
  | 'tone' // any vowel without a tone yet
  | 'circumflex' // a, e, o without a vowel mark: â ê ô, optionally with a tone
  | 'breve' // a without a vowel mark: ă, optionally with a tone
  | 'y-dot'; // ỵ is written with its own code

interface Modifier {
  kind: ModifierKind;
  marks: string;
}

/**
 * Code characters that follow a vowel, written from the VNI for Windows code chart. Lower- and
 * upper-case codes mean the same marks (typists pair them with the case of the letter).
 */
const VNI_MODIFIERS: ReadonlyArray<readonly [string, string, ModifierKind, string]> = [
  // lower, upper, kind, combining marks
  ['ù', 'Ù', 'tone', ACUTE],
  ['ø', 'Ø', 'tone', GRAVE],
  ['û', 'Û', 'tone', HOOK],
  ['õ', 'Õ', 'tone', TILDE],
  ['ï', 'Ï', 'tone', DOT],
  ['î', 'Î', 'y-dot', DOT],
  ['â', 'Â', 'circumflex', CIRCUMFLEX],
  ['á', 'Á', 'circumflex', CIRCUMFLEX + ACUTE],
  ['à', 'À', 'circumflex', CIRCUMFLEX + GRAVE],
  ['å', 'Å', 'circumflex', CIRCUMFLEX + HOOK],
  ['ã', 'Ã', 'circumflex', CIRCUMFLEX + TILDE],
  ['ä', 'Ä', 'circumflex', CIRCUMFLEX + DOT],
  ['ê', 'Ê', 'breve', BREVE],
  ['é', 'É', 'breve', BREVE + ACUTE],
  ['è', 'È', 'breve', BREVE + GRAVE],
  ['ú', 'Ú', 'breve', BREVE + HOOK],
  ['ü', 'Ü', 'breve', BREVE + TILDE],
  ['ë', 'Ë', 'breve', BREVE + DOT],
];

/** Code characters that are a letter on their own (ơ, ư, đ and the toned i's). */
const VNI_LETTERS: ReadonlyArray<readonly [string, string]> = [
  ['ô', 'o' + HORN], ['Ô', 'O' + HORN],
  ['ö', 'u' + HORN], ['Ö', 'U' + HORN],
  ['ñ', 'đ'], ['Ñ', 'Đ'],
  ['æ', 'i' + HOOK], ['Æ', 'I' + HOOK],
  ['ó', 'i' + TILDE], ['Ó', 'I' + TILDE],
  ['ò', 'i' + DOT], ['Ò', 'I' + DOT],
  ['ì', 'i' + GRAVE], ['Ì', 'I' + GRAVE],
  ['í', 'i' + ACUTE], ['Í', 'I' + ACUTE],
];

const MODIFIERS: ReadonlyMap<string, Modifier> = new Map(
  VNI_MODIFIERS.flatMap(([lower, upper, kind, marks]) => [
    [lower, { kind, marks }],
    [upper, { kind, marks }],
  ]),
);
const LETTERS: ReadonlyMap<string, string> = new Map(VNI_LETTERS);

/** Plain vowels that start a syllable nucleus and can take marks. */
const VOWEL = /^[aeiouyAEIOUY]$/;
const TONES = new Set([ACUTE, GRAVE, HOOK, TILDE, DOT]);
const VOWEL_MARKS = new Set([CIRCUMFLEX, BREVE, HORN]);

/** Characters that only VNI text has: the modifier codes and the stand-alone letter codes. */
export const VNI_CODE_CHARS: ReadonlySet<string> = new Set([...MODIFIERS.keys(), ...LETTERS.keys()]);

/** The text starts with a code that belongs to the vowel before it (a run split inside a syllable). */
export function startsWithVniModifier(text: string): boolean {
  return text.length > 0 && MODIFIERS.has(text[0]);
}

/** Whether code `m` can follow the vowel `base` (a letter with the marks collected so far). */
function accepts(base: string, marks: string, m: Modifier): boolean {
  const hasTone = [...marks].some((c) => TONES.has(c));
  const hasVowelMark = [...marks].some((c) => VOWEL_MARKS.has(c));
  const b = base.toLowerCase();
  switch (m.kind) {
    case 'tone':
      return !hasTone;
    case 'y-dot':
      return b === 'y' && !hasTone;
    case 'circumflex':
      return (b === 'a' || b === 'e' || b === 'o') && !hasVowelMark && !hasTone;
    case 'breve':
      return b === 'a' && !hasVowelMark && !hasTone;
  }
}

/** Decode VNI text to Unicode (NFC). Characters that are not VNI codes pass through. */
export function decodeVni(text: string): string {
  const chars = [...text];
  let out = '';
  let i = 0;
  while (i < chars.length) {
    const ch = chars[i];
    const letter = LETTERS.get(ch);
    let base: string;
    let marks = '';
    if (letter !== undefined) {
      base = letter[0];
      marks = letter.slice(1);
    } else if (VOWEL.test(ch)) {
      base = ch;
    } else {
      out += ch;
      i++;
      continue;
    }
    i++;
    // A vowel takes at most a vowel mark and a tone, each from the code right after it.
    while (i < chars.length) {
      const m = MODIFIERS.get(chars[i]);
      if (!m || !accepts(base, marks, m)) break;
      marks += m.marks;
      i++;
    }
    out += base + marks;
  }
  return out.normalize('NFC');
}
