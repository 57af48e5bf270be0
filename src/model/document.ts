// The one document model every extractor (txt, md, docx, pdf) produces and every recogniser reads.
// Positions follow unist: line/column from 1, offset from 0, end exclusive, over the normalised text.
import type { SOURCE_FORMATS } from './enums.js';

export interface Point {
  line: number;
  column: number;
  offset: number;
}

export interface Position {
  start: Point;
  end: Point;
}

/** Where a node came from in the source file, when the format knows it. */
export interface Provenance {
  /** 1-based page number (pdf; docx where Word records page/section breaks). */
  page?: number;
  /** Last page the node reaches, when it spans pages. */
  pageEnd?: number;
  /** 1-based index of the source paragraph (docx w:p, txt line group). */
  paragraph?: number;
  /** [x0, y0, x1, y1] in PDF user-space points, origin at the bottom-left. */
  bbox?: [number, number, number, number];
  /** The OOXML part or other container the node was read from (e.g. "word/footnotes.xml"). */
  part?: string;
  /** Word section index (0-based) for docx, to tell landscape appendix sections apart. */
  section?: number;
  /** Page orientation where the format gives it. */
  orientation?: 'portrait' | 'landscape';
}

/** Layout zone a block was read from: the NĐ 30 header block, the closing block, a signature stamp, or the body. */
export type Zone = 'header' | 'body' | 'closing' | 'stamp';

interface NodeBase {
  position?: Position;
  prov?: Provenance;
}

/** Formatting hints carried by text blocks; recognisers may use them, never rely on them alone. */
export interface TextHints {
  /** The whole block is bold (markdown **…**, Word run bold, PDF bold font). */
  bold?: boolean;
  italic?: boolean;
  /** Markdown `#` depth or Word heading style level (1 = top). A hint only: nesting comes from numbering. */
  headingLevel?: number;
  align?: 'left' | 'center' | 'right' | 'justify';
  /** Font names seen in the block's runs (docx/pdf), for legacy-encoding detection. */
  fonts?: string[];
  zone?: Zone;
  /** Footnote marks referenced from inside this block, in order ("1", "2"…). */
  footnoteRefs?: string[];
}

interface TextBlockBase extends NodeBase, TextHints {
  /** Plain text: NFC, whitespace collapsed, markup stripped; the numbering label kept as printed. */
  text: string;
  /** The numbering marker the text starts with, as printed ("I.", "1.", "a)", "-"), when there is one. */
  marker?: string;
}

/** A short line that looks like a heading (all caps, bold or centred, or a markdown heading). */
export interface HeadingBlock extends TextBlockBase {
  type: 'heading';
}

export interface ParagraphBlock extends TextBlockBase {
  type: 'paragraph';
}

/** A paragraph that starts with a list/numbering marker ("- ", "+ ", "1.", "a)", "(1)", "I.", "Thứ nhất,"). */
export interface ListItemBlock extends TextBlockBase {
  type: 'listItem';
  /** The marker as printed, e.g. "-", "1.", "1.1.", "a)", "(1)", "(i).", "I.", "Thứ nhất,". */
  marker: string;
}

export interface TableCell extends NodeBase {
  type: 'tableCell';
  text: string;
  /** Columns this cell spans (gridSpan); 1 when absent. */
  colSpan?: number;
  /** Rows this cell spans (resolved vertical merge); 1 when absent. */
  rowSpan?: number;
  /** Word-style vertical merge marker before resolution: 'continue' cells are empty placeholders. */
  vMerge?: 'restart' | 'continue';
  bold?: boolean;
}

export interface TableRow extends NodeBase {
  type: 'tableRow';
  cells: TableCell[];
  /** A header row (w:tblHeader, or recognised as a repeated header). */
  header?: boolean;
}

export interface TableBlock extends NodeBase {
  type: 'table';
  rows: TableRow[];
  zone?: Zone;
  /** Pages this table (or fragment) covers. */
  pages?: number[];
  /** How many fragments were stitched into this table (set by the table logic). */
  fragments?: number;
}

export interface FootnoteBlock extends NodeBase {
  type: 'footnote';
  mark: string;
  text: string;
  kind?: 'footnote' | 'endnote';
}

export interface PageBreakBlock extends NodeBase {
  type: 'pageBreak';
  /** The page that starts after this break, when known. */
  page?: number;
}

export type TextBlock = HeadingBlock | ParagraphBlock | ListItemBlock;
export type Block = TextBlock | TableBlock | FootnoteBlock | PageBreakBlock;

/** The input formats, listed once in enums.ts. */
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

export interface ModelWarning {
  code: string;
  message: string;
  position?: Position;
  prov?: Provenance;
}

/** One OCR word with digits not to be trusted, where it is on its page (`bbox` as in Provenance). */
export interface OcrDoubtfulDigits {
  page: number;
  /** The word as read. */
  text: string;
  /** The engine's confidence, 0–100. */
  conf: number;
  why: 'low-confidence' | 'handwriting-like';
  bbox: [number, number, number, number];
}

export interface DocumentModel {
  type: 'document';
  format: SourceFormat;
  children: Block[];
  /** The normalised text positions refer to. */
  text: string;
  pages?: number;
  /** Digital-signature stamp lines kept out of the body ("Ký bởi: …"). */
  signatures?: string[];
  /** Pages read by OCR (pdf scans): which, the engine, its version and the mean word confidence. */
  ocr?: { pages: number[]; engine: string; version: string; meanConfidence: number };
  /** OCR words whose digits are not to be trusted (low confidence, or handwriting-like): a number's seq or a date's day taken from one is left null. */
  ocrDoubtfulDigits?: OcrDoubtfulDigits[];
  warnings: ModelWarning[];
}

export function isTextBlock(b: Block): b is TextBlock {
  return b.type === 'heading' || b.type === 'paragraph' || b.type === 'listItem';
}
