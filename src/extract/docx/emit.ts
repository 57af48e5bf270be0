// Intermediate items → DocumentModel blocks through the shared ModelBuilder.
import type { DocumentModel } from '../../model/document.js';
import { ModelBuilder } from '../../model/build.js';
import type { Item, ParaItem } from './context.js';
import { layoutZone, paragraphsByColumn } from './zones.js';

/** Font families of legacy Vietnamese 8-bit encodings: TCVN3 (".VnTime", ".VnArial") and VNI ("VNI-Times"). */
export const LEGACY_FONT_RE = /^(?:\.Vn|VNI[-_ ])/i;

export interface EmitOptions {
  format: 'docx' | 'doc';
  pages: number;
  warnings: { code: string; message: string }[];
  fonts: Set<string>;
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
        b.addTable(rows, { prov: item.prov, pages });
        break;
      }
    }
  }
  for (const w of opts.warnings) b.warn(w.code, w.message);
  const legacy = [...opts.fonts].filter((f) => LEGACY_FONT_RE.test(f.trim()));
  if (legacy.length) {
    b.warn(
      'LEGACY_ENCODING',
      `text uses legacy Vietnamese font(s) ${legacy.join(', ')} (TCVN3/VNI encoding); it is not decoded yet, so accented letters may read wrong`,
    );
  }
  b.pages = opts.pages;
  return b.build();
}
