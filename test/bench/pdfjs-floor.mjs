#!/usr/bin/env node
// The engine's own floor: pdfjs (loaded and configured as plan-extract loads it: the same V8
// flags, and from the build's CommonJS conversion with its code cache when dist/bundle has one)
// reading every page of a PDF and nothing else. `text`: getTextContent only; `ops`: getOperatorList only, the
// one read plan-extract makes per page (its text is rebuilt from the operator list);
// `both`: getOperatorList and getTextContent, the two reads it made before.
// node test/bench/pdfjs-floor.mjs text|ops|both FILE.pdf
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '../..');
const [mode, file] = process.argv.slice(2);
const loader = createRequire(import.meta.url)('../../bin/load-bundle.cjs');
loader.tuneV8();
globalThis[Symbol.for('plan-extract.bundle-loader')] = loader;
const { openPdf } = await import(pathToFileURL(join(repo, 'dist/extract/pdf/open.js')).href);
const { doc } = await openPdf(new Uint8Array(readFileSync(file)));
let items = 0;
for (let n = 1; n <= doc.numPages; n++) {
  const page = await doc.getPage(n);
  if (mode === 'both' || mode === 'ops') items += (await page.getOperatorList()).fnArray.length;
  if (mode !== 'ops') items += (await page.getTextContent({ includeMarkedContent: false })).items.length;
  page.cleanup();
}
await doc.destroy();
process.stdout.write(`${doc.numPages} pages, ${items} items and operators\n`);
