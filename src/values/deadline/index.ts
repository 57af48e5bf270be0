// Deadline values: table cells (parseDeadline) and phrases in running text (findDeadline).
export { parseDeadline, prepareText } from './parse.js';
export { findDeadline, findAllDeadlines, hasDeadlineWord } from './find.js';
export { eventTime, hoursOf, type EventContext } from './event.js';
export type { DeadlineContext } from './expression.js';
export type { Deadline, DeadlineKind } from '../../model/registry.js';
