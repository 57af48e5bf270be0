// The time of an event in a table cell — a meeting, a ceremony — which is never a deadline:
// "Từ 19 giờ 30 phút - 20 giờ ngày 12 tháng 3", "7h30' ngày 24/11/2023", and, in a schedule (a "Lịch
// trình" table, a table with "Địa điểm" or "Thành phần" columns), a bare day "Ngày 12/3/2025".
// A deadline word ("trước", "chậm nhất", "hoàn thành", "Thời hạn:") keeps a cell a deadline.
import type { EventTime } from '../../model/registry.js';
import type { DeadlineContext } from './expression.js';
import { hasDeadlineWord } from './find.js';
import { parseDeadline, prepareText } from './parse.js';

export type { EventTime } from '../../model/registry.js';

/** An hour of the day: "19 giờ 30 phút", "20 giờ", "7h30'", "14h", "7:30" (a colon needs its minutes). */
const HOUR_RE = /(?<![\p{L}\p{N}/.,])(\d{1,2})\s*(?:(?:giờ|h)(?:\s*(\d{1,2})\s*(?:phút|'|’)?)?|:(\d{2}))(?!\p{L}|\p{N})/giu;

export interface EventContext extends DeadlineContext {
  /** The table is a schedule: a cell that is only a day is the day of the event. */
  schedule?: boolean;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** The hours of the day a cell names, as "HH:MM", in order. */
export function hoursOf(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(HOUR_RE)) {
    const h = Number(m[1]);
    const min = Number(m[2] ?? m[3] ?? 0);
    if (h > 24 || min > 59) continue;
    out.push(`${pad(h)}:${pad(min)}`);
  }
  return out;
}

/**
 * The event time of a cell, or null when the cell is a deadline (or says no time at all).
 * `date` is the day (ISO) when the cell or the table's year gives it, else null — never guessed.
 */
export function eventTime(raw: string | null | undefined, ctx: EventContext = {}): EventTime | null {
  const s = prepareText(raw ?? '');
  if (!s || hasDeadlineWord(s)) return null;
  const hours = hoursOf(s);
  const parsed = parseDeadline(s, ctx);
  const day = parsed?.kind === 'date' ? parsed.end : null;
  if (hours.length === 0 && !(ctx.schedule && parsed?.kind === 'date')) return null;
  const out: EventTime = { raw: s, date: day };
  if (hours[0]) out.from = hours[0];
  if (hours[1]) out.to = hours[1];
  return out;
}
