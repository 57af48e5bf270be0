// Vietnamese number format: "." groups thousands, "," marks decimals.

const THOUSANDS_RE = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;

/**
 * "95,2" → 95.2, "15.314" → 15314, "1.132,5" → 1132.5, "01" → 1.
 * A dot not followed by exactly three digits ("2.46") is read as a decimal point, as typed in some plans.
 */
export function parseViNumber(raw: string): number {
  const s = raw.trim();
  if (THOUSANDS_RE.test(s)) return Number(s.replace(/\./g, '').replace(',', '.'));
  return Number(s.replace(',', '.'));
}
