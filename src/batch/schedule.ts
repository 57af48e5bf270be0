// The order in which a pool of two or more workers starts the inputs: the longest first, so that
// one big PDF does not run alone at the end while the other workers sit idle (results still come
// out in input order: extract-many holds back what finishes early). The cost of an input is not
// known before it is read; its size and kind stand for it: PDFs (every page parsed) and legacy
// .doc files (converted by LibreOffice) before every other kind, each kind largest first.
// An input whose size cannot be read (missing, unreadable) goes first: it fails at once, which
// keeps --fail-fast quick. The order is changed only within consecutive windows of
// START_WINDOW inputs: results are written in input order, so a result that finishes early is
// held until those before it are done; over an archive of a million files, ordering the whole
// list would hold nearly every result in memory and write nothing until the end.
import { stat } from 'node:fs/promises';
import type { BytesInput } from '../pipeline.js';

const HEAVY = /\.(?:pdf|doc)$/i;

interface Weighed {
  index: number;
  heavy: boolean;
  /** Bytes, or -1 when the size cannot be read. */
  size: number;
}

async function weigh(input: string | BytesInput, index: number): Promise<Weighed> {
  if (typeof input !== 'string') {
    const heavy = input.format === 'pdf' || input.format === 'doc' || (input.format === undefined && HEAVY.test(input.path));
    return { index, heavy, size: input.bytes.length };
  }
  const size = await stat(input).then(
    (s) => (s.isFile() ? s.size : -1),
    () => -1,
  );
  return { index, heavy: HEAVY.test(input), size };
}

/** Inputs reordered together: at most this many results wait for an earlier one. */
export const START_WINDOW = 64;

/**
 * Input indices in start order, window by window of `window` inputs: in each, unreadable first,
 * then heavy kinds, each largest first; ties keep input order.
 */
export async function startOrder(inputs: readonly (string | BytesInput)[], window = START_WINDOW): Promise<number[]> {
  const rank = (w: Weighed) => (w.size < 0 ? 0 : w.heavy ? 1 : 2);
  const order: number[] = [];
  for (let from = 0; from < inputs.length; from += window) {
    const weighed = await Promise.all(inputs.slice(from, from + window).map((input, k) => weigh(input, from + k)));
    weighed.sort((a, b) => rank(a) - rank(b) || b.size - a.size || a.index - b.index);
    for (const w of weighed) order.push(w.index);
  }
  return order;
}
