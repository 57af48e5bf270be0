// A readable summary for people: per document its metadata, counts, the task table, warnings.
import type { PlanDocument, Registry, Task } from '../model/registry.js';
import { countSections, LIST_JOIN } from './rows.js';

/** Text safe inside a markdown table cell: pipes escaped, line breaks as <br>. */
export function mdCell(text: string | null | undefined): string {
  if (!text) return '';
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

function deadlineText(t: Task): string {
  const d = t.deadline;
  if (!d) return '';
  const range = d.start || d.end ? ` (${d.start ?? '…'} – ${d.end ?? '…'})` : '';
  return d.raw + range;
}

function documentMd(d: PlanDocument): string {
  const out: string[] = [];
  const kind = d.meta.kind ? `${d.meta.kind}: ` : '';
  out.push(`## ${mdLine(kind + (d.meta.title ?? d.id))}`, '');
  const facts: [string, string | null | undefined][] = [
    ['Số / Number', d.meta.number?.raw],
    ['Ngày / Date', d.meta.date ? d.meta.date.iso ?? d.meta.date.raw : null],
    ['Cơ quan / Issuer', [d.meta.issuer?.parent, d.meta.issuer?.name].filter(Boolean).join(' – ') || null],
    ['Nơi ban hành / Place', d.meta.place],
    ['Tệp / File', `${d.source.path} (${d.source.format}${d.source.pages ? `, ${d.source.pages} pages` : ''})`],
  ];
  for (const [k, v] of facts) if (v) out.push(`- **${k}:** ${mdLine(v)}`);
  out.push(
    `- **Đếm / Counts:** ${countSections(d.sections)} sections, ${d.tasks.length} tasks, ${d.targets.length} targets, ` +
      `${d.tables.length} tables, ${d.citations.length} citations`,
    '',
  );
  if (d.tasks.length) {
    out.push('### Nhiệm vụ / Tasks', '', '| # | Nhiệm vụ / Task | Chủ trì / Lead | Phối hợp / Support | Thời hạn / Deadline | Sản phẩm / Outputs |', '|---|---|---|---|---|---|');
    for (const t of d.tasks) {
      out.push(
        `| ${mdCell(t.no ?? t.id)} | ${mdCell(t.text)} | ${mdCell(t.lead.join(LIST_JOIN))} | ${mdCell(t.support.join(LIST_JOIN))} | ` +
          `${mdCell(deadlineText(t))} | ${mdCell(t.outputs.join(LIST_JOIN))} |`,
      );
    }
    out.push('');
  }
  if (d.targets.length) {
    out.push('### Chỉ tiêu / Targets', '');
    for (const t of d.targets) out.push(`- ${mdLine(t.metric)} ${t.comparator} ${t.value}${t.unit ? ` ${t.unit}` : ''}`);
    out.push('');
  }
  if (d.warnings.length) {
    out.push('### Cảnh báo / Warnings', '');
    for (const w of d.warnings) out.push(`- \`${w.code}\` ${mdLine(w.message)}`);
    out.push('');
  }
  return out.join('\n');
}

/** One line of markdown text: line breaks folded so a list item or heading stays whole. */
function mdLine(text: string): string {
  return text.replace(/\s*\r?\n\s*/g, ' ');
}

export function emitMd(reg: Registry): string {
  const head = `# plan-extract: ${reg.documents.length} ${reg.documents.length === 1 ? 'document' : 'documents'}\n\n_${reg.generator}, schema ${reg.schemaVersion}_\n\n`;
  return head + reg.documents.map(documentMd).join('\n');
}
