// Per-input lines (errors, warnings with --verbose), the progress bar and the final summary:
// everything the CLI says on stderr while converting.
import type { ChalkInstance } from 'chalk';
import type { PlanDocument } from '../model/registry.js';
import type { BatchFailure } from '../batch/index.js';
import { warningText } from '../model/problems.js';
import type { Lang, Translate } from './messages.js';
import { escapeControls } from './escape.js';
import { Progress, type TextStream } from './progress.js';

export interface ReporterOptions {
  lang: Lang;
  t: Translate;
  color: ChalkInstance;
  stderr: TextStream;
  total: number;
  batch: boolean;
  quiet: boolean;
  verbose: boolean;
}

export class Reporter {
  converted = 0;
  failed = 0;
  skipped = 0;
  tasks = 0;
  /** Warnings of the documents converted in this run. */
  warnings = 0;
  readonly progress: Progress;

  constructor(private readonly o: ReporterOptions) {
    this.progress = new Progress(o.stderr, o.total, o.stderr.isTTY === true && o.batch && !o.quiet, o.stderr.isTTY === true && !o.quiet);
  }

  /** The cause of a failure in the user's language; internal errors are labelled as such. */
  cause(f: BatchFailure): string {
    const text = escapeControls(this.o.lang === 'vi' ? f.vi : f.en);
    return f.internal ? this.o.t('internalError', text) : text;
  }

  ok(rawPath: string, doc: PlanDocument, ms: number): void {
    const path = escapeControls(rawPath);
    this.converted++;
    this.tasks += doc.tasks.length;
    this.warnings += doc.warnings.length;
    if (!this.o.verbose) return;
    const c = this.o.color;
    for (const w of doc.warnings) this.progress.line(c.yellow(this.o.t('warningLine', path, w.code, escapeControls(warningText(w.code, w.message, this.o.lang)))));
    this.progress.line(c.dim(this.o.t('doneLine', path, doc.tasks.length, ms)));
  }

  /** "<path>: <cause>", one line; the stack of an internal error only with --verbose. */
  fail(rawPath: string, f: BatchFailure): void {
    const path = escapeControls(rawPath);
    if (f.code === 'SKIPPED') {
      this.skipped++;
      if (this.o.verbose) this.progress.line(this.o.color.dim(`${path}: ${this.cause(f)}`));
      return;
    }
    this.failed++;
    this.progress.line(`${this.o.color.bold(path)}: ${this.o.color.red(this.cause(f))}`);
    if (this.o.verbose && f.detail) this.progress.line(this.o.color.dim(f.detail));
  }

  /** The shared output (-o, stdout registry, ndjson -o) could not be written: nothing converted was saved. */
  outputLost(): void {
    this.failed += this.converted;
    this.converted = 0;
    this.tasks = 0;
    this.warnings = 0;
  }

  /** An input not converted on purpose (its output is up to date). */
  skip(path: string, why: string): void {
    this.skipped++;
    if (this.o.verbose) this.progress.line(this.o.color.dim(`${escapeControls(path)}: ${why}`));
  }

  /** A line about the run as a whole (output not written, schema mismatch). */
  note(text: string): void {
    this.progress.line(this.o.color.red(escapeControls(text)));
  }

  info(text: string): void {
    if (this.o.verbose) this.progress.line(this.o.color.dim(escapeControls(text)));
  }

  summary(): void {
    this.progress.end();
    if (this.o.quiet) return;
    if (!this.o.batch) {
      // One file: its warnings are listed only with -v, so say that there are some.
      if (!this.o.verbose && this.warnings > 0) this.o.stderr.write(this.o.color.yellow(this.o.t('warningsHint', this.warnings)) + '\n');
      return;
    }
    const files = this.converted + this.failed + this.skipped;
    const line = this.o.t('summary', files, this.converted, this.failed, this.tasks, this.skipped, this.warnings);
    this.o.stderr.write((this.failed > 0 ? this.o.color.red(line) : this.o.color.green(line)) + '\n');
  }
}
