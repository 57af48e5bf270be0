// Every .pdf below a folder, in a stable order: the PDF fixtures and the corpus PDFs the
// engine-comparison tests walk.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function pdfsUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...pdfsUnder(p));
    else if (/\.pdf$/i.test(name)) out.push(p);
  }
  return out;
}
