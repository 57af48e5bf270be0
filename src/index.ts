// Public API: re-exports only (see README "Library").
export { extract, GENERATOR, makeRegistry } from './api.js';
export type { ExtractInput } from './api.js';
export { extractBytes, extractFile, extractModel, decideFormat } from './pipeline.js';
export type { BytesInput, ExtractOptions } from './pipeline.js';
export { recognise } from './recognise/index.js';
export { validateRegistry, planRegistrySchema } from './validate.js';
export { PlanExtractError, isPlanExtractError } from './model/errors.js';
export type * from './model/registry.js';
export type * from './model/document.js';
