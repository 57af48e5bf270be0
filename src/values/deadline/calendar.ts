// Calendar arithmetic on ISO dates (YYYY-MM-DD), in UTC so no time zone can shift a day.

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** Plausible years for a plan deadline; "2117" in "2117-TB/TU" is not a year. */
export function isPlausibleYear(y: number): boolean {
  return y >= 1945 && y <= 2100;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** ISO date, or null when the day/month do not exist (31/6, 29/2/2023). */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!isPlausibleYear(year) || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

export function monthSpan(year: number, month: number): [string, string] | null {
  const start = isoDate(year, month, 1);
  return start ? [start, isoDate(year, month, daysInMonth(year, month))!] : null;
}

/** Months first..last of one year, e.g. quarter I = months 1..3. */
export function monthsSpan(year: number, first: number, last: number): [string, string] | null {
  const a = monthSpan(year, first);
  const b = monthSpan(year, last);
  return a && b ? [a[0], b[1]] : null;
}

export function quarterSpan(year: number, first: number, last = first): [string, string] | null {
  return monthsSpan(year, first * 3 - 2, last * 3);
}

export function yearSpan(year: number): [string, string] | null {
  return monthsSpan(year, 1, 12);
}

/** A full ISO date of the document (YYYY-MM-DD) as its parts, or null for "2024-02" / "2024". */
export function parseFullIso(iso: string | null | undefined): { y: number; m: number; d: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isoDate(y, mo, d) ? { y, m: mo, d } : null;
}

/** The year of an ISO date of any precision ("2024-02-14", "2024-02", "2024"). */
export function isoYear(iso: string | null | undefined): number | null {
  const m = /^(\d{4})(?:-|$)/.exec(iso ?? '');
  return m ? Number(m[1]) : null;
}

export function addDays(iso: string, days: number): string {
  const p = parseFullIso(iso)!;
  const t = new Date(Date.UTC(p.y, p.m - 1, p.d + days));
  return `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/** Calendar months later; a day that does not exist is clamped (31/1 + 1 month → 28/2 or 29/2). */
export function addMonths(iso: string, months: number): string {
  const p = parseFullIso(iso)!;
  const total = p.y * 12 + (p.m - 1) + months;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return isoDate(y, m, Math.min(p.d, daysInMonth(y, m))) ?? iso;
}

/** "I".."IV" or "1".."4" → 1..4; anything else → null. */
export function quarterNumber(s: string): number | null {
  const t = s.trim().toUpperCase();
  const roman: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4 };
  if (t in roman) return roman[t]!;
  return /^[1-4]$/.test(t) ? Number(t) : null;
}
