// Opening a PDF with PDFium and reading its pages; PDFium's load errors become the same
// PlanExtractError lines as pdfjs's (password needed / wrong, not a readable PDF).
import { notPdf, passwordNeeded, wrongPassword } from '../pdf/errors.js';
import { readPdfiumPage, type PdfiumPage } from './page.js';
import { loadPdfium, type Pdfium } from './wasm.js';

/** FPDF_GetLastError codes. */
const ERR = { unknown: 1, file: 2, format: 3, password: 4, security: 5, page: 6 } as const;

const WHY: Record<number, string> = {
  [ERR.unknown]: 'PDFium: unknown error',
  [ERR.file]: 'PDFium: the file could not be opened',
  [ERR.format]: 'PDFium: not in PDF format or corrupted',
  [ERR.security]: 'PDFium: unsupported security scheme',
  [ERR.page]: 'PDFium: page not found or content error',
};

export interface PdfiumDocument {
  numPages: number;
  /** Page n (1-based). */
  read(n: number): PdfiumPage;
  destroy(): void;
}

export async function openPdfium(bytes: Uint8Array, password?: string): Promise<PdfiumDocument> {
  const P = await loadPdfium();
  const f = P.f;
  // PDFium reads the bytes in place for as long as the document is open.
  const data = P.malloc(Math.max(1, bytes.length));
  P.u8().set(bytes, data);
  let pw = 0;
  if (password) {
    const utf8 = new TextEncoder().encode(password);
    pw = P.malloc(utf8.length + 1);
    P.u8().set(utf8, pw);
    P.u8()[pw + utf8.length] = 0;
  }
  const doc = f.FPDF_LoadMemDocument(data, bytes.length, pw);
  if (pw) P.free(pw);
  if (!doc) {
    const code = f.FPDF_GetLastError();
    P.free(data);
    if (code === ERR.password) throw password ? wrongPassword() : passwordNeeded();
    throw notPdf(WHY[code] ?? `PDFium error ${code}`);
  }
  let open = true;
  return {
    numPages: realPageCount(P, doc),
    read: (n) => readPdfiumPage(P, doc, n - 1),
    destroy: () => {
      if (!open) return;
      open = false;
      f.FPDF_CloseDocument(doc);
      P.free(data);
    },
  };
}

/**
 * The pages that exist: PDFium takes a page tree's /Count as given (a damaged tree may claim a
 * million pages), so when the last page it counts has no size, the real count is searched for
 * (pages 1…k exist), as pdfjs reports only the pages it finds.
 */
function realPageCount(P: Pdfium, doc: number): number {
  const f = P.f;
  const count = Math.max(0, f.FPDF_GetPageCount(doc));
  const buf = P.malloc(8);
  try {
    const exists = (i: number): boolean => f.FPDF_GetPageSizeByIndexF(doc, i, buf) !== 0;
    if (count === 0 || exists(count - 1)) return count;
    let lo = 0; // pages < lo exist
    let hi = count - 1; // page hi does not
    if (!exists(0)) return 0;
    lo = 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (exists(mid)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  } finally {
    P.free(buf);
  }
}
