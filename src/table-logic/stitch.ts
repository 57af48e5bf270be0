// One logical table from its page fragments: repeated headers dropped, rows split by a page
// break joined again, vertical merges filled in.
import type { Block, ModelWarning, PageBreakBlock, Provenance, TableBlock } from '../model/document.js';
import { fromGrid, resolveVerticalMerges, tableWidth, toGrid, type GridRow } from './grid.js';
import { combinedRoleOf, headerDepth, headerKeys, headerTexts, sameHeaderKey } from './header.js';
import { endsOpen, joinSplitText, startsLowerCase, startsNewItem } from './text.js';

interface Fragment {
  block: TableBlock;
  grid: GridRow[];
  width: number;
  depth: number;
  pages: number[];
}

/** Blocks that may sit between two fragments of one table: page breaks, footnote bodies, a bare page number. */
const PAGE_NUMBER_RE = /^[-–\s]*\d{1,3}[-–\s]*$/u;

function isSeparator(b: Block): boolean {
  if (b.type === 'pageBreak' || b.type === 'footnote') return true;
  return (b.type === 'paragraph' || b.type === 'heading') && PAGE_NUMBER_RE.test(b.text);
}

function fragmentOf(block: TableBlock, pageAfterBreak?: number): Fragment {
  const width = tableWidth(block);
  const grid = toGrid(block, width);
  const pages = new Set<number>(block.pages ?? []);
  const p = block.prov;
  if (p?.page) for (let n = p.page; n <= (p.pageEnd ?? p.page); n++) pages.add(n);
  if (pages.size === 0 && pageAfterBreak) pages.add(pageAfterBreak);
  return { block, grid, width, depth: headerDepth(grid, width), pages: [...pages].sort((a, b) => a - b) };
}

/** How many of the later fragment's leading rows repeat the first fragment's header (0 when none), as `sameHeaderKey` compares them. */
function repeatedHeaderRows(first: Fragment, next: Fragment): number {
  const want = headerKeys(first.grid.slice(0, first.depth));
  const have = headerKeys(next.grid.slice(0, want.length));
  let k = 0;
  while (k < want.length && k < have.length && sameHeaderKey(want[k], have[k])) k++;
  return k;
}

/** Columns up to the last one with any text: trailing empty cells (a stray tab) do not count. */
function usedWidth(grid: GridRow[]): number {
  let w = 0;
  for (const row of grid) row.cells.forEach((c, i) => (c.text || c.covered ? (w = Math.max(w, i + 1)) : 0));
  return w;
}

/** Same columns: every used column of each fragment fits in the narrower of the two. */
function sameColumns(a: Fragment, b: Fragment): boolean {
  return Math.max(usedWidth(a.grid), usedWidth(b.grid)) <= Math.min(a.width, b.width) && Math.min(a.width, b.width) > 0;
}

function canJoin(first: Fragment, next: Fragment): boolean {
  if (!sameColumns(first, next) || first.block.zone !== next.block.zone) return false;
  // A later fragment with a header of its own (not the first one's, repeated) is another table.
  return repeatedHeaderRows(first, next) > 0 || next.depth === 0;
}

/** Column of the row number (TT), from the header when there is one, else the first column. */
function noColumn(first: Fragment): number {
  if (first.depth === 0) return 0;
  const names = headerTexts(first.grid.slice(0, first.depth), first.width);
  const i = names.findIndex((h) => combinedRoleOf(h) === 'no');
  return i >= 0 ? i : 0;
}

/**
 * A row at the top of a later fragment continues the row above when its TT cell is empty and its
 * text carries on a sentence: a cell starts lower case, or the cell above ends open and this one
 * does not start a new item ("- Thảo luận…" is a sub-row, not a continuation).
 */
export function isContinuationRow(prev: GridRow, row: GridRow, noCol: number): boolean {
  const filled = unnumberedCells(row, noCol);
  if (!filled) return false;
  if (filled.some((x) => startsLowerCase(x.text))) return true;
  return filled.every((x) => endsOpen(prev.cells[x.i]?.text ?? ''));
}

/** Filled cells of a row with an empty TT and no cell that starts a new item; null otherwise. */
function unnumberedCells(row: GridRow, noCol: number): { text: string; i: number }[] | null {
  const cells = row.cells;
  // A TT cell merged from the row above marks a real sub-row, not an empty TT.
  if (cells[noCol]?.text || cells[noCol]?.covered) return null;
  const filled = cells.map((c, i) => ({ text: c.covered ? '' : c.text, i })).filter((x) => x.text);
  if (filled.length === 0 || filled.some((x) => startsNewItem(x.text))) return null;
  return filled;
}

/**
 * Inside one fragment (txt/md conversions lose page breaks) a row is a continuation only on
 * stronger evidence: the row above is numbered, this one has no number, no merged cell and no new
 * item, and it starts lower case or fills one cell whose text above stops at ";", "," or mid-clause.
 */
export function isInnerContinuationRow(prev: GridRow, row: GridRow, noCol: number, detailCol?: number): boolean {
  if (!prev.cells[noCol]?.text || prev.header) return false;
  if (detailCol !== undefined && row.cells[detailCol]?.text) return false;
  if (row.cells.some((c) => c.covered === 'row')) return false;
  const filled = unnumberedCells(row, noCol);
  if (!filled) return false;
  if (filled.some((x) => startsLowerCase(x.text))) return true;
  if (filled.length !== 1) return false;
  const above = prev.cells[filled[0].i]?.text ?? '';
  return /[;,]$/u.test(above) || endsOpen(above);
}

function joinRows(prev: GridRow, row: GridRow): void {
  row.cells.forEach((c, i) => {
    const target = prev.cells[i];
    if (!target || c.covered || !c.text) return;
    target.text = joinSplitText(target.text, c.text);
  });
  if (prev.prov && row.prov?.page) prev.prov = { ...prev.prov, pageEnd: row.prov.pageEnd ?? row.prov.page };
}

function mergeProv(first?: Provenance, last?: Provenance): Provenance | undefined {
  if (!first) return undefined;
  const end = last?.pageEnd ?? last?.page;
  return end && end !== first.page ? { ...first, pageEnd: end } : first;
}

function build(parts: Fragment[], warnings: ModelWarning[]): TableBlock {
  // Fragments that differ only by trailing empty cells are laid on the widest grid.
  const width = Math.max(...parts.map((f) => f.width));
  const frags = parts.map((f) => (f.width === width ? f : { ...f, width, grid: toGrid(f.block, width) }));
  const [first] = frags;
  const grid: GridRow[] = first.grid.slice(0, first.depth).map((r) => ({ ...r, header: true }));
  const noCol = noColumn(first);
  const keys = headerKeys(grid);
  frags.forEach((frag, f) => {
    // Rows at the top of a later fragment, or right after a header repeated inside one, may continue the row above.
    let top = f > 0;
    let r = f === 0 ? first.depth : repeatedHeaderRows(first, frag);
    while (r < frag.grid.length) {
      const repeated = repeatedHeaderAt(frag.grid, r, keys);
      if (repeated > 0) {
        r += repeated;
        top = true;
        continue;
      }
      const row = frag.grid[r++];
      const prev = grid[grid.length - 1];
      if (top && grid.length > first.depth && isContinuationRow(prev, row, noCol)) joinRows(prev, row);
      else grid.push(withoutHeaderFlag(row));
      top = false;
    }
  });
  joinInnerContinuations(grid, first, noCol, warnings);
  warnings.push(...resolveVerticalMerges(grid));
  const last = frags[frags.length - 1].block;
  // A table stitched before counts its own fragments, so stitching twice changes nothing.
  const fragments = frags.reduce((n, f) => n + (f.block.fragments ?? 1), 0);
  const table: TableBlock = { type: 'table', rows: fromGrid(grid), fragments };
  const pages = [...new Set(frags.flatMap((f) => f.pages))].sort((a, b) => a - b);
  if (pages.length) table.pages = pages;
  if (first.block.zone) table.zone = first.block.zone;
  if (first.block.position) {
    table.position = { start: first.block.position.start, end: (last.position ?? first.block.position).end };
  }
  const prov = mergeProv(first.block.prov, last.prov);
  if (prov) table.prov = prov;
  return table;
}

function joinInnerContinuations(grid: GridRow[], first: Fragment, noCol: number, warnings: ModelWarning[]): void {
  const names = first.depth ? headerTexts(first.grid.slice(0, first.depth), first.width) : [];
  const detail = names.findIndex((h) => combinedRoleOf(h) === 'detail');
  for (let r = first.depth + 1; r < grid.length; ) {
    const prev = grid[r - 1];
    if (!isInnerContinuationRow(prev, grid[r], noCol, detail >= 0 ? detail : undefined)) {
      r++;
      continue;
    }
    joinRows(prev, grid[r]);
    grid.splice(r, 1);
    warnings.push({
      code: 'TABLE_ROW_JOINED',
      message: `a table row without a number that continues the text of row "${prev.cells[noCol].text}" was joined to it`,
      ...(prev.prov ? { prov: prev.prov } : {}),
    });
  }
}

function withoutHeaderFlag(r: GridRow): GridRow {
  const { header: _header, ...rest } = r;
  return rest;
}

/** Header rows repeated at `r` inside a fragment (a txt page break without a blank line): how many. */
function repeatedHeaderAt(rows: GridRow[], r: number, keys: string[]): number {
  let k = 0;
  while (k < keys.length && r + k < rows.length && sameHeaderKey(keys[k], headerKeys([rows[r + k]])[0])) k++;
  return k;
}

/**
 * Stitch consecutive table fragments (only page breaks, footnotes or a page number between them)
 * that have the same columns into one table; every table comes out with clean cells, resolved
 * vertical merges, header rows flagged and `fragments` set. Blocks between stitched fragments
 * follow the table.
 */
export function stitchTables(blocks: Block[]): { blocks: Block[]; warnings: ModelWarning[] } {
  const out: Block[] = [];
  const warnings: ModelWarning[] = [];
  let i = 0;
  while (i < blocks.length) {
    const b = blocks[i];
    if (b.type !== 'table') {
      out.push(b);
      i++;
      continue;
    }
    const frags: Fragment[] = [fragmentOf(b)];
    const moved: Block[] = [];
    let between: Block[] = [];
    let last = i;
    for (let j = i + 1; j < blocks.length; j++) {
      const c = blocks[j];
      if (isSeparator(c)) {
        between.push(c);
        continue;
      }
      if (c.type !== 'table') break;
      const breakPage = [...between].reverse().find((x): x is PageBreakBlock => x.type === 'pageBreak')?.page;
      const next = fragmentOf(c, breakPage);
      if (!canJoin(frags[0], next)) break;
      frags.push(next);
      moved.push(...between);
      between = [];
      last = j;
    }
    out.push(build(frags, warnings), ...moved);
    i = last + 1;
  }
  return { blocks: out, warnings };
}
