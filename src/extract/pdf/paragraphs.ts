// Body lines → paragraphs: a new paragraph starts at an indented first line, a wide line gap,
// a change of font size or weight, after a short last line, or at a numbering marker.
import { parseMarker } from '../../model/markers.js';
import { median } from './lines.js';
import type { Line } from './types.js';

export interface BodyMetrics {
  /** Left text edge (continuation lines start here). */
  left: number;
  /** Right text edge (full lines end here). */
  right: number;
  /** Usual distance between consecutive baselines. */
  pitch: number;
  /** Full lines end exactly at the right edge (justified text): a sentence end short of it ends a paragraph. */
  justified?: boolean;
  /** Where indented first lines start, when most of them start at the same x. */
  indent?: number;
  /**
   * False when no full line is set with stretched spaces (a printer that places every word itself:
   * CV 8151/BNV-CCHC): a line set with natural spaces then says nothing about a paragraph end.
   */
  stretched?: boolean;
}

/** Centred text leaves both margins equal within this many font sizes (an indented short list item does not). */
const CENTRE_TOLERANCE = 1.5;
/** A first line is indented when it starts this many font sizes right of the left edge. */
const INDENT = 0.8;
/** A line ends short (ends a paragraph) when it stops this many font sizes before the right edge. */
const SHORT_END = 2.5;
/** Baselines further apart than this many usual pitches are separate paragraphs. */
const WIDE_GAP = 1.5;
/** A sentence end before a wrap: ". ; : ! ?" (closing quotes and brackets allowed after). */
const SENTENCE_END = /[.;:!?…]["”’»)]*$/u;
/** A justified line set with natural spaces (stretch 0) that stops more than this (points) short of the edge is a last line. */
const NATURAL_SLACK = 1.5;
/** A space stretched by more than this (ems) marks a justified line. */
const STRETCHED = 0.01;
/** An upper-case heading line cannot end on a joining word or dash: "KẾT QUẢ THỰC HIỆN NHIỆM VỤ GIÁO DỤC VÀ" / "ĐÀO TẠO …". */
const DANGLING_END = /(?:\s(?:VÀ|CỦA|VỚI|CHO|TRONG|VỀ|CÁC|NHỮNG|ĐỂ|TẠI|THEO|TỪ|ĐẾN|TRÊN|NĂM|GIAI ĐOẠN)|[-–,])$/u;

export function measureBody(lines: Line[], pageWidth: number): BodyMetrics {
  const longLines = lines.filter((l) => l.text.length > 40);
  const src = longLines.length ? longLines : lines;
  const xs0 = src.map((l) => l.x0).sort((a, b) => a - b);
  const xs1 = src.map((l) => l.x1).sort((a, b) => a - b);
  const pitches: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const d = lines[i].base - lines[i - 1].base;
    if (d > 0 && d < lines[i].size * 3) pitches.push(d);
  }
  const right = xs1.length ? xs1[Math.floor(xs1.length * 0.9)] : pageWidth;
  const atEdge = src.filter((l) => Math.abs(l.x1 - right) <= 1).length;
  const left = xs0.length ? xs0[Math.floor(xs0.length * 0.1)] : 0;
  const m: BodyMetrics = { left, right, pitch: pitches.length ? median(pitches) : 0, justified: src.length >= 5 && atEdge >= src.length * 0.6 };
  // Only a page of full lines none of which is stretched turns the natural-spaces signal off.
  if (m.justified && src.every((l) => (l.stretch ?? 1) <= STRETCHED)) m.stretched = false;
  const indent = commonIndent(lines, left);
  if (indent !== null) m.indent = indent;
  return m;
}

/** The x most indented lines start at (a paragraph's first-line indent), if at least three share it. */
function commonIndent(lines: Line[], left: number): number | null {
  const counts = new Map<number, number>();
  for (const l of lines) if (l.x0 > left + l.size * INDENT) counts.set(Math.round(l.x0), (counts.get(Math.round(l.x0)) ?? 0) + 1);
  let best: [number, number] | null = null;
  for (const e of counts) if (!best || e[1] > best[1]) best = e;
  return best && best[1] >= 3 ? best[0] : null;
}

/** Both margins clearly open and about equal. */
export function isCentred(l: Line, m: BodyMetrics): boolean {
  const before = l.x0 - m.left;
  const after = m.right - l.x1;
  // A line that starts at the first-line indent is a paragraph start: a numbered item, or one whose margins differ.
  if (m.indent !== undefined && Math.abs(l.x0 - m.indent) <= 1 && (Math.abs(before - after) > l.size * 0.5 || parseMarker(l.text))) return false;
  return before > l.size * 1.5 && after > l.size && Math.abs(before - after) < l.size * CENTRE_TOLERANCE;
}

function isUpper(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length > 0 && letters === letters.toLocaleUpperCase('vi');
}

export function isIndented(l: Line, m: BodyMetrics): boolean {
  return l.x0 > m.left + l.size * INDENT;
}

export function endsShort(l: Line, m: BodyMetrics): boolean {
  return l.x1 < m.right - l.size * SHORT_END;
}

/**
 * The last line of a paragraph: well short of the right edge; or, on a justified page, a sentence end
 * short of it, or a line set with natural (unstretched) spaces short of it — every other line of a
 * justified paragraph is stretched to the edge.
 */
export function endsParagraph(l: Line, m: BodyMetrics): boolean {
  if (endsShort(l, m)) return true;
  if (!m.justified) return false;
  const slack = m.right - l.x1;
  if (SENTENCE_END.test(l.text) && slack > Math.max(2, l.size * 0.3)) return true;
  return m.stretched !== false && l.stretch === 0 && slack > NATURAL_SLACK;
}

/** A bold upper-case heading wrapped after a joining word continues on the next bold upper-case line. */
function wrappedHeading(prev: Line, next: Line): boolean {
  return prev.bold && next.bold && isUpper(prev.text) && isUpper(next.text) && DANGLING_END.test(prev.text) && !parseMarker(next.text);
}

/** Does `next` continue the paragraph that ends with `prev`? */
export function continues(prev: Line, next: Line, m: BodyMetrics, samePage = true): boolean {
  if (Math.abs(prev.size - next.size) > 1) return false;
  if (samePage && m.pitch && next.base - prev.base > m.pitch * WIDE_GAP) return false;
  if (prev.bold !== next.bold && (isCentred(prev, m) || isCentred(next, m))) return false;
  const bothCentred = isCentred(prev, m) && isCentred(next, m);
  // "KẾ HOẠCH" above its centred subject line: the case change ends the kind line.
  if (bothCentred) return isUpper(prev.text) === isUpper(next.text);
  // A bold title wrapped over centred and full lines ("Kết luận của … / báo cáo về … / MTV …").
  if (prev.bold && next.bold && (isCentred(prev, m) || isCentred(next, m)) && !parseMarker(next.text)) {
    return isUpper(prev.text) === isUpper(next.text);
  }
  if (isCentred(prev, m) !== isCentred(next, m)) return false;
  if (wrappedHeading(prev, next)) return true;
  if (isIndented(next, m) || endsParagraph(prev, m)) return false;
  if (parseMarker(next.text) && (SENTENCE_END.test(prev.text) || prev.bold || next.bold)) return false;
  return true;
}

export function groupParagraphs(lines: Line[], m: BodyMetrics): Line[][] {
  const out: Line[][] = [];
  for (const l of lines) {
    const cur = out[out.length - 1];
    if (cur && continues(cur[cur.length - 1], l, m)) cur.push(l);
    else out.push([l]);
  }
  return out;
}
