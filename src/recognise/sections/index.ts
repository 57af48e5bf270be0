// The section tree by the numbering scheme, never by markdown depth or font size.
// Nesting is learnt from the document: a scheme already open on the stack closes everything
// below it (a sibling); a scheme not yet open nests under the current section.
import type { DocumentModel, TextBlock } from '../../model/document.js';
import { isTextBlock } from '../../model/document.js';
import { parseMarker, romanValue, type Marker, type MarkerScheme } from '../../model/markers.js';
import type { Section, SourceRef, Warning } from '../../model/registry.js';
import { findLayout, type Layout } from '../layout.js';
import { kindFromHeading } from './kinds.js';
import type { Para, SectionNode } from './types.js';

export type { Para, SectionNode } from './types.js';

/** Schemes that open a section; bullets ("-", "+") stay paragraphs of the section they are in. */
const SECTION_SCHEMES = new Set<MarkerScheme>(['part', 'chapter', 'article', 'roman', 'decimal', 'multi', 'letter', 'paren', 'roman-paren', 'ordinal']);

/** Document kinds whose top-level numbered items are duties even without a NHIỆM VỤ heading. */
const DUTY_DOCUMENT_KINDS = new Set(['THÔNG BÁO', 'CÔNG VĂN']);

/** A label before a colon longer than this, followed by lower case, is a sentence running on. */
const LONG_LABEL_WORDS = 10;

/** A numbered line that is a sentence giving a duty, not a heading: "3. Giao Sở Nội vụ …". */
const ASSIGNING_OPENER_RE = /^(Giao|Yêu cầu|Đề nghị)\s/u;

/** Words that end a heading early: "1. Mục đích: Đánh giá…" → "Mục đích". Abbreviations keep their dot. */
const ABBREVIATION_BEFORE_DOT = /(?:^|\s)(?:TP|Tp|KT|TM|TL|Q|ThS|TS|PGS|GS|BS|Th|St|v\.v|Đ\/c|đ\/c|Ô|B)$/u;

export function sourceOf(b: { position?: { start: { line: number; column: number; offset: number } }; prov?: { page?: number; pageEnd?: number; paragraph?: number } }): SourceRef {
  const s: SourceRef = {};
  if (b.position) {
    s.line = b.position.start.line;
    s.column = b.position.start.column;
    s.offset = b.position.start.offset;
  }
  if (b.prov?.page !== undefined) s.page = b.prov.page;
  if (b.prov?.pageEnd !== undefined) s.pageEnd = b.prov.pageEnd;
  if (b.prov?.paragraph !== undefined) s.paragraph = b.prov.paragraph;
  return s;
}

/** Split "Heading: rest" or "Heading. Rest" at the first colon or sentence end. */
export function splitHeading(line: string): { heading: string; rest: string } {
  const text = line.trim();
  let depth = 0; // inside "(…)", "[…]" or "“…”" a colon or full stop does not end the heading
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(' || c === '[' || c === '“') depth++;
    else if ((c === ')' || c === ']' || c === '”') && depth > 0) depth--;
    if (depth > 0) continue;
    if (c === ':') {
      const rest = text.slice(i + 1).trim();
      if (!rest) return { heading: text.slice(0, i).trim(), rest: '' };
      // A colon inside a sentence ("… đáp ứng: nhu cầu tăng quy mô …", "Giao Sở Nội vụ … phối hợp
      // với các Sở: Tài chính, …") introduces the rest of that sentence, not a body.
      // A short label before it ("Các đồng chí Phó Giám đốc Sở: duyệt báo cáo …") is still a heading.
      const before = text.slice(0, i).trim().split(/\s+/).length;
      if ((/^\p{Ll}/u.test(rest) && before >= LONG_LABEL_WORDS) || ASSIGNING_OPENER_RE.test(text)) continue;
      return { heading: text.slice(0, i).trim(), rest };
    }
    if ((c === '.' || c === '!' || c === '?') && /\s/.test(text[i + 1] ?? '') && /[\p{Lu}\d“"(]/u.test(text.slice(i + 1).trim()[0] ?? '')) {
      if (c === '.' && ABBREVIATION_BEFORE_DOT.test(text.slice(0, i))) continue;
      return { heading: text.slice(0, i).trim(), rest: text.slice(i + 1).trim() };
    }
  }
  return { heading: text.replace(/[.;]$/, '').trim(), rest: '' };
}

function schemeKey(m: Marker): string {
  return m.scheme === 'multi' ? `multi${m.label.split('.').length}` : m.scheme;
}

function toPara(b: TextBlock, marker: Marker | null): Para {
  const p: Para = { text: marker ? marker.rest.trim() : b.text, source: sourceOf(b) };
  if (marker) {
    p.marker = marker.raw;
    p.scheme = marker.scheme;
  }
  if (b.footnoteRefs?.length) p.footnoteRefs = [...b.footnoteRefs];
  return p;
}

/** Vietnamese letter order of "a)", "b)" … items (no f, j, w, z); "đ" sits between d and e and is often skipped. */
const LETTERS = 'abcdeghiklmnopqrstuvxy';

/** The value of the last number in a label: "II" → 2, "3.5" → 5, "đ" → 5, "(4)" → 4; NaN when none. */
function ordinalOf(scheme: MarkerScheme | 'none', label: string): number {
  if (scheme === 'roman') return romanValue(label);
  if (scheme === 'roman-paren') return romanValue(label.replace(/[()]/g, ''));
  if (scheme === 'letter') return label === 'đ' ? LETTERS.indexOf('d') + 1.5 : LETTERS.indexOf(label) + 1 || NaN;
  if (scheme === 'decimal' || scheme === 'paren') return Number(label.replace(/[()]/g, ''));
  if (scheme === 'multi') return Number(label.split('.').at(-1));
  return NaN;
}

/**
 * Numbering that skips ("II.3" then "II.5") or starts again ("3" then "1" under the same heading):
 * both kept as printed, with a warning, since a reader may have lost an item or two lists run together.
 */
function numberingBreak(prev: SectionNode | undefined, node: SectionNode): { code: string; message: string } | null {
  if (!prev) return null;
  const a = ordinalOf(prev.scheme, prev.label);
  const b = ordinalOf(node.scheme, node.label);
  if (!Number.isFinite(a) || !Number.isFinite(b) || b === a) return null;
  const where = node.path.slice(0, -1).join('.');
  const under = where ? ` under ${where}` : ' at the top level';
  // Multi-level labels must share their prefix to be siblings in one list ("2.3" → "2.5").
  if (node.scheme === 'multi' && prev.label.split('.').slice(0, -1).join('.') !== node.label.split('.').slice(0, -1).join('.')) return null;
  if (b > a + 1) return { code: 'NUMBERING_GAP', message: `numbering skips from "${prev.label}" to "${node.label}"${under}` };
  if (b < a) return { code: 'NUMBERING_RESTART', message: `numbering starts again at "${node.label}" after "${prev.label}"${under}` };
  return null;
}

export interface SectionsResult {
  sections: SectionNode[];
  /** Body paragraphs before the first numbered section (the preamble: "Thực hiện …", "Căn cứ …"). */
  preamble: SectionNode;
  warnings: Warning[];
}

/**
 * The numbered tree of the body and its preamble. `skip` holds blocks another stage has read as
 * something else: the "Kính gửi:" line and its list are meta.addressees, never preamble.
 */
export function buildSections(model: DocumentModel, layout: Layout = findLayout(model), skip: ReadonlySet<number> = new Set()): SectionsResult {
  const blocks = model.children;
  const warnings: Warning[] = [];
  const preamble: SectionNode = { label: '', scheme: 'none', heading: '', line: '', kind: 'other', effectiveKind: 'other', paras: [], children: [], source: {}, path: [] };
  const roots: SectionNode[] = [];
  const stack: { key: string; node: SectionNode }[] = [];
  const seen = new Map<SectionNode | null, Set<string>>(); // parent → labels, for duplicate warnings

  for (let i = layout.bodyStart; i < layout.bodyEnd; i++) {
    const b = blocks[i];
    if (!isTextBlock(b) || b.zone === 'header' || b.zone === 'closing' || b.zone === 'stamp' || skip.has(i)) continue;
    const marker = parseMarker(b.text);
    if (!marker || !SECTION_SCHEMES.has(marker.scheme)) {
      const top = stack[stack.length - 1]?.node ?? preamble;
      // A part/chapter label alone on its line takes the next heading line as its heading.
      if (top !== preamble && !top.heading && top.paras.length === 0 && b.type === 'heading' && !marker) {
        top.heading = b.text;
        top.line = b.text;
        top.kind = kindFromHeading(b.text);
        continue;
      }
      top.paras.push(toPara(b, marker));
      continue;
    }
    const key = schemeKey(marker);
    const at = stack.findIndex((s) => s.key === key);
    if (at >= 0) stack.length = at;
    const parent = stack[stack.length - 1]?.node;
    // A heading line (bold, capitals, a markdown/Word heading) is a heading as a whole; a
    // numbered paragraph ("1. Mục đích: Đánh giá…") is split at its first colon or sentence end.
    const whole = marker.scheme === 'part' || marker.scheme === 'chapter' || b.type === 'heading';
    const { heading, rest } = whole ? { heading: marker.rest.trim().replace(/[.:;]$/, ''), rest: '' } : splitHeading(marker.rest);
    const node: SectionNode = {
      label: marker.label,
      scheme: marker.scheme,
      heading,
      line: marker.rest.trim(),
      kind: kindFromHeading(heading),
      effectiveKind: 'other',
      paras: [],
      children: [],
      source: sourceOf(b),
      path: [...(parent?.path ?? []), marker.label],
    };
    if (rest) node.paras.push({ text: rest, source: sourceOf(b), ...(b.footnoteRefs?.length ? { footnoteRefs: [...b.footnoteRefs] } : {}) });
    const siblings = parent ? parent.children : roots;
    const scope = parent ? parent.path.join('.') : '';
    const labels = seen.get(parent ?? null) ?? new Set<string>();
    const duplicate = labels.has(marker.label);
    if (duplicate) {
      warnings.push({
        code: 'DUPLICATE_LABEL',
        message: `section label "${marker.label}" appears twice${scope ? ` under ${scope}` : ' at the top level'}; both kept in order`,
        source: node.source,
      });
    }
    labels.add(marker.label);
    seen.set(parent ?? null, labels);
    const gap = duplicate ? null : numberingBreak(siblings.filter((n) => n.scheme === marker.scheme).at(-1), node);
    if (gap) warnings.push({ code: gap.code, message: gap.message, source: node.source });
    siblings.push(node);
    stack.push({ key, node });
  }
  const fill = (nodes: SectionNode[], inherited: SectionNode['kind']): void => {
    for (const n of nodes) {
      if (n.scheme === 'part' || n.scheme === 'chapter') n.kind = kindFromHeading(n.heading);
      n.effectiveKind = n.kind !== 'other' ? n.kind : inherited;
      // "Thứ nhất, …" items of a THÔNG BÁO kết luận are the duties it sets.
      if (n.scheme === 'ordinal' && n.effectiveKind === 'other') n.effectiveKind = 'tasks';
      fill(n.children, n.effectiveKind);
    }
  };
  preamble.kind = 'other';
  preamble.effectiveKind = 'other';
  fill(roots, 'other');
  // A THÔNG BÁO kết luận or a công văn numbers the duties it sets at the top level ("3. Giao Sở Nội vụ …").
  if (layout.kind && DUTY_DOCUMENT_KINDS.has(layout.kind.kind)) {
    for (const n of roots) if (n.effectiveKind === 'other') fill([n], 'tasks');
  }
  return { sections: roots, preamble, warnings };
}

/** The output form (OUTPUT.md `sections`). */
export function toOutputSections(nodes: SectionNode[]): Section[] {
  return nodes.map((n) => ({
    label: n.label,
    heading: n.heading,
    kind: n.kind,
    paragraphs: n.paras.map((p) => p.text),
    children: toOutputSections(n.children),
    source: n.source,
  }));
}
