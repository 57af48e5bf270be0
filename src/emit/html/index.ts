// --format html: one self-contained page (inline style and script, a CSP that loads nothing).
// One document → its report; several → an index (documents, totals per lead unit) then each
// document. For --out-dir, emitHtmlIndex writes the index page that links the per-document files.
import type { Registry } from '../../model/registry.js';
import { documentSection } from './document.js';
import { unitId } from './format.js';
import { strings, type HtmlLang, type Strings } from './i18n.js';
import { indexSection, summarise, type DocSummary } from './index-page.js';
import { page } from './shell.js';

export interface HtmlOptions {
  lang?: HtmlLang;
}

export function emitHtml(reg: Registry, opts: HtmlOptions = {}): string {
  const lang = opts.lang ?? 'vi';
  const s = strings(lang);
  const docs = reg.documents;
  const parts = docs.map((d, i) => documentSection(d, i + 1, s, lang));
  const one = docs.length === 1 ? docs[0] : null;
  const index = one ? '' : indexSection(docs.map((d, i) => summarise(d, `#d${i + 1}`)), s, lang) + '\n';
  const title = one ? [one.meta.kind, one.meta.number?.raw].filter(Boolean).join(' ') || one.id : s.batchTitle(docs.length);
  const subtitle = one ? one.meta.title ?? one.source.path : batchSubtitle(docs.map((d) => summarise(d, '')), s);
  return page({ title: `${s.pageTitle}: ${title}`, subtitle, body: index + parts.join('\n'), generator: reg.generator }, s);
}

function batchSubtitle(docs: DocSummary[], s: Strings): string {
  const tasks = docs.reduce((n, d) => n + d.tasks.length, 0);
  const leads = new Set(docs.flatMap((d) => d.tasks.flatMap((t) => t.lead.map(unitId))));
  return s.tasksAndUnits(tasks, leads.size);
}

/** The index page of an --out-dir batch: links to each document's own page. */
export function emitHtmlIndex(docs: DocSummary[], generator: string, opts: HtmlOptions = {}): string {
  const lang = opts.lang ?? 'vi';
  const s = strings(lang);
  return page({ title: `${s.pageTitle}: ${s.batchTitle(docs.length)}`, subtitle: batchSubtitle(docs, s), body: indexSection(docs, s, lang), generator }, s);
}

export { summarise, type DocSummary } from './index-page.js';
export { CSP } from './shell.js';
export type { HtmlLang } from './i18n.js';
