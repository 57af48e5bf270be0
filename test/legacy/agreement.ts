// How close an extracted text is to a hand-checked transcript: diff agreement (2·LCS / (N+M), by
// Myers' greedy O((N+M)·D) edit distance) on characters or words, and the share of transcript
// lines found verbatim. Both texts are compared NFC, whitespace-collapsed and case-folded: the
// transcripts keep the typed case of ".VnTimeH" lines, the decoder gives what the font shows.
import type { DocumentModel } from '../../src/model/document.js';
import { isTextBlock } from '../../src/model/document.js';

/** Insert+delete edit distance between two sequences (Myers 1986, greedy forward pass). */
export function editDistance<T>(a: readonly T[], b: readonly T[]): number {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  if (max === 0) return 0;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  for (let d = 0; d <= max; d++) {
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return d;
    }
  }
  return max;
}

export function normalise(s: string, foldCase = true): string {
  // The transcripts keep a few Word control bytes (0x1F optional hyphen) and soft hyphens.
  const t = s.normalize('NFC').replace(/[\u0000-\u0008\u000B-\u001F\u00AD]/g, '').replace(/[\s\u00A0]+/g, ' ').trim();
  return foldCase ? t.toLowerCase() : t;
}

export interface Agreement {
  /** 2·LCS/(N+M) over characters (null when skipped for size). */
  chars: number | null;
  /** 2·LCS/(N+M) over whitespace-separated words. */
  words: number;
  /** Transcript lines (≥ 3 words) found verbatim in the output. */
  linesFound: number;
  linesTotal: number;
}

/** Transcript vs output. Character agreement only below `maxChars` (the diff is quadratic at worst). */
export function agreement(truth: string, output: string, opts: { foldCase?: boolean; maxChars?: number } = {}): Agreement {
  const fold = opts.foldCase ?? true;
  const t = normalise(truth, fold);
  const o = normalise(output, fold);
  const tw = t.split(' ');
  const ow = o.split(' ');
  const words = 1 - editDistance(tw, ow) / (tw.length + ow.length);
  let chars: number | null = null;
  if (t.length + o.length <= (opts.maxChars ?? 150_000)) chars = 1 - editDistance([...t], [...o]) / ([...t].length + [...o].length);
  const lines = truth
    .split('\n')
    .map((l) => normalise(l, fold))
    .filter((l) => l.split(' ').length >= 3);
  const linesFound = lines.filter((l) => o.includes(l)).length;
  return { chars, words, linesFound, linesTotal: lines.length };
}

/** All text of a model in reading order: paragraphs, table cells row by row, footnotes. */
export function modelText(m: DocumentModel): string {
  const out: string[] = [];
  for (const b of m.children) {
    if (isTextBlock(b)) out.push(b.text);
    else if (b.type === 'table') for (const r of b.rows) out.push(r.cells.map((c) => c.text).join(' '));
    else if (b.type === 'footnote') out.push(b.text);
  }
  return out.join('\n');
}
