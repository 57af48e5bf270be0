// ms per document for the five Word fixtures. Needs the compiled library: npm run build, then
// node test/bench/docx.mjs [distDir]  (distDir defaults to ./dist).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dist = path.resolve(process.argv[2] ?? path.join(root, 'dist'));
const { readDocx } = await import(pathToFileURL(path.join(dist, 'extract/docx/index.js')).href);
const dir = path.join(root, 'fixtures/docx');
const RUNS = 20;
let total = 0;
for (const f of readdirSync(dir).filter((n) => n.endsWith('.docx')).sort()) {
  const bytes = readFileSync(path.join(dir, f));
  readDocx(bytes); // warm-up (JIT, first-use allocations)
  const t0 = process.hrtime.bigint();
  let blocks = 0;
  for (let i = 0; i < RUNS; i++) blocks = readDocx(bytes).children.length;
  const ms = Number(process.hrtime.bigint() - t0) / 1e6 / RUNS;
  total += ms;
  console.log(`${f.padEnd(30)} ${String(bytes.length).padStart(7)} B  ${String(blocks).padStart(4)} blocks  ${ms.toFixed(2)} ms`);
}
console.log(`mean ${(total / 5).toFixed(2)} ms per document (${RUNS} runs each, warm)`);
