// extract(): one input or several → the registry object of OUTPUT.md, validated.
import type { PlanDocument, Registry } from './model/registry.js';
import { PlanExtractError } from './model/errors.js';
import { extractBytes, extractFile, type BytesInput, type ExtractOptions } from './pipeline.js';
import type { SourceFormat } from './model/document.js';
import { validateRegistry } from './validate.js';

import { makeRegistry } from './version.js';

export { makeRegistry };

export type ExtractInput = string | BytesInput;

/**
 * Read one document (a path, or bytes with a display path) or several, and return the registry.
 * Throws PlanExtractError for a document that cannot be read; the result is schema-validated.
 */
export async function extract(
  input: ExtractInput | ExtractInput[],
  options: ExtractOptions & { format?: SourceFormat } = {},
): Promise<Registry> {
  const inputs = Array.isArray(input) ? input : [input];
  const docs: PlanDocument[] = [];
  for (const i of inputs) {
    docs.push(typeof i === 'string' ? await extractFile(i, options) : await extractBytes(i, options));
  }
  const reg = makeRegistry(docs);
  const v = validateRegistry(reg);
  if (!v.ok) {
    throw new PlanExtractError('SCHEMA_VIOLATION', {
      en: `internal error: the output does not match the schema: ${v.errors.slice(0, 3).join('; ')}`,
      vi: `lỗi nội bộ: kết quả không khớp lược đồ: ${v.errors.slice(0, 3).join('; ')}`,
    });
  }
  return reg;
}
