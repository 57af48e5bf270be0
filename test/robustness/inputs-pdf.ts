// Builders of hostile PDFs: raw objects with a correct xref, so each case breaks only what it means to.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR, REPO, hasCorpus } from '../helpers/seeds.js';

/** Objects 1…n in order; `root` is the catalog's object number. Bodies are latin1 text. */
export function rawPdf(objects: string[], root = 1, trailerExtra = ''): Uint8Array {
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${root} 0 R ${trailerExtra}>>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

export const stream = (content: string, dict = ''): string => `<< /Length ${Buffer.byteLength(content, 'latin1')} ${dict}>>\nstream\n${content}\nendstream`;
const FONT = '<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding /WinAnsiEncoding >>';

/** Catalog 1, Pages 2, Font 3, then one page + content stream per entry (objects 4, 5, 6, 7 …). */
export function pdfWithPages(contents: string[], opts: { count?: number; mediaBox?: string } = {}): Uint8Array {
  const objs = ['<< /Type /Catalog /Pages 2 0 R >>', '', FONT];
  const kids: number[] = [];
  for (const c of contents) {
    const page = objs.length + 1;
    kids.push(page);
    objs.push(`<< /Type /Page /Parent 2 0 R /MediaBox ${opts.mediaBox ?? '[0 0 595 842]'} /Resources << /Font << /F1 3 0 R >> >> /Contents ${page + 1} 0 R >>`);
    objs.push(stream(c));
  }
  objs[1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${opts.count ?? kids.length} >>`;
  return rawPdf(objs);
}

export const textOp = (s: string, x: number, y: number, size = 12): string => `BT /F1 ${size} Tf ${x} ${y} Td (${s.replace(/[\\()]/g, (c) => `\\${c}`)}) Tj ET`;

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
