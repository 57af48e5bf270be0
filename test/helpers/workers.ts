// Worker modules for tests: the batch worker run from the TypeScript sources, the same with a
// test-only hang hook, and the preload that gives the built binary's workers that hook.
import { fileURLToPath } from 'node:url';

/** src/batch/worker.ts through an esbuild loader: extractMany({ workerUrl: SOURCE_WORKER }). */
export const SOURCE_WORKER = new URL('./workers/source-worker.mjs', import.meta.url);
/** SOURCE_WORKER, plus: a path containing $PLAN_EXTRACT_TEST_HANG spins forever. */
export const HANG_WORKER = new URL('./workers/hang-worker.mjs', import.meta.url);
/** For `node --import <this> bin/plan-extract`: the binary's workers get the hang hook. */
export const HANG_PRELOAD = fileURLToPath(new URL('./workers/hang-preload.mjs', import.meta.url));
/** The environment variable the hang hook reads. */
export const HANG_ENV = 'PLAN_EXTRACT_TEST_HANG';
/** For `node --import <this> bin/plan-extract`: faults in the workers (see fault-preload.mjs). */
export const FAULT_PRELOAD = fileURLToPath(new URL('./workers/fault-preload.mjs', import.meta.url));
export const FAULT_ENV = 'PLAN_EXTRACT_TEST_FAULT';
/** For `node --import <this> bin/plan-extract`: output files fail (see write-fault-preload.mjs). */
export const WRITE_FAULT_PRELOAD = fileURLToPath(new URL('./workers/write-fault-preload.mjs', import.meta.url));
export const WRITE_FAULT_ENV = 'PLAN_EXTRACT_TEST_WRITE_FAULT';
