// .txt / .md (as the seeds come from PDF/Word conversions) → DocumentModel.
// Lines are grouped by blank lines; tab-separated and pipe lines become table rows; markdown
// inline markup is read per line (see inline.ts); footnote bodies leave the running text.
import type { Block, DocumentModel, Point, TableBlock, TableCell, TextBlock } from '../../model/document.js';
import { classifyText } from '../../model/build.js';
import { parseMarker } from '../../model/markers.js';
import { cleanText, normaliseText } from '../../model/text.js';
import { withEngines } from '../engines.js';
import type { ExtractInput, Extractor } from '../index.js';
import { flattenLayoutTables } from '../layout-tables.js';
import { repairPageSplits } from '../repair.js';
import { decodeText } from './decode.js';
import { readInline } from './inline.js';
import { extractSuperscriptRefs, parseFootnoteBody } from './footnotes.js';

interface Line {
  text: string;
  start: Point;
  end: Point;
  group: number;
}

/** "---", "***", "___" alone on a line: a thematic break, which in these conversions marks a page break. */
const THEMATIC_BREAK = /^\s*(?:-{3,}|\*{3,}|_{3,})\s*$/;
/** "### III. ĐÁNH GIÁ CHUNG" */
const MD_HEADING = /^\s*(#{1,6})\s+/;
/** "| a | b |" and the separator "|---|:--|" */
const PIPE_ROW = /^\s*\|.*\|\s*$/;
/** Tested on the trimmed line: a leading \s* next to another \s* splits a blank run every way. */
const PIPE_SEPARATOR = /^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$/;
/** Cells per row kept from a tab- or pipe-separated line; the rest is dropped with a warning. */
const MAX_CELLS = 256;
/** A markdown hard line break: two trailing spaces or a backslash (endsWith: no regex scan of long blank runs). */
const hasHardBreak = (s: string): boolean => s.endsWith('  ') || s.endsWith('\\');

export const extract: Extractor = (input) => withEngines(() => extractSync(input));

/**
 * The reader itself, synchronous: it throws MissingEngine (src/extract/engines.ts) when a line
 * needs remark before remark is loaded; run it again once it is.
 */
export function extractSync(input: ExtractInput): DocumentModel {
  const { text: decoded, warnings } = decodeText(input.bytes);
  // A form feed (pdftotext's page break) stands on a line of its own.
  const text = normaliseText(decoded).replace(/\n?\f\n?/g, '\n\f\n');
  const lines = splitLines(text);
  const blocks: Block[] = [];
  let table: TableBlock | null = null;
  let boldCarry = false;
  let joinNext = false;
  let prevGroup = -1;

  const endTable = (): void => {
    table = null;
  };

  for (const line of lines) {
    if (!line.text.trim() && line.text !== '\f') {
      endTable();
      joinNext = false;
      boldCarry = false;
      continue;
    }
    if (line.group !== prevGroup) joinNext = false;
    prevGroup = line.group;
    const raw = line.text;
    if (THEMATIC_BREAK.test(raw) || raw === '\f') {
      endTable();
      blocks.push({ type: 'pageBreak', position: { start: line.start, end: line.end } });
      continue;
    }
    if (raw.includes('\t') || PIPE_ROW.test(raw)) {
      if (PIPE_SEPARATOR.test(raw.trim())) continue;
      let parts = raw.includes('\t') ? raw.split('\t') : splitPipeRow(raw);
      if (parts.length > MAX_CELLS) {
        warnings.push({ code: 'TABLE_ROW_TOO_WIDE', message: `line ${line.start.line} has ${parts.length} cells; only the first ${MAX_CELLS} are kept` });
        parts = parts.slice(0, MAX_CELLS);
      }
      const cells = parts.map((c) => readInline(c).text);
      const row = {
        type: 'tableRow' as const,
        cells: cells.map((c): TableCell => ({ type: 'tableCell', text: cleanText(c) })),
        position: { start: line.start, end: line.end },
        prov: { paragraph: line.group },
      };
      if (!table) {
        table = { type: 'table', rows: [], position: { start: line.start, end: line.end }, prov: { paragraph: line.group } };
        blocks.push(table);
      }
      const t: TableBlock = table;
      t.rows.push(row);
      if (t.position) t.position.end = line.end;
      continue;
    }
    endTable();

    let body = raw;
    let headingLevel: number | undefined;
    const h = MD_HEADING.exec(body);
    if (h) {
      headingLevel = h[1].length;
      body = body.slice(h[0].length);
    }
    const hardBreak = hasHardBreak(body);
    // A **bold** span that continues over the line break: close it here, reopen on the next line.
    let md: string = (boldCarry ? '**' : '') + body.trim().replace(/\\$/, '');
    const open: boolean = countBoldToggles(md) % 2 === 1;
    if (open) md += '**';
    const inline = readInline(md);
    const fn = parseFootnoteBody(body.trim(), inline.text);
    if (fn) {
      blocks.push({ type: 'footnote', mark: fn.mark, text: cleanText(fn.text), position: { start: line.start, end: line.end }, prov: { paragraph: line.group } });
      boldCarry = open;
      joinNext = false;
      continue;
    }
    const refs = extractSuperscriptRefs(inline.text);
    const clean = cleanText(refs.text);
    const footnoteRefs = [...inline.supMarks, ...refs.marks];
    const prev = blocks[blocks.length - 1];
    if (joinNext && prev && isText(prev) && !parseMarker(clean)) {
      prev.text = cleanText(`${prev.text} ${clean}`);
      if (!inline.bold) delete prev.bold;
      if (prev.position) prev.position.end = line.end;
      if (footnoteRefs.length) prev.footnoteRefs = [...(prev.footnoteRefs ?? []), ...footnoteRefs];
      const re = classifyText(prev.text, prev);
      Object.assign(prev, { type: re.type });
    } else if (clean) {
      const block = classifyText(clean, {
        ...(inline.bold ? { bold: true } : {}),
        ...(inline.italic ? { italic: true } : {}),
        ...(headingLevel ? { headingLevel } : {}),
        ...(footnoteRefs.length ? { footnoteRefs } : {}),
      });
      block.position = { start: line.start, end: line.end };
      block.prov = { paragraph: line.group };
      blocks.push(block);
    }
    boldCarry = open;
    joinNext = hardBreak || open;
  }

  const repaired = repairPageSplits(flattenLayoutTables(blocks));
  const model: DocumentModel = {
    type: 'document',
    format: input.format === 'md' ? 'md' : 'txt',
    children: repaired,
    text,
    warnings,
  };
  return model;
}

function isText(b: Block): b is TextBlock {
  return b.type === 'paragraph' || b.type === 'heading' || b.type === 'listItem';
}

/** Runs of two or more asterisks toggle bold ("***x***" toggles bold and italic). */
function countBoldToggles(s: string): number {
  let n = 0;
  for (const m of s.matchAll(/(?<!\\)\*+/g)) if (m[0].length >= 2) n++;
  return n;
}

function splitPipeRow(raw: string): string[] {
  const inner = raw.trim().replace(/^\|/, '').replace(/\|$/, '');
  return inner.split(/(?<!\\)\|/).map((c) => c.replace(/\\\|/g, '|').trim());
}

function splitLines(text: string): Line[] {
  const out: Line[] = [];
  let offset = 0;
  let group = 0;
  let blank = true;
  const parts = text.split('\n');
  for (let i = 0; i < parts.length; i++) {
    const t = parts[i];
    const isBlank = !t.trim();
    if (!isBlank && blank) group++;
    blank = isBlank;
    out.push({
      text: t,
      start: { line: i + 1, column: 1, offset },
      end: { line: i + 1, column: t.length + 1, offset: offset + t.length },
      group,
    });
    offset += t.length + 1;
  }
  return out;
}
