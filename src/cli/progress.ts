// Feedback on stderr. On a terminal: one progress line redrawn in place ("\r"), cleared before any
// message. Anywhere else (logs, pipes): plain lines only, never "\r" frames.
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

  constructor(
    private readonly stream: TextStream,
    private readonly total: number,
    /** Draw the bar: stderr is a terminal and the run is a batch. */
    private readonly live: boolean,
  ) {}

  /** One more input finished; the bar names it. */
  finish(path: string): void {
    this.done++;
    this.current = escapeControls(path);
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
  }

  private draw(): void {
    if (!this.live || this.total === 0) return;
    const filled = Math.round((this.done / this.total) * BAR_WIDTH);
    const bar = '█'.repeat(filled) + '░'.repeat(BAR_WIDTH - filled);
    const head = `${bar} ${this.done}/${this.total} `;
    const room = (this.stream.columns || 80) - 1 - head.length;
    // The end of a long path says most (the file name): cut from the left.
    const name = this.current.length > room ? '…' + this.current.slice(this.current.length - room + 1) : this.current;
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
