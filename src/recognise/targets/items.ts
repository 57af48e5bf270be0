// The items of one section node as texts: its numbered line, then each paragraph under it.
import type { SourceRef } from '../../model/registry.js';
import type { Para, SectionNode } from '../sections/types.js';

/** The paragraph holding the text after "Heading:" on the numbered line itself (same source as the node). */
export function isLineRest(node: SectionNode, p: Para): boolean {
  const a = node.source;
  const b = p.source;
  if (a.offset !== undefined && b.offset !== undefined) return a.offset === b.offset;
  return a.line !== undefined && a.line === b.line && a.page === b.page;
}

/** The body paragraphs that are not the rest of the numbered line. */
export function bodyParas(node: SectionNode): Para[] {
  return node.paras.filter((p) => !isLineRest(node, p));
}

/** "(7) Duy trì sĩ số: Cấp Tiểu học 100%; …" → the whole line; then every other paragraph; each with its source. */
export function itemTexts(node: SectionNode): { text: string; source: SourceRef }[] {
  const out: { text: string; source: SourceRef }[] = [];
  const line = node.line || node.heading;
  if (node.scheme !== 'none' && line) out.push({ text: line, source: node.source });
  for (const p of bodyParas(node)) out.push({ text: p.text, source: p.source });
  return out;
}
