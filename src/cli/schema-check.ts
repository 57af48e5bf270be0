// Every output is checked against schemas/plan-registry.schema.json before it is written; a
// mismatch is a bug in plan-extract and is reported, never written.
import type { Registry } from '../model/registry.js';

type Validate = (reg: unknown) => { ok: boolean; errors: string[] };
let validator: Validate | undefined;

/** Loaded on first use: ajv compiling the schema costs time --version and usage errors never pay. */
export async function checkRegistry(reg: Registry): Promise<string | null> {
  const validate = (validator ??= (await import('../validate.js')).validateRegistry);
  const r = validate(reg);
  if (r.ok) return null;
  const shown = r.errors.slice(0, 3).join('; ');
  return r.errors.length > 3 ? `${shown} (+${r.errors.length - 3})` : shown;
}
