// The two engines that read a PDF's pages into PageData: pdfjs (default) and PDFium
// (--pdf-engine pdfium; src/extract/pdf-pdfium/, loaded only when chosen; pages in legacy
// Vietnamese fonts still go through pdfjs).
import type { LegacyEncoding } from '../legacy/index.js';
import { damagedPage } from './errors.js';
import { openPdf } from './open.js';
import { readPage } from './page.js';
import type { PageData } from './types.js';

/** TCVN3 (.VnTime…) and VNI fonts, as index.ts tells them (LEGACY_FONT there). */
const LEGACY_FONT = /(?:^|[+,\s])\.Vn|^\.?Vn[A-Z]|VNI[-_ ]/u;

export type PdfEngine = 'pdfjs' | 'pdfium';
export const PDF_ENGINES: readonly PdfEngine[] = ['pdfjs', 'pdfium'];

export type EnginePage = PageData & { images: number; fonts: string[]; decoded: LegacyEncoding[] };

export interface PageReader {
  numPages: number;
  /** Page n (1-based); a page the engine cannot read rejects with PDF_DAMAGED. */
  read(n: number): Promise<EnginePage>;
  destroy(): Promise<void>;
}

export async function openPages(bytes: Uint8Array, password: string | undefined, engine: PdfEngine = 'pdfjs'): Promise<PageReader> {
  if (engine === 'pdfium') {
    const doc = await (await import('../pdf-pdfium/document.js')).openPdfium(bytes, password);
    // Pages set in a legacy Vietnamese font (TCVN3, VNI) are read by pdfjs: its reader takes their
    // text glyph by glyph with the widths the PDF gives, which PDFium does not report for them.
    let pdfjs: Promise<PageReader> | null = null;
    return {
      numPages: doc.numPages,
      read: async (n) => {
        const page = damagedOnError(n, () => doc.read(n));
        if (!page.fonts.some((f) => LEGACY_FONT.test(f))) return page;
        pdfjs ??= openPages(bytes, password, 'pdfjs');
        return (await pdfjs).read(n);
      },
      destroy: async () => {
        doc.destroy();
        if (pdfjs) await (await pdfjs).destroy();
      },
    };
  }
  const { doc, OPS } = await openPdf(bytes, password);
  return {
    numPages: doc.numPages,
    read: async (n) => {
      try {
        return await readPage(await doc.getPage(n), n, OPS);
      } catch (e) {
        throw damaged(n, e);
      }
    },
    destroy: () => doc.destroy(),
  };
}

function damagedOnError<T>(n: number, read: () => T): T {
  try {
    return read();
  } catch (e) {
    throw damaged(n, e);
  }
}

function damaged(n: number, e: unknown): Error {
  const msg = (e as Error)?.message ?? String(e);
  return damagedPage(n, msg.split('\n')[0].slice(0, 120));
}
