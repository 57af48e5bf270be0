// The section tree as recognisers see it: like the output Section, plus the marker scheme and a
// source reference on every paragraph so tasks and targets can point back into the document.
import type { MarkerScheme } from '../../model/markers.js';
import type { SectionKind, SourceRef } from '../../model/registry.js';

export interface Para {
  /** Text without its list marker ("- ", "+ ", "(1)" are stripped; the label is in `marker`). */
  text: string;
  /** The marker as printed ("-", "+", "(1)", "(i).") when the paragraph had one. */
  marker?: string;
  scheme?: MarkerScheme;
  source: SourceRef;
  footnoteRefs?: string[];
}

export interface SectionNode {
  /** "PHẦN THỨ NHẤT", "I", "1", "3.1", "a", "Thứ nhất", "(1)"; "" for the preamble. */
  label: string;
  scheme: MarkerScheme | 'none';
  /** Text up to the first colon or sentence end (the whole line for a short heading). */
  heading: string;
  /** The whole numbered line after its marker: the heading and what follows its colon/sentence end. */
  line: string;
  kind: SectionKind;
  /** Body paragraphs in order; the text after "Heading:" on a numbered line is the first one. */
  paras: Para[];
  children: SectionNode[];
  source: SourceRef;
  /** Labels from the root, e.g. ["IV", "3"], for `section` fields ("IV.3"). */
  path: string[];
  /** Kind inherited from the nearest ancestor with a kind other than "other" (or own kind). */
  effectiveKind: SectionKind;
}
