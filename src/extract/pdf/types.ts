// Shapes shared by the PDF layout steps. Coordinates are display points: origin at the top-left
// of the (rotated) page, y growing downwards, so "above" means a smaller y.

/** One run of text as positioned on the page (a glyph, a word or a whole line). */
export interface PdfItem {
  str: string;
  x0: number;
  x1: number;
  /** Baseline. */
  base: number;
  /** Font height (em size) in points. */
  size: number;
  font: string;
  bold: boolean;
  italic: boolean;
  /** Text drawn by an annotation appearance (a signature widget), not the page content. */
  annotation?: boolean;
  /** Spaces drawn in this run and their largest stretch in ems (from the content stream); absent when unknown. */
  spaces?: number;
  stretch?: number;
  /** A space is drawn right after this run's last glyph. */
  spaceAfter?: boolean;
  /** OCR words: the engine's block, paragraph and line ("3/1/2"); lines the engine told apart inside one paragraph are never joined. */
  ocrLine?: string;
}

/** A horizontal (y0 == y1) or vertical (x0 == x1) ruling line. */
export interface Segment {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A line of text: items sharing a baseline, ordered by x. */
export interface Line {
  items: PdfItem[];
  text: string;
  x0: number;
  x1: number;
  base: number;
  top: number;
  bottom: number;
  size: number;
  bold: boolean;
  fonts: string[];
  /** Superscript marks found in the line (footnote references), removed from `text`. */
  refs: string[];
  /** The largest stretch of a space in the line, in ems: > 0 on a justified full line, 0 on a line set with natural spaces; absent when unknown. */
  stretch?: number;
  /** The line's last word is followed by a drawn space (a real word break when the line wraps). */
  spaceAfter?: boolean;
}

export interface PageData {
  page: number;
  width: number;
  height: number;
  items: PdfItem[];
  hRules: Segment[];
  vRules: Segment[];
  /** Display point → PDF user-space point. */
  toPdf: (x: number, y: number) => [number, number];
}

export function top(it: PdfItem): number {
  return it.base - it.size * 0.8;
}

export function bottom(it: PdfItem): number {
  return it.base + it.size * 0.2;
}
