// Vocabulary for lists of units ("Sở Tài chính; UBND các huyện, thị xã, thành phố").

export { COLLECTIVE_HEADS, NOT_A_HEAD, UNIT_HEADS, UNIT_PLURAL_NOUNS } from '../../vocab/units.js';

/** List markers in front of a unit: "- ", "+ ", "• ", "* ", "1. ", "a) " */
export const LIST_MARKER = /^(?:[-–—+•·*]\s*|\d{1,2}[.)]\s+|[a-zđ]\)\s+)/u;
/** Role notes that are not part of the name: "(p/h)", "(chủ trì)", "(phối hợp)", "(cơ quan thường trực)". */
export const ROLE_NOTE = /\s*\((?:p\/h|c\/t|ph|ct|chủ\s+trì|phối\s+hợp|cơ\s+quan\s+(?:chủ\s+trì|phối\s+hợp|thường\s+trực)|thường\s+trực|chịu\s+trách\s+nhiệm(?:\s+chính)?)\)/giu;
/** Request words in front of a unit in a cell: "Đề nghị phối hợp với các Bộ, ngành liên quan" (KH 277 row 18) → "các Bộ, ngành liên quan". */
export const REQUEST_PREFIX = /^(?:(?:Đề nghị|đề nghị)\s+)?(?:(?:phối hợp|Phối hợp)(?:\s+với)?\s+)?/u;
/** Punctuation left at either end of a unit: "Các phòng thuộc Sở;", "…thành phố." */
export const EDGE_PUNCTUATION = /^[\s;,.:]+|[\s;,.:]+$/gu;
/** A cell that names no unit: "", "-", "---", "…" */
export const NO_UNIT = /^[\s\-–—.…_*|/]*$/u;
