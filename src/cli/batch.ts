// extractMany: many inputs, in-process or on worker threads, results always in input order.
import { availableParallelism } from 'node:os';
import type { ExtractOptions } from '../extract/index.js';
import type { PlanDocument } from '../model/registry.js';
import type { BytesInput } from '../pipeline.js';
import { toFailure, type BatchFailure } from './failure.js';
import { runPool, SKIPPED, type WorkerReply, type WorkerRequest } from './pool.js';

export type { BatchFailure } from './failure.js';

/** A file path, or bytes with a display path (and optionally a forced format). */
export type BatchInput = string | BytesInput;

export type BatchResult =
  | { index: number; path: string; ok: true; document: PlanDocument; ms: number }
  | { index: number; path: string; ok: false; error: BatchFailure; ms: number; skipped?: boolean };

export interface BatchOptions extends ExtractOptions {
  /** Parallel workers; default os.availableParallelism(). */
  jobs?: number;
  /** Per-file time limit in seconds (workers only); default 120. */
  timeoutPerFile?: number;
  /** Heap limit per worker in MB; default 1024. */
  maxMemoryMb?: number;
  /** Stop at the first failure; the inputs not yet done are reported as skipped. */
  failFast?: boolean;
  /** Run in this thread (no time/memory limit). Default: only when there is a single input. */
  inProcess?: boolean;
  /** Called once per input, in input order (out-of-order completions are held back). */
  onResult?: (result: BatchResult) => void | Promise<void>;
  /** Called as each input finishes, in completion order (progress display). */
  onSettled?: (result: BatchResult) => void;
  /** Test-only: inputs whose path contains this substring hang their worker (see worker.ts). */
  testHang?: string;
}

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

  constructor(count: number, private readonly onResult?: BatchOptions['onResult']) {
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
  const order = new InOrder(inputs.length, opts.onResult);
  const extractOptions: ExtractOptions = {
    ...(opts.password !== undefined ? { password: opts.password } : {}),
    ...(opts.maxPages !== undefined ? { maxPages: opts.maxPages } : {}),
    ...(opts.maxInflate !== undefined ? { maxInflate: opts.maxInflate } : {}),
    ...(opts.lenient ? { lenient: true } : {}),
  };
  const started = new Map<number, number>();
  const record = (r: BatchResult) => {
    opts.onSettled?.(r);
    order.add(r);
  };
  const inProcess = opts.inProcess ?? inputs.length <= 1;
  if (inProcess) {
    await runInProcess(inputs, extractOptions, opts.failFast ?? false, record);
  } else {
    const requests: WorkerRequest[] = inputs.map((input, id) => ({
      id,
      input: typeof input === 'string' ? { path: input } : input,
      options: extractOptions,
    }));
    const seen = new Set<number>();
    await runPool(
      requests,
      {
        size: opts.jobs ?? availableParallelism(),
        timeoutMs: (opts.timeoutPerFile ?? DEFAULT_TIMEOUT_SECONDS) * 1000,
        maxMemoryMb: opts.maxMemoryMb ?? DEFAULT_MAX_MEMORY_MB,
        ...(opts.testHang ? { testHang: opts.testHang } : {}),
      },
      {
        onStart: (id) => started.set(id, Date.now()),
        onReply: (reply: WorkerReply) => {
          seen.add(reply.id);
          const r = fromReply(reply, pathOf(inputs[reply.id]), Date.now() - (started.get(reply.id) ?? Date.now()));
          record(r);
          return !r.ok && !('skipped' in r && r.skipped) && opts.failFast === true;
        },
      },
    );
    // Inputs never handed out (--fail-fast stopped the pool).
    for (let i = 0; i < inputs.length; i++) {
      if (!seen.has(i)) record({ index: i, path: pathOf(inputs[i]), ok: false, error: SKIPPED(), ms: 0, skipped: true });
    }
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
    if (stop) {
      record({ index, path, ok: false, error: SKIPPED(), ms: 0, skipped: true });
      continue;
    }
    const t0 = Date.now();
    try {
      const document = typeof input === 'string' ? await extractFile(input, options) : await extractBytes(input, options);
      record({ index, path, ok: true, document, ms: Date.now() - t0 });
    } catch (e) {
      record({ index, path, ok: false, error: toFailure(e), ms: Date.now() - t0 });
      if (failFast) stop = true;
    }
  }
}
