// word/numbering.xml: Word auto-numbering rendered as the label Word prints ("I.", "1.2.", "a)", "-").
// Counters follow Word: per abstract list, lower levels restart when a higher level advances
// (w:lvlRestart can change that), a w:num's w:startOverride restarts a level on first use.
import { child, childVal, children, onOff, rootElement, type XmlElement } from './xml.js';

export interface LevelDef {
  start: number;
  numFmt: string;
  lvlText: string;
  /** 1-based level after which this one restarts; 0 = never; undefined = any higher level. */
  restart?: number;
  isLgl: boolean;
  /** What follows the label: tab (default), space or nothing. */
  suff: string;
  pStyle?: string;
}

export interface NumDef {
  abstractId: string;
  /** Level → start override from w:lvlOverride/w:startOverride. */
  startOverrides: Map<number, number>;
  /** Level → a whole replacement level definition (w:lvlOverride/w:lvl). */
  levelOverrides: Map<number, LevelDef>;
}

export interface Numbering {
  abstracts: Map<string, Map<number, LevelDef>>;
  nums: Map<string, NumDef>;
}

/** Formats rendered as decimal because Word's own rendering depends on locale tables we do not carry. */
const KNOWN_FORMATS = new Set(['decimal', 'decimalZero', 'upperRoman', 'lowerRoman', 'upperLetter', 'lowerLetter', 'bullet', 'none']);
/** Bullet glyphs that print as a second-level "+" in Vietnamese plans; every other glyph prints as "-". */
const PLUS_GLYPHS = new Set(['+', '＋']);
const MAX_LEVEL = 8;

function readLevel(lvl: XmlElement): LevelDef {
  const def: LevelDef = {
    start: Number(childVal(lvl, 'w:start') ?? '1') || 0,
    numFmt: childVal(lvl, 'w:numFmt') ?? 'decimal',
    lvlText: childVal(lvl, 'w:lvlText') ?? '',
    isLgl: onOff(child(lvl, 'w:isLgl')) ?? false,
    suff: childVal(lvl, 'w:suff') ?? 'tab',
  };
  const restart = childVal(lvl, 'w:lvlRestart');
  if (restart !== undefined) def.restart = Number(restart);
  const pStyle = childVal(lvl, 'w:pStyle');
  if (pStyle) def.pStyle = pStyle;
  return def;
}

function readLevels(parent: XmlElement): Map<number, LevelDef> {
  const levels = new Map<number, LevelDef>();
  for (const lvl of children(parent, 'w:lvl')) {
    const ilvl = Number(lvl.attrs['w:ilvl'] ?? '0');
    if (ilvl >= 0 && ilvl <= MAX_LEVEL) levels.set(ilvl, readLevel(lvl));
  }
  return levels;
}

export function parseNumbering(doc: XmlElement | undefined): Numbering {
  const numbering: Numbering = { abstracts: new Map(), nums: new Map() };
  const root = doc ? rootElement(doc) : undefined;
  if (!root) return numbering;
  for (const a of children(root, 'w:abstractNum')) {
    const id = a.attrs['w:abstractNumId'];
    if (id !== undefined) numbering.abstracts.set(id, readLevels(a));
  }
  for (const n of children(root, 'w:num')) {
    const id = n.attrs['w:numId'];
    const abstractId = childVal(n, 'w:abstractNumId');
    if (id === undefined || abstractId === undefined) continue;
    const def: NumDef = { abstractId, startOverrides: new Map(), levelOverrides: new Map() };
    for (const o of children(n, 'w:lvlOverride')) {
      const ilvl = Number(o.attrs['w:ilvl'] ?? '0');
      const start = childVal(o, 'w:startOverride');
      if (start !== undefined) def.startOverrides.set(ilvl, Number(start) || 0);
      const lvl = child(o, 'w:lvl');
      if (lvl) def.levelOverrides.set(ilvl, readLevel(lvl));
    }
    numbering.nums.set(id, def);
  }
  return numbering;
}

/** "I", "iv" … for 1–3999; beyond that Word falls back to decimal. */
export function toRoman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: [number, string][] = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let out = '';
  for (const [v, s] of table) while (n >= v) (out += s), (n -= v);
  return out;
}

/** Word's letter sequence: a … z, then aa … zz, aaa … (the letter repeated), English alphabet — no "đ". */
export function toLetter(n: number): string {
  // Word letters at most 780 items (30 × "z"); a start of 1e8 would otherwise render a
  // 3.8-million-letter label on every item. Past that the number is shown as digits.
  if (n <= 0 || n > 780) return String(n);
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

export function formatNumber(n: number, fmt: string): string {
  switch (fmt) {
    case 'upperRoman':
      return toRoman(n);
    case 'lowerRoman':
      return toRoman(n).toLowerCase();
    case 'upperLetter':
      return toLetter(n).toUpperCase();
    case 'lowerLetter':
      return toLetter(n);
    case 'decimalZero':
      return n < 10 && n >= 0 ? `0${n}` : String(n);
    case 'none':
      return '';
    default:
      return String(n);
  }
}

export interface NumberedLabel {
  /** The label as Word prints it ("I.", "1.2.", "a)", "-", "+"), "" for an empty lvlText. */
  label: string;
  /** What separates the label from the text: " " (tab or space) or "" (suff=nothing). */
  separator: string;
}

/** Counters across the document; one instance per document read. */
export class NumberingState {
  private readonly counters = new Map<string, (number | undefined)[]>();
  private readonly usedNums = new Set<string>();
  /** numFmt values met that we render as decimal (reported once as a warning). */
  readonly unknownFormats = new Set<string>();

  constructor(private readonly numbering: Numbering) {}

  /** The level a style-linked list uses when the style gives only numId. */
  levelForStyle(numId: string, styleId: string): number {
    const levels = this.levels(numId);
    if (levels) for (const [ilvl, def] of levels) if (def.pStyle === styleId) return ilvl;
    return 0;
  }

  /** Advance the list and return the printed label, or null when the numbering is absent/empty. */
  next(numId: string, ilvl: number): NumberedLabel | null {
    const num = this.numbering.nums.get(numId);
    const levels = this.levels(numId);
    if (!num || !levels) return null;
    const level = Math.min(Math.max(ilvl, 0), MAX_LEVEL);
    const counters = this.counters.get(num.abstractId) ?? new Array<number | undefined>(MAX_LEVEL + 1).fill(undefined);
    this.counters.set(num.abstractId, counters);
    if (!this.usedNums.has(numId)) {
      // A list instance with a start override begins again where it is first used.
      this.usedNums.add(numId);
      for (const lvl of num.startOverrides.keys()) counters[lvl] = undefined;
    }
    const def = this.levelDef(num, levels, level);
    if (!def) return null;
    counters[level] = counters[level] === undefined ? this.startOf(num, levels, level) : counters[level]! + 1;
    for (let k = level + 1; k <= MAX_LEVEL; k++) {
      const restart = this.levelDef(num, levels, k)?.restart;
      if (restart === undefined ? true : restart !== 0 && level < restart) counters[k] = undefined;
    }
    return { label: this.render(num, levels, def, counters), separator: def.suff === 'nothing' ? '' : ' ' };
  }

  private levels(numId: string): Map<number, LevelDef> | undefined {
    const num = this.numbering.nums.get(numId);
    return num ? this.numbering.abstracts.get(num.abstractId) : undefined;
  }

  private levelDef(num: NumDef, levels: Map<number, LevelDef>, ilvl: number): LevelDef | undefined {
    return num.levelOverrides.get(ilvl) ?? levels.get(ilvl);
  }

  private startOf(num: NumDef, levels: Map<number, LevelDef>, ilvl: number): number {
    return num.startOverrides.get(ilvl) ?? this.levelDef(num, levels, ilvl)?.start ?? 1;
  }

  private render(num: NumDef, levels: Map<number, LevelDef>, def: LevelDef, counters: (number | undefined)[]): string {
    if (def.numFmt === 'bullet') return PLUS_GLYPHS.has(def.lvlText.trim()) ? '+' : def.lvlText.trim() ? '-' : '';
    if (!KNOWN_FORMATS.has(def.numFmt)) this.unknownFormats.add(def.numFmt);
    const label = def.lvlText.replace(/%([1-9])/g, (_m, d: string) => {
      const k = Number(d) - 1;
      const kDef = this.levelDef(num, levels, k);
      const value = counters[k] ?? this.startOf(num, levels, k);
      // w:isLgl: "legal" numbering shows every level as decimal (1.1 rather than I.1).
      const fmt = def.isLgl ? 'decimal' : (kDef?.numFmt ?? 'decimal');
      return formatNumber(value, fmt === 'bullet' ? 'decimal' : fmt);
    });
    return label.trim();
  }
}
