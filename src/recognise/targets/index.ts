// Targets (chỉ tiêu): one per measurable value, from items of targets/objectives sections and from
// "phấn đấu … đạt …" goal sentences elsewhere; never from results/assessment sections.
// A range "03-05 trường" / "từ 3 đến 5 trường" gives two targets (>= 3 and <= 5) with the same metric;
// a rank "top 15/63" gives value 15, unit "hạng", of 63, comparator "<=". `section` is the full label
// path of the item ("PHẦN THỨ HAI.II.2.(7)"), so a target points at its numbered item.
import type { SectionKind, Target } from '../../model/registry.js';
import type { SectionNode } from '../sections/types.js';
import { goalSpans, targetsFromText } from './item.js';
import { TARGET_BLOCK_RE } from './patterns.js';
import { itemTexts } from './items.js';

export { parseViNumber } from '../../values/number.js';
export { targetsFromText, goalSpans } from './item.js';

/** all: every value is a target; goal: only "phấn đấu …" sentences; none: reported results. */
type Mode = 'all' | 'goal' | 'none';

const ALL_KINDS = new Set<SectionKind>(['targets', 'objectives']);
const NONE_KINDS = new Set<SectionKind>(['results', 'assessment']);
/** List items ("(1)", "a)", "(i)") take their parent's mode inside a target list or a results part, whatever their words say. */
const ITEM_SCHEMES = new Set<string>(['paren', 'letter', 'roman-paren', 'bullet', 'plus']);

function modeOf(node: SectionNode, parent: Mode): Mode {
  if (ITEM_SCHEMES.has(node.scheme) && parent !== 'goal') return parent;
  if (ALL_KINDS.has(node.kind)) return 'all';
  if (NONE_KINDS.has(node.kind)) return 'none';
  return node.kind === 'other' ? parent : 'goal';
}

export function findTargets(sections: SectionNode[]): Target[] {
  const out: Target[] = [];
  // No target twice: the same metric, comparator, value and unit stated again in the same item.
  const seen = new Set<string>();
  const push = (t: Target): void => {
    const key = JSON.stringify([t.section, t.metric.toLowerCase(), t.comparator, t.value, t.unit, t.of ?? null]);
    if (seen.has(key)) return;
    seen.add(key);
    out.push(t);
  };
  const visit = (node: SectionNode, parentMode: Mode): void => {
    const mode = modeOf(node, parentMode);
    if (mode !== 'none') {
      const section = node.path.length ? node.path.join('.') : null;
      // A "Mục tiêu:" paragraph makes the paragraphs after it in the same item targets.
      let block = false;
      for (const { text, source } of itemTexts(node)) {
        if (TARGET_BLOCK_RE.test(text)) {
          block = true;
          continue;
        }
        const found = mode === 'all' || block ? targetsFromText(text, section) : goalSpans(text).flatMap((span) => targetsFromText(span, section, text));
        for (const t of found) push({ ...t, source });
      }
    }
    for (const c of node.children) visit(c, mode);
  };
  for (const n of sections) visit(n, 'goal');
  return out;
}

/**
 * No target twice across the document: a row of a targets table that states a target of the text again (same
 * metric, comparator, value and unit) is dropped, and so is a row repeating another row of the same group.
 */
export function withoutRepeats(text: Target[], table: Target[]): Target[] {
  const key = (t: Target): string => JSON.stringify([t.metric.toLowerCase(), t.comparator, t.value, t.unit, t.of ?? null]);
  const seen = new Set(text.map(key));
  const rows = new Set<string>();
  const kept = table.filter((t) => {
    const row = key(t) + (t.group ?? '');
    if (seen.has(key(t)) || rows.has(row)) return false;
    rows.add(row);
    return true;
  });
  return [...text, ...kept];
}
