// The two engines that read a PDF's pages into PageData: pdfjs (default) and PDFium
// (--pdf-engine pdfium; src/extract/pdf-pdfium/, loaded only when chosen).
import type { LegacyEncoding } from '../legacy/index.js';
import { damagedPage } from './errors.js';
import { openPdf } from './open.js';
import { readPage } from './page.js';
import type { PageData } from './types.js';

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
    return {
      numPages: doc.numPages,
      read: async (n) => damagedOnError(n, () => doc.read(n)),
      destroy: async () => doc.destroy(),
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
