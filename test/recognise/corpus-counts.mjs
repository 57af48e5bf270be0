// Counts per corpus document: tasks / targets / warnings, from the built CLI library (dist/).
// Usage: npx tsc -p . && node test/recognise/corpus-counts.mjs [out.tsv]   (reads ../shared/corpus)
// Not a test: a measuring script for before/after tables. Prints "path<TAB>tasks<TAB>targets<TAB>warnings".
import { readdirSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const corpus = resolve(repo, '../shared/corpus');
if (!existsSync(corpus)) {
  console.error(`../shared/corpus not found beside the repo (${corpus})`);
  process.exit(1);
}
const { extractFile } = await import(join(repo, 'dist/pipeline.js'));
const exts = /\.(?:txt|md|docx|pdf|doc|html?)$/iu;
const only = process.argv[3] ? new RegExp(process.argv[3], 'u') : null;
const files = [];
const walk = (d) => {
  for (const f of readdirSync(d).sort()) {
    const p = join(d, f);
    if (statSync(p).isDirectory()) walk(p);
    else if (exts.test(f)) files.push(p);
  }
};
walk(corpus);
const lines = [];
for (const f of files) {
  const rel = relative(corpus, f);
  if (only && !only.test(rel)) continue;
  try {
    const doc = await extractFile(f);
    lines.push(`${rel}\t${doc.tasks.length}\t${doc.targets.length}\t${doc.warnings.length}`);
  } catch (e) {
    lines.push(`${rel}\tfailed: ${String(e?.message ?? e).slice(0, 60)}`);
  }
  console.log(lines[lines.length - 1]);
}
if (process.argv[2]) writeFileSync(process.argv[2], lines.join('\n') + '\n');
