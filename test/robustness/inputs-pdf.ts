// Hostile PDFs for the robustness suite: the one PDF writer (test/pdf/make-pdf.ts), a plan-shaped
// page, and the real PDFs to damage.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR, REPO, hasCorpus } from '../helpers/seeds.js';
import { text as textOp } from '../pdf/make-pdf.js';

export { pdfWithPages, rawPdf, stream, text as textOp } from '../pdf/make-pdf.js';


/** A one-page text PDF in the shape of a plan (ASCII only: the standard font has no Vietnamese). */
export const planPage = [
  textOp('UY BAN NHAN DAN', 72, 780),
  textOp('KE HOACH', 250, 740, 14),
  textOp('I. MUC DICH', 72, 700),
  textOp('1. Trien khai thuc hien truoc ngay 31/12/2025.', 72, 680),
  textOp('- Phoi hop voi cac don vi.', 72, 660),
].join('\n');

/** Real PDFs to damage: the committed fixtures first (small, fast), then the shared corpus. */
export function pdfSources(): { name: string; bytes: Uint8Array }[] {
  const out: { name: string; bytes: Uint8Array }[] = [];
  const fixtures = join(REPO, 'fixtures/pdf');
  if (existsSync(fixtures)) {
    for (const f of readdirSync(fixtures).filter((x) => x.endsWith('.pdf')).sort()) out.push({ name: `fixtures/pdf/${f}`, bytes: new Uint8Array(readFileSync(join(fixtures, f))) });
  }
  if (hasCorpus) {
    const walk = (dir: string): string[] =>
      readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : f.endsWith('.pdf') ? [join(dir, f)] : []));
    for (const f of walk(CORPUS_DIR).sort()) out.push({ name: f.slice(CORPUS_DIR.length + 1), bytes: new Uint8Array(readFileSync(f)) });
  }
  return out;
}

export function hasTool(name: string): boolean {
  try {
    execFileSync('which', [name], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
