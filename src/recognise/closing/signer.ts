// The signer block as it is typed: an authority chain over one, two or three lines ("TL.CHỦ TỊCH",
// "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG" → authority "TL. CHỦ TỊCH / KT. CHÁNH VĂN PHÒNG",
// title "PHÓ CHÁNH VĂN PHÒNG"), or all of it joined on one line by a converter.
import { AUTHORITY_LINE, fold, matchVocab, SIGNER_TITLE_HEADS, testVocab } from '../../vocab/index.js';

/** Every authority prefix inside a joined line: "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH", "TL.CHỦ TỊCH". */
const AUTHORITY_INSIDE_RE = /(?:^|\s)(KT|TM|TL|TUQ|Q|PP|T\/M|T\.M)(?:\s*\.\s*|\s+)(?=\p{Lu}{2})/gu;
/** Compound titles whose last word is also a title head: "BỘ TRƯỞNG", "TỔ TRƯỞNG", "HIỆU TRƯỞNG". */
const COMPOUND_BEFORE = new Set(['BO', 'TO', 'HIEU', 'VIEN', 'CUC', 'VU', 'THU', 'TRUONG', 'CHANH', 'TONG', 'BI']);
const TITLE_HEADS_FOLDED = SIGNER_TITLE_HEADS.map((h) => fold(h));

/** A line (or the rest of one) starts with a signer title ("PHÓ GIÁM ĐỐC", OCR "BỌ TRƯƠNG" too). */
export function startsWithTitle(t: string): boolean {
  const letters = t.replace(/[^\p{L}]/gu, '');
  if (!letters || letters !== letters.toLocaleUpperCase('vi')) return false;
  const f = fold(t);
  return TITLE_HEADS_FOLDED.some((h) => f === h || f.startsWith(`${h} `));
}

/** "TL.CHỦ TỊCH" → "TL. CHỦ TỊCH", "T/M ĐẢNG ĐOÀN" kept. */
function spaced(prefixed: string): string {
  return prefixed.replace(/^(KT|TM|TL|TUQ|Q|PP|T\.M)\s*\.\s*/u, '$1. ').replace(/\s+/g, ' ').trim();
}

/** Split one line holding authority and title ("KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC") at the title's first word. */
function splitJoined(line: string): { chunks: string[]; title: string | null } {
  const t = line.replace(/\s+/g, ' ').trim();
  const starts = [...t.matchAll(AUTHORITY_INSIDE_RE)].map((m) => m.index + (/^\s/.test(m[0]) ? 1 : 0));
  if (!starts.length || starts[0] !== 0) return { chunks: [], title: t };
  const chunks = starts.map((s, i) => spaced(t.slice(s, starts[i + 1] ?? t.length)));
  const last = chunks[chunks.length - 1];
  const prefix = /^\S+\s+/.exec(last)?.[0] ?? '';
  const words = last.slice(prefix.length).split(' ');
  for (let k = 1; k < words.length; k++) {
    const rest = words.slice(k).join(' ');
    // "KT. BỘ TRƯỞNG THỨ TRƯỞNG": "TRƯỞNG" right after "BỘ" ends the authority, it starts no title.
    if (COMPOUND_BEFORE.has(fold(words[k - 1]).toUpperCase()) && /^TRƯỞNG$|^TRUONG$/iu.test(fold(words[k]))) continue;
    if (startsWithTitle(rest)) {
      chunks[chunks.length - 1] = prefix + words.slice(0, k).join(' ');
      return { chunks, title: rest };
    }
  }
  return { chunks, title: null };
}

/**
 * Authority and title from the signer lines in order. A line that starts with an authority prefix
 * opens a chunk of the chain; the first line after the chain that is not one is the title, and the
 * upper-case lines after it continue the title ("TỔ TRƯỞNG" / "GIÁM ĐỐC SỞ NỘI VỤ").
 */
export function signerFromLines(lines: string[]): { authority: string | null; title: string | null } {
  const chunks: string[] = [];
  let title: string | null = null;
  for (const raw of lines) {
    const line = raw.replace(/\s+/g, ' ').trim();
    if (!line) continue;
    if (title === null && matchVocab(AUTHORITY_LINE, line)) {
      const j = splitJoined(line);
      chunks.push(...j.chunks);
      if (j.title) title = j.title;
      continue;
    }
    if (title === null && chunks.length && !startsWithTitle(line) && !testVocab(AUTHORITY_LINE, line)) {
      // "TM. BAN THƯỜNG VỤ" / "TỈNH ỦY": the authority's name goes on over the next line.
      chunks[chunks.length - 1] += ` ${line}`;
      continue;
    }
    title = title === null ? line : `${title} ${line}`;
  }
  if (!chunks.length && title) {
    // No prefix anywhere: "CHÁNH VĂN PHÒNG", or a joined "CHỦ TỊCH" with its body name.
    return { authority: null, title };
  }
  return { authority: chunks.length ? chunks.join(' / ') : null, title };
}
