// Markdown inline markup of one line (**bold**, *italic*, <sup>n</sup>, <p>, escapes) read with
// unified + remark-parse and stripped to plain text. Block structure never comes from remark:
// the line is prefixed with a sentinel so "1. Mục đích" or "a) …" stay text. Loaded only for a
// text with a line the plain reader (inline-plain.ts) cannot take (inline.ts).
import { unified } from 'unified';
import remarkParse from 'remark-parse';

export interface InlineResult {
  text: string;
  /** Every letter of the line is inside **strong**. */
  bold: boolean;
  italic: boolean;
  /** Footnote marks found as <sup>n</sup> in the line, in order. */
  supMarks: string[];
}

interface MdNode {
  type: string;
  value?: string;
  children?: MdNode[];
}

const SENTINEL = 'Ꙩ ';
const MARKUP = /[*_<`\\[&]/;
const parser = unified().use(remarkParse);

export function readInlineRemark(line: string): InlineResult {
  if (!MARKUP.test(line)) return { text: line, bold: false, italic: false, supMarks: [] };
  const tree = parser.parse(SENTINEL + line) as MdNode;
  const out = { text: '', boldLetters: 0, italicLetters: 0, letters: 0, supMarks: [] as string[] };
  let inSup = false;
  let supText = '';
  const walk = (node: MdNode, bold: boolean, italic: boolean): void => {
    if (node.type === 'html') {
      const tag = (node.value ?? '').trim().toLowerCase();
      if (/^<sup\b/.test(tag)) {
        inSup = true;
        supText = '';
        const inner = /^<sup[^>]*>(.*?)<\/sup>$/s.exec(node.value ?? '');
        if (inner) {
          out.supMarks.push(inner[1].trim());
          inSup = false;
        }
      } else if (/^<\/sup>/.test(tag)) {
        if (inSup && supText.trim()) out.supMarks.push(supText.trim());
        inSup = false;
      } else if (/^<\/?(p|br|div)\b/.test(tag)) {
        out.text += ' ';
      } else if (!/^<[/!a-z]/.test(tag)) {
        out.text += node.value ?? '';
      }
      return;
    }
    if (node.type === 'text' || node.type === 'inlineCode') {
      const v = node.value ?? '';
      if (inSup) {
        supText += v;
        return;
      }
      out.text += v;
      const letters = v.replace(/[^\p{L}\p{N}]/gu, '').length;
      out.letters += letters;
      if (bold) out.boldLetters += letters;
      if (italic) out.italicLetters += letters;
      return;
    }
    if (node.type === 'break') {
      out.text += ' ';
      return;
    }
    const b = bold || node.type === 'strong';
    const i = italic || node.type === 'emphasis';
    for (const c of node.children ?? []) walk(c, b, i);
    if (node.type === 'paragraph' || node.type === 'heading') out.text += ' ';
  };
  walk(tree, false, false);
  let text = out.text.replace(/\s+/g, ' ').trim();
  if (text.startsWith(SENTINEL.trim())) text = text.slice(SENTINEL.trim().length).trim();
  // The sentinel's own letter counted as plain text.
  const letters = out.letters - 1;
  return {
    text,
    bold: letters > 0 && out.boldLetters >= letters,
    italic: letters > 0 && out.italicLetters >= letters,
    supMarks: out.supMarks,
  };
}
