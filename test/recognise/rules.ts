// The rule list of the fixture-pair framework (fixtures/recognise/<rule>/<case>.txt + <case>.json).
// Each rule says how a case's text is run and which fields of the result the rule produces: the
// expected .json holds only those fields, written by hand from the text.
//
// Adding a rule: one entry here and a folder fixtures/recognise/<rule>/ with at least one case that
// must match and one that must not (a case named `not-….txt`, whose expected value is what the rule
// gives when nothing in the text is its business: usually an empty list or null).
import { extractBytes } from '../../src/pipeline.js';
import type { PlanDocument } from '../../src/model/registry.js';
import { findDeadline, parseDeadline } from '../../src/values/deadline/index.js';
import { parseViNumber } from '../../src/values/number.js';
import { splitUnits } from '../../src/recognise/units/index.js';

export type RuleRunner = (text: string, name: string) => Promise<unknown>;

async function readDocument(text: string, name: string): Promise<PlanDocument> {
  return extractBytes({ bytes: new TextEncoder().encode(text), path: `fixtures/recognise/${name}`, format: 'txt' }, { lenient: true });
}

/** A deadline as the fixtures spell it: what it means, not the exact raw words. */
const deadlineFields = (d: { kind: string; start: string | null; end: string | null; relative?: unknown; period?: unknown } | null): unknown =>
  d ? { kind: d.kind, start: d.start, end: d.end, ...(d.period ? { period: d.period } : {}) } : null;

/**
 * Line rules (values): one value per non-empty line. A line `# docDate: 2025-03-12` gives the document
 * date the values may lean on, `# year: 2025` the year of a table's cells; other lines starting with "#" are comments.
 */
function perLine(fn: (line: string, ctx: { docDate?: string; year?: number }) => unknown): RuleRunner {
  return async (text) => {
    const ctx: { docDate?: string; year?: number } = {};
    const out: unknown[] = [];
    for (const line of text.split(/\r?\n/u)) {
      const m = /^#\s*docDate:\s*(\S+)/u.exec(line);
      if (m) ctx.docDate = m[1];
      // "# year: 2025" — the year a table gives its cells (column header "Thời gian (Năm 2025)").
      const y = /^#\s*year:\s*(\d{4})/u.exec(line);
      if (y) ctx.year = Number(y[1]);
      if (!line.trim() || line.startsWith('#')) continue;
      out.push(fn(line, ctx));
    }
    return { values: out };
  };
}

const taskFields = (t: PlanDocument['tasks'][number]): unknown => ({
  text: t.text,
  lead: t.lead,
  support: t.support,
  deadline: deadlineFields(t.deadline),
  // The time of an event (a schedule row), which is never a deadline: only when there is one.
  ...(t.time ? { time: t.time } : {}),
});

export const RULES: Record<string, RuleRunner> = {
  // Duties in running text and in tables: who leads, who supports, by when.
  tasks: async (text, name) => ({ tasks: (await readDocument(text, name)).tasks.map(taskFields) }),
  // Task tables: rows with unit and deadline columns.
  tables: async (text, name) => ({ tasks: (await readDocument(text, name)).tasks.filter((t) => t.origin === 'table').map(taskFields) }),
  targets: async (text, name) => ({
    targets: (await readDocument(text, name)).targets.map((t) => ({ metric: t.metric, comparator: t.comparator, value: t.value, unit: t.unit, ...(t.group ? { group: t.group } : {}) })),
  }),
  // One unit list per line: "Sở Y tế, Tổ đảng cơ quan, Bí thư chi bộ" → three units.
  units: perLine((line) => splitUnits(line)),
  // Deadline phrases in running text, one sentence per line.
  deadline: perLine((line, ctx) => deadlineFields(findDeadline(line, ctx))),
  // Deadline cells of a table, one cell per line.
  'deadline-cell': perLine((line, ctx) => deadlineFields(parseDeadline(line, ctx))),
  number: perLine((line) => parseViNumber(line)),
  // "Kính gửi:" addressees → meta.addressees.
  addressees: async (text, name) => ({ addressees: (await readDocument(text, name)).meta.addressees ?? [] }),
  metadata: async (text, name) => {
    const m = (await readDocument(text, name)).meta;
    return { meta: m };
  },
  sections: async (text, name) => {
    const outline = (s: PlanDocument['sections']): unknown[] => s.map((n) => ({ label: n.label, heading: n.heading, kind: n.kind, children: outline(n.children) }));
    return { sections: outline((await readDocument(text, name)).sections) };
  },
  closing: async (text, name) => {
    const d = await readDocument(text, name);
    return { recipients: d.recipients, signature: d.signature };
  },
  // The paragraphs before the first numbered section, with the citations they make.
  preamble: async (text, name) => {
    const d = await readDocument(text, name);
    return { preamble: (d.preamble ?? []).map((p) => p.text), citations: d.citations.map((c) => c.number ?? c.raw) };
  },
  // Numbering that skips or starts again: warnings, the tree kept as printed.
  numbering: async (text, name) => {
    const d = await readDocument(text, name);
    return { warnings: d.warnings.filter((w) => /^NUMBERING_|^DUPLICATE_LABEL$/u.test(w.code)).map((w) => w.message) };
  },
  // OCR-like text (tone marks dropped or swapped): layout words found in the folded second pass,
  // the document's letters kept, unreadable digits left null with a warning.
  ocr: async (text, name) => {
    const d = await readDocument(text, name);
    const kinds = (s: PlanDocument['sections']): unknown[] => s.map((n) => ({ label: n.label, kind: n.kind, children: kinds(n.children) }));
    return {
      meta: { kind: d.meta.kind, number: d.meta.number, place: d.meta.place, date: d.meta.date, title: d.meta.title },
      sections: kinds(d.sections),
      recipients: d.recipients,
      signature: d.signature,
      warnings: d.warnings.map((w) => w.code),
    };
  },
  citations: async (text, name) => ({
    citations: (await readDocument(text, name)).citations.map((c) => ({ type: c.type, number: c.number, date: c.date, issuer: c.issuer })),
  }),
};

/** Folders of src/recognise that are rules (each must be in RULES and have fixtures). */
export const RULE_FOLDERS_ROOT = 'src/recognise';
