// The batch worker as the library's tests run it: the current TypeScript sources (src/batch/worker.ts),
// never a stale dist/. Pass SOURCE_WORKER (test/helpers/workers.ts) as extractMany's workerUrl.
import { register } from 'node:module';

register('./ts-hooks.mjs', import.meta.url);
await import('../../../src/batch/worker.ts');
