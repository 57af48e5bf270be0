// Ruling lines from drawn paths: the one rule both PDF engines follow (pdfjs's operator list in
// ops.ts, PDFium's path objects in ../pdf-pdfium/objects.ts), so a table's lines are the same.
import type { Segment } from './types.js';

/** A rule is at most this thick (points); anything thicker is a filled box, not a line. */
const RULE_MAX_THICKNESS = 2.5;
/** Shorter segments are glyph parts or ticks, not rules. */
const RULE_MIN_LENGTH = 4;

export interface RuleSink {
  hRules: Segment[];
  vRules: Segment[];
}

/** One straight piece, or a filled box by its bounds, kept when it is a horizontal or vertical rule. */
export function addRule(out: RuleSink, x0: number, y0: number, x1: number, y1: number): void {
  const w = Math.abs(x1 - x0);
  const h = Math.abs(y1 - y0);
  if (h <= RULE_MAX_THICKNESS && w >= RULE_MIN_LENGTH) {
    const y = (y0 + y1) / 2;
    out.hRules.push({ x0: Math.min(x0, x1), x1: Math.max(x0, x1), y0: y, y1: y });
  } else if (w <= RULE_MAX_THICKNESS && h >= RULE_MIN_LENGTH) {
    const x = (x0 + x1) / 2;
    out.vRules.push({ x0: x, x1: x, y0: Math.min(y0, y1), y1: Math.max(y0, y1) });
  }
}

/** The rules of one straight sub-path (display points): filled, by its bounds; stroked, piece by piece. */
export function subpathRules(out: RuleSink, sub: readonly (readonly [number, number])[], isFill: boolean, isStroke: boolean): void {
  if (sub.length < 2) return;
  if (isFill) {
    const xs = sub.map((p) => p[0]);
    const ys = sub.map((p) => p[1]);
    addRule(out, Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys));
  }
  if (isStroke) for (let k = 1; k < sub.length; k++) addRule(out, sub[k - 1][0], sub[k - 1][1], sub[k][0], sub[k][1]);
}
