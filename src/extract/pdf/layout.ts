// One page's lines and tables → ordered units (header zone, body paragraphs, tables, closing
// zone, footnotes), with page furniture and stamp text taken out.
import type { Zone } from '../../model/document.js';
import { splitFootnotes, type Footnote } from './footnotes.js';
import { isPageNumberLine, isRunningLine } from './furniture.js';
import { makeLine, median, splitSegments } from './lines.js';
import { findLooseTables } from './loose-tables.js';
import { groupParagraphs, isCentred, measureBody, type BodyMetrics } from './paragraphs.js';
import { isStampText } from './stamps.js';
import type { PageTable } from './tables.js';
import type { Line, PageData } from './types.js';
import { columns, findClosingStart, findHeader, RECIPIENTS_HEAD } from './zones.js';

export type Unit =
  | { kind: 'text'; lines: Line[]; zone: Zone; page: number; pageEnd?: number; align?: 'center'; firstPageLines?: number }
  | { kind: 'table'; table: PageTable; page: number }
  | { kind: 'footnote'; note: Footnote; page: number };

export interface PageLayout {
  page: number;
  units: Unit[];
  stamps: string[];
  metrics: BodyMetrics;
  /** Characters of body text (no stamps, no page numbers): 0 means an image-only page. */
  chars: number;
}

export interface PageInput {
  data: PageData;
  lines: Line[];
  tables: PageTable[];
}

/** "- ", "+ ", "• ": a recipients list item. */
const LIST_DASH = /^[-–+•]\s*/u;

export function layoutPage(input: PageInput, opts: { first: boolean; running: Set<string>; closingDone: boolean }): PageLayout & { closing: boolean } {
  const { data } = input;
  const stamps: string[] = [];
  // Stamp segments leave the line; the rest of the line stays.
  let lines: Line[] = [];
  for (const l of input.lines) {
    const segs = splitSegments(l);
    const kept = segs.filter((s) => {
      if (!isStampText(s.text)) return true;
      stamps.push(s.text);
      return false;
    });
    if (kept.length === segs.length) lines.push(l);
    else if (kept.length) lines.push(makeLine(kept.flatMap((s) => s.items)));
  }
  lines = lines.filter((l, i) => !isPageNumberLine(l, data.width, data.height, i === 0, i === lines.length - 1));
  lines = lines.filter((l) => !isRunningLine(l, data.height, opts.running));
  const chars = lines.reduce((n, l) => n + l.text.replace(/\s/g, '').length, 0) + input.tables.length;

  const units: Unit[] = [];
  const bodySize = median(lines.map((l) => l.size));
  const metrics = measureBody(lines.filter((l) => l.size >= bodySize * 0.92), data.width);
  const { body, notes } = splitFootnotes(lines, data.hRules, bodySize, metrics.right - metrics.left, data.height);
  let rest = body;

  if (opts.first) {
    const header = findHeader(rest, data.width, data.height);
    if (header) {
      for (const l of header.zone.left) units.push({ kind: 'text', lines: [l], zone: 'header', page: data.page });
      for (const l of header.zone.right) units.push({ kind: 'text', lines: [l], zone: 'header', page: data.page });
      rest = rest.slice(header.count);
    }
  }

  let closingUnits: Unit[] = [];
  let closing = false;
  if (!opts.closingDone) {
    const start = findClosingStart(rest, data.width);
    if (start) {
      closing = true;
      const zone = columns(rest.slice(start.index), start.splitX);
      rest = rest.slice(0, start.index);
      closingUnits = closingBlocks(zone.left, data.page).concat(zone.right.map((l) => ({ kind: 'text' as const, lines: [l], zone: 'closing' as const, page: data.page })));
    }
  }

  // Tables drawn without rules, from positions (ruled ones came out of the items before).
  const loose = findLooseTables(rest, data);
  rest = loose.lines;
  // Body paragraphs and tables in reading order (tables placed by their top edge).
  const tables = [...input.tables, ...loose.tables].sort((a, b) => a.box[1] - b.box[1]);
  let ti = 0;
  const flushLines = (ls: Line[]): void => {
    for (const group of groupParagraphs(ls, metrics)) {
      const u: Unit = { kind: 'text', lines: group, zone: 'body', page: data.page };
      if (group.every((l) => isCentred(l, metrics))) u.align = 'center';
      units.push(u);
    }
  };
  let pending: Line[] = [];
  for (const l of rest) {
    while (ti < tables.length && tables[ti].box[1] < l.top) {
      flushLines(pending);
      pending = [];
      units.push({ kind: 'table', table: tables[ti++], page: data.page });
    }
    pending.push(l);
  }
  flushLines(pending);
  while (ti < tables.length) units.push({ kind: 'table', table: tables[ti++], page: data.page });
  units.push(...closingUnits);
  for (const note of notes) units.push({ kind: 'footnote', note, page: data.page });
  return { page: data.page, units, stamps, metrics, chars, closing };
}

/** The recipients column: "Nơi nhận:" alone, then one block per list item (wrapped lines joined). */
function closingBlocks(left: Line[], page: number): Unit[] {
  const out: { kind: 'text'; lines: Line[]; zone: 'closing'; page: number }[] = [];
  for (const l of left) {
    const prev = out[out.length - 1];
    const startsItem = LIST_DASH.test(l.text) || RECIPIENTS_HEAD.test(l.text) || !prev || RECIPIENTS_HEAD.test(prev.lines[0].text);
    if (startsItem) out.push({ kind: 'text', lines: [l], zone: 'closing', page });
    else prev.lines.push(l);
  }
  return out;
}
