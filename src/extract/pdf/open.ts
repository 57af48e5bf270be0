// Loading pdfjs (lazily, engine.ts: the legacy build for Node, no worker thread, no network, no
// font faces) and opening a document, with pdfjs's failures turned into PlanExtractError.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { PlanExtractError } from '../../model/errors.js';
import { engineSettings, loadPdfjs, readerOptions, type PdfjsModule } from './engine.js';
import { notPdf, passwordNeeded, wrongPassword } from './errors.js';
import type { OpCodes } from './ops.js';
import type { PdfPageLike } from './page.js';
import { SharedHeapPort } from './port.js';

export interface PdfDocLike {
  numPages: number;
  getPage(n: number): Promise<PdfPageLike>;
  destroy(): Promise<void>;
}

export { loadPdfjs } from './engine.js';

/** The package's own data folders as file paths (standard font metrics, CMaps); never fetched over a network. */
function packageDir(sub: string): string | undefined {
  try {
    // require.resolve, not import.meta.resolve: the bundle is CommonJS (scripts/build-bundle.mjs).
    const url = new URL(`../../${sub}/`, pathToFileURL(createRequire(import.meta.url).resolve('pdfjs-dist/legacy/build/pdf.mjs')));
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

/**
 * Every promise pdfjs hands out gets a handler at once, so a rejection that arrives after the
 * document was settled (a page read abandoned at a timeout, destroy() of a broken file, the loading
 * task's worker port) can never become an unhandled rejection; callers still see each rejection.
 */
function handled<T>(p: T): T {
  if (p && typeof (p as { then?: unknown }).then === 'function') (p as unknown as Promise<unknown>).then(undefined, () => undefined);
  return p;
}

/** An object whose methods' promises are all handled (and, for getPage, whose page's are too). */
function guarded<T extends object>(target: T): T {
  return new Proxy(target, {
    get(t, key) {
      // Getters run on the real object (pdfjs keeps state in private fields).
      const v = Reflect.get(t, key, t) as unknown;
      if (typeof v !== 'function') return v;
      return (...args: unknown[]) => {
        const r = handled((v as (...a: unknown[]) => unknown).apply(t, args));
        return key === 'getPage' ? (r as Promise<object>).then(guarded) : r;
      };
    },
  });
}

/**
 * pdfjs's worker code and display side joined by a port that does not deep-copy operator lists
 * (port.ts), one per document; null for pdfjs's own fake worker (the test hook's default read).
 */
function sharedHeapWorker(pdfjs: PdfjsModule): { worker: object; destroy(): void } | null {
  if (engineSettings.glyphOutlines || engineSettings.clonePort) return null;
  const port = new SharedHeapPort();
  pdfjs.WorkerMessageHandler.initializeFromPort(port);
  const worker = new pdfjs.PDFWorker({ port, verbosity: 0 });
  return {
    worker,
    destroy: () => {
      worker.destroy();
      port.terminate();
    },
  };
}

export async function openPdf(bytes: Uint8Array, password?: string): Promise<{ doc: PdfDocLike; OPS: OpCodes }> {
  const pdfjs = await loadPdfjs();
  const shared = sharedHeapWorker(pdfjs);
  const fonts = packageDir('standard_fonts');
  const cmaps = packageDir('cmaps');
  const task = pdfjs.getDocument({
    // pdfjs may transfer (detach) the buffer it is given: hand it a copy.
    data: new Uint8Array(bytes),
    password,
    ...readerOptions(),
    ...(shared ? { worker: shared.worker } : {}),
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
  handled(task.promise);
  const destroy = async (): Promise<void> => {
    try {
      await handled(task.destroy()).catch(() => undefined);
    } catch {
      // destroy() itself threw: nothing more to end
    }
    // A worker given to getDocument is not ended with the document.
    shared?.destroy();
  };
  try {
    const opened = guarded((await task.promise) as PdfDocLike);
    // Destroying the loading task ends the document and its (in-thread) worker; never rejects.
    const doc: PdfDocLike = { numPages: opened.numPages, getPage: (n) => opened.getPage(n), destroy };
    return { doc, OPS: pdfjs.OPS };
  } catch (e) {
    await destroy();
    if (e instanceof PlanExtractError) throw e;
    throw mapOpenError(e, Boolean(password));
  }
}
