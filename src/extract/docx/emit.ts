// Intermediate items → DocumentModel blocks through the shared ModelBuilder.
import type { DocumentModel } from '../../model/document.js';
import { ModelBuilder } from '../../model/build.js';
import type { Item, LegacyRuns, ParaItem, TableItem } from './context.js';
import { isSignatureBoxes } from '../layout-tables.js';
import { formBodyRow, isAddresseeTable, rowParagraphs } from './forms.js';
import { layoutZone, paragraphsByColumn } from './zones.js';

/** Font families of legacy Vietnamese 8-bit encodings: TCVN3 (".VnTime", ".VnArial") and VNI ("VNI-Times"). */
export const LEGACY_FONT_RE = /^(?:\.Vn|VNI[-_ ])/i;

export interface EmitOptions {
  format: 'docx' | 'doc';
  pages: number;
  warnings: { code: string; message: string }[];
  fonts: Set<string>;
  legacy?: LegacyRuns;
}

const ENCODING_NAME = { tcvn3: 'TCVN3 (ABC)', vni: 'VNI' } as const;

/** The LEGACY_ENCODING warning: what was decoded from which encoding, and what was left alone. */
export function legacyWarning(fonts: Set<string>, legacy: LegacyRuns | undefined): string | null {
  const named = [...fonts].filter((f) => LEGACY_FONT_RE.test(f.trim()));
  const decoded = legacy ? [...legacy.decoded] : [];
  const kept = legacy ? [...legacy.keptUnicode] : [];
  if (!decoded.length && !named.length && !kept.length) return null;
  const parts: string[] = [];
  for (const enc of ['tcvn3', 'vni'] as const) {
    const fs = decoded.filter(([, e]) => e === enc).map(([f]) => f);
    if (fs.length) parts.push(`text in ${fs.join(', ')} was decoded from ${ENCODING_NAME[enc]} to Unicode`);
  }
  // Unicode typed in a legacy font (a later edit, a converted file) is not decoded twice.
  if (kept.length) parts.push(`runs in ${kept.join(', ')} that already held Unicode Vietnamese were kept as they are`);
  if (!parts.length) return `text uses legacy Vietnamese font(s) ${named.join(', ')} (TCVN3/VNI) but has no accented letters to decode`;
  return `${parts.join('; ')}: check accented letters against the original`;
}

function addPara(b: ModelBuilder, p: ParaItem, zone?: 'header' | 'closing'): void {
  b.addText(p.text, zone ? { ...p.hints, zone } : p.hints, p.prov);
}

export function emitModel(items: Item[], opts: EmitOptions): DocumentModel {
  const b = new ModelBuilder(opts.format);
  for (const item of items) {
    switch (item.kind) {
      case 'para':
        addPara(b, item);
        break;
      case 'pageBreak':
        b.addPageBreak(item.page);
        break;
      case 'footnote':
        b.addFootnote(item.mark, item.text, item.prov, item.noteKind);
        break;
      case 'table': {
        const zone = layoutZone(item);
        if (zone === 'header' || zone === 'closing') {
          for (const p of paragraphsByColumn(item)) addPara(b, p, zone);
          break;
        }
        if (isAddresseeTable(item)) {
          for (const p of paragraphsByColumn(item)) addPara(b, p);
          break;
        }
        // A form typed as one table: its outline cell is the body, the boxes under it the closing.
        const body = formBodyRow(item);
        if (body >= 0) {
          for (const p of rowParagraphs(item, 0, body + 1)) addPara(b, p);
          if (body + 1 < item.rows.length) addTableItem(b, { ...item, rows: item.rows.slice(body + 1) }, 'closing');
          break;
        }
        // Signature boxes typed as a table of their own ("Chuyên viên … Trương Hải Châu" | "LÃNH ĐẠO …").
        addTableItem(b, item, isSignatureBoxes(item.rows.map((r) => r.cells.map((c) => c.text))) ? 'closing' : undefined);
        break;
      }
    }
  }
  for (const w of opts.warnings) b.warn(w.code, w.message);
  const legacy = legacyWarning(opts.fonts, opts.legacy);
  if (legacy) b.warn('LEGACY_ENCODING', legacy);
  b.pages = opts.pages;
  return b.build();
}

/** A data table (or a form's signature boxes, zone "closing") as a model table. */
function addTableItem(b: ModelBuilder, item: TableItem, zone?: 'closing'): void {
  const rows = item.rows.map((r) => ({
    cells: r.cells.map((c) => ({
      text: c.text,
      ...(c.colSpan ? { colSpan: c.colSpan } : {}),
      ...(c.vMerge ? { vMerge: c.vMerge } : {}),
      ...(c.bold ? { bold: true } : {}),
    })),
    ...(r.header ? { header: true } : {}),
    prov: r.prov,
  }));
  const pages = [...new Set(item.rows.map((r) => r.prov.page).filter((p): p is number => p !== undefined))];
  b.addTable(rows, { prov: item.prov, pages, ...(zone ? { zone } : {}) });
}
