// A pool of worker threads with a time and memory limit per file: a file that hangs or eats
// memory gets its worker terminated (and replaced), and is reported as failed.
import { Worker } from 'node:worker_threads';
import type { ExtractOptions } from '../extract/index.js';
import type { PlanDocument } from '../model/registry.js';
import type { BytesInput } from '../pipeline.js';
import type { BatchFailure } from './failure.js';
import { MESSAGES } from './messages.js';
import { ocrTimeLimitMs } from '../extract/ocr/time.js';

export interface WorkerRequest {
  id: number;
  input: { path: string } | BytesInput;
  options: ExtractOptions;
}

export type WorkerReply = { id: number; ok: true; document: PlanDocument } | { id: number; ok: false; error: BatchFailure };

export interface PoolOptions {
  size: number;
  timeoutMs: number;
  maxMemoryMb: number;
  /** Test-only hook passed to the workers (see worker.ts). */
  testHang?: string;
}

/** dist/cli/worker.js; from the TypeScript sources (tests) the built copy in dist is used. */
export function workerUrl(): URL {
  const here = import.meta.url;
  return here.endsWith('.ts') ? new URL('../../dist/cli/worker.js', here) : new URL('./worker.js', here);
}

function bilingual(code: string, key: 'timeout' | 'outOfMemory' | 'workerDied' | 'skippedFailFast', arg?: number | string): BatchFailure {
  const msg = MESSAGES[key] as unknown as Record<'vi' | 'en', (a?: number | string) => string>;
  return { code, en: msg.en(arg), vi: msg.vi(arg) };
}

export const SKIPPED = (): BatchFailure => bilingual('SKIPPED', 'skippedFailFast');

/** One lane runs one file at a time on its own worker, spawning a fresh one after a kill. */
class Lane {
  private worker: Worker | null = null;
  private cancelCurrent: (() => void) | null = null;

  constructor(private readonly opts: PoolOptions) {}

  private spawn(): Worker {
    const w = new Worker(workerUrl(), {
      workerData: { testHang: this.opts.testHang },
      resourceLimits: { maxOldGenerationSizeMb: this.opts.maxMemoryMb },
      stdout: false,
      stderr: false,
    });
    return w;
  }

  run(req: WorkerRequest): Promise<WorkerReply> {
    const w = (this.worker ??= this.spawn());
    return new Promise((resolve) => {
      let settled = false;
      const finish = (reply: WorkerReply, kill: boolean) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        w.off('message', onMessage);
        w.off('error', onError);
        w.off('exit', onExit);
        this.cancelCurrent = null;
        if (kill) {
          this.worker = null;
          void w.terminate();
        }
        resolve(reply);
      };
      const fail = (error: BatchFailure, kill = true) => finish({ id: req.id, ok: false, error }, kill);
      const onMessage = (reply: WorkerReply | { id: number; ocrPages: number }) => {
        if (reply.id !== req.id) return;
        if ('ocrPages' in reply) {
          // The file's time limit grows with its OCR'd pages.
          clearTimeout(timer);
          timer = setTimeout(onTimeout, Math.max(0, ocrTimeLimitMs(this.opts.timeoutMs, reply.ocrPages) - (Date.now() - started)));
          return;
        }
        finish(reply, false);
      };
      const onError = (err: Error & { code?: string }) => {
        if (err.code === 'ERR_WORKER_OUT_OF_MEMORY') fail(bilingual('OUT_OF_MEMORY', 'outOfMemory', this.opts.maxMemoryMb));
        else fail(bilingual('WORKER_DIED', 'workerDied', err.message));
      };
      const onExit = (code: number) => fail(bilingual('WORKER_DIED', 'workerDied', `exit ${code}`));
      const started = Date.now();
      const onTimeout = () => fail(bilingual('TIMEOUT', 'timeout', this.opts.timeoutMs / 1000));
      let timer = setTimeout(onTimeout, this.opts.timeoutMs);
      this.cancelCurrent = () => fail(SKIPPED());
      w.on('message', onMessage);
      w.on('error', onError);
      w.on('exit', onExit);
      w.postMessage(req);
    });
  }

  /** Stop the file in progress (--fail-fast): its worker is terminated. */
  cancel(): void {
    this.cancelCurrent?.();
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    if (w) await w.terminate();
  }
}

export interface PoolRun {
  /** Called when a request is handed to a worker. */
  onStart?: (id: number) => void;
  /** Called as each request finishes; return true to stop handing out further requests. */
  onReply: (reply: WorkerReply) => boolean | void;
}

/** Run every request on `size` lanes; resolves when all have replied or were cancelled. */
export async function runPool(requests: WorkerRequest[], opts: PoolOptions, run: PoolRun): Promise<void> {
  const lanes = Array.from({ length: Math.max(1, Math.min(opts.size, requests.length)) }, () => new Lane(opts));
  let next = 0;
  let stopped = false;
  const laneLoop = async (lane: Lane) => {
    while (!stopped && next < requests.length) {
      const req = requests[next++];
      run.onStart?.(req.id);
      const reply = await lane.run(req);
      if (run.onReply(reply) === true && !stopped) {
        stopped = true;
        for (const other of lanes) if (other !== lane) other.cancel();
      }
    }
  };
  try {
    await Promise.all(lanes.map(laneLoop));
  } finally {
    await Promise.all(lanes.map((l) => l.close()));
  }
}
