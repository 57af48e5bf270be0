// Builds tiny valid PDFs for tests: one content stream per page, standard fonts F1 (Times-Roman)
// and F2 (Times-Bold), ASCII text only. Written here so tests need no binary fixtures.

export interface PageSpec {
  content: string;
  width?: number;
  height?: number;
}

export function makePdf(pages: PageSpec[]): Uint8Array {
  const objs: string[] = [];
  const add = (body: string): number => objs.push(body);
  const catalog = add('');
  const pagesObj = add('');
  const f1 = add('<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding /WinAnsiEncoding >>');
  const f2 = add('<< /Type /Font /Subtype /Type1 /BaseFont /Times-Bold /Encoding /WinAnsiEncoding >>');
  const kids: number[] = [];
  for (const p of pages) {
    const stream = add(`<< /Length ${Buffer.byteLength(p.content, 'latin1')} >>\nstream\n${p.content}\nendstream`);
    kids.push(
      add(`<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 ${p.width ?? 595} ${p.height ?? 842}] /Resources << /Font << /F1 ${f1} 0 R /F2 ${f2} 0 R >> >> /Contents ${stream} 0 R >>`),
    );
  }
  objs[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`;
  objs[pagesObj - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objs.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objs.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
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
