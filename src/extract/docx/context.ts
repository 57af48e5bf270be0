// Shared state of one document read, and the intermediate items the body walker produces before
// they become model blocks (so zone detection can look at a whole table first).
import type { Provenance, TextHints } from '../../model/document.js';
import type { NumberingState } from './numbering.js';
import type { SectionInfo } from './sections.js';
import type { Styles } from './styles.js';
import type { XmlElement } from './xml.js';

export interface NoteRef {
  kind: 'footnote' | 'endnote';
  id: string;
  /** The mark as printed: "1", "2" … (footnotes), "i", "ii" … (endnotes), or a custom mark. */
  mark: string;
}

export interface ParaItem {
  kind: 'para';
  text: string;
  hints: TextHints;
  prov: Provenance;
  refs: NoteRef[];
}

export interface CellItem {
  text: string;
  /** The cell's paragraphs, for tables re-read as zone text (header/closing). */
  paras: ParaItem[];
  colSpan?: number;
  vMerge?: 'restart' | 'continue';
  bold?: boolean;
}

export interface RowItem {
  cells: CellItem[];
  header?: boolean;
  prov: Provenance;
}

export interface TableItem {
  kind: 'table';
  rows: RowItem[];
  prov: Provenance;
  /** Note references made inside a nested table, passed up to the outer table. */
  refs?: NoteRef[];
}

export interface PageBreakItem {
  kind: 'pageBreak';
  page: number;
}

export interface FootnoteItem {
  kind: 'footnote';
  mark: string;
  text: string;
  noteKind: 'footnote' | 'endnote';
  prov: Provenance;
}

export type Item = ParaItem | TableItem | PageBreakItem | FootnoteItem;

export interface Limits {
  maxTableCells: number;
}

export interface ReadContext {
  styles: Styles;
  numbering: NumberingState;
  notes: { footnote: Map<string, XmlElement>; endnote: Map<string, XmlElement> };
  noteFormats: { footnote: string; endnote: string };
  noteCounters: { footnote: number; endnote: number };
  sections: SectionInfo[];
  /** The part being read ("word/document.xml", "word/footnotes.xml"). */
  part: string;
  /** Reading the main document part (page/section provenance applies). */
  isMain: boolean;
  section: number;
  /** 1-based page, approximate: hard page breaks, section breaks and Word's last rendered breaks. */
  page: number;
  /** A hard break was just counted; Word repeats it as a lastRenderedPageBreak, which must not count twice. */
  pendingHardBreak: boolean;
  /** Open fields: 'instr' until w:fldChar separate, then 'result' (displayed text) until end. */
  fields: ('instr' | 'result')[];
  paragraphIndex: number;
  cellCount: number;
  limits: Limits;
  fonts: Set<string>;
  /** Legacy-font runs (TCVN3/VNI) seen: decoded, or kept because they already held Unicode. */
  legacy: LegacyRuns;
  warnings: { code: string; message: string }[];
}

export interface LegacyRuns {
  /** Font name → encoding it was decoded from. */
  decoded: Map<string, 'tcvn3' | 'vni'>;
  /** Legacy fonts whose runs already held Unicode Vietnamese (left as they are). */
  keptUnicode: Set<string>;
}

export function provHere(ctx: ReadContext): Provenance {
  const prov: Provenance = { part: ctx.part };
  if (ctx.isMain) {
    prov.page = ctx.page;
    prov.section = ctx.section;
    const orientation = ctx.sections[ctx.section]?.orientation;
    if (orientation) prov.orientation = orientation;
  }
  return prov;
}

export function warnOnce(ctx: ReadContext, code: string, message: string): void {
  if (!ctx.warnings.some((w) => w.code === code && w.message === message)) ctx.warnings.push({ code, message });
}
