// Pretty JSON, two spaces, newline at the end.
import type { PlanDocument, Registry } from '../model/registry.js';

export function emitJson(reg: Registry): string {
  return JSON.stringify(reg, null, 2) + '\n';
}

/** One PlanDocument on one line (ndjson), newline included. */
export function ndjsonLine(doc: PlanDocument): string {
  return JSON.stringify(doc) + '\n';
}

export function emitNdjson(reg: Registry): string {
  return reg.documents.map(ndjsonLine).join('');
}
