// Public API: re-exports only (see README "Library").
export { extract } from './api.js';
export type { ExtractInput } from './api.js';
export { extractMany, DEFAULT_TIMEOUT_SECONDS, DEFAULT_MAX_MEMORY_MB } from './batch/index.js';
export type { BatchInput, BatchResult, BatchOptions, BatchFailure } from './batch/index.js';
export { makeRegistry, generatorName, packageVersion } from './version.js';
export { emit, OUTPUT_FORMATS, TABLE_NAMES } from './emit/index.js';
export type { OutputFormat, TableName, EmitOptions } from './emit/index.js';
export { extractBytes, extractFile, extractModel, decideFormat } from './pipeline.js';
export type { BytesInput, ExtractOptions } from './pipeline.js';
export { recognise } from './recognise/index.js';
export { validateRegistry, planRegistrySchema } from './validate.js';
export { PlanExtractError, isPlanExtractError } from './model/errors.js';
export type * from './model/registry.js';
export type * from './model/document.js';
