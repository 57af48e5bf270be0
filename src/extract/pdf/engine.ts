// Loading pdfjs (the legacy build: the modern one needs Node 22) in this thread, with two of its
// side effects on the whole program undone:
// - it require()s @napi-rs/canvas as soon as it is imported (a native module, ~70 ms), to take
//   DOMMatrix, ImageData and Path2D from it. Here it gets stand-ins that load the real package on
//   first use, so canvas is loaded only when a page is really drawn.
// - its core-js polyfills replace built-ins the rest of the program uses heavily
//   (Array.prototype.push, JSON.stringify, JSON.parse) with slower JavaScript versions; the native
//   ones are put back once both pdfjs modules are loaded. Only polyfills that *replaced* a native
//   are undone: the ones that *add* what Node 20 lacks (Promise.withResolvers, Map.getOrInsert…)
//   stay, pdfjs needs them.
// - it patches Response.prototype (Response.bytes, missing in Node 20), and reading the global
//   Response loads node's whole fetch stack (undici, http, http2, tls: ~30 ms per worker). pdfjs
//   fetches nothing here (documents come as bytes), so while it is imported Response is a
//   stand-in that has bytes(), and the real, still unloaded one is put back after.
// From the bundle, both modules run as the build's CommonJS conversion with a code cache
// (bin/load-bundle.cjs): compiling them anew is most of a worker's start.
// And one option: pdfjs in Node defaults to disableFontFace, which makes it compile an outline
// path for every glyph it meets (for canvas drawing) and send each through its message port;
// nothing here draws text. readerOptions() gives it a font sink instead: fonts are "loaded" into
// a document that keeps nothing. The text, widths and font names it reports are the same
// (test/pdf/one-pass.test.ts compares the registries both ways).
import { createRequire } from 'node:module';
import { bundleLoader } from '../../code-cache.js';
import type { OpCodes } from './ops.js';

export interface PdfjsModule {
  getDocument(src: Record<string, unknown>): { promise: Promise<unknown>; destroy(): Promise<void> };
  OPS: OpCodes;
  /** The Unicode normalisation pdfjs applies to its text content (ligatures, compatibility spaces…). */
  normalizeUnicode(s: string): string;
  /** pdfjs's display side of a worker, here on a port given to it (port.ts). */
  PDFWorker: new (p: { port: object; verbosity?: number }) => { destroy(): void };
  /** pdfjs's worker code (the fake worker, in this thread), from pdf.worker.mjs. */
  WorkerMessageHandler: { initializeFromPort(port: object): void };
}

const PDFJS = 'pdfjs-dist/legacy/build/pdf.mjs';
const PDFJS_WORKER = 'pdfjs-dist/legacy/build/pdf.worker.mjs';
const CANVAS = '@napi-rs/canvas';
/** Canvas classes pdfjs installs as globals at import time (Node has none of them). */
const CANVAS_GLOBALS = ['DOMMatrix', 'ImageData', 'Path2D'] as const;

/** Built-ins the pdfjs legacy build replaces although Node 20 has them natively. */
const NATIVES: [object, PropertyKey][] = [
  [Array.prototype, 'push'],
  [JSON, 'stringify'],
  [JSON, 'parse'],
  [Function.prototype, 'toString'],
];

let loaded: Promise<PdfjsModule> | null = null;

/**
 * Test hooks: read as pdfjs does by default in Node (glyph outlines built, and its own
 * structured-cloning port), or only with its own port (clonePort), to compare both ways.
 */
export const engineSettings = { glyphOutlines: false, clonePort: false };

/** A FontFace that loads nothing: the only one pdfjs creates is for a document given fontSink. */
class NoFontFace {
  readonly loaded: Promise<this>;
  constructor(readonly family: string) {
    this.loaded = Promise.resolve(this);
  }
  load(): Promise<this> {
    return this.loaded;
  }
}

/** The ownerDocument of a text-only read: pdfjs adds its fonts here, and they are dropped. */
const fontSink = { fonts: { add: (): void => undefined, delete: (): boolean => true } };

/** getDocument options of a text-only read (no glyph outlines: see above). */
export function readerOptions(): Record<string, unknown> {
  if (engineSettings.glyphOutlines) return { disableFontFace: true };
  return { disableFontFace: false, ownerDocument: fontSink };
}

export function loadPdfjs(): Promise<PdfjsModule> {
  loaded ??= load();
  return loaded;
}

async function load(): Promise<PdfjsModule> {
  const natives = NATIVES.map(([o, k]) => [o, k, Object.getOwnPropertyDescriptor(o, k)] as const);
  // pdfjs require()s canvas from its own folder (it may have its own copy, nested under it).
  const require = createRequire(createRequire(import.meta.url).resolve(PDFJS));
  const undo = deferCanvas(require);
  const undoResponse = standInResponse();
  try {
    const pdfjs = (await importPackage(require, PDFJS)) as Omit<PdfjsModule, 'WorkerMessageHandler'>;
    // The "fake worker" (pdfjs in this thread) is imported now rather than on the first
    // getDocument, so that its polyfills are undone too; pdfjs finds it on globalThis.pdfjsWorker.
    await importPackage(require, PDFJS_WORKER);
    const { WorkerMessageHandler } = (globalThis as unknown as { pdfjsWorker: Pick<PdfjsModule, 'WorkerMessageHandler'> }).pdfjsWorker;
    // Used only by documents opened with fontSink (disableFontFace: false); a real FontFace (none
    // in Node) is never replaced.
    (globalThis as { FontFace?: unknown }).FontFace ??= NoFontFace;
    return { ...pdfjs, WorkerMessageHandler };
  } finally {
    undo();
    undoResponse();
    for (const [o, k, d] of natives) if (d) Object.defineProperty(o, k, d);
  }
}

/** A pdfjs module: the bundle's conversion when there is one for the installed file, else imported. */
async function importPackage(require: NodeJS.Require, spec: string): Promise<unknown> {
  return bundleLoader()?.loadPackageModule(require.resolve(spec)) ?? (await import(spec));
}

/** While pdfjs is imported, globalThis.Response is a stand-in with bytes() (see above). Returns the undo. */
function standInResponse(): () => void {
  const real = Object.getOwnPropertyDescriptor(globalThis, 'Response');
  if (!real?.configurable) return () => undefined;
  class StandIn {
    bytes(): Promise<Uint8Array> {
      throw new Error('Response stand-in: pdfjs fetches nothing here');
    }
  }
  Object.defineProperty(globalThis, 'Response', { configurable: true, writable: true, value: StandIn });
  return () => Object.defineProperty(globalThis, 'Response', real);
}

/**
 * While pdfjs is imported, require('@napi-rs/canvas') gives an object whose canvas classes are
 * stand-ins: constructing one, reading a static or `instanceof` loads the real package then.
 * Any other property loads the real package at once. Returns the function that ends the window.
 */
function deferCanvas(require: NodeJS.Require): () => void {
  let path: string;
  try {
    path = require.resolve(CANVAS);
  } catch {
    return () => undefined; // not installed: pdfjs warns when it draws, as before
  }
  if (require.cache[path]) return () => undefined; // already loaded: nothing to save
  let real: Record<string, unknown> | undefined;
  const load = (): Record<string, unknown> => {
    if (!real) {
      if (require.cache[path] === stub) delete require.cache[path];
      real = require(CANVAS) as Record<string, unknown>;
    }
    return real;
  };
  let importing = true;
  const lazyClass = (name: string): unknown =>
    new Proxy(function standIn() {}, {
      construct: (_t, args) => {
        const make = (): object => Reflect.construct(load()[name] as new (...a: unknown[]) => object, args);
        // pdfjs builds one DOMMatrix while it is imported (a scratch matrix for drawing): it
        // becomes real when first touched.
        return importing ? lazyInstance(make) : make();
      },
      apply: (_t, self, args) => Reflect.apply(load()[name] as (...a: unknown[]) => unknown, self, args),
      get: (_t, k) => Reflect.get(load()[name] as object, k),
      has: (_t, k) => Reflect.has(load()[name] as object, k),
    });
  const classes = new Map<PropertyKey, unknown>(CANVAS_GLOBALS.map((n) => [n, lazyClass(n)]));
  const exports = new Proxy({}, {
    get: (_t, k) => (classes.has(k) ? classes.get(k) : Reflect.get(load(), k)),
    has: (_t, k) => classes.has(k) || Reflect.has(load(), k),
  });
  const stub = { id: path, filename: path, loaded: true, exports, children: [], paths: [] } as unknown as NodeJS.Module;
  require.cache[path] = stub;
  return () => {
    importing = false;
    if (require.cache[path] === stub) delete require.cache[path];
  };
}

/** An object made by `make` on first use; its methods are bound to the real one (native brand checks). */
function lazyInstance(make: () => object): object {
  let real: object | undefined;
  const it = (): object => (real ??= make());
  return new Proxy({}, {
    get: (_t, k) => {
      const v = Reflect.get(it(), k);
      return typeof v === 'function' ? v.bind(it()) : v;
    },
    set: (_t, k, v) => Reflect.set(it(), k, v),
    has: (_t, k) => Reflect.has(it(), k),
    ownKeys: () => Reflect.ownKeys(it()),
    getOwnPropertyDescriptor: (_t, k) => {
      const d = Reflect.getOwnPropertyDescriptor(it(), k);
      return d && { ...d, configurable: true };
    },
    getPrototypeOf: () => Reflect.getPrototypeOf(it()),
  });
}
