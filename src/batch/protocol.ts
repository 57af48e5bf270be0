// What crosses the worker boundary: one request per document, tagged with its id, and the reply
// that carries the same id (a reply for any other id is not this document's and is ignored).
import type { ExtractOptions } from '../extract/index.js';
import type { PlanDocument } from '../model/registry.js';
import type { BytesInput } from '../pipeline.js';
import type { BatchFailure } from './failure.js';

export interface WorkerRequest {
  id: number;
  input: { path: string } | BytesInput;
  options: ExtractOptions;
}

/**
 * `recycle`: the worker's state may be damaged (an error escaped the pipeline, or the PDF engine
 * left a rejection of its own unhandled); replace it after this document.
 */
export type WorkerReply =
  | { type: 'reply'; id: number; ok: true; document: PlanDocument; recycle?: boolean }
  | { type: 'reply'; id: number; ok: false; error: BatchFailure; recycle?: boolean };

/** An error escaped while the worker was idle: it must be replaced before the next document. */
export interface WorkerPoisoned {
  type: 'poisoned';
  message: string;
}

/** Sent once, when the worker's modules are loaded: a file's time limit starts from here. */
export interface WorkerReady {
  type: 'ready';
}

/** The document is about to OCR this many pages: its time limit grows (src/extract/ocr/time.ts). */
export interface WorkerOcrPages {
  type: 'ocrPages';
  id: number;
  pages: number;
}

/** The document starts OCR'ing its `page`-th page of `of` (page progress on a terminal). */
export interface WorkerOcrPage {
  type: 'ocrPage';
  id: number;
  page: number;
  of: number;
}

export type WorkerMessage = WorkerReply | WorkerPoisoned | WorkerReady | WorkerOcrPages | WorkerOcrPage;
