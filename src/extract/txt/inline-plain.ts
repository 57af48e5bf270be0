// The inline markup of one line read without a Markdown parser, for the lines whose markup is
// unambiguous: ***bold italic***, **bold** and *italic* spans that do not nest, <p>/<br>/<sup>n</sup>
// tags, a "&" that starts no character reference, "[…]" that is no link. Every other line (a "_",
// "`", "\", a link or image, an entity, any other "<", "*" runs that do not pair up) gets `null`:
// the remark reader
// (inline-remark.ts) reads it. test/txt/inline-plain.test.ts checks that both readers agree on
// every line of the seeds and the corpus.
import type { InlineResult } from './inline-remark.js';

/** Characters the plain reader never interprets: the line goes to remark. */
const HARD = /[_`\\]|&(?:#[xX]?)?[A-Za-z0-9]+;|\*{4,}|\]\(|\]\[|!\[/;
/** The only tags read here, as remark's walker reads them (inline-remark.ts). */
const TAG = /^<(\/?)(p|br|div|sup)>/i;
const LETTERS = /[^\p{L}\p{N}]/gu;

type Side = 'space' | 'punct' | 'word' | 'other';

/** CommonMark's classes of the character beside a delimiter run (start and end of line: space). */
function side(ch: string | undefined): Side {
  if (ch === undefined || ch === ' ' || ch === '\t') return 'space';
  if (/^[\p{L}\p{N}]$/u.test(ch)) return 'word';
  // ASCII punctuation and Unicode P (punctuation in every CommonMark version); symbols (S) vary.
  if (/^[!-/:-@[-`{-~]$/.test(ch) || /^\p{P}$/u.test(ch)) return 'punct';
  return 'other';
}

interface Piece {
  text: string;
  bold: boolean;
  italic: boolean;
}

/** The line's inline reading, or null when only the Markdown parser can say what it means. */
export function readInlinePlain(line: string): InlineResult | null {
  if (HARD.test(line)) return null;
  const pieces: Piece[] = [];
  const supMarks: string[] = [];
  let text = '';
  let bold = false;
  let italic = false;
  let open = 0; // length of the open delimiter run, 0 when none
  let sup: string | null = null;
  const flush = () => {
    if (text) pieces.push({ text, bold, italic });
    text = '';
  };
  for (let i = 0; i < line.length; ) {
    const c = line[i];
    if (c === '<') {
      const m = TAG.exec(line.slice(i));
      if (!m) return null;
      const [, close, name] = m;
      const tag = name.toLowerCase();
      if (tag === 'sup') {
        if (close ? sup === null : sup !== null) return null;
        if (!close) {
          flush();
          sup = '';
        } else {
          if (sup!.trim()) supMarks.push(sup!.trim());
          sup = null;
        }
      } else {
        if (sup !== null) return null;
        text += ' ';
      }
      i += m[0].length;
      continue;
    }
    if (c === '*') {
      if (sup !== null) return null;
      let j = i;
      while (line[j] === '*') j++;
      const run = j - i;
      const before = side(i === 0 ? undefined : line[i - 1]);
      const after = side(line[j]);
      if (before === 'other' || after === 'other') return null;
      const left = after !== 'space' && (after !== 'punct' || before !== 'word');
      const right = before !== 'space' && (before !== 'punct' || after !== 'word');
      if (!left && !right) {
        text += line.slice(i, j);
      } else if (left && !(right && open)) {
        // An opener (a run that could also close, with nothing open, opens: remark agrees when the
        // next run closes it with the same length). Three opens bold and italic at once.
        if (open || (right && run === 3)) return null;
        flush();
        open = run;
        bold = run >= 2;
        italic = run !== 2;
      } else {
        if (open !== run) return null;
        flush();
        open = 0;
        bold = false;
        italic = false;
      }
      i = j;
      continue;
    }
    if (sup !== null) sup += c;
    else text += c;
    i++;
  }
  // An opener without its closer, or a <sup> never closed: remark decides what they are.
  if (open || sup !== null) return null;
  flush();
  let letters = 0;
  let boldLetters = 0;
  let italicLetters = 0;
  for (const p of pieces) {
    const n = p.text.replace(LETTERS, '').length;
    letters += n;
    if (p.bold) boldLetters += n;
    if (p.italic) italicLetters += n;
  }
  return {
    text: pieces.map((p) => p.text).join('').replace(/\s+/g, ' ').trim(),
    bold: letters > 0 && boldLetters >= letters,
    italic: letters > 0 && italicLetters >= letters,
    supMarks,
  };
}
