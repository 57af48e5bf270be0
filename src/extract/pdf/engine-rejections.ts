// pdfjs leaves some rejections of its own unhandled on a damaged file: getOperatorList gives up on
// a broken xref after it made the page's content and resources promises, which then reject with
// nobody listening ("XRefEntryException: Bad (uncompressed) XRef entry"). The read itself saw its
// own errors and has its outcome. In a worker, src/batch/worker.ts takes them; a library caller
// reading in its own thread would see its process end on them (Node's default for an unhandled
// rejection). While a PDF is read (and a moment after, for the late ones), such pdfjs rejections
// are dropped here; any other unhandled rejection goes on as Node would have taken it.
import { isPdfjsError } from './errors.js';
import { settle } from '../../settle.js';

let reads = 0;

/** Node's own behaviour for an unhandled rejection when nobody else listens for one. */
function asNodeWould(reason: unknown): void {
  const mode = /--unhandled-rejections[= ](\S+)/.exec([...process.execArgv, process.env.NODE_OPTIONS ?? ''].join(' '))?.[1] ?? 'throw';
  if (mode === 'none') return;
  if (mode === 'warn' || mode === 'warn-with-error-code') {
    process.emitWarning(`unhandled promise rejection: ${reason instanceof Error ? reason.message : String(reason)}`);
    if (mode === 'warn-with-error-code') process.exitCode = 1;
    return;
  }
  // 'throw' (the default) and 'strict': an uncaught exception.
  process.nextTick(() => {
    throw reason instanceof Error ? reason : new Error(`unhandled promise rejection: ${String(reason)}`);
  });
}

function onRejection(reason: unknown): void {
  if (isPdfjsError(reason)) return;
  // Someone else listens (our batch worker, the caller's own handler): theirs to take.
  if (process.listenerCount('unhandledRejection') > 1) return;
  asNodeWould(reason);
}

/** Runs one PDF read with pdfjs's own unhandled rejections dropped (see above). */
export async function withEngineRejectionsHeld<T>(read: () => Promise<T>): Promise<T> {
  if (reads++ === 0) process.on('unhandledRejection', onRejection);
  try {
    return await read();
  } finally {
    await settle();
    if (--reads === 0) process.off('unhandledRejection', onRejection);
  }
}
