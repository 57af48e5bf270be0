// Deadline values: table cells (parseDeadline) and phrases in running text (findDeadline).
export { parseDeadline, prepareText } from './parse.js';
export { findDeadline, findAllDeadlines } from './find.js';
export type { DeadlineContext } from './expression.js';
export type { Deadline, DeadlineKind } from '../../model/registry.js';
