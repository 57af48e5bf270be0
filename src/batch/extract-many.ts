// extractMany: many inputs on worker threads (or in this thread), results always in input order.
import { availableParallelism } from 'node:os';
import type { ExtractOptions } from '../extract/index.js';
import type { PlanDocument } from '../model/registry.js';
import type { BytesInput } from '../pipeline.js';
import { toFailure, type BatchFailure } from './failure.js';
import { docAhead } from './doc-ahead.js';
import { skippedFailure } from './messages.js';
import type { PoolOptions } from './pool.js';
import { startOrder } from './schedule.js';
import type { WorkerReply, WorkerRequest } from './protocol.js';

export type { BatchFailure } from './failure.js';

/** A file path, or bytes with a display path (and optionally a forced format). */
export type BatchInput = string | BytesInput;

export type BatchResult =
  | { index: number; path: string; ok: true; document: PlanDocument; ms: number }
  | { index: number; path: string; ok: false; error: BatchFailure; ms: number; skipped?: boolean };

/** What the batch itself takes; every other field is an ExtractOptions field, passed on as is. */
export interface BatchControl {
  /** Parallel workers; default os.availableParallelism(). */
  jobs?: number;
  /** Per-file time limit in seconds (workers only); default 120. */
  timeoutPerFile?: number;
  /** Heap limit per worker in MB; default 1024. */
  maxMemoryMb?: number;
  /** Stop at the first failure; the inputs not yet done are reported as skipped. */
  failFast?: boolean;
  /**
   * Run in this thread, with no time or memory limit. Default false: every input on a worker, but
   * a single small input that is not a PDF or a .doc, which is read in this thread with the same
   * time limit (src/batch/in-thread.ts) unless a `workerUrl` is given.
   */
  inProcess?: boolean;
  /** Called once per input, in input order (out-of-order completions are held back). */
  onResult?: (result: BatchResult) => void | Promise<void>;
  /** Called as each input finishes, in completion order (progress display). */
  onSettled?: (result: BatchResult) => void;
  /** Called as an input starts OCR'ing its `page`-th page of `of` (page progress display). */
  onOcrProgress?: (path: string, page: number, of: number) => void;
  /** The worker module (default: the one built beside this library; tests run the sources). */
  workerUrl?: PoolOptions['workerUrl'];
  /** Stop early: inputs not finished are reported as skipped (the CLI aborts when stdout closes). */
  signal?: AbortSignal;
}

export interface BatchOptions extends ExtractOptions, BatchControl {}

export const DEFAULT_TIMEOUT_SECONDS = 120;
export const DEFAULT_MAX_MEMORY_MB = 1024;

function pathOf(input: BatchInput): string {
  return typeof input === 'string' ? input : input.path;
}

/** Hands results to onResult in input order, whatever order they complete in. */
class InOrder {
  private readonly done: (BatchResult | undefined)[];
  private next = 0;
  private chain: Promise<void> = Promise.resolve();

  constructor(count: number, private readonly onResult?: BatchControl['onResult']) {
    this.done = new Array(count);
  }

  add(r: BatchResult): void {
    this.done[r.index] = r;
    while (this.next < this.done.length && this.done[this.next]) {
      const ready = this.done[this.next++]!;
      if (this.onResult) this.chain = this.chain.then(() => this.onResult!(ready));
    }
  }

  async flush(): Promise<BatchResult[]> {
    await this.chain;
    return this.done as BatchResult[];
  }
}

export async function extractMany(inputs: readonly BatchInput[], opts: BatchOptions = {}): Promise<BatchResult[]> {
  const { jobs, timeoutPerFile, maxMemoryMb, failFast, inProcess, onResult, onSettled, onOcrProgress, workerUrl, signal, ...extract } = opts;
  const order = new InOrder(inputs.length, onResult);
  const record = (r: BatchResult) => {
    onSettled?.(r);
    order.add(r);
  };
  if (inProcess) {
    await runInProcess(inputs, extract, failFast ?? false, record, signal, onOcrProgress);
    return order.flush();
  }
  const timeoutMs = (timeoutPerFile ?? DEFAULT_TIMEOUT_SECONDS) * 1000;
  // One small text, page or .docx: read in this thread, under the same time limit.
  let single: WorkerRequest['input'] | null = null;
  if (inputs.length === 1 && workerUrl === undefined && !signal?.aborted) {
    const t0 = Date.now();
    const { extractInThread } = await import('./in-thread.js');
    const outcome = await extractInThread(inputs[0], extract, timeoutMs);
    if (!('worker' in outcome)) {
      const path = pathOf(inputs[0]);
      const ms = Date.now() - t0;
      record(outcome.ok ? { index: 0, path, ok: true, document: outcome.document, ms } : { index: 0, path, ok: false, error: outcome.error, ms });
      return order.flush();
    }
    single = outcome.worker;
  }
  const size = jobs ?? availableParallelism();
  const request = (id: number): WorkerRequest => {
    const input = inputs[id];
    return { id, input: single ?? (typeof input === 'string' ? { path: input } : input), options: extract };
  };
  // One worker takes the inputs in input order (its results stream out as they come); two or
  // more take the longest first, so that no big file runs alone at the end (schedule.ts).
  const starts = size >= 2 && inputs.length > size ? await startOrder(inputs) : inputs.map((_, id) => id);
  const requests: WorkerRequest[] = starts.map(request);
  // Loaded here: the in-thread path never loads worker_threads.
  const { runPool } = await import('./pool.js');
  const started = new Map<number, number>();
  const seen = new Set<number>();
  const ahead = await docAhead(requests, extract.maxSize).catch(() => null);
  // A stopped batch stops its LibreOffice run too: a lane may be waiting for it.
  const stopAhead = () => ahead?.close();
  signal?.addEventListener('abort', stopAhead, { once: true });
  try {
    await runPool(
      requests,
      {
        size,
        timeoutMs,
        maxMemoryMb: maxMemoryMb ?? DEFAULT_MAX_MEMORY_MB,
        ...(workerUrl !== undefined ? { workerUrl } : {}),
        ...(onOcrProgress ? { onOcrPage: (id: number, page: number, of: number) => onOcrProgress(pathOf(inputs[id]), page, of) } : {}),
      },
      {
        ...(ahead ? { prepare: (req: WorkerRequest) => ahead.prepare(req) } : {}),
        onStart: (id) => started.set(id, Date.now()),
        onReply: (reply: WorkerReply) => {
          if (seen.has(reply.id)) return false;
          seen.add(reply.id);
          const r = fromReply(reply, pathOf(inputs[reply.id]), Date.now() - (started.get(reply.id) ?? Date.now()));
          record(r);
          const stop = !r.ok && !r.skipped && failFast === true;
          if (stop) stopAhead();
          return stop;
        },
        ...(signal ? { signal } : {}),
      },
    );
  } finally {
    signal?.removeEventListener('abort', stopAhead);
    ahead?.close();
  }
  // Inputs never handed out (--fail-fast stopped the pool).
  for (let i = 0; i < inputs.length; i++) {
    if (!seen.has(i)) record({ index: i, path: pathOf(inputs[i]), ok: false, error: skippedFailure(), ms: 0, skipped: true });
  }
  return order.flush();
}

function fromReply(reply: WorkerReply, path: string, ms: number): BatchResult {
  if (reply.ok) return { index: reply.id, path, ok: true, document: reply.document, ms };
  const skipped = reply.error.code === 'SKIPPED';
  return { index: reply.id, path, ok: false, error: reply.error, ms, ...(skipped ? { skipped } : {}) };
}

async function runInProcess(
  inputs: readonly BatchInput[],
  options: ExtractOptions,
  failFast: boolean,
  record: (r: BatchResult) => void,
  signal?: AbortSignal,
  onOcrProgress?: BatchControl['onOcrProgress'],
): Promise<void> {
  // Loaded here, not at the top: --version and usage errors never load the pipeline.
  let pipeline: typeof import('../pipeline.js');
  try {
    pipeline = await import('../pipeline.js');
  } catch (e) {
    inputs.forEach((input, index) => record({ index, path: pathOf(input), ok: false, error: toFailure(e), ms: 0 }));
    return;
  }
  const { extractBytes, extractFile } = pipeline;
  let stop = false;
  for (let index = 0; index < inputs.length; index++) {
    const input = inputs[index];
    const path = pathOf(input);
    if (stop || signal?.aborted) {
      record({ index, path, ok: false, error: skippedFailure(), ms: 0, skipped: true });
      continue;
    }
    const t0 = Date.now();
    const opts = onOcrProgress ? { ...options, onOcrPage: (page: number, of: number) => onOcrProgress(path, page, of) } : options;
    try {
      const document = typeof input === 'string' ? await extractFile(input, opts) : await extractBytes(input, opts);
      record({ index, path, ok: true, document, ms: Date.now() - t0 });
    } catch (e) {
      record({ index, path, ok: false, error: toFailure(e), ms: Date.now() - t0 });
      if (failFast) stop = true;
    }
  }
}
