// Opening a PDF with PDFium and reading its pages; PDFium's load errors become the same
// PlanExtractError lines as pdfjs's (password needed / wrong, not a readable PDF).
import { notPdf, passwordNeeded, wrongPassword } from '../pdf/errors.js';
import { readPdfiumPage, type PdfiumPage } from './page.js';
import { loadPdfium } from './wasm.js';

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
    numPages: Math.max(0, f.FPDF_GetPageCount(doc)),
    read: (n) => readPdfiumPage(P, doc, n - 1),
    destroy: () => {
      if (!open) return;
      open = false;
      f.FPDF_CloseDocument(doc);
      P.free(data);
    },
  };
}
