// Worker thread: reads one document per message with the library pipeline and posts the
// PlanDocument (or the failure) back. One worker serves many files until it is terminated.
import { parentPort, workerData } from 'node:worker_threads';
import { extractBytes, extractFile } from '../pipeline.js';
import type { WorkerReply, WorkerRequest } from './pool.js';
import { toFailure } from './failure.js';

/** Test-only: a file whose path contains this substring makes the worker spin forever. */
const testHang: string | undefined = (workerData as { testHang?: string } | undefined)?.testHang;

parentPort?.on('message', (req: WorkerRequest) => {
  void handle(req).then((reply) => parentPort?.postMessage(reply));
});

async function handle(req: WorkerRequest): Promise<WorkerReply> {
  try {
    const path = req.input.path;
    if (testHang && path.includes(testHang)) for (;;);
    // OCR'd pages grow the file's time limit: the pool is told how many (see pool.ts).
    const options = { ...req.options, onOcrPages: (ocrPages: number) => parentPort?.postMessage({ id: req.id, ocrPages }) };
    const document =
      'bytes' in req.input
        ? await extractBytes(req.input, options)
        : await extractFile(req.input.path, options);
    return { id: req.id, ok: true, document };
  } catch (e) {
    return { id: req.id, ok: false, error: toFailure(e) };
  }
}
