// The embedded engine: tesseract.js (WebAssembly) with the Vietnamese model shipped in the npm
// package @tesseract.js-data/vie, read from node_modules (never downloaded), loaded lazily.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseTsv } from './tsv.js';
import type { OcrEngine } from './types.js';

interface TjsWorker {
  recognize(image: Buffer, opts?: Record<string, unknown>, output?: Record<string, boolean>): Promise<{ data: { tsv: string | null } }>;
  setParameters(p: Record<string, string>): Promise<unknown>;
  terminate(): Promise<unknown>;
}
interface TjsModule {
  createWorker(langs: string, oem: number, options: Record<string, unknown>): Promise<TjsWorker>;
}

const require = createRequire(import.meta.url);

/** Folder of the LSTM "best_int" Vietnamese model inside @tesseract.js-data/vie. */
export function embeddedLangPath(): string {
  return join(dirname(require.resolve('@tesseract.js-data/vie/package.json')), '4.0.0_best_int');
}

export function embeddedVersion(): string {
  try {
    return String((require('tesseract.js/package.json') as { version: string }).version);
  } catch {
    return 'unknown';
  }
}

export async function embeddedEngine(): Promise<OcrEngine> {
  const mod = (await import('tesseract.js')) as unknown as { default?: TjsModule; createWorker?: TjsModule['createWorker'] };
  const tjs = (mod.createWorker ? mod : mod.default) as TjsModule;
  // OEM 1 = LSTM only; the model is read from node_modules, gzip'd, and never cached elsewhere.
  const worker = await tjs.createWorker('vie', 1, {
    langPath: embeddedLangPath(),
    gzip: true,
    cacheMethod: 'none',
    logger: () => undefined,
    errorHandler: () => undefined,
  });
  // debug_file: tesseract's notes ("Detected 969 diacritics") would otherwise go to our stdout.
  await worker.setParameters({ tessedit_pageseg_mode: '3', debug_file: '/dev/null' });
  let lastDpi = 0;
  let lastPsm = 3;
  return {
    name: 'tesseract.js',
    version: embeddedVersion(),
    model: 'vie',
    recognise: async (pgm, dpi, psm = 3) => {
      if (dpi !== lastDpi || psm !== lastPsm) {
        await worker.setParameters({ user_defined_dpi: String(dpi), tessedit_pageseg_mode: String(psm) });
        lastDpi = dpi;
        lastPsm = psm;
      }
      return parseTsv((await worker.recognize(pgm, {}, { tsv: true, text: false, blocks: false, hocr: false })).data.tsv ?? '');
    },
    close: async () => {
      await worker.terminate();
    },
  };
}
