// The port between pdfjs's display side and its in-thread worker code (src/extract/pdf/port.ts)
// hands operator-list chunks over without a deep copy: the page's operator list must be the one
// pdfjs's own structured-cloning port gives — every operator, every argument — on every page of
// every PDF fixture; the chunk's arrays must be its own (pdfjs empties and refills its arrays after
// sending); every other message is still cloned.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { engineSettings } from '../../src/extract/pdf/engine.js';
import { openPdf } from '../../src/extract/pdf/open.js';
import { portCopy, SharedHeapPort } from '../../src/extract/pdf/port.js';
import { pdfsUnder } from '../helpers/pdfs-under.js';
import { REPO } from '../helpers/seeds.js';

const FIXTURES = pdfsUnder(join(REPO, 'fixtures/pdf'));

/** Every page's operator list as plain data (glyph objects as their fields, typed arrays kept). */
async function operatorLists(path: string): Promise<unknown[]> {
  const { doc } = await openPdf(new Uint8Array(readFileSync(path)));
  const out = [];
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const ol = await page.getOperatorList();
      // Font and object ids name their document (g_d3_f1): the two reads are two documents.
      const plain = JSON.stringify(structuredClone({ fnArray: ol.fnArray, argsArray: ol.argsArray }), (_k, v: unknown) =>
        ArrayBuffer.isView(v) ? { typed: v.constructor.name, values: Array.from(v as Float32Array) } : v,
      );
      out.push(plain.replace(/"(g|img|pattern)_d\d+_/g, '"$1_d_'));
      page.cleanup();
    }
  } finally {
    await doc.destroy();
  }
  return out;
}

describe('the shared-heap port', () => {
  it.each(FIXTURES.map((p) => [p.slice(REPO.length + 1), p]))('%s: the same operator lists as pdfjs\'s own port', async (_name, path) => {
    const shared = await operatorLists(path);
    engineSettings.clonePort = true;
    try {
      expect(shared).toEqual(await operatorLists(path));
    } finally {
      engineSettings.clonePort = false;
    }
  }, 120_000);

  it('an operator-list chunk gets arrays of its own, its arguments by reference', () => {
    const glyphs = [{ unicode: 'a', width: 500 }];
    const args = [glyphs];
    const msg = { sourceName: 's', targetName: 't', stream: 4, streamId: 1, chunk: { fnArray: [44], argsArray: args, lastChunk: false, length: 1 } };
    const copy = portCopy(msg) as typeof msg;
    msg.chunk.fnArray.length = 0;
    msg.chunk.argsArray.length = 0;
    expect(copy.chunk.fnArray).toEqual([44]);
    expect(copy.chunk.argsArray).toHaveLength(1);
    expect(copy.chunk.argsArray[0] === glyphs).toBe(true);
    expect(copy.chunk.lastChunk).toBe(false);
  });

  it('any other message is structured-cloned, its transfer list honoured', () => {
    const data = new Uint8Array([1, 2, 3]);
    const msg = { action: 'commonobj', data: ['f1', 'Font', { name: 'Times', data }] };
    const copy = portCopy(msg, [data.buffer]) as typeof msg;
    expect(copy === msg).toBe(false);
    expect(copy.data[2].name).toBe('Times');
    expect(Array.from(copy.data[2].data)).toEqual([1, 2, 3]);
    expect(data.byteLength).toBe(0); // transferred
    const text = { stream: 4, streamId: 2, chunk: { items: [{ str: 'x' }] } };
    const cloned = portCopy(text) as typeof text;
    expect(cloned.chunk.items[0] === text.chunk.items[0]).toBe(false);
    expect(cloned.chunk.items).toEqual([{ str: 'x' }]);
  });

  it('delivers in order, later, to the listeners there at delivery', async () => {
    const port = new SharedHeapPort();
    const got: unknown[] = [];
    port.postMessage({ n: 1 });
    port.addEventListener('message', (e) => got.push(e.data));
    port.postMessage({ n: 2 });
    expect(got).toEqual([]);
    await Promise.resolve();
    await Promise.resolve();
    expect(got).toEqual([{ n: 1 }, { n: 2 }]);
    const ac = new AbortController();
    port.addEventListener('message', () => got.push('second'), { signal: ac.signal });
    ac.abort();
    port.postMessage({ n: 3 });
    await Promise.resolve();
    expect(got).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
  });
});
