// PDFium (Chrome's PDF engine) as WebAssembly, from the @embedpdf/pdfium package: loaded lazily,
// once per thread, from the .wasm file inside node_modules (never over a network). The package's
// JavaScript wrappers check every call (an assertions build); the raw wasm exports are called
// instead, with views on the wasm memory that are made again when the memory grows.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const PACKAGE = '@embedpdf/pdfium';

/** The PDFium C functions used here, called with numbers (pointers, handles, indexes). */
export type PdfiumFn = (...args: number[]) => number;

export interface Pdfium {
  /** Raw exports by C name: `f.FPDF_LoadPage(doc, 0)`. */
  f: Record<string, PdfiumFn>;
  malloc(size: number): number;
  free(ptr: number): void;
  u8(): Uint8Array;
  f32(): Float32Array;
  f64(): Float64Array;
  u32(): Uint32Array;
}

interface EmbedPdfModule {
  pdfium: { wasmExports: Record<string, unknown> };
  PDFiumExt_Init(): void;
}

let loaded: Promise<Pdfium> | null = null;

/** Test hook: how long the last load took (ms), read and compiled. */
export const loadStats = { ms: 0 };

export function loadPdfium(): Promise<Pdfium> {
  loaded ??= load().catch((e: unknown) => {
    loaded = null;
    throw e;
  });
  return loaded;
}

async function load(): Promise<Pdfium> {
  const t0 = performance.now();
  const require = createRequire(import.meta.url);
  const wasmPath = require.resolve(`${PACKAGE}/pdfium.wasm`);
  const [mod, wasm] = await Promise.all([import(PACKAGE) as Promise<{ init(o: object): Promise<EmbedPdfModule> }>, readFile(wasmPath)]);
  // The package would fetch its .wasm from a CDN unless it is handed the bytes.
  const wrapped = await mod.init({ wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength), print: () => undefined, printErr: () => undefined });
  wrapped.PDFiumExt_Init();
  const x = wrapped.pdfium.wasmExports;
  const memory = x.memory as { buffer: ArrayBuffer };
  let buf: ArrayBuffer | null = null;
  let v8: Uint8Array, v32: Float32Array, v64: Float64Array, vu32: Uint32Array;
  const views = (): void => {
    if (buf === memory.buffer) return;
    const b = (buf = memory.buffer);
    v8 = new Uint8Array(b);
    v32 = new Float32Array(b);
    v64 = new Float64Array(b);
    vu32 = new Uint32Array(b);
  };
  views();
  loadStats.ms = performance.now() - t0;
  return {
    f: x as Record<string, PdfiumFn>,
    malloc: x.malloc as (n: number) => number,
    free: x.free as (p: number) => void,
    u8: () => (views(), v8),
    f32: () => (views(), v32),
    f64: () => (views(), v64),
    u32: () => (views(), vu32),
  };
}
