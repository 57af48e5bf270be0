// Validation of registries against the output contract (JSON Schema 2020-12). The validator is
// ajv's code for src/model/schema.ts generated at build time (scripts/build-validator.mjs →
// model/validate-standalone.ts): no run compiles the schema.
import type { ErrorObject } from 'ajv';
import { validate as standalone } from './model/validate-standalone.js';

type ValidateFunction = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };
const compiled = standalone as unknown as ValidateFunction;

function describe(e: ErrorObject): string {
  const where = e.instancePath || '/';
  if (e.keyword === 'required') return `${where}: missing required field "${(e.params as { missingProperty: string }).missingProperty}"`;
  if (e.keyword === 'enum') return `${where}: must be one of ${JSON.stringify((e.params as { allowedValues: unknown[] }).allowedValues)}`;
  return `${where}: ${e.message ?? e.keyword}`;
}

export function validateRegistry(reg: unknown): { ok: boolean; errors: string[] } {
  const ok = compiled(reg);
  return { ok, errors: ok ? [] : (compiled.errors ?? []).slice(0, 50).map(describe) };
}

export { planRegistrySchema } from './model/schema.js';
