// Feedback on stderr. On a terminal: one progress line redrawn in place ("\r"), cleared before any
// message — the batch bar, and "file: page k/n (OCR)" while a file is OCR'd. Anywhere else (logs,
// pipes): plain lines only, never "\r" frames.
export interface TextStream {
  write(s: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

import { escapeControls } from './escape.js';

const BAR_WIDTH = 20;

export class Progress {
  private done = 0;
  private current = '';
  private drawn = false;
  /** The file being OCR'd and its page, k of n (the last one told, when several run at once). */
  private ocr: { path: string; text: string } | null = null;

  constructor(
    private readonly stream: TextStream,
    private readonly total: number,
    /** Draw the bar: stderr is a terminal and the run is a batch. */
    private readonly live: boolean,
    /** Show OCR page progress: stderr is a terminal (a single file too). */
    private readonly pagesLive = live,
  ) {}

  /** One more input finished; the bar names it. */
  finish(path: string): void {
    this.done++;
    this.current = escapeControls(path);
    if (this.ocr?.path === path) this.ocr = null;
    if (!this.live) this.clear();
    this.draw();
  }

  /** `path` starts OCR'ing its `page`-th page of `of`. */
  ocrPage(path: string, page: number, of: number): void {
    if (!this.pagesLive) return;
    this.ocr = { path, text: `${escapeControls(path)}: page ${page}/${of} (OCR)` };
    this.draw();
  }

  /** Print a whole line (error, warning, summary) without mangling the bar. */
  line(text: string): void {
    this.clear();
    this.stream.write(text + '\n');
    this.draw();
  }

  /** Remove the bar for good (end of the run). */
  end(): void {
    this.clear();
    this.current = '';
    this.ocr = null;
  }

  private draw(): void {
    const ocr = this.pagesLive ? this.ocr : null;
    if (!(this.live && this.total > 0) && !ocr) return;
    let head = '';
    if (this.live && this.total > 0) {
      const filled = Math.round((this.done / this.total) * BAR_WIDTH);
      head = `${'█'.repeat(filled) + '░'.repeat(BAR_WIDTH - filled)} ${this.done}/${this.total} `;
    }
    const current = ocr ? ocr.text : this.current;
    const room = (this.stream.columns || 80) - 1 - head.length;
    // The end of a long path says most (the file name, its page): cut from the left.
    const name = current.length > room ? '…' + current.slice(current.length - room + 1) : current;
    const text = room > 1 ? head + name : head.trimEnd();
    this.stream.write(`\r\x1b[K${text}`);
    this.drawn = true;
  }

  private clear(): void {
    if (!this.drawn) return;
    this.stream.write('\r\x1b[K');
    this.drawn = false;
  }
}
