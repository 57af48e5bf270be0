// Walks the document region in reading order and feeds the ModelBuilder: one text block per
// paragraph-like element (p, div with its own text, h1–h6, li …), tables as tables, the NĐ 30
// header and closing tables as zone text, Word-HTML footnote bodies as footnotes.
import type { TableBlock, TextHints, Zone } from '../../model/document.js';
import type { ModelBuilder } from '../../model/build.js';
import { parseMarker } from '../../model/markers.js';
import { layoutZone } from '../layout-tables.js';
import { attr, childrenOf, isElement, isInvisible, isText, textContent, type HtmlElement, type HtmlNode } from './dom.js';
import { alignOf, formatOf, InlineBuffer, noteMarkOf, type Format } from './inline.js';
import { NOTE_BODY_ID_RE, RULE_LINE_RE } from './patterns.js';
import { readRows, isSingleColumn, toRowInputs, type RowRead } from './tables.js';
import { headingLevelOf, isBlockTag } from './tags.js';

/** What a block inherits from the blocks around it. */
interface BlockContext {
  align?: TextHints['align'];
  headingLevel?: number;
}

/** Rules typed inside a header line: "ỦY BAN NHÂN DÂN -------". */
const INLINE_RULE_RE = /\s*[-–—_]{3,}\s*/gu;
/** Body blocks before a header table that still let it be the document's own header (a line above it). */
const MAX_BLOCKS_BEFORE_HEADER = 3;

/**
 * The document's own header and closing are the first of each; later ones (forms in an appendix,
 * "Mẫu số 1" with its own Quốc hiệu and Nơi nhận) are read as plain text so they do not blur them.
 */
class ZoneTracker {
  private state: Record<'header' | 'closing', 'open' | 'active' | 'done'> = { header: 'open', closing: 'open' };
  private bodyBlocks = 0;

  allows(zone: 'header' | 'closing'): boolean {
    if (zone === 'header' && this.state.header === 'open' && this.bodyBlocks > MAX_BLOCKS_BEFORE_HEADER) return false;
    return this.state[zone] !== 'done';
  }

  /** Record one emitted block of `zone` (undefined = body). */
  saw(zone: Zone | undefined): void {
    for (const z of ['header', 'closing'] as const) {
      if (zone === z) this.state[z] = 'active';
      else if (this.state[z] === 'active') this.state[z] = 'done';
    }
    if (!zone) this.bodyBlocks++;
  }
}

export class BlockWalker {
  private readonly zones = new ZoneTracker();

  constructor(
    private readonly b: ModelBuilder,
    private readonly skip: Set<HtmlElement>,
  ) {}

  /** Walk a container element's children as blocks. */
  walk(root: HtmlElement): void {
    const buf = new InlineBuffer();
    this.children(root, { bold: false, italic: false }, this.contextOf(root, {}), buf);
    this.flush(buf, this.contextOf(root, {}));
  }

  private hidden(el: HtmlElement): boolean {
    return this.skip.has(el) || isInvisible(el);
  }

  private contextOf(el: HtmlElement, outer: BlockContext): BlockContext {
    const ctx: BlockContext = { ...outer };
    const align = alignOf(el);
    if (align) ctx.align = align;
    const level = headingLevelOf(el.tagName);
    if (level) ctx.headingLevel = level;
    return ctx;
  }

  private children(el: HtmlElement, fmt: Format, ctx: BlockContext, buf: InlineBuffer): void {
    for (const c of childrenOf(el)) this.node(c, fmt, ctx, buf);
  }

  private node(n: HtmlNode, fmt: Format, ctx: BlockContext, buf: InlineBuffer): void {
    if (isText(n)) return buf.push(n.value, fmt);
    if (!isElement(n) || this.hidden(n)) return;
    const tag = n.tagName;
    if (tag === 'br') return buf.lineBreak();
    if (tag === 'a' || tag === 'sup') {
      const text = textContent(n, this.skip);
      const mark = noteMarkOf(n, text, buf.text);
      if (mark) return buf.ref(mark);
    }
    const inner = formatOf(n, fmt);
    if (!isBlockTag(tag)) return this.children(n, inner, ctx, buf);
    // A block inside running text ends the paragraph before it ("div with direct text" then a <p>).
    this.flush(buf, ctx);
    const noteId = NOTE_BODY_ID_RE.exec(attr(n, 'id') ?? '');
    if (noteId) return this.footnote(n, noteId[2], noteId[1] === 'edn' ? 'endnote' : 'footnote');
    if (tag === 'table') return this.table(n, inner, ctx);
    if (tag === 'hr') return;
    const own = this.contextOf(n, ctx);
    const inside = new InlineBuffer();
    if (tag === 'pre') return this.pre(n, own);
    this.children(n, inner, own, inside);
    this.flush(inside, own);
  }

  private flush(buf: InlineBuffer, ctx: BlockContext): void {
    const pieces = buf.isEmpty() ? [] : buf.pieces();
    buf.clear();
    for (const { text, hints } of pieces) {
      if (ctx.align) hints.align = ctx.align;
      if (ctx.headingLevel) hints.headingLevel = ctx.headingLevel;
      this.addText(text, hints);
    }
  }

  private addText(text: string, hints: TextHints): void {
    if (this.b.addText(text, hints)) this.zones.saw(hints.zone);
  }

  /** Preformatted text: one block per line. */
  private pre(el: HtmlElement, ctx: BlockContext): void {
    for (const line of textContent(el, this.skip).split('\n')) if (line.trim()) this.addText(line, ctx.align ? { align: ctx.align } : {});
  }

  private footnote(el: HtmlElement, mark: string, kind: 'footnote' | 'endnote'): void {
    // The body repeats its own mark first ("[1] Text"): drop it.
    const text = textContent(el, this.skip).trim().replace(/^\s*[[(]?\s*\d{1,4}\s*[\])]?\s*/u, '');
    if (text) this.b.addFootnote(mark, text, undefined, kind);
  }

  private table(el: HtmlElement, fmt: Format, ctx: BlockContext): void {
    const rows = readRows(el, this.skip);
    if (!rows.length) return;
    // A one-column table is page layout around blocks (some portals wrap the whole document so).
    if (isSingleColumn(rows)) {
      for (const r of rows) for (const c of r.cells) this.walkCell(c.el, fmt, ctx);
      return;
    }
    const zone = layoutZone(probeTable(rows));
    if (zone === 'header' || zone === 'closing') return this.zoneText(rows, this.zones.allows(zone) ? zone : undefined);
    this.b.addTable(toRowInputs(rows));
    this.zones.saw(undefined);
  }

  private walkCell(cell: HtmlElement, fmt: Format, ctx: BlockContext): void {
    const own = this.contextOf(cell, ctx);
    const buf = new InlineBuffer();
    this.children(cell, formatOf(cell, fmt), own, buf);
    this.flush(buf, own);
  }

  /** NĐ 30 header/closing table: left column top to bottom, then the next, one block per line. */
  private zoneText(rows: RowRead[], zone: Zone | undefined): void {
    const width = Math.max(...rows.map((r) => r.cells.length));
    for (let col = 0; col < width; col++) {
      for (const row of rows) {
        const cell = row.cells[col];
        if (!cell) continue;
        const align = alignOf(cell.el);
        for (const line of joinWrapped(cell.lines)) {
          if (RULE_LINE_RE.test(line.text)) continue;
          const text = line.text.replace(INLINE_RULE_RE, ' ');
          const hints: TextHints = zone ? { zone } : {};
          if (line.bold) hints.bold = true;
          if (align) hints.align = align;
          this.addText(text, hints);
        }
      }
    }
  }
}

/** A line starting in lower case continues the line above ("- Sở GDĐT/Cơ quan quản lý" + "trực tiếp …"). */
function joinWrapped(lines: RowRead['cells'][number]['lines']): RowRead['cells'][number]['lines'] {
  const out: RowRead['cells'][number]['lines'] = [];
  for (const line of lines) {
    const t = line.text.trim();
    const prev = out[out.length - 1];
    if (prev && /^\p{Ll}/u.test(t) && !parseMarker(t) && !/[.;:]$/u.test(prev.text.trim())) {
      out[out.length - 1] = { text: `${prev.text.trim()} ${t}`, bold: prev.bold && line.bold };
    } else out.push(line);
  }
  return out;
}

/** A TableBlock with just the cell texts, for the shared layout-table test. */
function probeTable(rows: RowRead[]): TableBlock {
  return {
    type: 'table',
    rows: rows.map((r) => ({
      type: 'tableRow',
      cells: r.cells.map((c) => ({ type: 'tableCell', text: c.lines.map((l) => l.text.trim()).join(' ').replace(/\s+/g, ' ') })),
    })),
  };
}
