// Validation of registries against the output contract (ajv, JSON Schema 2020-12). The compiled
// validator is built once, on first use.
import { Ajv2020, type ValidateFunction, type ErrorObject } from 'ajv/dist/2020.js';
import { planRegistrySchema } from './model/schema.js';

let compiled: ValidateFunction | null = null;

function validator(): ValidateFunction {
  if (!compiled) {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    compiled = ajv.compile(planRegistrySchema as object);
  }
  return compiled;
}

function describe(e: ErrorObject): string {
  const where = e.instancePath || '/';
  if (e.keyword === 'required') return `${where}: missing required field "${(e.params as { missingProperty: string }).missingProperty}"`;
  if (e.keyword === 'enum') return `${where}: must be one of ${JSON.stringify((e.params as { allowedValues: unknown[] }).allowedValues)}`;
  return `${where}: ${e.message ?? e.keyword}`;
}

export function validateRegistry(reg: unknown): { ok: boolean; errors: string[] } {
  const v = validator();
  const ok = v(reg) as boolean;
  return { ok, errors: ok ? [] : (v.errors ?? []).slice(0, 50).map(describe) };
}

export { planRegistrySchema } from './model/schema.js';
