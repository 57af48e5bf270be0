// The batch library: extractMany over a pool of worker threads (used by the CLI, exported by the API).
export { extractMany, DEFAULT_TIMEOUT_SECONDS, DEFAULT_MAX_MEMORY_MB } from './extract-many.js';
export type { BatchInput, BatchResult, BatchOptions, BatchControl, BatchFailure } from './extract-many.js';
export { toFailure } from './failure.js';
