// --format html: one self-contained page (inline style and script, a CSP that loads nothing).
// One document → its report; several → an index (documents, totals per lead unit) then each
// document. For --out-dir, emitHtmlIndex writes the index page that links the per-document files.
import type { Registry } from '../../model/registry.js';
import { documentSection } from './document.js';
import { strings, type HtmlLang } from './i18n.js';
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
  const subtitle = one ? one.meta.title ?? one.source.path : s.pageTitle;
  return page({ title: `${s.pageTitle}: ${title}`, subtitle, body: index + parts.join('\n'), generator: reg.generator }, s);
}

/** The index page of an --out-dir batch: links to each document's own page. */
export function emitHtmlIndex(docs: DocSummary[], generator: string, opts: HtmlOptions = {}): string {
  const lang = opts.lang ?? 'vi';
  const s = strings(lang);
  return page({ title: `${s.pageTitle}: ${s.batchTitle(docs.length)}`, subtitle: s.documents, body: indexSection(docs, s, lang), generator }, s);
}

export { summarise, type DocSummary } from './index-page.js';
export { CSP } from './shell.js';
export type { HtmlLang } from './i18n.js';
