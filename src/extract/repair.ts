// Page-break artefacts in converted documents: a paragraph cut at a page break continues after a
// blank line, a thematic break or a block of footnote bodies. Join the two halves again:
// "… huy động trẻ" + "em ra lớp trong…" → "… huy động trẻ em ra lớp trong…".
import type { Block, TextBlock } from '../model/document.js';
import { BODY_OPENER_RE, parseMarker } from '../model/markers.js';

/** Sentence-final or clause-final punctuation that ends a paragraph on purpose. */
const ENDS_COMPLETE = /[.!?:;…)”"»]$/u;
/** The first fragment ends inside a word or a number ("10/202", "2018-"). */
const ENDS_JOINING = /[-/–]$/u;
/** The second fragment starts mid-sentence: lower-case letter, or a closing quote/bracket/digit run glued on. */
const STARTS_LOWER = /^[\p{Ll}]/u;

/** A list of bases: each entry opens with the cited document ("Kế hoạch số 69-KH/HU ngày …"). */
const CITED_KIND_OPENER_RE = /^(Kế hoạch|Quyết định|Nghị quyết|Nghị định|Thông tư|Thông báo|Chỉ thị|Công văn|Kết luận|Chương trình|Đề án|Luật|Hướng dẫn)\s+(số\s+)?\d/u;

/** A paragraph this long fills several printed lines; a title or heading rarely does. */
const LONG_PARAGRAPH = 200;

function isBody(b: Block): b is TextBlock {
  return (b.type === 'paragraph' || b.type === 'listItem') && b.zone !== 'header' && b.zone !== 'closing';
}

function isNumbered(b: TextBlock): boolean {
  const m = parseMarker(b.text);
  return Boolean(m && m.scheme !== 'bullet' && m.scheme !== 'plus');
}

export function shouldJoin(a: TextBlock, b: TextBlock): boolean {
  if (b.type === 'heading' || parseMarker(b.text)) return false;
  if (ENDS_JOINING.test(a.text)) return true;
  if (STARTS_LOWER.test(b.text)) return !ENDS_COMPLETE.test(a.text) || /,$/.test(a.text);
  // An upper-case start ("THCS dạy các môn…") continues only a long paragraph (several printed
  // lines, so not a title) that stops mid-clause, and only when it does not open a paragraph itself.
  if (BODY_OPENER_RE.test(b.text) || CITED_KIND_OPENER_RE.test(b.text)) return false;
  return !ENDS_COMPLETE.test(a.text) && !/,$/.test(a.text) && !isNumbered(a) && a.type !== 'heading' && a.text.length > LONG_PARAGRAPH && !a.bold;
}

export function repairPageSplits(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    if (isBody(b)) {
      // Look back over footnote bodies and page breaks for the paragraph this may continue.
      let j = out.length - 1;
      while (j >= 0 && (out[j].type === 'footnote' || out[j].type === 'pageBreak')) j--;
      const a = j >= 0 ? out[j] : undefined;
      if (a && isBody(a) && shouldJoin(a, b)) {
        const glue = ENDS_JOINING.test(a.text) && !/\s[-–]$/.test(a.text) ? '' : ' ';
        a.text = `${a.text}${glue}${b.text}`;
        if (b.footnoteRefs?.length) a.footnoteRefs = [...(a.footnoteRefs ?? []), ...b.footnoteRefs];
        if (a.position && b.position) a.position = { start: a.position.start, end: b.position.end };
        if (a.prov?.page !== undefined && b.prov?.page !== undefined && b.prov.page !== a.prov.page) {
          a.prov = { ...a.prov, pageEnd: b.prov.page };
        }
        continue;
      }
    }
    out.push(b);
  }
  return out;
}
