// Shapes shared by the OCR steps.
import type { PageRules } from './rules.js';

export type OcrMode = 'auto' | 'force' | 'off';
export type OcrEngineName = 'tesseract' | 'tesseract.js';

/** One recognised word, in pixels of the page image it was read from. */
export interface OcrWord {
  text: string;
  /** 0–100 as the engine reports it. */
  conf: number;
  left: number;
  top: number;
  width: number;
  height: number;
  /** Engine's block / paragraph / line numbers: words of one line share all three. */
  block: number;
  par: number;
  line: number;
}

/** The words of one OCR'd page and the image geometry they refer to. */
export interface OcrPageResult {
  page: number;
  /** Image size in pixels (after deskew: same size, rotated content). */
  width: number;
  height: number;
  /** Skew corrected, degrees. */
  skew: number;
  words: OcrWord[];
  /** Ruling lines found on the levelled image, in its pixels (absent in results cached before they were read). */
  rules?: PageRules;
}

export interface OcrEngine {
  name: OcrEngineName;
  version: string;
  /** Model used ("vie", "script/Vietnamese"). */
  model: string;
  /** A PGM page image rendered at `dpi`; `psm` is tesseract's page segmentation mode (3 = automatic, the default; 6 = one block). */
  recognise(pgm: Buffer, dpi: number, psm?: number): Promise<OcrWord[]>;
  close(): Promise<void>;
}

/** What `source.ocr` reports. */
export interface OcrSummary {
  pages: number[];
  engine: string;
  version: string;
  /** Mean word confidence over the OCR'd pages, 0–100, one decimal. */
  meanConfidence: number;
}
