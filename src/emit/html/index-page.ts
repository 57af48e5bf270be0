// The index of a batch: a row per document, and totals per lead unit across documents
// ("Sở Nội vụ: 34 tasks, 9 due in Q1 2024"). Works from small summaries so --out-dir need not
// keep whole documents in memory.
import type { Deadline, PlanDocument } from '../../model/registry.js';
import { dayIso, dueDay, isBand, isoDay, quarterKey } from './dates.js';
import { attr, esc } from './escape.js';
import { unitId } from './format.js';
import type { HtmlLang, Strings } from './i18n.js';

export interface DocSummary {
  id: string;
  href: string;
  kind: string | null;
  number: string | null;
  date: string | null;
  title: string | null;
  issuer: string | null;
  path: string;
  draft: boolean;
  targets: number;
  warnings: number;
  tasks: { lead: string[]; deadline: Deadline | null }[];
}

export function summarise(d: PlanDocument, href: string): DocSummary {
  return {
    id: d.id,
    href,
    kind: d.meta.kind,
    number: d.meta.number?.raw ?? null,
    date: d.meta.date ? d.meta.date.iso ?? d.meta.date.raw : null,
    title: d.meta.title,
    issuer: d.meta.issuer ? [d.meta.issuer.parent, d.meta.issuer.name].filter(Boolean).join(' – ') || null : null,
    path: d.source.path,
    draft: d.meta.draft === true,
    targets: d.targets.length,
    warnings: d.warnings.length,
    tasks: d.tasks.map((t) => ({ lead: t.lead, deadline: t.deadline })),
  };
}

export interface UnitTotal {
  name: string;
  documents: number;
  tasks: number;
  bands: number;
  undated: number;
  /** Period key ("2024-Q1" or "2024") → tasks due in it. */
  due: Map<string, number>;
  dues: string[];
}

export interface Totals {
  periods: { key: string; label: string }[];
  units: UnitTotal[];
}

/** Totals per lead unit (a jointly led task counts for each lead); quarters, or years past 8 quarters. */
export function unitTotals(docs: DocSummary[], s: Strings): Totals {
  const byId = new Map<string, UnitTotal & { docs: Set<number>; spellings: Map<string, number> }>();
  const dueDays: number[] = [];
  docs.forEach((d, di) => {
    for (const t of d.tasks) {
      const leads = t.lead.length ? t.lead : [''];
      const due = dueDay(t.deadline);
      if (due !== null) dueDays.push(due);
      for (const u of leads) {
        const id = u ? unitId(u) : '';
        let e = byId.get(id);
        if (!e) byId.set(id, (e = { name: u, documents: 0, tasks: 0, bands: 0, undated: 0, due: new Map(), dues: [], docs: new Set(), spellings: new Map() }));
        e.docs.add(di);
        e.spellings.set(u, (e.spellings.get(u) ?? 0) + 1);
        e.tasks++;
        if (t.deadline && isBand(t.deadline)) e.bands++;
        else if (due === null) e.undated++;
        else e.dues.push(dayIso(due));
      }
    }
  });
  const quarters = new Set(dueDays.map(quarterKey));
  const byYear = quarters.size > 8;
  const periodOf = (iso: string) => (byYear ? iso.slice(0, 4) : quarterKey(isoDay(iso)!));
  const keys = [...new Set(dueDays.map((d) => periodOf(dayIso(d))))].sort();
  const periods = keys.map((key) => ({
    key,
    label: byYear ? s.yearLabel(Number(key)) : s.quarterLabel(Number(key.slice(0, 4)), Number(key.slice(6))),
  }));
  const units = [...byId.values()].map((e) => {
    for (const iso of e.dues) e.due.set(periodOf(iso), (e.due.get(periodOf(iso)) ?? 0) + 1);
    // The most frequent spelling names the unit ("Sở GDĐT" over "sở GDĐT").
    const spelled = [...e.spellings.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'vi'))[0][0];
    // Read mid-sentence, a unit may start lower case ("phòng GDĐT …"); as a row heading it starts upper case.
    const name = spelled.charAt(0).toLocaleUpperCase('vi') + spelled.slice(1);
    return { name, documents: e.docs.size, tasks: e.tasks, bands: e.bands, undated: e.undated, due: e.due, dues: e.dues.sort() };
  });
  units.sort((a, b) => (a.name === '' ? 1 : b.name === '' ? -1 : b.tasks - a.tasks || a.name.localeCompare(b.name, 'vi')));
  return { periods, units };
}

function documentsTable(docs: DocSummary[], s: Strings): string {
  const head = [s.kind, s.number, s.date, s.title, s.issuer, s.tasksCol, s.targets, s.warnings]
    .map((h) => `<th scope="col">${esc(h)}</th>`)
    .join('');
  const rows = docs
    .map((d) => {
      const due = d.tasks.filter((t) => dueDay(t.deadline) !== null).length;
      return (
        `<tr data-doc="${esc(d.id)}"><td>${esc(d.kind ?? s.none)}${d.draft ? ` <strong class="badge badge-draft">${esc(s.draft)}</strong>` : ''}</td>` +
        `<td>${esc(d.number ?? s.none)}</td><td>${esc(d.date ?? s.none)}</td>` +
        `<th scope="row"><a href="${esc(d.href)}">${esc(d.title ?? d.path)}</a><br><code class="small muted">${esc(d.path)}</code></th>` +
        `<td>${esc(d.issuer ?? s.none)}</td><td class="num">${d.tasks.length}${due ? `<br><span class="muted small">${esc(s.withDeadline(due))}</span>` : ''}</td>` +
        `<td class="num">${d.targets}</td><td class="num">${d.warnings}</td></tr>`
      );
    })
    .join('\n');
  return `<div class="table-wrap"><table class="index-docs"><caption class="sr-only">${esc(s.documents)}</caption><thead><tr>${head}</tr></thead><tbody>\n${rows}\n</tbody></table></div>`;
}

/** A count; zeros are greyed so the numbers that matter stand out. */
function countCell(n: number): string {
  return `<td class="num${n ? '' : ' zero'}">${n}</td>`;
}

function totalsTable(t: Totals, s: Strings): string {
  const head =
    `<th scope="col">${esc(s.lead)}</th><th scope="col" class="num">${esc(s.docsCol)}</th><th scope="col" class="num">${esc(s.tasksCol)}</th>` +
    t.periods.map((p) => `<th scope="col" class="num">${esc(s.dueIn(p.label))}</th>`).join('') +
    `<th scope="col" class="num">${esc(s.bandCol)}</th><th scope="col" class="num">${esc(s.undatedCol)}</th><th scope="col" class="num">${esc(s.overdue)}</th>`;
  const rows = t.units
    .map(
      (u) =>
        `<tr${attr('data-unit', u.name)}${attr('data-dues', u.dues.join('|'))}><th scope="row">${esc(u.name || s.noLead)}</th>` +
        `<td class="num">${u.documents}</td><td class="num">${u.tasks}</td>` +
        t.periods.map((p) => countCell(u.due.get(p.key) ?? 0)).join('') +
        `${countCell(u.bands)}${countCell(u.undated)}<td class="num overdue-cell"></td></tr>`,
    )
    .join('\n');
  return `<div class="table-wrap"><table class="totals"><caption class="sr-only">${esc(s.totalsTitle)}</caption><thead><tr>${head}</tr></thead><tbody>\n${rows}\n</tbody></table></div>`;
}

export function indexSection(docs: DocSummary[], s: Strings, _lang: HtmlLang): string {
  const totals = unitTotals(docs, s);
  return (
    `<section class="index" aria-labelledby="index-title"><h2 id="index-title">${esc(s.documents)} <span class="muted">(${docs.length})</span></h2>\n` +
    documentsTable(docs, s) +
    `\n<h3 id="index-totals">${esc(s.totalsTitle)}</h3><p class="muted small">${esc(s.totalsHelp)}</p>` +
    `<form class="controls" role="search" aria-label="${esc(s.totalsTitle)}"><div class="control"><label for="index-asof">${esc(s.asOf)}</label>` +
    `<input type="date" id="index-asof" name="asof"></div></form>\n` +
    totalsTable(totals, s) +
    `\n</section>`
  );
}
