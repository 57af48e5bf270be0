// A pool of worker threads with a time and memory limit per file: a file that hangs, eats memory
// or kills its worker gets that worker terminated (and replaced), and only that file fails.
import { Worker } from 'node:worker_threads';
import type { BatchFailure } from './failure.js';
import { outOfMemoryFailure, skippedFailure, timeoutFailure, workerDiedFailure } from './messages.js';
import type { WorkerMessage, WorkerReply, WorkerRequest } from './protocol.js';
import { ocrTimeLimitMs } from '../extract/ocr/time.js';

export interface PoolOptions {
  size: number;
  timeoutMs: number;
  maxMemoryMb: number;
  /** The worker module; default the built worker.js beside this file. */
  workerUrl?: URL | string;
  /** A file starts OCR'ing its `page`-th page of `of`. */
  onOcrPage?: (id: number, page: number, of: number) => void;
}

/** The worker shipped beside this module (dist/batch/worker.js). */
export function defaultWorkerUrl(): URL {
  return new URL('./worker.js', import.meta.url);
}

/** One line, whatever the error carried (a stack, a multi-line pdfjs message). */
function oneLine(text: string): string {
  return text.split('\n', 1)[0].trim() || 'unknown error';
}

/** `crashed`: the worker died or an error escaped it, so the cause may be another file's leftover. */
interface Outcome {
  reply: WorkerReply;
  crashed: boolean;
}

interface Job {
  req: WorkerRequest;
  resolve: (outcome: Outcome) => void;
  timer: NodeJS.Timeout;
  /** When the request was handed to the worker. */
  sentAt?: number;
}

/**
 * One lane runs one file at a time on its own worker. The worker's error and exit listeners live
 * as long as the worker does, so a worker that dies between two files never goes unheard
 * (an unheard 'error' event on a Worker would kill the whole process).
 */
class Lane {
  private worker: Worker | null = null;
  private job: Job | null = null;
  /** The worker has loaded its modules (its 'ready' message came). */
  private ready = false;

  constructor(private readonly opts: PoolOptions) {}

  private spawn(): Worker {
    const w = new Worker(this.opts.workerUrl ?? defaultWorkerUrl(), {
      resourceLimits: { maxOldGenerationSizeMb: this.opts.maxMemoryMb },
      stdout: false,
      stderr: false,
    });
    w.on('message', (m: WorkerMessage) => this.onMessage(w, m));
    w.on('error', (err: Error & { code?: string }) => {
      if (err?.code === 'ERR_WORKER_OUT_OF_MEMORY') this.lost(w, outOfMemoryFailure(this.opts.maxMemoryMb), false);
      else this.lost(w, workerDiedFailure(oneLine(String(err?.message ?? err))), true);
    });
    w.on('exit', (code: number) => this.lost(w, workerDiedFailure(`exit ${code}`), true));
    // A message that cannot be deserialised is a dead request, not a dead process.
    w.on('messageerror', () => this.lost(w, workerDiedFailure('unreadable reply'), true));
    return w;
  }

  private onMessage(w: Worker, m: WorkerMessage): void {
    if (w !== this.worker) return;
    if (m.type === 'ready') {
      this.ready = true;
      if (this.job) this.send(this.job.req);
      return;
    }
    if (m.type === 'poisoned') {
      // Nothing is running (else the error would have been that document's): replace the worker.
      if (!this.job) this.drop(w);
      return;
    }
    if (m.type === 'ocrPage') {
      if (this.job && m.id === this.job.req.id) this.opts.onOcrPage?.(m.id, m.page, m.of);
      return;
    }
    if (m.type === 'ocrPages') {
      // The file's time limit grows with its OCR'd pages.
      const job = this.job;
      if (job && m.id === job.req.id) {
        clearTimeout(job.timer);
        const left = ocrTimeLimitMs(this.opts.timeoutMs, m.pages) - (Date.now() - (job.sentAt ?? Date.now()));
        job.timer = setTimeout(() => this.finish({ type: 'reply', id: m.id, ok: false, error: timeoutFailure(ocrTimeLimitMs(this.opts.timeoutMs, m.pages) / 1000) }, true), Math.max(0, left));
      }
      return;
    }
    if (this.job && m.id === this.job.req.id) {
      // An ok reply with recycle: the document's outcome stands, the worker is replaced.
      const recycle = m.recycle === true;
      this.finish(m, recycle, recycle && m.ok === false);
    }
  }

  /** The worker died or must go: the file in progress (if any) fails with `failure`. */
  private lost(w: Worker, failure: BatchFailure, crashed: boolean): void {
    if (w !== this.worker) return;
    this.drop(w);
    if (this.job) this.settle({ type: 'reply', id: this.job.req.id, ok: false, error: failure }, crashed);
  }

  private drop(w: Worker): void {
    if (this.worker === w) this.worker = null;
    w.removeAllListeners('message');
    // Keep swallowing late errors of a worker being torn down.
    w.on('error', () => undefined);
    void w.terminate().catch(() => undefined);
  }

  private settle(reply: WorkerReply, crashed = false): void {
    const job = this.job;
    if (!job) return;
    this.job = null;
    clearTimeout(job.timer);
    job.resolve({ reply, crashed });
  }

  private finish(reply: WorkerReply, kill: boolean, crashed = false): void {
    if (kill && this.worker) this.drop(this.worker);
    this.settle(reply, crashed);
  }

  run(req: WorkerRequest): Promise<Outcome> {
    return new Promise((resolve) => {
      const fail = (error: BatchFailure, crashed = false) => this.finish({ type: 'reply', id: req.id, ok: false, error }, true, crashed);
      // Until the worker is ready the clock measures its start-up, not the file: the file's own
      // limit starts when the request is handed over.
      const limit = () => setTimeout(() => fail(timeoutFailure(this.opts.timeoutMs / 1000)), this.opts.timeoutMs);
      this.job = { req, resolve, timer: limit() };
      try {
        if (!this.worker) {
          this.worker = this.spawn();
          this.ready = false;
        }
        if (this.ready) this.send(req);
      } catch (e) {
        fail(workerDiedFailure(oneLine(e instanceof Error ? e.message : String(e))), true);
      }
    });
  }

  private send(req: WorkerRequest): void {
    if (this.job?.req !== req || !this.worker) return;
    clearTimeout(this.job.timer);
    this.job.sentAt = Date.now();
    this.job.timer = setTimeout(
      () => this.finish({ type: 'reply', id: req.id, ok: false, error: timeoutFailure(this.opts.timeoutMs / 1000) }, true),
      this.opts.timeoutMs,
    );
    try {
      this.worker.postMessage(req);
    } catch (e) {
      const error = workerDiedFailure(oneLine(e instanceof Error ? e.message : String(e)));
      this.finish({ type: 'reply', id: req.id, ok: false, error }, true);
    }
  }

  /** Stop the file in progress (--fail-fast): its worker is terminated. */
  cancel(): void {
    if (this.job) this.finish({ type: 'reply', id: this.job.req.id, ok: false, error: skippedFailure() }, true);
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    if (!w) return;
    w.removeAllListeners();
    w.on('error', () => undefined);
    await w.terminate().catch(() => undefined);
  }
}

export interface PoolRun {
  /** Completes a request just before it is handed out (a .doc's conversion done ahead). */
  prepare?: (req: WorkerRequest) => Promise<WorkerRequest>;
  /** Called when a request is handed to a worker. */
  onStart?: (id: number) => void;
  /** Called as each request finishes; return true to stop handing out further requests. */
  onReply: (reply: WorkerReply) => boolean | void;
  /** Aborted: hand out nothing more and stop the files in progress (a closed stdout). */
  signal?: AbortSignal;
}

/** Run every request on `size` lanes; resolves when all have replied or were cancelled. */
export async function runPool(requests: WorkerRequest[], opts: PoolOptions, run: PoolRun): Promise<void> {
  const lanes = Array.from({ length: Math.max(1, Math.min(opts.size, requests.length)) }, () => new Lane(opts));
  let next = 0;
  let stopped = false;
  const onAbort = () => {
    stopped = true;
    for (const lane of lanes) lane.cancel();
  };
  if (run.signal?.aborted) stopped = true;
  run.signal?.addEventListener('abort', onAbort, { once: true });
  const laneLoop = async (lane: Lane) => {
    while (!stopped && next < requests.length) {
      let req = requests[next++];
      if (run.prepare) req = await run.prepare(req);
      if (stopped) break;
      run.onStart?.(req.id);
      let { reply, crashed } = await lane.run(req);
      // A crash may be a leftover of the file this worker read before: the file gets one more
      // try on a fresh worker, and fails only if it crashes that one too.
      if (crashed && !stopped) ({ reply } = await lane.run(req));
      if (run.onReply(reply) === true && !stopped) {
        stopped = true;
        for (const other of lanes) if (other !== lane) other.cancel();
      }
    }
  };
  try {
    await Promise.all(lanes.map(laneLoop));
  } finally {
    run.signal?.removeEventListener('abort', onAbort);
    await Promise.all(lanes.map((l) => l.close()));
  }
}
