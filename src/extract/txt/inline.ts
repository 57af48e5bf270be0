// Inline markup of one line: the plain reader (inline-plain.ts) when the line's markup is
// unambiguous, else remark (inline-remark.ts), loaded on the first line that needs it. Until it is
// loaded such a line throws MissingEngine: the extractor loads remark and reads the text again.
import { MissingEngine } from '../engines.js';
import { readInlinePlain } from './inline-plain.js';
import type { InlineResult } from './inline-remark.js';

export type { InlineResult } from './inline-remark.js';

let remark: ((line: string) => InlineResult) | null = null;

const loadRemark = async (): Promise<void> => {
  remark = (await import('./inline-remark.js')).readInlineRemark;
};

/** Characters that may be markup; a line without any is its own text. */
const MARKUP = /[*_<`\\[&]/;

export function readInline(line: string): InlineResult {
  if (!MARKUP.test(line)) return { text: line, bold: false, italic: false, supMarks: [] };
  const plain = readInlinePlain(line);
  if (plain) return plain;
  if (!remark) throw new MissingEngine(loadRemark);
  return remark(line);
}
