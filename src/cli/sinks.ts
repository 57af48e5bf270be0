// Where converted documents go: one file per input (--out-dir), a stream of ndjson lines
// (stdout or -o, written as documents finish, in input order), or one registry at the end.
import type { PlanDocument } from '../model/registry.js';
import { emit, type EmitOptions, type OutputFormat } from '../emit/index.js';
import { ndjsonLine } from '../emit/json.js';
import type { OutStream } from './io.js';
import { checkRegistry } from './schema-check.js';
import { generatorName, makeRegistry } from '../version.js';
import { AtomicFile, OutsideOutDirError, prepareOutDirPath, writeFileAtomic, writeStream } from './write.js';

/** Why one document could not be written (shown as "<path>: <cause>"). */
export type SinkProblem =
  | { kind: 'schema'; detail: string }
  | { kind: 'outside'; dir: string }
  /** `code`: ENOSPC, EDQUOT, EIO… (or the message when there is none); `stdout` when writing there. */
  | { kind: 'write'; code: string; stdout?: boolean };

export interface Sink {
  /** Take one converted document (in input order); a problem fails that input. */
  add(doc: PlanDocument, outRel?: string): Promise<SinkProblem | null>;
  /** After the batch: write what was held back. `write` false drops it (fail-fast, nothing converted). */
  finish(write: boolean): Promise<SinkProblem | null>;
}

/** The reader of stdout went away (`| head`): stop writing quietly, as `cat` would. */
function isClosedPipe(e: unknown): boolean {
  return (e as NodeJS.ErrnoException)?.code === 'EPIPE';
}

function writeProblem(e: unknown, stdout = false): SinkProblem {
  if (e instanceof OutsideOutDirError) return { kind: 'outside', dir: e.dir };
  const err = e as NodeJS.ErrnoException;
  return { kind: 'write', code: err?.code ?? String(err?.message ?? err), ...(stdout ? { stdout } : {}) };
}

/** --out-dir: one registry file per input, written as soon as the input is done. */
export class OutDirSink implements Sink {
  /** --format html: what the index page lists, in input order. */
  private readonly htmlIndex: { rel: string; doc: import('../emit/html/index.js').DocSummary }[] = [];

  constructor(
    private readonly dir: string,
    private readonly format: OutputFormat,
    private readonly emitOptions: EmitOptions,
  ) {}

  async add(doc: PlanDocument, outRel?: string): Promise<SinkProblem | null> {
    const reg = makeRegistry([doc]);
    const bad = await checkRegistry(reg);
    if (bad) return { kind: 'schema', detail: bad };
    try {
      const target = await prepareOutDirPath(this.dir, outRel!);
      await writeFileAtomic(target, await emit(reg, this.format, this.emitOptions));
      if (this.format === 'html') {
        const { summarise } = await import('../emit/html/index.js');
        const href = outRel!.split(/[\\/]/).map(encodeURIComponent).join('/');
        this.htmlIndex.push({ rel: outRel!.replace(/\\/g, '/'), doc: summarise(doc, href) });
      }
      return null;
    } catch (e) {
      return writeProblem(e);
    }
  }

  /** --format html: an index page (index.html, or plan-extract-index.html when a document took that name). */
  async finish(write: boolean): Promise<SinkProblem | null> {
    if (this.format !== 'html' || !write || this.htmlIndex.length === 0) return null;
    const { emitHtmlIndex } = await import('../emit/html/index.js');
    const name = this.htmlIndex.some((e) => e.rel.toLowerCase() === 'index.html') ? 'plan-extract-index.html' : 'index.html';
    try {
      const html = emitHtmlIndex(this.htmlIndex.map((e) => e.doc), generatorName(), this.emitOptions.lang ? { lang: this.emitOptions.lang } : {});
      await writeFileAtomic(await prepareOutDirPath(this.dir, name), html);
      return null;
    } catch (e) {
      return writeProblem(e);
    }
  }
}

/** ndjson: one line per document as it is ready, to stdout or to a temp file renamed at the end. */
export class NdjsonSink implements Sink {
  private file: AtomicFile | null = null;
  private count = 0;
  private closed = false;
  /** The first write error: every later document fails with it too (the output is broken). */
  private broken: SinkProblem | null = null;

  constructor(
    private readonly stdout: OutStream,
    private readonly output: string | undefined,
  ) {}

  async add(doc: PlanDocument): Promise<SinkProblem | null> {
    const bad = await checkRegistry(makeRegistry([doc]));
    if (bad) return { kind: 'schema', detail: bad };
    const line = ndjsonLine(doc);
    if (this.closed) return null;
    if (this.broken) return this.broken;
    try {
      if (this.output) {
        this.file ??= await AtomicFile.create(this.output);
        await this.file.write(line);
      } else {
        await writeStream(this.stdout, line);
      }
      this.count++;
      return null;
    } catch (e) {
      if (!this.output && isClosedPipe(e)) {
        this.closed = true;
        return null;
      }
      this.broken = writeProblem(e, !this.output);
      return this.broken;
    }
  }

  async finish(write: boolean): Promise<SinkProblem | null> {
    if (!this.file) return null;
    if (this.broken) {
      await this.file.abort();
      return this.broken;
    }
    try {
      if (write && this.count > 0) await this.file.commit();
      else await this.file.abort();
      return null;
    } catch (e) {
      return writeProblem(e);
    }
  }
}

/** json, yaml, csv, xlsx, md: one registry for all inputs, checked then written at the end. */
export class RegistrySink implements Sink {
  private readonly docs: PlanDocument[] = [];

  constructor(
    private readonly stdout: OutStream,
    private readonly output: string | undefined,
    private readonly format: OutputFormat,
    private readonly emitOptions: EmitOptions,
  ) {}

  async add(doc: PlanDocument): Promise<SinkProblem | null> {
    this.docs.push(doc);
    return null;
  }

  async finish(write: boolean): Promise<SinkProblem | null> {
    if (!write || this.docs.length === 0) return null;
    const reg = makeRegistry(this.docs);
    const bad = await checkRegistry(reg);
    if (bad) return { kind: 'schema', detail: bad };
    try {
      const data = await emit(reg, this.format, this.emitOptions);
      if (this.output) await writeFileAtomic(this.output, data);
      else await writeStream(this.stdout, data);
      return null;
    } catch (e) {
      if (!this.output && isClosedPipe(e)) return null;
      return writeProblem(e, !this.output);
    }
  }
}
