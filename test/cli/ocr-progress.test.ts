// Page progress while a file is OCR'd: on a terminal "file: page k/n (OCR)" is redrawn in place on
// stderr (a single file too, beside the batch bar in a batch), from the worker's per-page message;
// nothing when stderr is not a terminal or with -q; stdout is never touched.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractMany } from '../../src/batch/index.js';
import { Progress } from '../../src/cli/progress.js';
import { REPO } from '../helpers/seeds.js';
import { SOURCE_WORKER } from '../helpers/workers.js';
import { hasPdftoppm, hasTesseract, tesseractMissing } from '../ocr/helpers.js';

const sink = (isTTY: boolean) => {
  const chunks: string[] = [];
  return { chunks, stream: { isTTY, columns: 80, write: (s: string) => chunks.push(s) } };
};

describe('OCR page progress', () => {
  it('a single file on a terminal: "file: page k/n (OCR)" redrawn, cleared when the file is done', () => {
    const { chunks, stream } = sink(true);
    const p = new Progress(stream, 1, false, true);
    p.ocrPage('scan.pdf', 1, 3);
    p.ocrPage('scan.pdf', 2, 3);
    p.finish('scan.pdf');
    p.line('scan.pdf: 12 tasks');
    p.end();
    expect(chunks).toEqual(['\r\x1b[Kscan.pdf: page 1/3 (OCR)', '\r\x1b[Kscan.pdf: page 2/3 (OCR)', '\r\x1b[K', 'scan.pdf: 12 tasks\n']);
  });
  it('in a batch the bar names the file being OCR\'d and its page', () => {
    const { chunks, stream } = sink(true);
    const p = new Progress(stream, 2, true, true);
    p.finish('a.docx');
    p.ocrPage('b.pdf', 1, 2);
    expect(chunks.pop()).toBe('\r\x1b[K██████████░░░░░░░░░░ 1/2 b.pdf: page 1/2 (OCR)');
    p.finish('b.pdf');
    expect(chunks.pop()).toBe('\r\x1b[K████████████████████ 2/2 b.pdf');
  });
  it('nothing when stderr is not a terminal (or with -q)', () => {
    const { chunks, stream } = sink(false);
    const p = new Progress(stream, 1, false, false);
    p.ocrPage('scan.pdf', 1, 3);
    p.finish('scan.pdf');
    p.end();
    expect(chunks).toEqual([]);
  });
  it('a long path is cut from the left, the page kept', () => {
    const { chunks, stream } = sink(true);
    const p = new Progress({ ...stream, columns: 30 }, 1, false, true);
    p.ocrPage('luu-tru/2025/cong-van/rat-dai/scan.pdf', 4, 9);
    expect(chunks[0]).toBe('\r\x1b[K…dai/scan.pdf: page 4/9 (OCR)');
  });
});

tesseractMissing('test/cli/ocr-progress.test.ts');
describe.skipIf(!hasTesseract || !hasPdftoppm)('OCR page progress from a worker', () => {
  it('the worker tells the batch each page it starts (fixtures/ocr/003-scan-p1.pdf: page 1 of 1)', async () => {
    const seen: string[] = [];
    const file = join(REPO, 'fixtures/ocr/003-scan-p1.pdf');
    const [r] = await extractMany([file], { workerUrl: SOURCE_WORKER, ocrEngine: 'tesseract', onOcrProgress: (path, page, of) => seen.push(`${path} ${page}/${of}`) });
    expect(r.ok).toBe(true);
    expect(seen).toEqual([`${file} 1/1`]);
  }, 180_000);
});
