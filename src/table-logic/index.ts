// Model-level table logic every extractor's output goes through; re-exports only.
export { stitchTables, isContinuationRow } from './stitch.js';
export { findCaption, type TableCaption } from './caption.js';
export { normaliseHeader, cleanCell, joinSplitText } from './text.js';
export { columnRoleOf, combinedRoleOf, detectColumnRoles, headerDepth, headerTexts } from './header.js';
export { tableRole, isTimeOfDayColumn, timeColumnKind, type ColumnMap } from './role.js';
export { toGrid, fromGrid, resolveVerticalMerges, rowTexts, tableWidth, type GridCell, type GridRow } from './grid.js';
export { COLUMN_SYNONYMS, type ColumnRole } from './patterns.js';
