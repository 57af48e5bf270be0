// Find measurable values in one clause: a number with a unit or a rank, and the comparator words around it.
import type { Comparator } from '../../model/registry.js';
import { parseViNumber } from '../../values/number.js';
import { AT_LEAST_AFTER_RE, PER_PERIOD_AFTER_RE, COMPARATOR_WORDS, COUNT_UNITS, NOT_UNIT_AFTER_SRC, NUMBER_SRC, PERCENT_SRC, RANK_SRC, RANK_UNIT } from './patterns.js';

export interface Mention {
  /** Where the mention starts (at its comparator word when there is one) and ends (after unit / "trở lên"). */
  start: number;
  end: number;
  value: number;
  /** Upper bound of a range "03-05 trường", "từ 3 đến 5 trường". */
  upper?: number;
  /** Denominator of "top 15/63", "18/18 xã". */
  of?: number;
  unit: string;
  comparator: Comparator;
  /** True when the comparator came from a word in the text, not from the default. */
  explicit: boolean;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

const CMP_SRC = COMPARATOR_WORDS.map(([w]) => escape(w)).join('|');
const UNIT_SRC = [PERCENT_SRC, ...COUNT_UNITS.map(escape)].join('|');

/** e.g. "trên 98%", "top 15/63", "là 30 trường", "03-05 trường", "từ 3 đến 5 lớp", "đạt 95,2%". */
const MENTION_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}/.,])` +
    String.raw`(?:(?<cmp>${CMP_SRC})\s*)?` +
    String.raw`(?:(?<rank>${RANK_SRC})\s+)?` +
    String.raw`(?<num>${NUMBER_SRC})(?![\p{N}])` +
    String.raw`(?:\s*(?:-|–|đến)\s*(?<num2>${NUMBER_SRC})(?![\p{N}]))?` +
    String.raw`(?:\/(?<of>\d+)(?![\p{N}/]))?` +
    String.raw`(?:\s*(?<unit>${UNIT_SRC})(?!\p{L}|\p{N})${NOT_UNIT_AFTER_SRC})?`,
  'giu',
);

const UNIT_NAMES: Record<string, string> = { hs: 'học sinh', gv: 'giáo viên', 'tỉ đồng': 'tỷ đồng', 'phần trăm': '%', usd: 'USD', 'tỷ usd': 'tỷ USD', 'triệu usd': 'triệu USD' };

/** The counting words a plain count defaults to "=" with; a percentage or "đạt N" defaults to ">=". */
const REACH_BEFORE_RE = /(?:đạt|đạt được|có|ít nhất)\s*$/iu;

export function findMentions(clause: string): Mention[] {
  const out: Mention[] = [];
  for (const m of clause.matchAll(MENTION_RE)) {
    const g = m.groups ?? {};
    if (!g.unit && !g.rank) continue;
    // "năm 2005 giải quyết …", "năm 2024 lớp …": a year, not a count.
    if (!g.cmp && /năm\s*$/iu.test(clause.slice(0, m.index))) continue;
    // "thứ" alone is also an ordinal ("Thứ năm"); only a fraction "thứ 3/20" or "hạng 10" is a rank.
    if (g.rank && !g.unit && g.rank.toLowerCase() === 'thứ' && !g.of) continue;
    if (g.rank && g.unit && g.unit !== '%') continue;
    let end = (m.index ?? 0) + m[0].length;
    const unitRaw = g.unit ? g.unit.toLowerCase() : '';
    const unit = g.rank && !g.unit ? RANK_UNIT : (UNIT_NAMES[unitRaw] ?? unitRaw);
    const value = parseViNumber(g.num);
    if (!Number.isFinite(value)) continue;
    let comparator: Comparator;
    let explicit = false;
    const cmpWord = g.cmp?.toLowerCase();
    const mapped = cmpWord ? COMPARATOR_WORDS.find(([w]) => w === cmpWord)?.[1] : undefined;
    const rest = clause.slice(end);
    const atLeast = AT_LEAST_AFTER_RE.exec(rest);
    if (atLeast) end += atLeast[0].length;
    const perPeriod = unit === '%' ? PER_PERIOD_AFTER_RE.exec(clause.slice(end)) : null;
    if (perPeriod) end += perPeriod[0].length;
    if (mapped) {
      comparator = mapped;
      explicit = true;
    } else if (atLeast) {
      comparator = '>=';
      explicit = true;
    } else if (g.rank && g.rank.toLowerCase() === 'top') {
      comparator = '<=';
      explicit = true;
    } else if (unit === '%' || REACH_BEFORE_RE.test(clause.slice(0, m.index))) {
      comparator = '>=';
    } else {
      comparator = '=';
    }
    const mention: Mention = { start: m.index ?? 0, end, value, unit, comparator, explicit };
    if (g.num2) {
      const upper = parseViNumber(g.num2);
      if (Number.isFinite(upper) && upper > value) mention.upper = upper;
    }
    if (g.of) mention.of = Number(g.of);
    out.push(mention);
  }
  return out;
}
