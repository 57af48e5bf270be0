// One document's part of the page: card, filters, timeline, tasks, targets, citations, warnings.
import type { PlanDocument } from '../../model/registry.js';
import { documentCard } from './card.js';
import { esc } from './escape.js';
import type { HtmlLang, Strings } from './i18n.js';
import { citationsTable, targetsTable, warningsTable } from './lists.js';
import { controls, tasksTable } from './tasks.js';
import { timelineSvg } from './timeline.js';

export function documentSection(d: PlanDocument, n: number, s: Strings, lang: HtmlLang): string {
  const prefix = `d${n}`;
  const ids = { prefix };
  const nav: [string, string, number][] = [
    ['timeline', s.timeline, d.tasks.length],
    ['tasks', s.tasks, d.tasks.length],
    ['targets', s.targets, d.targets.length],
    ['citations', s.citations, d.citations.length],
    ['warnings', s.warnings, d.warnings.length],
  ];
  const links = nav
    .filter(([, , count]) => count > 0)
    .map(([id, label, count]) => `<li><a href="#${prefix}-${id}">${esc(label)}</a>${id === 'timeline' ? '' : ` <span class="muted">${count}</span>`}</li>`)
    .join('');
  return (
    `<article class="document" id="${prefix}" data-doc="${esc(d.id)}" aria-labelledby="${prefix}-title">\n` +
    documentCard(d, s, prefix) +
    (links ? `<nav aria-label="${esc(d.meta.title ?? d.id)}"><ul class="doc-nav">${links}</ul></nav>` : '') +
    (d.tasks.length ? controls(d, ids, s) : '') +
    (d.tasks.length ? timelineSvg(d, ids, s) : '') +
    '\n' +
    tasksTable(d, ids, s, lang) +
    '\n' +
    targetsTable(d, prefix, s, lang) +
    citationsTable(d, prefix, s, lang) +
    warningsTable(d, prefix, s) +
    `\n</article>`
  );
}
