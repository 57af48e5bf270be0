// Small display helpers shared by the tables: dates in the reader's convention, deadlines, units.
import type { Deadline } from '../../model/registry.js';
import { unitKey } from '../../recognise/units/key.js';
import { esc } from './escape.js';
import type { HtmlLang, Strings } from './i18n.js';

/** "2024-03-31" → "31/03/2024" in Vietnamese, unchanged in English (ISO reads the same everywhere). */
export function showDate(iso: string | null, lang: HtmlLang): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return lang === 'vi' && m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** The resolved span under the raw words: "quý · 01/01/2024 – 31/03/2024". */
export function deadlineSpan(d: Deadline, s: Strings, lang: HtmlLang): string {
  const kind = s.kinds[d.kind] ?? d.kind;
  if (!d.start && !d.end) return kind;
  if (d.start && d.end && d.start !== d.end) return `${kind} · ${showDate(d.start, lang)} – ${showDate(d.end, lang)}`;
  return `${kind} · ${showDate(d.end ?? d.start, lang)}`;
}

/** The key the filters compare units by (case, accents, spacing and a leading "các" ignored). */
export function unitId(unit: string): string {
  return unitKey(unit) || unit.toLowerCase();
}

/** Units as a list in a cell. */
export function unitList(units: string[], empty = ''): string {
  if (!units.length) return empty;
  if (units.length === 1) return esc(units[0]);
  return `<ul class="units">${units.map((u) => `<li>${esc(u)}</li>`).join('')}</ul>`;
}

/** `text` escaped, with the first occurrence of `needle` wrapped in <mark>. */
export function markFirst(text: string, needle: string | undefined): string {
  if (!needle) return esc(text);
  const i = text.indexOf(needle);
  if (i < 0) return esc(text);
  return `${esc(text.slice(0, i))}<mark>${esc(needle)}</mark>${esc(text.slice(i + needle.length))}`;
}
