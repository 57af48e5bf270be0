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
}

/** A first line is indented when it starts this many font sizes right of the left edge. */
const INDENT = 0.8;
/** A line ends short (ends a paragraph) when it stops this many font sizes before the right edge. */
const SHORT_END = 2.5;
/** Baselines further apart than this many usual pitches are separate paragraphs. */
const WIDE_GAP = 1.5;
/** A sentence end before a wrap: ". ; : ! ?" (closing quotes and brackets allowed after). */
const SENTENCE_END = /[.;:!?…]["”’»)]*$/u;

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
  return {
    left: xs0.length ? xs0[Math.floor(xs0.length * 0.1)] : 0,
    right,
    pitch: pitches.length ? median(pitches) : 0,
    justified: src.length >= 5 && atEdge >= src.length * 0.6,
  };
}

/** Both margins clearly open and about equal. */
export function isCentred(l: Line, m: BodyMetrics): boolean {
  const before = l.x0 - m.left;
  const after = m.right - l.x1;
  return before > l.size * 1.5 && after > l.size && Math.abs(before - after) < l.size * 3;
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
  if (isIndented(next, m) || endsShort(prev, m)) return false;
  if (m.justified && SENTENCE_END.test(prev.text) && prev.x1 < m.right - Math.max(2, prev.size * 0.3)) return false;
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
