// Loading pdfjs (lazily, engine.ts: the legacy build for Node, no worker thread, no network, no
// font faces) and opening a document, with pdfjs's failures turned into PlanExtractError.
import { PlanExtractError } from '../../model/errors.js';
import { loadPdfjs, readerOptions } from './engine.js';
import { notPdf, passwordNeeded, wrongPassword } from './errors.js';
import type { OpCodes } from './ops.js';
import type { PdfPageLike } from './page.js';

export interface PdfDocLike {
  numPages: number;
  getPage(n: number): Promise<PdfPageLike>;
  destroy(): Promise<void>;
}

export { loadPdfjs } from './engine.js';

/** The package's own data folders as file paths (standard font metrics, CMaps); never fetched over a network. */
function packageDir(sub: string): string | undefined {
  try {
    const url = new URL(`../../${sub}/`, import.meta.resolve('pdfjs-dist/legacy/build/pdf.mjs'));
    return url.protocol === 'file:' ? decodeURIComponent(url.pathname) : undefined;
  } catch {
    return undefined;
  }
}

/** pdfjs names its errors; the password ones carry code 1 (needed) or 2 (incorrect). */
function mapOpenError(e: unknown, hadPassword: boolean): PlanExtractError {
  const err = e as { name?: string; code?: number; message?: string };
  if (err?.name === 'PasswordException') return err.code === 2 || hadPassword ? wrongPassword() : passwordNeeded();
  const detail = (err?.message ?? String(e)).split('\n')[0].slice(0, 120);
  return notPdf(detail);
}

export async function openPdf(bytes: Uint8Array, password?: string): Promise<{ doc: PdfDocLike; OPS: OpCodes }> {
  const pdfjs = await loadPdfjs();
  const fonts = packageDir('standard_fonts');
  const cmaps = packageDir('cmaps');
  const task = pdfjs.getDocument({
    // pdfjs may transfer (detach) the buffer it is given: hand it a copy.
    data: new Uint8Array(bytes),
    password,
    ...readerOptions(),
    useSystemFonts: false,
    isEvalSupported: false,
    useWorkerFetch: false,
    isOffscreenCanvasSupported: false,
    // Images are never rendered here: skip decoding them (bounded memory on scans).
    maxImageSize: 1,
    stopAtErrors: false,
    verbosity: 0,
    ...(fonts ? { standardFontDataUrl: fonts } : {}),
    ...(cmaps ? { cMapUrl: cmaps, cMapPacked: true } : {}),
  });
  try {
    const doc = (await task.promise) as PdfDocLike;
    return { doc, OPS: pdfjs.OPS };
  } catch (e) {
    await task.destroy().catch(() => undefined);
    if (e instanceof PlanExtractError) throw e;
    throw mapOpenError(e, Boolean(password));
  }
}
