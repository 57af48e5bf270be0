// The smaller tables of a document: targets, citations, warnings (each with where it is).
import type { PlanDocument } from '../../model/registry.js';
import { esc } from './escape.js';
import { showDate } from './format.js';
import type { HtmlLang, Strings } from './i18n.js';
import { whereText } from './where.js';

const SYMBOL: Record<string, string> = { '>': '>', '>=': '≥', '<': '<', '<=': '≤', '=': '=' };

function table(headers: string[], rows: string[][], cls: string): string {
  const head = headers.map((h) => `<th scope="col">${esc(h)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');
  return `<div class="table-wrap"><table class="${cls}"><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table></div>`;
}

function numberText(n: number, lang: HtmlLang): string {
  return lang === 'vi' ? n.toLocaleString('vi-VN') : n.toLocaleString('en-GB');
}

export function targetsTable(d: PlanDocument, prefix: string, s: Strings, lang: HtmlLang): string {
  if (!d.targets.length) return '';
  const rows = d.targets.map((t) => [
    `${esc(t.metric)}<details class="src"><summary>${esc(whereText(t.source, s) || s.sourceText)}</summary><blockquote>${esc(t.text)}</blockquote></details>`,
    `<span title="${esc(s.comparators[t.comparator])}">${esc(SYMBOL[t.comparator] ?? t.comparator)}</span> <span class="muted small">${esc(s.comparators[t.comparator])}</span>`,
    `<span class="num">${esc(numberText(t.value, lang))}${t.of !== undefined ? `/${esc(t.of)}` : ''}</span>`,
    esc(t.unit ?? ''),
    esc(t.section ?? ''),
  ]);
  return (
    `<section class="targets-part"><h3 id="${prefix}-targets">${esc(s.targets)} <span class="muted">(${d.targets.length})</span></h3>` +
    table([s.metric, s.comparator, s.value, s.unit, s.section], rows, 'targets') +
    `</section>`
  );
}

export function citationsTable(d: PlanDocument, prefix: string, s: Strings, lang: HtmlLang): string {
  if (!d.citations.length) return '';
  const rows = d.citations.map((c) => [esc(c.raw), esc(c.type), esc(c.number ?? ''), esc(showDate(c.date, lang)), esc(c.issuer ?? '')]);
  return (
    `<section class="citations-part"><h3 id="${prefix}-citations">${esc(s.citations)} <span class="muted">(${d.citations.length})</span></h3>` +
    table([s.citationRaw, s.citationType, s.number, s.date, s.issuer], rows, 'citations') +
    `</section>`
  );
}

export function warningsTable(d: PlanDocument, prefix: string, s: Strings): string {
  if (!d.warnings.length) return '';
  const rows = d.warnings.map((w) => [`<code>${esc(w.code)}</code>`, esc(w.message), esc(whereText(w.source, s) || s.none)]);
  return (
    `<section class="warnings-part"><h3 id="${prefix}-warnings">${esc(s.warnings)} <span class="muted">(${d.warnings.length})</span></h3>` +
    table([s.code, s.message, s.location], rows, 'warnings') +
    `</section>`
  );
}
