// Positioned items → lines (shared baseline, ordered by x) with words and spaces rebuilt from gaps;
// superscript digits become footnote references instead of sticking to the word before them.
import { repairSplitSyllables } from './spaces.js';
import { bottom, top, type Line, type PdfItem } from './types.js';

/** Two items share a line when their vertical extents overlap by this share of the smaller one. */
const SAME_LINE_OVERLAP = 0.5;
/** A gap wider than this share of the font size is a space between words. */
const SPACE_GAP = 0.15;
/** A gap wider than this many font sizes splits a line into separate column segments. */
export const SEGMENT_GAP = 2.5;
/** A footnote reference mark: "1", "12", "*", "**". */
const REF_MARK = /^\s*(\d{1,2}|\*{1,3})\s*$/;

function overlap(a: PdfItem, b: PdfItem): number {
  const lo = Math.max(top(a), top(b));
  const hi = Math.min(bottom(a), bottom(b));
  return (hi - lo) / Math.min(a.size, b.size);
}

/** The OCR paragraph of a line key "block/par/line". */
const parOf = (k: string) => k.slice(0, k.lastIndexOf('/'));

/** An OCR word of a line the engine told apart from one already in the group, inside the same paragraph ("Nơi nhận:" over "- Như trên;" under a tall signer line). */
function ocrApart(group: { items: PdfItem[] }, it: PdfItem): boolean {
  if (!it.ocrLine) return false;
  const par = parOf(it.ocrLine);
  return group.items.some((g) => g.ocrLine && g.ocrLine !== it.ocrLine && parOf(g.ocrLine) === par);
}

/** Group items into lines, top to bottom. */
export function buildLines(items: PdfItem[]): Line[] {
  const sorted = [...items].sort((a, b) => a.base - b.base || a.x0 - b.x0);
  const groups: { rep: PdfItem; items: PdfItem[] }[] = [];
  for (const it of sorted) {
    // Look back a few lines: a superscript or a slightly lower run may belong to a recent one.
    let home: { rep: PdfItem; items: PdfItem[] } | undefined;
    for (let k = groups.length - 1; k >= Math.max(0, groups.length - 3); k--) {
      if (ocrApart(groups[k], it)) continue;
      if (overlap(groups[k].rep, it) > SAME_LINE_OVERLAP) {
        home = groups[k];
        break;
      }
    }
    if (home) {
      home.items.push(it);
      if (it.size > home.rep.size) home.rep = it;
    } else groups.push({ rep: it, items: [it] });
  }
  return groups.map((g) => makeLine(g.items)).sort((a, b) => a.base - b.base);
}

/** Split a line at wide gaps into column segments (header/closing columns, stamps beside text). */
export function splitSegments(line: Line): Line[] {
  const parts: PdfItem[][] = [];
  let cur: PdfItem[] = [];
  for (const it of line.items) {
    const prev = cur[cur.length - 1];
    if (prev && it.x0 - prev.x1 > SEGMENT_GAP * Math.max(prev.size, it.size)) {
      parts.push(cur);
      cur = [];
    }
    cur.push(it);
  }
  if (cur.length) parts.push(cur);
  return parts.length === 1 ? [line] : parts.map(makeLine);
}

function isLetter(ch: string): boolean {
  return /\p{L}/u.test(ch);
}

function isDigit(ch: string): boolean {
  return /\d/.test(ch);
}

/** How many UTF-16 units of `s` are not white space (`s.replace(/\s/g, '').length`, without the copy). */
function inkLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x20 && c < 0x7f) n++;
    else if (c !== 0x20 && !(c >= 0x09 && c <= 0x0d) && !(c >= 0x7f && WHITE_CHAR.test(s[i]))) n++;
  }
  return n;
}
const WHITE_CHAR = /^\s$/;

export function makeLine(items: PdfItem[]): Line & { leadingRef?: string } {
  const its = [...items].sort((a, b) => a.x0 - b.x0);
  let size = -Infinity;
  for (const i of its) if (i.size > size) size = i.size;
  const main = its.filter((i) => i.size >= size * 0.8);
  const base = median(main.map((i) => i.base));
  const refs: string[] = [];
  let leadingRef: string | undefined;
  let text = '';
  let prev = null as PdfItem | null;
  let boldChars = 0;
  let chars = 0;
  for (const it of its) {
    const raised = base - it.base > size * 0.15;
    if (it.size < size * 0.8 && raised && REF_MARK.test(it.str)) {
      const mark = it.str.trim();
      if (!text.trim()) leadingRef = mark;
      else refs.push(mark);
      // Measure the next gap from the mark: "chức⁶." stays "chức." without a stray space.
      if (prev) prev = { ...prev, x1: it.x1 };
      continue;
    }
    if (prev) {
      const gap = it.x0 - prev.x1;
      const a = text.slice(-1);
      const b = it.str.charAt(0);
      const typed = (prev.annotation || it.annotation) && ((isLetter(a) && isDigit(b)) || (isDigit(a) && isLetter(b)));
      if ((gap > SPACE_GAP * Math.min(prev.size, it.size) || typed) && a !== ' ' && b !== ' ') text += ' ';
    }
    text += it.str;
    const n = inkLength(it.str);
    chars += n;
    if (it.bold) boldChars += n;
    prev = it;
  }
  let x0 = Infinity;
  let x1 = -Infinity;
  let lineTop = Infinity;
  let lineBottom = -Infinity;
  for (const i of its) {
    if (i.x0 < x0) x0 = i.x0;
    if (i.x1 > x1) x1 = i.x1;
    const t = top(i);
    const b = bottom(i);
    if (t < lineTop) lineTop = t;
    if (b > lineBottom) lineBottom = b;
  }
  const line: Line & { leadingRef?: string } = {
    items: its,
    text: repairSplitSyllables(text.replace(/\s+/g, ' ').trim()),
    x0,
    x1,
    base,
    top: lineTop,
    bottom: lineBottom,
    size: median(main.map((i) => i.size)),
    bold: chars > 0 && boldChars / chars > 0.6,
    fonts: [...new Set(its.map((i) => i.font))],
    refs,
  };
  if (leadingRef) line.leadingRef = leadingRef;
  const measured = its.filter((i) => i.spaces);
  if (measured.length) line.stretch = Math.max(...measured.map((i) => i.stretch ?? 0));
  const last = its.reduce((a, b) => (b.x1 > a.x1 ? b : a));
  if (last.spaceAfter) line.spaceAfter = true;
  return line;
}

export function median(xs: number[]): number {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** "Thông tư số 19/2018/TT-" + "BGDĐT", "2023-" + "2024": a code or range broken after its hyphen is joined without a space. */
const CODE_HYPHEN_END = /[\p{Lu}\d]-$/u;
/** …when the next line goes on with a capital or a digit. */
const CODE_CONTINUES = /^[\p{Lu}\d]/u;
/** "https://api-" + "hssk.hanoi.gov.vn": an address broken after a hyphen. */
const URL_HYPHEN_END = /(?:https?:\/\/|www\.)\S*-$/u;
/** What can go on after a word broken mid-way: a letter, a digit or address punctuation — not a list dash. */
const WORD_GOES_ON = /^(?![-–+•]\s)[\p{L}\d./:_%#?=&-]/u;

/** Join wrapped lines of one paragraph or cell (text only: no drawn-space or width evidence). */
export function joinLines(texts: string[]): string {
  let out = '';
  for (const t of texts) {
    if (!t) continue;
    out += out && !(CODE_HYPHEN_END.test(out) && CODE_CONTINUES.test(t)) ? ` ${t}` : t;
  }
  return out;
}

/** The inner left/right edges of a table cell (its rules); text keeps the same padding on both sides. */
export interface CellEdges {
  left: number;
  right: number;
}

/**
 * A word longer than its cell is broken where the cell ends ("Kubernete" / "s master", "https://hssk.hanoi" /
 * ".gov.vn"): the line is one token, no space is drawn after it, and the next glyph would not have fitted.
 */
export function brokenInWord(a: Line, b: Line, cell: CellEdges): boolean {
  if (a.spaceAfter || /\s/u.test(a.text) || !WORD_GOES_ON.test(b.text) || !/[\p{L}\d./_-]$/u.test(a.text)) return false;
  const first = b.items[0];
  const glyph = first && first.str.length ? (first.x1 - first.x0) / first.str.length : b.size * 0.5;
  const padding = Math.max(0, a.x0 - cell.left);
  return a.x1 + glyph > cell.right - padding;
}

/** Join wrapped lines with what the page shows: a drawn space at the end of a line, a word broken in a cell. */
export function joinLineTexts(lines: Line[], cell?: CellEdges): string {
  let out = '';
  let prev: Line | null = null;
  for (const l of lines) {
    if (!l.text) continue;
    let glue = out ? ' ' : '';
    if (prev && !prev.spaceAfter) {
      if ((CODE_HYPHEN_END.test(out) && CODE_CONTINUES.test(l.text)) || URL_HYPHEN_END.test(prev.text)) glue = '';
      else if (cell && brokenInWord(prev, l, cell)) glue = '';
    }
    out += glue + l.text;
    prev = l;
  }
  return out;
}
