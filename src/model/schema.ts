// The output contract as JSON Schema 2020-12. schemas/plan-registry.schema.json is generated from
// this object (npm run schema) and a test fails when the committed copy is stale.
// Objects allow extra fields ("add fields freely"); the named ones are required and typed.

import { COMPARATORS, DEADLINE_KINDS, DEADLINE_PERIODS, SECTION_KINDS, SOURCE_FORMATS, TABLE_ROLES, TASK_ORIGINS } from './enums.js';

const str = { type: 'string' } as const;
const strOrNull = { type: ['string', 'null'] } as const;
const strList = { type: 'array', items: { type: 'string' } } as const;
const isoDate = { type: ['string', 'null'], pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' } as const;

const sourceRef = {
  type: 'object',
  properties: {
    line: { type: 'integer', minimum: 1 },
    column: { type: 'integer', minimum: 1 },
    offset: { type: 'integer', minimum: 0 },
    page: { type: 'integer', minimum: 1 },
    pageEnd: { type: 'integer', minimum: 1 },
    paragraph: { type: 'integer', minimum: 0 },
    table: { type: 'integer', minimum: 1 },
    row: { type: 'integer', minimum: 1 },
    pages: { type: 'array', items: { type: 'integer', minimum: 1 } },
  },
} as const;

const deadline = {
  type: ['object', 'null'],
  required: ['raw', 'kind', 'start', 'end'],
  properties: {
    raw: str,
    kind: { enum: DEADLINE_KINDS },
    start: isoDate,
    end: isoDate,
    relative: { type: 'object' },
    period: { enum: DEADLINE_PERIODS },
  },
} as const;

export { SECTION_KINDS } from './enums.js';

export const planRegistrySchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://plan-extract.invalid/schemas/plan-registry.schema.json',
  title: 'plan-extract registry (schema version 1)',
  type: 'object',
  required: ['schemaVersion', 'generator', 'documents'],
  properties: {
    schemaVersion: { const: '1' },
    generator: { type: 'string', pattern: '^plan-extract ' },
    documents: { type: 'array', items: { $ref: '#/$defs/PlanDocument' } },
  },
  $defs: {
    SourceRef: sourceRef,
    Deadline: deadline,
    /** A reviewer's or the approver's box of a form's signature table. */
    Reviewer: { type: 'object', required: ['title', 'name'], properties: { title: strOrNull, name: str, date: isoDate } },
    Section: {
      type: 'object',
      required: ['label', 'heading', 'kind', 'paragraphs', 'children'],
      properties: {
        label: str,
        heading: str,
        kind: { enum: SECTION_KINDS },
        paragraphs: strList,
        children: { type: 'array', items: { $ref: '#/$defs/Section' } },
        source: { $ref: '#/$defs/SourceRef' },
      },
    },
    PlanDocument: {
      type: 'object',
      required: ['id', 'source', 'meta', 'sections', 'targets', 'tasks', 'tables', 'footnotes', 'citations', 'recipients', 'signature', 'warnings'],
      properties: {
        id: { type: 'string', minLength: 1 },
        source: {
          type: 'object',
          required: ['path', 'format', 'sha256'],
          properties: {
            path: str,
            format: { enum: SOURCE_FORMATS },
            sha256: { type: 'string', pattern: '^[0-9a-f]{64}$' },
            pages: { type: 'integer', minimum: 1 },
            ocr: {
              type: 'object',
              required: ['pages', 'engine', 'version', 'meanConfidence'],
              properties: {
                pages: { type: 'array', items: { type: 'integer', minimum: 1 } },
                engine: str,
                version: str,
                meanConfidence: { type: 'number', minimum: 0, maximum: 100 },
              },
            },
          },
        },
        meta: {
          type: 'object',
          required: ['kind', 'number', 'issuer', 'place', 'date', 'title'],
          properties: {
            kind: strOrNull,
            number: {
              type: ['object', 'null'],
              required: ['raw', 'seq', 'kindCode', 'issuerCode'],
              properties: { raw: str, seq: { type: ['integer', 'null'] }, kindCode: strOrNull, issuerCode: strOrNull, year: { type: ['integer', 'null'] } },
            },
            issuer: { type: ['object', 'null'], required: ['name', 'parent'], properties: { name: strOrNull, parent: strOrNull } },
            place: strOrNull,
            date: { type: ['object', 'null'], required: ['raw', 'iso'], properties: { raw: str, iso: isoDate } },
            title: strOrNull,
            signatures: strList,
            draft: { type: 'boolean' },
            addressees: strList,
          },
        },
        preamble: {
          type: 'array',
          items: { type: 'object', required: ['text'], properties: { text: str, source: { $ref: '#/$defs/SourceRef' } } },
        },
        sections: { type: 'array', items: { $ref: '#/$defs/Section' } },
        targets: {
          type: 'array',
          items: {
            type: 'object',
            required: ['text', 'metric', 'value', 'unit', 'comparator', 'section'],
            properties: {
              text: str,
              metric: str,
              value: { type: 'number' },
              unit: strOrNull,
              comparator: { enum: COMPARATORS },
              section: strOrNull,
              of: { type: 'number' },
              group: str,
              source: { $ref: '#/$defs/SourceRef' },
            },
          },
        },
        tasks: {
          type: 'array',
          items: {
            type: 'object',
            required: ['id', 'origin', 'text', 'lead', 'support', 'deadline', 'outputs', 'source'],
            properties: {
              id: { type: 'string', minLength: 1 },
              no: str,
              origin: { enum: TASK_ORIGINS },
              text: str,
              lead: strList,
              support: strList,
              deadline: { $ref: '#/$defs/Deadline' },
              time: {
                type: 'object',
                required: ['raw', 'date'],
                properties: { raw: str, date: isoDate, from: { type: 'string', pattern: '^\\d{2}:\\d{2}$' }, to: { type: 'string', pattern: '^\\d{2}:\\d{2}$' } },
              },
              outputs: strList,
              group: str,
              section: str,
              source: { $ref: '#/$defs/SourceRef' },
            },
          },
        },
        tables: {
          type: 'array',
          items: {
            type: 'object',
            required: ['header', 'rows', 'role'],
            properties: {
              caption: str,
              appendix: str,
              header: strList,
              rows: { type: 'array', items: strList },
              role: { enum: TABLE_ROLES },
              pages: { type: 'array', items: { type: 'integer', minimum: 1 } },
              groups: {
                type: 'array',
                items: {
                  type: 'object',
                  required: ['no', 'text', 'row'],
                  properties: { no: strOrNull, text: str, lead: strList, support: strList, outputs: strList, deadline: { $ref: '#/$defs/Deadline' }, row: { type: 'integer', minimum: 0 } },
                },
              },
            },
          },
        },
        footnotes: {
          type: 'array',
          items: { type: 'object', required: ['mark', 'text'], properties: { mark: str, text: str, ref: str } },
        },
        citations: {
          type: 'array',
          items: {
            type: 'object',
            required: ['raw', 'type', 'number', 'date', 'issuer'],
            properties: { raw: str, type: str, number: strOrNull, date: isoDate, issuer: strOrNull },
          },
        },
        recipients: strList,
        signature: {
          type: ['object', 'null'],
          required: ['authority', 'title', 'name'],
          properties: {
            authority: strOrNull,
            title: strOrNull,
            name: strOrNull,
            reviewers: { type: 'array', items: { $ref: '#/$defs/Reviewer' } },
            approver: { $ref: '#/$defs/Reviewer' },
          },
        },
        warnings: {
          type: 'array',
          items: { type: 'object', required: ['code', 'message'], properties: { code: str, message: str, source: { $ref: '#/$defs/SourceRef' } } },
        },
      },
    },
  },
} as const;
