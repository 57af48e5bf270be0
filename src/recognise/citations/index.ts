// Citations: references to other documents ("Quyết định số 184/QĐ-UBND ngày 24/01/2024 của Chủ tịch UBND tỉnh").
export { findCitations, uniqueCitations, canonicalType, normaliseNumber } from './find.js';
export { readIssuer } from './issuer.js';
export { CITATION_TYPES } from './patterns.js';
export type { Citation } from '../../model/registry.js';
