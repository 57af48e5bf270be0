// Duties written as running text before (or without) any numbered section — the body of a công văn
// giao việc: "Chủ tịch Ủy ban nhân dân tỉnh giao Công an tỉnh nghiên cứu, triển khai … và gửi …";
// "Văn phòng UBND tỉnh đề nghị Sở Dân tộc và Tôn giáo … gửi về Văn phòng UBND tỉnh trước ngày 14/4/2025./.";
// "Qua nghiên cứu, đề nghị Sở Giao thông vận tải … hoàn chỉnh Dự thảo …".
// A paragraph is a duty only when it ADDRESSES a unit: "giao|đề nghị|yêu cầu" + a unit, at a clause start or
// after the assigning unit; "Ủy ban nhân dân tỉnh nhận được Công văn … về đề nghị phối hợp …" is not.
import type { Para } from '../sections/types.js';
import { ACTION_RE, isClosingFormula, UNIT_START_RE } from './patterns.js';
import { unitAtStart } from './actors.js';

const ADDRESS_VERB_RE = /(?<![\p{L}])(?:giao|đề nghị|yêu cầu)\s+(?=\S)/giu;
/** The assigning unit before the verb is short: "Chủ tịch Ủy ban nhân dân tỉnh", "Văn phòng UBND tỉnh". */
const MAX_ASSIGNER_WORDS = 10;
/** "Kính gửi:" lines are addressees, not duties. */
const KINH_GUI_RE = /^\s*Kính\s+gửi(?![\p{L}])/iu;
/** "Đề nghị Quý cơ quan …": the letter's addressees, named by "Quý". */
export const YOU_RE = /^Quý\s+(?:cơ quan|đơn vị|Sở|Ban|Ủy ban|Uỷ ban|địa phương|Bộ)(?![\p{L}])/u;

/** Where the addressing verb of a duty starts in `text`, or -1: "… giao Công an tỉnh …". */
export function addressedAt(text: string): number {
  for (const m of text.matchAll(ADDRESS_VERB_RE)) {
    const at = m.index ?? 0;
    const after = text.slice(at + m[0].length);
    if (!unitAtStart(after, false) && !YOU_RE.test(after)) continue;
    // The clause before the verb: nothing ("Đề nghị Sở …", "Qua nghiên cứu, đề nghị Sở …"), or the assigner.
    const clauseStart = Math.max(...['.', ';', ':', ','].map((p) => text.lastIndexOf(p, at - 1))) + 1;
    const before = text.slice(clauseStart, at).trim();
    if (!before) return at;
    const head = UNIT_START_RE.exec(before);
    if (head && before.split(/\s+/u).length <= MAX_ASSIGNER_WORDS && !ACTION_RE.test(before.slice(head[0].length))) return at;
  }
  return -1;
}

/** Is this body paragraph a duty addressed to a unit (and not a closing formula, an introduction or "Kính gửi")? */
export function isLetterDuty(p: Para, addressees: ReadonlySet<string>): boolean {
  const t = p.text.trim();
  if (!t || KINH_GUI_RE.test(t) || addressees.has(t.replace(/[\s;,.]+$/u, '')) || isClosingFormula(t)) return false;
  if (/:\s*$/u.test(t)) return false;
  return addressedAt(t) >= 0;
}
