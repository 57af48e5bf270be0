// Shared by the OCR tests: which tools are here (tests that need one skip with one message), and
// items as the PDF reader makes them.
import { spawnSync } from 'node:child_process';
import type { PdfItem } from '../../src/extract/pdf/types.js';

function has(cmd: string, args: string[]): boolean {
  try {
    const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 10_000 });
    return !r.error && r.status === 0;
  } catch {
    return false;
  }
}

export const hasTesseract = has('tesseract', ['--version']) && /\bvie\b/.test(spawnSync('tesseract', ['--list-langs'], { encoding: 'utf8' }).stdout ?? '');
export const hasPdftoppm = has('pdftoppm', ['-v']);
export const hasConvert = has('convert', ['-version']);

/** One message per test file when native tesseract (with vie) is absent. */
export function tesseractMissing(file: string): void {
  if (!hasTesseract) console.warn(`${file}: native-engine tests skipped, tesseract with the vie model is not installed (apt-get install tesseract-ocr tesseract-ocr-vie)`);
}

/** Words of one line as items, left to right from x, on baseline `base`. */
export function lineOf(text: string, base: number, x = 70, size = 13, extra: Partial<PdfItem> = {}): PdfItem[] {
  const out: PdfItem[] = [];
  for (const w of text.split(' ')) {
    const width = w.length * size * 0.5;
    out.push({ str: w, x0: x, x1: x + width, base, size, font: 'TimesNewRomanPSMT', bold: false, italic: false, ...extra });
    x += width + size * 0.3;
  }
  return out;
}
