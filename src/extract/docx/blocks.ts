// Block-level content in document order: paragraphs, tables, content controls, text boxes, section
// and page breaks. The same walker reads the body, table cells and text boxes.
import { provHere, warnOnce, type Item, type ReadContext } from './context.js';
import { footnoteItems } from './footnotes.js';
import { alternateBranch, readParagraph } from './paragraph.js';
import { startsNewPage } from './sections.js';
import { readTable } from './tables.js';
import { child, type XmlElement } from './xml.js';

/** Block-level elements with nothing to read (bookmarks, comments ranges, proofing marks). */
const IGNORED_BLOCKS = new Set([
  'w:bookmarkStart', 'w:bookmarkEnd', 'w:commentRangeStart', 'w:commentRangeEnd', 'w:proofErr',
  'w:permStart', 'w:permEnd', 'w:sectPr', 'w:del', 'w:moveFrom', 'w:moveFromRangeStart', 'w:moveFromRangeEnd',
  'w:moveToRangeStart', 'w:moveToRangeEnd', 'w:customXmlInsRangeStart', 'w:customXmlInsRangeEnd',
  'w:customXmlDelRangeStart', 'w:customXmlDelRangeEnd', 'w:tblPr', 'w:tblGrid', 'w:tcPr', 'w:trPr', 'w:tblPrEx', 'w:sdtPr', 'w:sdtEndPr',
]);

export interface BlockSink {
  items: Item[];
  /** Inside a table cell, breaks are counted but not emitted as blocks. */
  inCell: boolean;
}

export function readBlocks(container: XmlElement, ctx: ReadContext, sink: BlockSink): void {
  for (const c of container.children) {
    if (typeof c === 'string') continue;
    switch (c.name) {
      case 'w:p':
        readParagraphBlock(c, ctx, sink);
        break;
      case 'w:tbl':
        readTableBlock(c, ctx, sink);
        break;
      case 'w:sdt':
        readBlocks(child(c, 'w:sdtContent') ?? c, ctx, sink);
        break;
      case 'w:customXml':
      case 'w:ins':
      case 'w:moveTo':
        readBlocks(c, ctx, sink);
        break;
      case 'mc:AlternateContent':
        readBlocks(alternateBranch(c), ctx, sink);
        break;
      case 'w:altChunk':
        warnOnce(ctx, 'DOCX_ALTCHUNK', 'the document embeds another file (w:altChunk) whose content is not read');
        break;
      default:
        if (!IGNORED_BLOCKS.has(c.name)) warnOnce(ctx, 'DOCX_UNKNOWN_ELEMENT', `element <${c.name}> is not read`);
    }
  }
}

function pageBreak(ctx: ReadContext, sink: BlockSink): void {
  if (!ctx.isMain) return;
  ctx.page++;
  ctx.pendingHardBreak = true;
  if (!sink.inCell) sink.items.push({ kind: 'pageBreak', page: ctx.page });
}

function readParagraphBlock(p: XmlElement, ctx: ReadContext, sink: BlockSink): void {
  const r = readParagraph(p, ctx);
  for (let i = 0; i < r.breaksBefore; i++) pageBreak(ctx, sink);
  // Page/section provenance is taken after breaks that come before the text.
  Object.assign(r.item.prov, provHere(ctx));
  if (r.item.text.trim()) sink.items.push(r.item);
  // In a cell the table collects the references and places the notes after the whole table.
  if (!sink.inCell) sink.items.push(...footnoteItems(r.item.refs, ctx, r.item.prov.page));
  for (const box of r.textBoxes) readBlocks(box, ctx, sink);
  for (let i = 0; i < r.breaksAfter; i++) pageBreak(ctx, sink);
  const sectPr = child(child(p, 'w:pPr'), 'w:sectPr');
  if (sectPr && ctx.isMain && !sink.inCell) {
    ctx.section++;
    if (startsNewPage(ctx.sections[ctx.section])) pageBreak(ctx, sink);
  }
}

function readTableBlock(tbl: XmlElement, ctx: ReadContext, sink: BlockSink): void {
  const { table, refs } = readTable(tbl, ctx);
  if (sink.inCell) table.refs = refs;
  if (table.rows.length) sink.items.push(table);
  if (!sink.inCell) sink.items.push(...footnoteItems(refs, ctx, table.prov.page));
}
