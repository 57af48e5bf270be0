// Loading pdfjs must not change the rest of the program: the native built-ins its legacy build
// replaces are put back (what it adds for Node 20 stays), and the canvas package is not loaded.
import { createRequire } from 'node:module';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { loadPdfjs } from '../../src/extract/pdf/engine.js';

// core-js disguises its replacements as native through Function.prototype.toString: ask another realm's.
const realToString = runInNewContext('Function.prototype.toString') as (this: unknown) => string;
const native = (f: unknown): boolean => realToString.call(f).includes('[native code]');

describe('pdfjs engine loading', () => {
  it('leaves Array.prototype.push, JSON.stringify and JSON.parse native, keeps the additions pdfjs needs', async () => {
    const pdfjs = await loadPdfjs();
    expect(typeof pdfjs.getDocument).toBe('function');
    expect(native(Array.prototype.push)).toBe(true);
    expect(native(JSON.stringify)).toBe(true);
    expect(native(JSON.parse)).toBe(true);
    expect(native(Function.prototype.toString)).toBe(true);
    expect(typeof (Promise as unknown as { withResolvers?: unknown }).withResolvers).toBe('function');
    expect(JSON.stringify({ a: [1, 'ư'] }, null, 1)).toBe('{\n "a": [\n  1,\n  "ư"\n ]\n}');
    // The fake worker is already loaded, so getDocument never imports (and polyfills) again.
    expect((globalThis as { pdfjsWorker?: { WorkerMessageHandler?: unknown } }).pdfjsWorker?.WorkerMessageHandler).toBeTruthy();
  });

  it('does not load @napi-rs/canvas; its classes are stand-ins that load it when used', async () => {
    await loadPdfjs();
    const require = createRequire(createRequire(import.meta.url).resolve('pdfjs-dist/legacy/build/pdf.mjs'));
    const path = require.resolve('@napi-rs/canvas');
    expect(require.cache[path]).toBeUndefined();
    const m = new (globalThis as unknown as { DOMMatrix: new (init: number[]) => { a: number; e: number; multiply(o: unknown): { e: number } } }).DOMMatrix([2, 0, 0, 2, 5, 0]);
    expect(m.a).toBe(2);
    expect(m.multiply(m).e).toBe(15);
    expect(require.cache[path]).toBeDefined();
  });
});
