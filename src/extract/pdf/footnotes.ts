// Footnotes at the page bottom: smaller text under a short rule, each starting with its mark; the
// lines before the first mark go on with the note the page before left open (`continued`).
import type { Line, Segment } from './types.js';

/** A footnote separator is shorter than this share of the text width. */
const RULE_MAX_SHARE = 0.5;
/** The continuation separator spans the text width (a little more with rounding). */
const CONTINUATION_RULE_MAX_SHARE = 1.05;
/** Footnote text is smaller than the body by at least this factor. */
const SMALLER = 0.92;
/** "1 Công nhận …" when the mark is not raised: a number, then the text. */
const PLAIN_MARK = /^(\d{1,2}|\*{1,3})\s+(?=\S)/u;

/** "2" after "1", "**" after "*": the mark that may follow `prev`. */
export function nextInSequence(prev: string, mark: string): boolean {
  if (/^\d+$/u.test(prev) && /^\d+$/u.test(mark)) return Number(mark) === Number(prev) + 1;
  if (/^\*+$/u.test(prev) && /^\*+$/u.test(mark)) return mark.length === prev.length + 1;
  return !/^\d+$/u.test(prev) || !/^\d+$/u.test(mark);
}

export interface Footnote {
  /** The mark; "" for the rest of a note begun on the page before (`continued`). */
  mark: string;
  lines: Line[];
  /** The lines under the rule before the page's first mark: the previous page's last note goes on. */
  continued?: boolean;
}

type MarkedLine = Line & { leadingRef?: string };

/** "xuất khẩu được lợi về giá là gạo …": a footnote line that goes on with a sentence begun before. */
const CONTINUES_SENTENCE = /^[\p{Ll}(,;–-]/u;

/**
 * Under a rule the first small line has no mark: the rest of the previous page's last note when it
 * goes on with a sentence (lower case) or a marked note follows it in the same small block
 * (KH 2005 of the Government, page 14: "xuất khẩu được lợi về giá là gạo …" of note 21, then 22–24).
 */
function continuesNote(rest: Line[], bodySize: number): boolean {
  if (!rest.length || !rest.every((l) => l.size < bodySize * SMALLER)) return false;
  const first = rest[0]!;
  return CONTINUES_SENTENCE.test(first.text) || rest.slice(1).some((l) => (l as MarkedLine).leadingRef !== undefined);
}

/** Split off the footnote lines at the bottom of a page's body lines. */
export function splitFootnotes(lines: Line[], hRules: Segment[], bodySize: number, textWidth: number, height: number): { body: Line[]; notes: Footnote[] } {
  // Word draws the separator short, and the continuation separator of a note carried over from the
  // page before across the whole text width (KH 2005, page 14: 440 of 440 pt).
  const rules = hRules
    .filter((r) => r.x1 - r.x0 < textWidth * CONTINUATION_RULE_MAX_SHARE && r.y0 > height * 0.4)
    .sort((a, b) => a.y0 - b.y0);
  let cut = -1;
  for (const r of rules) {
    const below = lines.findIndex((l) => l.top >= r.y0 - 1);
    if (below < 0) continue;
    const rest = lines.slice(below);
    const first = rest[0] as MarkedLine;
    const short = r.x1 - r.x0 < textWidth * RULE_MAX_SHARE;
    // Under a rule a raised mark is enough; a plain "1 …" needs the smaller footnote size too.
    const small = rest.every((l) => l.size < bodySize * SMALLER);
    if ((short && (first.leadingRef || (small && PLAIN_MARK.test(first.text)))) || continuesNote(rest, bodySize)) {
      cut = below;
      break;
    }
  }
  if (cut < 0) {
    // No rule: trailing small lines that start with a raised mark.
    let i = lines.length;
    while (i > 0 && lines[i - 1].size < bodySize * SMALLER) i--;
    const first = lines[i] as MarkedLine | undefined;
    if (i > 0 && i < lines.length && first?.leadingRef) cut = i;
  }
  if (cut < 0) return { body: lines, notes: [] };
  const notes: Footnote[] = [];
  for (const l of lines.slice(cut)) {
    const lr = (l as MarkedLine).leadingRef;
    // "10 giải Ba …" at the start of a wrapped line is text, not the next mark: a plain number
    // opens a note only as the next one in sequence (or as the page's first).
    const plainAt = lr ? null : PLAIN_MARK.exec(l.text);
    const plain = plainAt && (!notes.length || nextInSequence(notes[notes.length - 1].mark, plainAt[1])) ? plainAt : null;
    if (lr || plain || !notes.length) {
      const mark = lr ?? plain?.[1] ?? '';
      const text = plain ? l.text.slice(plain[0].length) : l.text;
      notes.push({ mark, lines: [{ ...l, text }], ...(mark ? {} : { continued: true }) });
    } else notes[notes.length - 1].lines.push(l);
  }
  return { body: lines.slice(0, cut), notes };
}
