// Tesseract's TSV output (level, page, block, par, line, word, left, top, width, height, conf, text)
// → words with their boxes and confidences.
import type { OcrWord } from './types.js';

export function parseTsv(tsv: string): OcrWord[] {
  const out: OcrWord[] = [];
  for (const row of tsv.split('\n')) {
    const f = row.split('\t');
    if (f.length < 12 || f[0] !== '5') continue;
    // The vie model writes the slash of "V/v", "13/3/2025" as a fraction slash (U+2044) now and then.
    const text = f.slice(11).join('\t').trim().normalize('NFC').replace(/\u2044/gu, '/');
    const conf = Number(f[10]);
    if (!text || !(conf >= 0)) continue;
    out.push({
      text,
      conf,
      block: Number(f[2]),
      par: Number(f[3]),
      line: Number(f[4]),
      left: Number(f[6]),
      top: Number(f[7]),
      width: Number(f[8]),
      height: Number(f[9]),
    });
  }
  return out;
}
