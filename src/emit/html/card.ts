// The header card of one document: kind, number, date, issuer, title, signer, draft, warnings.
import type { PlanDocument } from '../../model/registry.js';
import { esc } from './escape.js';
import type { Strings } from './i18n.js';

function row(label: string, value: string): string {
  return `<div class="fact"><dt>${esc(label)}</dt><dd>${value}</dd></div>`;
}

function issuerText(d: PlanDocument): string | null {
  const i = d.meta.issuer;
  if (!i) return null;
  return [i.parent, i.name].filter(Boolean).join(' – ') || null;
}

function signerText(d: PlanDocument): string | null {
  const g = d.signature;
  if (!g) return null;
  return [g.authority, g.title, g.name].filter(Boolean).join(' · ') || null;
}

function numberText(d: PlanDocument, s: Strings): string {
  const n = d.meta.number;
  if (!n) return esc(s.none);
  return n.seq === null ? `${esc(n.raw)} <span class="muted">${esc(s.blank)}</span>` : esc(n.raw);
}

function dateText(d: PlanDocument, s: Strings): string {
  const dt = d.meta.date;
  if (!dt) return esc(s.none);
  return dt.iso && dt.iso !== dt.raw ? `${esc(dt.raw)} <span class="muted">(${esc(dt.iso)})</span>` : esc(dt.raw);
}

export function documentCard(d: PlanDocument, s: Strings, prefix: string): string {
  // The metadata recogniser sets meta.draft only when it finds "DỰ THẢO": absent means not a draft.
  const draft = d.meta.draft === true;
  const kind = d.meta.kind ?? s.none;
  const title = d.meta.title ?? d.source.path;
  const facts = [
    row(s.kind, esc(kind)),
    row(s.number, numberText(d, s)),
    row(s.date, dateText(d, s)),
    row(s.issuer, esc(issuerText(d) ?? s.none)),
    row(s.signer, esc(signerText(d) ?? s.none)),
    row(s.draft, draft ? `<strong class="badge badge-draft">${esc(s.yes)}</strong>` : esc(s.no)),
    row(
      s.warningsCount,
      d.warnings.length ? `<a class="badge badge-warn" href="#${prefix}-warnings">${d.warnings.length}</a>` : '0',
    ),
    row(s.counts, esc(s.countsText(d.tasks.length, d.targets.length, d.citations.length))),
    row(s.file, `<code>${esc(d.source.path)}</code> <span class="muted">${esc(d.source.format)}${d.source.pages ? `, ${esc(s.pages(d.source.pages))}` : ''}</span>`),
  ];
  return (
    `<header class="card">` +
    `<p class="kind">${esc(kind)}${draft ? ` <strong class="badge badge-draft">${esc(s.draft)}</strong>` : ''}</p>` +
    `<h2 id="${prefix}-title">${esc(title)}</h2>` +
    `<dl class="facts">${facts.join('')}</dl>` +
    `</header>`
  );
}
