// Registries written by hand for the HTML report tests: a hostile one (markup in every text
// field a document controls) and a two-document batch for the per-unit totals.
import type { PlanDocument, Registry, Task } from '../../src/model/registry.js';

export const SCRIPT_PAYLOAD = '<script>window.__pwned = 1</script>';
export const IMG_PAYLOAD = '"><img src=x onerror="window.__pwned=2">';

function task(id: string, over: Partial<Task> = {}): Task {
  return { id, origin: 'table', text: `Nhiệm vụ ${id}`, lead: [], support: [], deadline: null, outputs: [], source: { table: 1, row: 1 }, ...over };
}

function doc(id: string, tasks: Task[], over: Partial<PlanDocument> = {}): PlanDocument {
  return {
    id,
    source: { path: `${id}.txt`, format: 'txt', sha256: 'b'.repeat(64) },
    meta: {
      kind: 'KẾ HOẠCH',
      number: { raw: `${id}/KH-UBND`, seq: 1, kindCode: 'KH', issuerCode: 'UBND' },
      issuer: { name: 'UBND TỈNH', parent: null },
      place: null,
      date: { raw: 'ngày 02 tháng 01 năm 2024', iso: '2024-01-02' },
      title: `Kế hoạch ${id}`,
    },
    sections: [],
    targets: [],
    tasks,
    tables: [],
    footnotes: [],
    citations: [],
    recipients: [],
    signature: null,
    warnings: [],
    ...over,
  };
}

/** Every field a document controls carries markup that must stay text. */
export function hostileRegistry(): Registry {
  const tasks: Task[] = [
    task('x1', {
      text: `Lập kế hoạch ${SCRIPT_PAYLOAD} và ${IMG_PAYLOAD}`,
      lead: [`Sở ${IMG_PAYLOAD}`],
      support: [SCRIPT_PAYLOAD],
      outputs: [IMG_PAYLOAD],
      group: SCRIPT_PAYLOAD,
      section: `I${IMG_PAYLOAD}`,
      deadline: { raw: `Quý I ${SCRIPT_PAYLOAD}`, kind: 'quarter', start: '2024-01-01', end: '2024-03-31' },
      source: { line: 3 },
    }),
    task(`x2${IMG_PAYLOAD}`, { no: IMG_PAYLOAD, lead: ['Sở Nội vụ'], deadline: { raw: 'Thường xuyên', kind: 'continuous', start: null, end: null } }),
  ];
  return {
    schemaVersion: '1',
    generator: 'plan-extract test',
    documents: [
      doc(`d${IMG_PAYLOAD}`, tasks, {
        meta: {
          kind: SCRIPT_PAYLOAD,
          number: { raw: IMG_PAYLOAD, seq: 3, kindCode: null, issuerCode: null },
          issuer: { name: SCRIPT_PAYLOAD, parent: IMG_PAYLOAD },
          place: null,
          date: { raw: IMG_PAYLOAD, iso: '2024-01-02' },
          title: `Tiêu đề ${SCRIPT_PAYLOAD}`,
        },
        targets: [{ text: SCRIPT_PAYLOAD, metric: IMG_PAYLOAD, value: 95, unit: SCRIPT_PAYLOAD, comparator: '>=', section: IMG_PAYLOAD }],
        citations: [{ raw: SCRIPT_PAYLOAD, type: IMG_PAYLOAD, number: SCRIPT_PAYLOAD, date: '2024-01-01', issuer: IMG_PAYLOAD }],
        warnings: [{ code: 'X', message: `${SCRIPT_PAYLOAD}${IMG_PAYLOAD}`, source: { line: 1 } }],
        signature: { authority: SCRIPT_PAYLOAD, title: IMG_PAYLOAD, name: '</style><script>alert(1)</script>' },
        source: { path: `</title>${SCRIPT_PAYLOAD}.txt`, format: 'txt', sha256: 'c'.repeat(64) },
      }),
    ],
  };
}

const q = (raw: string, start: string, end: string) => ({ raw, kind: 'quarter' as const, start, end });

/**
 * Two plans. Sở Nội vụ (spelled "sở Nội vụ" once): in A, T1 due Q1 2024, T2 due Q2 2024, T3
 * continuous; in B, T1 due Q1 2024 (jointly with Sở Tài chính), T2 no deadline. Sở Tài chính:
 * B T1 only. A T4 has no lead. So Sở Nội vụ: 5 tasks in 2 documents, 2 due in Q1, 1 in Q2, 1
 * continuous, 1 undated; Sở Tài chính: 1 task, 1 due in Q1; no lead: 1 task in Q2.
 */
export function batchRegistry(): Registry {
  const a = doc('A', [
    task('T1', { lead: ['Sở Nội vụ'], deadline: q('Quý I năm 2024', '2024-01-01', '2024-03-31') }),
    task('T2', { lead: ['Sở Nội vụ'], deadline: q('Quý II năm 2024', '2024-04-01', '2024-06-30') }),
    task('T3', { lead: ['sở Nội vụ'], deadline: { raw: 'Thường xuyên', kind: 'continuous', start: null, end: null } }),
    task('T4', { lead: [], deadline: { raw: 'trước ngày 15/5/2024', kind: 'date', start: null, end: '2024-05-15' } }),
  ]);
  const b = doc('B', [
    task('T1', { lead: ['Sở Nội vụ', 'Sở Tài chính'], deadline: { raw: 'Tháng 3/2024', kind: 'month', start: '2024-03-01', end: '2024-03-31' } }),
    task('T2', { lead: ['Sở Nội vụ'] }),
  ]);
  return { schemaVersion: '1', generator: 'plan-extract test', documents: [a, b] };
}
