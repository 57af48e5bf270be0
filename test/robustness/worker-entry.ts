// Runs in a child process (bundled by harness.ts): one input at a time through the real
// pipeline, answering with what happened. A hang or runaway memory is handled by the parent.
// The public API surface: the same functions a library user calls.
import { extractBytes, makeRegistry, PlanExtractError, validateRegistry } from '../../src/index.js';

interface Job {
  id: number;
  bytes: Uint8Array;
  path: string;
}

const send = (m: object): void => void process.send!(m);
/** PLAN_EXTRACT_TEST_PDF_ENGINE=pdfium runs the suite with the PDFium reader (test/pdf-pdfium). */
const options = process.env.PLAN_EXTRACT_TEST_PDF_ENGINE === 'pdfium' ? { pdfEngine: 'pdfium' as const } : {};

process.on('message', async (job: Job) => {
  const t0 = performance.now();
  try {
    const doc = await extractBytes({ bytes: job.bytes, path: job.path }, options);
    const v = validateRegistry(makeRegistry([doc]));
    const ms = performance.now() - t0;
    if (v.ok) send({ id: job.id, kind: 'ok', ms });
    else send({ id: job.id, kind: 'invalid', ms, errors: v.errors.slice(0, 5) });
  } catch (e) {
    const ms = performance.now() - t0;
    if (e instanceof PlanExtractError) {
      send({ id: job.id, kind: 'refused', ms, code: e.code, en: e.en, vi: e.vi });
    } else {
      const err = e instanceof Error ? e : new Error(String(e));
      send({ id: job.id, kind: 'crash', ms, name: err.name, message: err.message, stack: err.stack ?? '' });
    }
  }
});
