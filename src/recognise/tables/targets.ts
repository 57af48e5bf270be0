// Targets of a targets table (NQ 03/NQ-CP Phụ lục I: "TT | Chỉ tiêu | Đơn vị | Kết quả | Cơ quan chủ trì
// theo dõi, đánh giá"): one target per value of an item row, its group row ("Đến năm 2030") as `group`.
import type { Comparator, Target } from '../../model/registry.js';
import type { ColumnMap } from '../../table-logic/index.js';
import { parseViNumber } from '../../values/number.js';
import { groupRow } from './groups.js';
import { leavesGroup } from './tasks.js';

/** One value of a "Kết quả" cell: "≥ 55", "> 0,7", "100%", "40 - 50", "≤ 3 Đông Nam Á" (a qualifier after it). */
const VALUE_RE =
  /^(?<cmp>≥|≤|>=|<=|>|<|=|không dưới|không quá|tối thiểu|tối đa|ít nhất|trên|dưới)?\s*(?<num>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?)(?:\s*[-–]\s*(?<num2>\d+(?:[.,]\d+)?))?\s*(?<pct>%)?\s*(?<rest>.*)$/iu;

const COMPARATORS: Record<string, Comparator> = {
  '≥': '>=', '>=': '>=', 'không dưới': '>=', 'tối thiểu': '>=', 'ít nhất': '>=',
  '≤': '<=', '<=': '<=', 'không quá': '<=', 'tối đa': '<=',
  '>': '>', 'trên': '>', '<': '<', 'dưới': '<', '=': '=',
};

/** A short place or scope after the value names which one it is ("Đông Nam Á", "Thế giới"); a clause ("và tăng dần …") does not. */
const isQualifier = (rest: string): boolean => !!rest && rest.split(/\s+/u).length <= 4 && !/^(?:và|hoặc|trở lên|so với)(?![\p{L}])/iu.test(rest);

const cellAt = (row: string[], col: number | undefined): string => (col === undefined ? '' : (row[col] ?? '').trim());

/** The values of one "Kết quả" cell, split at ";": "≤ 3 Đông Nam Á; ≤ 50 Thế giới" → two. */
export function cellValues(cell: string, unitCell: string): { comparator: Comparator; value: number; unit: string | null; qualifier?: string }[] {
  const out: { comparator: Comparator; value: number; unit: string | null; qualifier?: string }[] = [];
  for (const piece of cell.split(/\s*;\s*/u)) {
    const m = VALUE_RE.exec(piece.trim());
    if (!m?.groups) continue;
    const g = m.groups;
    const value = parseViNumber(g.num!);
    if (!Number.isFinite(value)) continue;
    const unit = unitCell || (g.pct ? '%' : null);
    const rest = (g.rest ?? '').trim().replace(/[.;,]+$/u, '');
    const qualifier = isQualifier(rest) ? rest : undefined;
    const base = { unit, ...(qualifier ? { qualifier } : {}) };
    const upper = g.num2 ? parseViNumber(g.num2) : NaN;
    if (Number.isFinite(upper) && upper > value && !g.cmp) {
      out.push({ comparator: '>=', value, ...base }, { comparator: '<=', value: upper, ...base });
      continue;
    }
    const comparator = g.cmp ? COMPARATORS[g.cmp.toLowerCase()]! : unit?.includes('%') ? '>=' : '=';
    out.push({ comparator, value, ...base });
  }
  return out;
}

/** Targets of the item rows of a targets table; `value` is the "Kết quả" column (outputs by header), `unit` the "Đơn vị" column. */
export function rowsToTargets(rows: string[][], cols: ColumnMap, table: number): Target[] {
  const out: Target[] = [];
  // A numbered group ("11 | Chỉ tiêu về thực hiện TTHC…" over 11.1, 11.2…) sits inside a Roman one ("I | Đến năm 2030"):
  // past its last item the rows are again under the Roman group.
  let outer: { no: string | null; text: string } | null = null;
  let inner: { no: string | null; text: string } | null = null;
  rows.forEach((row, r) => {
    if (inner && leavesGroup(inner, row, cols)) inner = null;
    const g = groupRow(row, rows[r + 1], cols);
    if (g) {
      if (outer && g.no && /^\d/u.test(g.no)) inner = g;
      else {
        outer = g;
        inner = null;
      }
      return;
    }
    const group = (inner ?? outer)?.text ?? null;
    const metric = cellAt(row, cols.metric);
    const valueCell = cellAt(row, cols.outputs);
    if (!metric || !valueCell) return;
    for (const v of cellValues(valueCell, cellAt(row, cols.unit))) {
      const t: Target = {
        text: row.map((c) => c.trim()).filter(Boolean).join(' | '),
        metric: v.qualifier ? `${metric} (${v.qualifier})` : metric,
        value: v.value,
        unit: v.unit,
        comparator: v.comparator,
        section: null,
        source: { table, row: r + 1 },
      };
      if (group) t.group = group;
      out.push(t);
    }
  });
  return out;
}
