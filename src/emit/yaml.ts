// YAML that every reader gets back as the same strings: values a YAML 1.1 reader (PyYAML, old
// Ruby) or a 1.2 reader would take for booleans, numbers, times or dates are quoted.
import { Document, Scalar, visit } from 'yaml';
import type { Registry } from '../model/registry.js';

/**
 * Plain scalars a YAML 1.2 core-schema reader turns into non-strings, e.g. "0o17", "1e3", ".inf",
 * "null", "true". (The 1.1 look-alikes — "yes", "on", "y", "08:30", "2024-01-02", "0123" — are
 * quoted by stringifying with the 1.1 schema.)
 */
const CORE_12_NON_STRING =
  /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

export function emitYaml(reg: Registry): string {
  const doc = new Document(reg, { version: '1.1' });
  visit(doc, {
    Scalar(_key, node: Scalar) {
      if (typeof node.value === 'string' && CORE_12_NON_STRING.test(node.value)) node.type = Scalar.QUOTE_DOUBLE;
    },
  });
  // lineWidth 0: long Vietnamese sentences stay on one line (no folding), which diffs better.
  return doc.toString({ lineWidth: 0 });
}
