// A single small input that is not a PDF or a .doc is read in this thread instead of a worker:
// starting a worker thread (its own isolate, node's internals and the bundle compiled again)
// costs more than reading a 50 KB text. Its guarantees stay:
// - the time limit: the synchronous stages (the reader's core, the recognisers, the
//   administrative check) run under runLimited (node:vm's watchdog); only the file read and
//   module loading, which cannot loop, run outside it. "took longer than N s; stopped", as a worker.
// - the memory limit: only inputs whose reading cannot come near the worker's heap limit are read
//   here (README, Batches): at most IN_THREAD_MAX_BYTES, and a .docx whose zip directory declares at
//   most IN_THREAD_MAX_DOCX_PARTS of parts (the inflater never stores more than declared). Measured:
//   the largest corpus HTML (1.2 MB) peaks at ~90 MB of heap; 4 MiB stays far below 1024 MB.
// - an error that escapes the reader (an uncaught exception, an unhandled rejection) fails the
//   document with one line, as on a worker.
// Anything else (larger, PDF, .doc, a docx declaring more) goes to a worker with the bytes read.
import { stat } from 'node:fs/promises';
import type { ExtractOptions } from '../extract/index.js';
import type { PlanDocument } from '../model/registry.js';
import type { BytesInput } from '../pipeline.js';
import { toFailure, type BatchFailure } from './failure.js';
import { Interrupted, runLimited, TimeLimitExceeded } from './limited.js';
import { timeoutFailure } from './messages.js';
import { settle } from '../settle.js';

/** Inputs up to this size may be read in this thread. */
export const IN_THREAD_MAX_BYTES = 4 * 1024 * 1024;
/** A .docx is read in this thread when its parts inflate to at most this much. */
export const IN_THREAD_MAX_DOCX_PARTS = 32 * 1024 * 1024;

export type InThreadOutcome =
  | { ok: true; document: PlanDocument }
  | { ok: false; error: BatchFailure }
  /** Not for this thread: run it on a worker (with the bytes when they were read). */
  | { worker: { path: string } | BytesInput };

export async function extractInThread(input: string | BytesInput, options: ExtractOptions, timeoutMs: number): Promise<InThreadOutcome> {
  let escaped: unknown = undefined;
  let hasEscaped = false;
  const onEscape = (reason: unknown) => {
    if (!hasEscaped) escaped = reason;
    hasEscaped = true;
  };
  process.on('uncaughtException', onEscape);
  process.on('unhandledRejection', onEscape);
  let outcome: InThreadOutcome;
  try {
    outcome = await attempt(input, options, timeoutMs);
  } catch (e) {
    // Ctrl-C: the command line's handlers end the process; nothing is reported meanwhile.
    if (e instanceof Interrupted) await new Promise((r) => setTimeout(r, 10_000));
    outcome = { ok: false, error: e instanceof TimeLimitExceeded ? timeoutFailure(timeoutMs / 1000) : toFailure(e) };
  }
  await settle();
  process.off('uncaughtException', onEscape);
  process.off('unhandledRejection', onEscape);
  if (hasEscaped && !('worker' in outcome)) return { ok: false, error: toFailure(escaped) };
  return outcome;
}

async function attempt(input: string | BytesInput, options: ExtractOptions, timeoutMs: number): Promise<InThreadOutcome> {
  let bytes: Uint8Array;
  const path = typeof input === 'string' ? input : input.path;
  if (typeof input === 'string') {
    // A large file is not read here at all: the worker reads it.
    const st = await stat(input).catch(() => null);
    if (st?.isFile() && st.size > IN_THREAD_MAX_BYTES) return { worker: { path: input } };
    bytes = await (await import('../read-input.js')).readInputFile(input, options.maxSize);
  } else {
    bytes = input.bytes;
  }
  const forced = typeof input === 'string' ? undefined : input.format;
  const bytesInput: BytesInput = { bytes, path, ...(forced ? { format: forced } : {}) };
  if (bytes.length > IN_THREAD_MAX_BYTES) return { worker: bytesInput };
  const pipeline = await import('../pipeline.js');
  const { format, warnings } = pipeline.checkInput(bytesInput, options);
  const { loadSyncExtractor, declaredDocxSize } = await import('../extract/sync-readers.js');
  const core = await loadSyncExtractor(format);
  if (!core) return { worker: bytesInput };
  if (format === 'docx') {
    const declared = await declaredDocxSize(bytes);
    if (declared === null || declared > IN_THREAD_MAX_DOCX_PARTS) return { worker: bytesInput };
  }
  const { MissingEngine } = await import('../extract/engines.js');
  const started = Date.now();
  for (;;) {
    try {
      // The time already spent counts when the core runs again after loading an engine.
      const left = timeoutMs - (Date.now() - started);
      if (left <= 0) throw new TimeLimitExceeded(timeoutMs);
      const document = runLimited(() => {
        const model = core({ bytes, path, format }, options);
        return pipeline.documentOf(bytesInput, model, warnings, options);
      }, left);
      return { ok: true, document };
    } catch (e) {
      if (!(e instanceof MissingEngine)) throw e;
      await e.load();
    }
  }
}
