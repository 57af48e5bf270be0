// ISO date arithmetic for the timeline and the "due in" counts, in whole UTC days.
import type { Deadline } from '../../model/registry.js';

const DAY = 86_400_000;

/** "2024-02-29" → days since 1970-01-01; "2024-02" / "2024" → the first day of that month / year. */
export function isoDay(iso: string): number | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1);
  return Number.isFinite(t) ? Math.floor(t / DAY) : null;
}

export function dayIso(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

export interface YearMonth {
  year: number;
  /** 0-based month. */
  month: number;
}

export function dayYm(day: number): YearMonth {
  const d = new Date(day * DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() };
}

export function ymDay(ym: YearMonth): number {
  return Math.floor(Date.UTC(ym.year, ym.month, 1) / DAY);
}

/** "2024-Q1" style key of the quarter holding the day. */
export function quarterKey(day: number): string {
  const { year, month } = dayYm(day);
  return `${year}-Q${Math.floor(month / 3) + 1}`;
}

/** Kinds drawn as bands over a span rather than as a job with a due date. */
export function isBand(d: Deadline): boolean {
  return d.kind === 'continuous' || d.kind === 'periodic';
}

/** The day a task falls due (its deadline's end, else its start), or null: bands and undated tasks have none. */
export function dueDay(d: Deadline | null): number | null {
  if (!d || isBand(d)) return null;
  const iso = d.end ?? d.start;
  return iso ? isoDay(iso) : null;
}
