// Builds a DocumentModel block by block for extractors that have no source text of their own
// (docx, pdf): positions then refer to a virtual normalised text, one block per paragraph.
import type {
  Block,
  DocumentModel,
  FootnoteBlock,
  ModelWarning,
  PageBreakBlock,
  Point,
  Provenance,
  SourceFormat,
  TableBlock,
  TableCell,
  TextBlock,
  TextHints,
} from './document.js';
import { parseMarker } from './markers.js';
import { cleanText } from './text.js';

/** Decide whether a line of text is a heading, a numbered/bulleted list item or a paragraph. */
export function classifyText(text: string, hints: TextHints = {}): TextBlock {
  const marker = parseMarker(text);
  const headingLike = isHeadingLike(text, hints);
  const base = { text, ...stripUndefined(hints) };
  if (marker && marker.scheme !== 'bullet' && marker.scheme !== 'plus' && headingLike) {
    return { type: 'heading', ...base, marker: marker.raw };
  }
  if (marker) return { type: 'listItem', ...base, marker: marker.raw };
  if (headingLike) return { type: 'heading', ...base };
  return { type: 'paragraph', ...base };
}

/** A whole-bold line up to this long reads as a heading (real two-line headings reach ~210). */
const MAX_BOLD_HEADING = 300;
const MAX_CAPS_HEADING = 250;

/** Letters all upper case (at least 4 of them), or a bold line not ending a sentence, or a markdown/Word heading. */
export function isHeadingLike(text: string, hints: TextHints = {}): boolean {
  if (hints.headingLevel) return true;
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (text.length <= MAX_CAPS_HEADING && letters.length >= 4 && letters === letters.toLocaleUpperCase('vi')) return true;
  return Boolean(hints.bold) && text.length <= MAX_BOLD_HEADING && !/[.;:]$/.test(text);
}

function stripUndefined<T extends object>(o: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = v;
  return out as T;
}

export interface CellInput {
  text: string;
  colSpan?: number;
  rowSpan?: number;
  vMerge?: 'restart' | 'continue';
  bold?: boolean;
  prov?: Provenance;
}

export interface RowInput {
  cells: CellInput[];
  header?: boolean;
  prov?: Provenance;
}

export class ModelBuilder {
  private readonly blocks: Block[] = [];
  private readonly warnings: ModelWarning[] = [];
  private readonly parts: string[] = [];
  private offset = 0;
  private line = 1;
  pages?: number;
  signatures: string[] = [];

  constructor(private readonly format: SourceFormat) {}

  private advance(text: string): { start: Point; end: Point } {
    const start: Point = { line: this.line, column: 1, offset: this.offset };
    const lines = text.split('\n');
    const last = lines[lines.length - 1];
    const end: Point = {
      line: this.line + lines.length - 1,
      column: (lines.length === 1 ? 1 : 1) + last.length,
      offset: this.offset + text.length,
    };
    this.parts.push(text, '\n\n');
    this.offset += text.length + 2;
    this.line += lines.length + 1;
    return { start, end };
  }

  addText(raw: string, hints: TextHints = {}, prov?: Provenance): TextBlock | null {
    const text = cleanText(raw);
    if (!text) return null;
    const block = classifyText(text, hints);
    block.position = this.advance(text);
    if (prov) block.prov = prov;
    this.blocks.push(block);
    return block;
  }

  addTable(rows: RowInput[], opts: { prov?: Provenance; zone?: TableBlock['zone']; pages?: number[] } = {}): TableBlock {
    const lines: string[] = [];
    const table: TableBlock = { type: 'table', rows: [] };
    for (const r of rows) {
      const cells: TableCell[] = r.cells.map((c) => {
        const cell: TableCell = { type: 'tableCell', text: cleanText(c.text) };
        if (c.colSpan && c.colSpan > 1) cell.colSpan = c.colSpan;
        if (c.rowSpan && c.rowSpan > 1) cell.rowSpan = c.rowSpan;
        if (c.vMerge) cell.vMerge = c.vMerge;
        if (c.bold) cell.bold = true;
        if (c.prov) cell.prov = c.prov;
        return cell;
      });
      const row = { type: 'tableRow' as const, cells, ...(r.header ? { header: true } : {}), ...(r.prov ? { prov: r.prov } : {}) };
      table.rows.push(row);
      lines.push(cells.map((c) => c.text).join('\t'));
    }
    table.position = this.advance(lines.join('\n') || ' ');
    if (opts.prov) table.prov = opts.prov;
    if (opts.zone) table.zone = opts.zone;
    if (opts.pages?.length) table.pages = opts.pages;
    this.blocks.push(table);
    return table;
  }

  addFootnote(mark: string, raw: string, prov?: Provenance, kind?: FootnoteBlock['kind']): FootnoteBlock {
    const text = cleanText(raw);
    const fn: FootnoteBlock = { type: 'footnote', mark, text };
    if (kind) fn.kind = kind;
    fn.position = this.advance(`${mark} ${text}`);
    if (prov) fn.prov = prov;
    this.blocks.push(fn);
    return fn;
  }

  addPageBreak(page?: number): PageBreakBlock {
    const pb: PageBreakBlock = { type: 'pageBreak' };
    if (page !== undefined) pb.page = page;
    pb.position = this.advance('\f');
    this.blocks.push(pb);
    return pb;
  }

  warn(code: string, message: string, prov?: Provenance): void {
    this.warnings.push(prov ? { code, message, prov } : { code, message });
  }

  build(): DocumentModel {
    const doc: DocumentModel = {
      type: 'document',
      format: this.format,
      children: this.blocks,
      text: this.parts.join(''),
      warnings: this.warnings,
    };
    if (this.pages !== undefined) doc.pages = this.pages;
    if (this.signatures.length) doc.signatures = this.signatures;
    return doc;
  }
}
