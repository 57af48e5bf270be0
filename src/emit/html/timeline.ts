// The timeline of deadlines: an SVG drawn here, one row per lead unit, months across (quarters
// when the plan spans more than two years, years past ten). Tasks with a due date are bars (a
// short mark when only the end is known); continuous and periodic tasks are striped bands.
// Every bar links to its task row and carries the task's data-task.
import type { PlanDocument, Task } from '../../model/registry.js';
import { dayIso, dayYm, isBand, isoDay, ymDay, type YearMonth } from './dates.js';
import { attr, esc } from './escape.js';
import { unitId } from './format.js';
import type { Strings } from './i18n.js';
import { taskAnchor, type DocIds } from './tasks.js';

export interface TimelineItem {
  task: Task;
  index: number;
  /** First and last day covered (inclusive). */
  from: number;
  to: number;
  kind: 'bar' | 'mark' | 'band';
  /** Due day for overdue marking (bars and marks only). */
  due: number | null;
}

const LABEL_W = 300;
const CHART_W = 880;
const WIDTH = LABEL_W + CHART_W + 10;
const HEAD_H = 44;
const LANE_H = 22;
const BAR_H = 16;
const LINE_H = 15;
const ROW_PAD = 8;
const MARK_W = 10;
const LABEL_CHARS = 40;

/** The tasks the timeline draws: dated deadlines, and bands (with or without their own dates). */
export function timelineItems(doc: PlanDocument): { items: TimelineItem[]; open: TimelineItem[] } {
  const items: TimelineItem[] = [];
  const open: TimelineItem[] = []; // bands without dates: they span the whole axis
  doc.tasks.forEach((task, index) => {
    const d = task.deadline;
    if (!d) return;
    const start = d.start ? isoDay(d.start) : null;
    const end = d.end ? isoDay(d.end) : null;
    if (isBand(d)) {
      if (start !== null || end !== null) items.push({ task, index, from: start ?? end!, to: end ?? start!, kind: 'band', due: null });
      else open.push({ task, index, from: 0, to: 0, kind: 'band', due: null });
      return;
    }
    if (start === null && end === null) return;
    if (start !== null && end !== null && end > start) items.push({ task, index, from: start, to: end, kind: 'bar', due: end });
    else {
      const day = end ?? start!;
      items.push({ task, index, from: day, to: day, kind: 'mark', due: day });
    }
  });
  return { items, open };
}

interface Axis {
  day0: number;
  /** Exclusive end. */
  day1: number;
  scale: 'month' | 'quarter' | 'year';
  ticks: { day: number; ym: YearMonth }[];
}

function addMonths(ym: YearMonth, n: number): YearMonth {
  const t = ym.year * 12 + ym.month + n;
  return { year: Math.floor(t / 12), month: t % 12 };
}

function axisFor(items: TimelineItem[], doc: PlanDocument): Axis | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const it of items) (lo = Math.min(lo, it.from)), (hi = Math.max(hi, it.to));
  if (!Number.isFinite(lo)) {
    // Only open bands: draw the year of the document.
    const year = doc.meta.date?.iso ? Number(doc.meta.date.iso.slice(0, 4)) : NaN;
    if (!Number.isFinite(year)) return null;
    lo = ymDay({ year, month: 0 });
    hi = ymDay({ year, month: 11 }) + 30;
  }
  let first = dayYm(lo);
  let months = (dayYm(hi).year - first.year) * 12 + dayYm(hi).month - first.month + 1;
  // Months up to two years, quarters up to ten, then years.
  const scale = months > 120 ? 'year' : months > 24 ? 'quarter' : 'month';
  const step = scale === 'year' ? 12 : scale === 'quarter' ? 3 : 1;
  if (step > 1) {
    const m0 = first.month - (first.month % step);
    months += first.month - m0;
    first = { year: first.year, month: m0 };
    months = Math.ceil(months / step) * step;
  }
  // At least three columns, so a single deadline does not fill the whole width.
  const minMonths = 3 * step;
  if (months < minMonths) months = minMonths;
  const ticks: Axis['ticks'] = [];
  for (let m = 0; m < months; m += step) {
    const ym = addMonths(first, m);
    ticks.push({ day: ymDay(ym), ym });
  }
  return { day0: ymDay(first), day1: ymDay(addMonths(first, months)), scale, ticks };
}

/** Greedy interval packing: each item goes into the first lane it does not overlap (in pixels). */
function packLanes(spans: { x0: number; x1: number }[]): number[] {
  const laneEnds: number[] = [];
  return spans.map((sp) => {
    let lane = laneEnds.findIndex((end) => end + 2 <= sp.x0);
    if (lane < 0) lane = laneEnds.push(0) - 1;
    laneEnds[lane] = sp.x1;
    return lane;
  });
}

/** A unit name in lines of at most LABEL_CHARS characters (three lines, the rest elided). */
export function wrapLabel(text: string, max = LABEL_CHARS, maxLines = 3): string[] {
  const lines: string[] = [];
  let cur = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (cur && (cur + ' ' + word).length > max) (lines.push(cur), (cur = word));
    else cur = cur ? `${cur} ${word}` : word;
  }
  if (cur) lines.push(cur);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = kept[maxLines - 1].slice(0, max - 1) + '…';
    return kept;
  }
  return lines;
}

/** Room the task's number takes in the bar label font (11px bold, about 7px a character). */
function labelWidth(it: TimelineItem): number {
  return (it.task.no ?? it.task.id).length * 7;
}

function barTitle(it: TimelineItem): string {
  const t = it.task;
  const lead = t.lead.length ? ` [${t.lead.join('; ')}]` : '';
  return `${t.no ?? t.id}. ${t.text}${lead} — ${t.deadline?.raw ?? ''}`;
}

export function timelineSvg(doc: PlanDocument, ids: DocIds, s: Strings): string {
  const { items, open } = timelineItems(doc);
  const heading = `<h3 id="${ids.prefix}-timeline">${esc(s.timeline)}</h3>`;
  const drawn = items.length + open.length;
  const undated = doc.tasks.length - drawn;
  const axis = drawn ? axisFor(items, doc) : null;
  if (!axis) return `<section class="timeline-part">${heading}<p class="muted">${esc(s.timelineNone)}</p></section>`;
  const all = [...items, ...open.map((o) => ({ ...o, from: axis.day0, to: axis.day1 - 1 }))];
  const x = (day: number) => LABEL_W + ((day - axis.day0) / (axis.day1 - axis.day0)) * CHART_W;

  // One row per first lead unit ("Bộ Công an" and "Bộ Công An" are one), named as first written; unnamed leads last.
  const rows = new Map<string, TimelineItem[]>();
  const names = new Map<string, string>();
  for (const it of all) {
    const name = it.task.lead[0] ?? '';
    const id = name ? unitId(name) : '';
    if (!names.has(id)) names.set(id, name);
    rows.set(id, [...(rows.get(id) ?? []), it]);
  }
  const keys = [...rows.keys()].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : names.get(a)!.localeCompare(names.get(b)!, 'vi')));

  const body: string[] = [];
  let y = HEAD_H;
  keys.forEach((id, r) => {
    const key = names.get(id)!;
    const list = rows.get(id)!.sort((a, b) => (a.kind === 'band' ? 0 : 1) - (b.kind === 'band' ? 0 : 1) || a.from - b.from || a.to - b.to);
    const spans = list.map((it) => {
      if (it.kind === 'mark') {
        // The mark's number is written to its right, so it takes that room too.
        const cx = x(it.to + 1);
        return { x0: cx - MARK_W / 2, x1: cx + MARK_W / 2 + 4 + labelWidth(it) };
      }
      return { x0: x(it.from), x1: Math.max(x(it.to + 1), x(it.from) + 4) };
    });
    const lanes = packLanes(spans);
    const laneCount = Math.max(...lanes) + 1;
    const label = wrapLabel(key || s.noLead);
    const h = Math.max(laneCount * LANE_H, label.length * LINE_H) + ROW_PAD * 2;
    body.push(`<g class="tl-row${r % 2 ? ' odd' : ''}">`);
    body.push(`<rect class="row-bg" x="0" y="${y}" width="${WIDTH}" height="${h}"/>`);
    const ly = y + h / 2 - ((label.length - 1) * LINE_H) / 2 + 4;
    body.push(
      `<text class="unit${key ? '' : ' muted'}" x="8" y="${ly.toFixed(1)}"><title>${esc(key || s.noLead)}</title>` +
        label.map((line, i) => `<tspan x="8" dy="${i ? LINE_H : 0}">${esc(line)}</tspan>`).join('') +
        `</text>`,
    );
    list.forEach((it, i) => {
      const sp = spans[i];
      const by = y + ROW_PAD + lanes[i] * LANE_H + (LANE_H - BAR_H) / 2;
      const w = it.kind === 'mark' ? MARK_W : sp.x1 - sp.x0;
      const cls = it.kind === 'band' ? 'band' : it.kind === 'mark' ? 'bar mark' : 'bar';
      const label = it.task.no ?? it.task.id;
      const ty = (by + BAR_H - 4).toFixed(1);
      const text =
        it.kind === 'mark'
          ? `<text class="bar-label beside" x="${(sp.x0 + MARK_W + 3).toFixed(1)}" y="${ty}" aria-hidden="true">${esc(label)}</text>`
          : w > labelWidth(it) + 8
            ? `<text class="bar-label${it.kind === 'band' ? ' on-band' : ''}" x="${(sp.x0 + 5).toFixed(1)}" y="${ty}" aria-hidden="true">${esc(label)}</text>`
            : '';
      body.push(
        `<a href="#${taskAnchor(ids, it.index)}" class="bar-link"><title>${esc(barTitle(it))}</title>` +
          `<rect class="${cls}" data-task="${esc(it.task.id)}"${it.due !== null ? attr('data-due', dayIso(it.due)) : ''}` +
          `${it.kind === 'band' ? ` fill="url(#${ids.prefix}-stripes)"` : ''} ` +
          `x="${sp.x0.toFixed(1)}" y="${by.toFixed(1)}" width="${w.toFixed(1)}" height="${BAR_H}" rx="3"/>${text}</a>`,
      );
    });
    body.push('</g>');
    y += h;
  });
  const height = y + 4;

  // Axis: a line per month/quarter, labels at the top, years shaded alternately.
  const grid: string[] = [];
  axis.ticks.forEach((tick, i) => {
    const x0 = x(tick.day);
    const x1 = i + 1 < axis.ticks.length ? x(axis.ticks[i + 1].day) : x(axis.day1);
    const q = Math.floor(tick.ym.month / 3) + 1;
    const name = axis.scale === 'month' ? s.monthLabel(tick.ym.year, tick.ym.month) : axis.scale === 'quarter' ? s.quarterLabel(tick.ym.year, q) : String(tick.ym.year);
    if (tick.ym.year % 2) grid.push(`<rect class="year-shade" x="${x0.toFixed(1)}" y="${HEAD_H}" width="${(x1 - x0).toFixed(1)}" height="${height - HEAD_H}"/>`);
    grid.push(`<line class="tick" x1="${x0.toFixed(1)}" x2="${x0.toFixed(1)}" y1="${HEAD_H - 18}" y2="${height}"/>`);
    const cw = x1 - x0;
    const small = cw < name.length * 7 + 4;
    // Too narrow for "T3/2024" / "Quý I/2025": the month number or the quarter alone, the year above.
    const shortName = axis.scale === 'month' ? String(tick.ym.month + 1) : axis.scale === 'quarter' ? s.quarterShort(q) : `'${String(tick.ym.year).slice(2)}`;
    grid.push(
      `<text class="tick-label${small ? ' small' : ''}" x="${((x0 + x1) / 2).toFixed(1)}" y="${HEAD_H - 6}" text-anchor="middle">${esc(small ? shortName : name)}</text>`,
    );
    if (small && axis.scale !== 'year' && (i === 0 || tick.ym.month === 0)) grid.push(`<text class="year-label" x="${(x0 + 2).toFixed(1)}" y="${HEAD_H - 26}">${tick.ym.year}</text>`);
  });
  grid.push(`<line class="tick" x1="${x(axis.day1).toFixed(1)}" x2="${x(axis.day1).toFixed(1)}" y1="${HEAD_H - 18}" y2="${height}"/>`);

  const svg =
    `<svg class="timeline" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="group" aria-labelledby="${ids.prefix}-timeline" ` +
    `data-timeline="${ids.prefix}" data-day0="${axis.day0}" data-day1="${axis.day1}" data-x0="${LABEL_W}" data-w="${CHART_W}" xmlns="http://www.w3.org/2000/svg">` +
    `<defs><pattern id="${ids.prefix}-stripes" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
    `<rect width="8" height="8" class="stripe-bg"/><rect width="4" height="8" class="stripe"/></pattern></defs>` +
    `<rect class="head-bg" x="0" y="0" width="${WIDTH}" height="${HEAD_H}"/>` +
    `<g class="grid">${grid.join('')}</g>` +
    `<g class="rows">${body.join('')}</g>` +
    `<line class="asof" x1="0" x2="0" y1="${HEAD_H - 18}" y2="${height}" visibility="hidden"/>` +
    `</svg>`;
  const legend =
    `<ul class="legend">` +
    `<li><span class="key key-bar" aria-hidden="true"></span>${esc(s.legendDated)}</li>` +
    `<li><span class="key key-band" aria-hidden="true"></span>${esc(s.legendBand)}</li>` +
    `<li><span class="key key-overdue" aria-hidden="true"></span>${esc(s.legendOverdue)}</li>` +
    `<li><span class="key key-asof" aria-hidden="true"></span>${esc(s.legendToday)}</li></ul>`;
  return (
    `<section class="timeline-part">${heading}<p class="muted small">${esc(s.timelineHelp)}</p>${legend}` +
    `<div class="timeline-wrap">${svg}</div>` +
    (undated > 0 ? `<p class="muted small">${esc(s.undated(undated))}</p>` : '') +
    `</section>`
  );
}
