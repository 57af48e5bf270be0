// Inline text of one block: runs with their formatting, joined exactly as the page has them
// ("Tên d" + "ự án" → "Tên dự án"), footnote marks taken out into references.
import type { TextHints } from '../../model/document.js';
import { attr, styleOf, type HtmlElement } from './dom.js';
import { parseMarker } from '../../model/markers.js';
import { cleanText } from '../../model/text.js';
import { NOTE_MARK_RE, NOTE_REF_HREF_RE, RECIPIENTS_RE, RULE_LINE_RE, UNIT_BEFORE_SUP_RE } from './patterns.js';
import { BOLD_TAGS, BOLD_WEIGHT_RE, ITALIC_TAGS } from './tags.js';

export interface Format {
  bold: boolean;
  italic: boolean;
}

export interface Run extends Format {
  text: string;
}

/** What a block's inline content is made of: text runs, <br> line breaks, footnote references. */
export type InlineItem = ({ kind: 'text' } & Run) | { kind: 'break' } | { kind: 'ref'; mark: string };

/** One block's worth of inline content, ready for ModelBuilder.addText. */
export interface InlinePiece {
  text: string;
  hints: TextHints;
}

/** A line that ends a sentence or a list item ("…;", "…:"), so a <br> after it starts a new block. */
const LINE_END_RE = /[.;:!?…]["”’)]?$/u;

/** A block's inline content as it is gathered. */
export class InlineBuffer {
  readonly items: InlineItem[] = [];

  push(text: string, fmt: Format): void {
    if (text) this.items.push({ kind: 'text', text, bold: fmt.bold, italic: fmt.italic });
  }

  lineBreak(): void {
    this.items.push({ kind: 'break' });
  }

  ref(mark: string): void {
    this.items.push({ kind: 'ref', mark });
  }

  /** Text since the last line break (what a superscript follows). */
  get text(): string {
    let out = '';
    for (const it of this.items) if (it.kind === 'text') out += it.text;
    return out;
  }

  isEmpty(): boolean {
    return !this.items.some((it) => it.kind === 'ref' || (it.kind === 'text' && /[^\s\u00A0]/u.test(it.text)));
  }

  clear(): void {
    this.items.length = 0;
  }

  /**
   * The blocks this content makes. A <br> splits it where a reader sees a new line start: after a
   * sentence or item end, before a numbering marker or "Nơi nhận", or where bold/italic changes;
   * elsewhere it is a wrapped line and the text runs on.
   */
  pieces(): InlinePiece[] {
    const lines: InlineItem[][] = [[]];
    for (const it of this.items) {
      if (it.kind === 'break') lines.push([]);
      else lines[lines.length - 1].push(it);
    }
    const groups: InlineItem[][] = [];
    for (const line of lines) {
      if (!hasText(line)) {
        if (groups.length && line.length) groups[groups.length - 1].push(...line);
        continue;
      }
      const prev = groups[groups.length - 1];
      if (prev && !startsNewBlock(prev, line)) prev.push({ kind: 'text', text: ' ', bold: false, italic: false }, ...line);
      else groups.push([...line]);
    }
    return groups.map(pieceOf);
  }
}

function hasText(items: InlineItem[]): boolean {
  return items.some((it) => it.kind === 'text' && /[^\s\u00A0]/u.test(it.text));
}

function plain(items: InlineItem[]): string {
  return cleanText(items.map((it) => (it.kind === 'text' ? it.text : '')).join(''));
}

function startsNewBlock(prev: InlineItem[], line: InlineItem[]): boolean {
  const before = plain(prev);
  const after = plain(line);
  if (LINE_END_RE.test(before) || parseMarker(after) || RECIPIENTS_RE.test(after) || RULE_LINE_RE.test(after) || RULE_LINE_RE.test(before)) return true;
  const a = pieceOf(prev).hints;
  const b = pieceOf(line).hints;
  return Boolean(a.bold) !== Boolean(b.bold) || Boolean(a.italic) !== Boolean(b.italic);
}

function pieceOf(items: InlineItem[]): InlinePiece {
  const visible = items.filter((it): it is { kind: 'text' } & Run => it.kind === 'text' && /[^\s\u00A0]/u.test(it.text));
  const hints: TextHints = {};
  if (visible.length && visible.every((r) => r.bold)) hints.bold = true;
  if (visible.length && visible.every((r) => r.italic)) hints.italic = true;
  const refs = items.flatMap((it) => (it.kind === 'ref' ? [it.mark] : []));
  if (refs.length) hints.footnoteRefs = refs;
  return { text: items.map((it) => (it.kind === 'text' ? it.text : '')).join(''), hints };
}

/** The formatting an element gives its content (tags and inline style). */
export function formatOf(el: HtmlElement, outer: Format): Format {
  const style = styleOf(el);
  let bold = outer.bold || BOLD_TAGS.has(el.tagName);
  let italic = outer.italic || ITALIC_TAGS.has(el.tagName);
  const weight = style['font-weight'];
  if (weight) bold = BOLD_WEIGHT_RE.test(weight);
  const fontStyle = style['font-style'];
  if (fontStyle) italic = /^(?:italic|oblique)/u.test(fontStyle);
  return { bold, italic };
}

/** Alignment given by the `align` attribute or `text-align`. */
export function alignOf(el: HtmlElement): TextHints['align'] | undefined {
  const v = (styleOf(el)['text-align'] ?? attr(el, 'align') ?? '').toLowerCase();
  if (v === 'center' || v === 'right' || v === 'justify' || v === 'left') return v;
  return undefined;
}

/**
 * The footnote mark an element stands for, or null: a link to a Word-HTML note ("#_ftn1"), or a
 * superscript number not written after a unit ("m<sup>2</sup>" stays text).
 */
export function noteMarkOf(el: HtmlElement, text: string, before: string): string | null {
  if (el.tagName === 'a') {
    const m = NOTE_REF_HREF_RE.exec(attr(el, 'href') ?? '');
    return m ? m[2] : null;
  }
  if (el.tagName !== 'sup') return null;
  const m = NOTE_MARK_RE.exec(text);
  if (!m || !before.trim() || UNIT_BEFORE_SUP_RE.test(before.trimEnd())) return null;
  return m[1];
}
