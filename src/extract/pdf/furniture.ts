// Page furniture: page numbers (a lone number centred at the top or bottom of the page, also when
// it sits over a table) and running headers/footers repeated on most pages.
import type { Line } from './types.js';

/** "2", "- 2 -", "Trang 2", "2/12" */
export const PAGE_NUMBER = /^(?:Trang\s+)?[-–]?\s*\d{1,3}\s*(?:[-–]|\/\s*\d{1,3})?$/iu;
/** Page number lines sit within this share of the page height from the top or bottom edge. */
const EDGE_BAND = 0.14;
/** …and their centre within this share of the page width from the page centre. */
const CENTRE_BAND = 0.12;
/** A running header/footer appears on at least this share of pages (and on 3 or more). */
const RUNNING_SHARE = 0.6;

export function isPageNumberLine(line: Line, width: number, height: number, isFirst: boolean, isLast: boolean): boolean {
  if (!PAGE_NUMBER.test(line.text)) return false;
  const centre = (line.x0 + line.x1) / 2;
  if (Math.abs(centre - width / 2) > width * CENTRE_BAND) return false;
  const nearEdge = line.top < height * EDGE_BAND || line.bottom > height * (1 - EDGE_BAND);
  return nearEdge || isFirst || isLast;
}

function furnitureKey(text: string): string {
  return text.replace(/\d+/g, '#').toLocaleLowerCase('vi');
}

/** Keys of lines in the top/bottom bands that repeat on most pages. */
export function runningLines(pages: { lines: Line[]; height: number }[]): Set<string> {
  const counts = new Map<string, number>();
  for (const p of pages) {
    const seen = new Set<string>();
    for (const l of p.lines) {
      if (l.top < p.height * EDGE_BAND || l.bottom > p.height * (1 - EDGE_BAND)) seen.add(furnitureKey(l.text));
    }
    for (const k of seen) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const min = Math.max(3, Math.ceil(pages.length * RUNNING_SHARE));
  return new Set([...counts].filter(([k, n]) => n >= min && k.length > 3).map(([k]) => k));
}

export function isRunningLine(line: Line, height: number, keys: Set<string>): boolean {
  if (!keys.size) return false;
  if (!(line.top < height * EDGE_BAND || line.bottom > height * (1 - EDGE_BAND))) return false;
  return keys.has(furnitureKey(line.text));
}
