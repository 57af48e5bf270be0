// Every closed list of the output contract, written once: the TypeScript types (registry.ts,
// document.ts) are derived from these arrays and the JSON Schema (schema.ts) uses them as its
// enums, so the two cannot drift; test/schema/enums.test.ts checks no enum is written elsewhere.

/** Input formats (`source.format`); each has one descriptor in src/extract/formats.ts. */
export const SOURCE_FORMATS = ['txt', 'md', 'docx', 'pdf', 'doc', 'html'] as const;

export const SECTION_KINDS = [
  'purpose', 'requirements', 'purpose-requirements', 'objectives', 'targets', 'tasks', 'organization',
  'budget', 'bases', 'results', 'assessment', 'schedule', 'content', 'other',
] as const;

export const DEADLINE_KINDS = ['date', 'month', 'quarter', 'half', 'year', 'range', 'continuous', 'periodic', 'relative', 'unknown'] as const;

/** How often a periodic deadline recurs (`deadline.period`). */
export const DEADLINE_PERIODS = ['day', 'week', 'month', 'quarter', 'year'] as const;

export const COMPARATORS = ['>', '>=', '<', '<=', '='] as const;

export const TASK_ORIGINS = ['table', 'assignment', 'section'] as const;

export const TABLE_ROLES = ['tasks', 'schedule', 'targets', 'list', 'other'] as const;
