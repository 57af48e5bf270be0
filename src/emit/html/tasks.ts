// The tasks table of one document, with its filter bar (the client script makes it work).
import type { PlanDocument, Task } from '../../model/registry.js';
import { dayIso, dueDay, isBand } from './dates.js';
import { attr, esc } from './escape.js';
import { deadlineSpan, markFirst, unitId, unitList } from './format.js';
import type { HtmlLang, Strings } from './i18n.js';
import { sectionIndex, sectionTrail, sourceText, whereText, type SourceText } from './where.js';

export interface DocIds {
  /** Prefix of every id in this document's part of the page ("d1"). */
  prefix: string;
}

/** The page anchor of a task row (bars of the timeline link to it). */
export function taskAnchor(ids: DocIds, index: number): string {
  return `${ids.prefix}-t${index + 1}`;
}

const COLUMNS = ['taskNo', 'task', 'lead', 'support', 'deadline', 'outputs', 'group', 'section'] as const;

function sourceBlock(src: SourceText, task: Task, s: Strings): string {
  if (!src) return `<p class="muted">${esc(s.noSourceText)}</p>`;
  if (src.kind === 'paragraph') return `<blockquote>${markFirst(src.text, task.deadline?.raw)}</blockquote>`;
  const cells = src.cells
    .map((c) => `<tr><th scope="row">${esc(c.header)}</th><td>${markFirst(c.value, task.deadline?.raw)}</td></tr>`)
    .join('');
  return (src.caption ? `<p class="muted">${esc(src.caption)}</p>` : '') + `<table class="source-row"><tbody>${cells}</tbody></table>`;
}

function taskRow(doc: PlanDocument, t: Task, i: number, ids: DocIds, s: Strings, lang: HtmlLang, index: ReturnType<typeof sectionIndex>): string {
  const due = dueDay(t.deadline);
  const where = whereText(t.source, s);
  const summary = [where, t.section ? `${s.section} ${t.section}` : ''].filter(Boolean).join(' · ') || s.where;
  const trail = sectionTrail(index, t.section);
  const details =
    `<details class="src"><summary>${esc(summary)}</summary><div class="src-body">` +
    `<p class="muted">${esc(s.where)}: ${esc(where || s.none)}${trail ? `<br>${esc(s.section)}: ${esc(trail)}` : ''}</p>` +
    `<p class="src-title">${esc(s.sourceText)}</p>${sourceBlock(sourceText(doc, t, index), t, s)}</div></details>`;
  const d = t.deadline;
  const deadline = d ? `${esc(d.raw)}<br><span class="muted small">${esc(deadlineSpan(d, s, lang))}</span>` : '';
  const sortDue = due !== null ? dayIso(due) : d && isBand(d) ? '9998' : '9999';
  const lead = t.lead.map(unitId).join('|');
  const support = t.support.map(unitId).join('|');
  return (
    `<tr data-task="${esc(t.id)}" id="${taskAnchor(ids, i)}" data-order="${i}"` +
    `${attr('data-lead', lead)}${attr('data-support', support)}${attr('data-first-lead', t.lead[0] ?? '')}` +
    `${due !== null ? attr('data-due', dayIso(due)) : ''}${attr('data-kind', d?.kind)}>` +
    `<td class="no" data-sort="${esc(t.no ?? t.id)}">${esc(t.no ?? t.id)}</td>` +
    `<td class="text"><div class="clamp">${esc(t.text)}</div>${details}</td>` +
    `<td class="lead">${unitList(t.lead, `<span class="muted">${esc(s.none)}</span>`)}</td>` +
    `<td class="support">${unitList(t.support)}</td>` +
    `<td class="deadline" data-sort="${esc(sortDue)}">${deadline}</td>` +
    `<td class="outputs">${unitList(t.outputs)}</td>` +
    `<td class="group small">${t.group ? `<div class="clamp"${attr('title', t.group)}>${esc(t.group)}</div>` : ''}</td>` +
    `<td class="section" data-sort="${esc(t.section ?? '')}">${esc(t.section ?? '')}</td>` +
    `</tr>`
  );
}

/** Units named as lead or support in the document, with their display name and lead-task count. */
function unitOptions(doc: PlanDocument): { id: string; name: string; lead: number }[] {
  const byId = new Map<string, { id: string; name: string; lead: number }>();
  for (const t of doc.tasks) {
    for (const [list, isLead] of [[t.lead, true], [t.support, false]] as const) {
      for (const u of list) {
        const id = unitId(u);
        const e = byId.get(id) ?? { id, name: u, lead: 0 };
        if (isLead) e.lead++;
        byId.set(id, e);
      }
    }
  }
  return [...byId.values()].sort((a, b) => b.lead - a.lead || a.name.localeCompare(b.name, 'vi'));
}

export function controls(doc: PlanDocument, ids: DocIds, s: Strings): string {
  const p = ids.prefix;
  const options = unitOptions(doc)
    .map((u) => `<option value="${esc(u.id)}">${esc(u.name)}${u.lead ? ` (${u.lead})` : ''}</option>`)
    .join('');
  return (
    `<form class="controls" role="search" data-controls="${p}" aria-label="${esc(s.tasks)}">` +
    `<div class="control"><label for="${p}-unit">${esc(s.filterUnit)}</label>` +
    `<select id="${p}-unit" name="unit"><option value="">${esc(s.allUnits)}</option>${options}</select></div>` +
    `<div class="control"><label for="${p}-role">${esc(s.role)}</label>` +
    `<select id="${p}-role" name="role"><option value="lead">${esc(s.roleLead)}</option><option value="any">${esc(s.roleAny)}</option></select></div>` +
    `<div class="control grow"><label for="${p}-q">${esc(s.search)} <span class="muted small">(${esc(s.searchHint)})</span></label>` +
    `<input type="search" id="${p}-q" name="q" autocomplete="off"></div>` +
    `<div class="control"><label for="${p}-asof">${esc(s.asOf)}</label><input type="date" id="${p}-asof" name="asof"></div>` +
    `<div class="control check"><input type="checkbox" id="${p}-group" name="group"><label for="${p}-group">${esc(s.groupByLead)}</label></div>` +
    `<p class="count" role="status" aria-live="polite" data-count="${p}"></p>` +
    `</form>`
  );
}

export function tasksTable(doc: PlanDocument, ids: DocIds, s: Strings, lang: HtmlLang): string {
  const title = `<h3 id="${ids.prefix}-tasks">${esc(s.tasks)} <span class="muted">(${doc.tasks.length})</span></h3>`;
  if (!doc.tasks.length) return `<section class="tasks-part">${title}<p>${esc(s.noTasks)}</p></section>`;
  const index = sectionIndex(doc);
  const head = COLUMNS.map(
    (c, i) =>
      `<th scope="col" class="col-${c}"><button type="button" data-sort-col="${i}" aria-label="${esc(s.sortBy(s[c]))}">${esc(s[c])}<span class="arrow" aria-hidden="true"></span></button><span class="print-label" aria-hidden="true">${esc(s[c])}</span></th>`,
  ).join('');
  const rows = doc.tasks.map((t, i) => taskRow(doc, t, i, ids, s, lang, index)).join('\n');
  return (
    `<section class="tasks-part">${title}` +
    `<div class="table-wrap"><table class="tasks" data-tasks="${ids.prefix}">` +
    `<caption class="sr-only">${esc(s.tasks)}</caption><thead><tr>${head}</tr></thead>` +
    `<tbody>\n${rows}\n</tbody></table></div>` +
    `<p class="empty" hidden data-empty="${ids.prefix}">${esc(s.noRows)}</p></section>`
  );
}
