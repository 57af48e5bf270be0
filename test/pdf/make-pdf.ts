// The one writer of tiny PDFs for tests (the PDF unit tests and the robustness suite): raw objects
// with a correct xref, so each hostile case breaks only what it means to; one content stream per
// page, standard fonts F1 (Times-Roman) and F2 (Times-Bold), ASCII text only. No binary fixtures.

export interface PageSpec {
  content: string;
  width?: number;
  height?: number;
}

export function makePdf(pages: PageSpec[]): Uint8Array {
  // Catalog 1, Pages 2, fonts 3 (F1) and 4 (F2), then a content stream and a page per entry.
  const objs = ['<< /Type /Catalog /Pages 2 0 R >>', '', FONT, BOLD_FONT];
  const kids: number[] = [];
  for (const p of pages) {
    objs.push(stream(p.content));
    kids.push(objs.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${p.width ?? 595} ${p.height ?? 842}] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ${objs.length} 0 R >>`));
  }
  objs[1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  return rawPdf(objs);
}

/** Objects 1…n in order with a correct xref; `root` is the catalog's object number. Bodies are latin1 text. */
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
export const FONT = '<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding /WinAnsiEncoding >>';
const BOLD_FONT = '<< /Type /Font /Subtype /Type1 /BaseFont /Times-Bold /Encoding /WinAnsiEncoding >>';

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

/** A text line: font F1/F2, size, x, baseline y (PDF units, origin bottom-left). */
export function text(s: string, x: number, y: number, size = 12, font = 'F1'): string {
  const esc = s.replace(/[\\()]/g, (c) => `\\${c}`);
  return `BT /${font} ${size} Tf ${x} ${y} Td (${esc}) Tj ET`;
}

/** A filled thin rectangle (how Word draws rules). */
export function rect(x: number, y: number, w: number, h: number): string {
  return `${x} ${y} ${w} ${h} re f`;
}

/** A stroked line segment. */
export function line(x0: number, y0: number, x1: number, y1: number): string {
  return `0.5 w ${x0} ${y0} m ${x1} ${y1} l S`;
}
