// The source worker with the hang hook of hang-preload.mjs (for extractMany tests in vitest).
import './hang-preload.mjs';
import './source-worker.mjs';
