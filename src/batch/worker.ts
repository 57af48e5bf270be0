// Worker thread: reads one document per message with the library pipeline and posts the
// PlanDocument (or the failure) back, tagged with the request's id. One worker serves many files
// until it is terminated. An error that escapes the pipeline (an unhandled rejection or an
// uncaught exception inside an engine) fails the document in progress, and the worker asks to
// be replaced: its state can no longer be trusted. One kind is not the document's failure: a
// rejection pdfjs itself left unhandled on a damaged file (getOperatorList gives up on a broken
// xref after it made the page's content and resources promises, which then reject with nobody
// listening). The document's own read saw its own errors; its outcome stands, and the worker is
// replaced after it.
import { parentPort } from 'node:worker_threads';
import { extractBytes, extractFile } from '../pipeline.js';
import { bundleLoader } from '../code-cache.js';
import { isPdfjsError } from '../extract/pdf/errors.js';
import { toFailure } from './failure.js';
import { settle } from '../settle.js';
import type { WorkerMessage, WorkerRequest } from './protocol.js';

/** The request in progress, or null between documents. */
let current: number | null = null;
/** pdfjs left a rejection unhandled during the current document (see above). */
let engineEscaped = false;

function post(m: WorkerMessage): void {
  parentPort?.postMessage(m);
}

function escaped(reason: unknown): void {
  if (current !== null && isPdfjsError(reason)) {
    engineEscaped = true;
    return;
  }
  if (current === null) {
    post({ type: 'poisoned', message: reason instanceof Error ? reason.message : String(reason) });
    return;
  }
  const id = current;
  current = null;
  post({ type: 'reply', id, ok: false, error: toFailure(reason), recycle: true });
}

process.on('unhandledRejection', escaped);
process.on('uncaughtException', escaped);

parentPort?.on('message', (req: WorkerRequest) => {
  void handle(req);
});
post({ type: 'ready' });

async function handle(req: WorkerRequest): Promise<void> {
  current = req.id;
  engineEscaped = false;
  let reply: WorkerMessage;
  try {
    // OCR'd pages grow the file's time limit: the pool is told how many.
    const options = {
      ...req.options,
      onOcrPages: (pages: number) => post({ type: 'ocrPages', id: req.id, pages }),
      onOcrPage: (page: number, of: number) => post({ type: 'ocrPage', id: req.id, page, of }),
    };
    const document =
      'bytes' in req.input ? await extractBytes(req.input, options) : await extractFile(req.input.path, options);
    reply = { type: 'reply', id: req.id, ok: true, document };
  } catch (e) {
    reply = { type: 'reply', id: req.id, ok: false, error: toFailure(e) };
  }
  await settle();
  // An escaped error already answered for this document.
  if (current !== req.id) return;
  current = null;
  if (engineEscaped && reply.type === 'reply') reply = { ...reply, recycle: true };
  // The build's cache run (scripts/build-code-cache.mjs) saves this worker's compiled code now:
  // the pool may end the worker as soon as it has the reply.
  bundleLoader()?.writeCodeCaches();
  post(reply);
}
