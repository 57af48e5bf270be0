// The issuer of a cited document: the name after "của", up to where the name ends
// ("của Chủ tịch UBND tỉnh về việc …" → "Chủ tịch UBND tỉnh").
// Vietnamese organisation names capitalise the first syllable of each word ("Sở Giáo dục và Đào tạo",
// "Ban Thường vụ Tỉnh ủy"), so a lower-case syllable belongs to the name only right after a capitalised
// one, or when it is an administrative word ("tỉnh", "nhân dân", "thành phố").

import { CITATION_TYPES } from './patterns.js';

/** Lower-case words that continue a name anywhere: "Ủy ban nhân dân tỉnh", "Ban Chấp hành Đảng bộ huyện". */
const ADMIN_WORDS = new Set([
  'tỉnh', 'huyện', 'xã', 'phường', 'quận', 'trấn', 'phố', 'nhân', 'dân', 'hành', 'bộ', 'đảng', 'ủy', 'uỷ', 'ương',
  'trung', 'chính', 'phủ', 'quốc', 'hội', 'thị', 'thành',
]);
/** Words that end a name even right after a capital: "Bộ GDĐT ban hành", "UBND tỉnh về việc". */
const STOP_WORDS = new Set([
  'về', 'ban', 'phê', 'thực', 'triển', 'tại', 'theo', 'giao', 'quy', 'hướng', 'huy', 'đã', 'ký', 'tổ', 'chỉ',
  'tham', 'có', 'được', 'là', 'trong', 'với', 'nhằm', 'để', 'cho', 'các', 'năm', 'ngày', 'số', 'lập', 'kèm',
  'đối', 'sửa', 'bổ', 'công', 'đề', 'quyết', 'ban', 'gửi', 'nay', 'này', 'đó',
]);
/** "thành" only before "phố", "thị" only before "xã"/"trấn" ("UBND tỉnh thành lập …" is not a name). */
const NEEDS_NEXT: Record<string, string[]> = { thành: ['phố'], thị: ['xã', 'trấn'] };
/** "Ủy ban" keeps "ban" although "ban hành" ends a name. */
const BAN_AFTER = new Set(['ủy', 'uỷ']);
/** Units that may contain a document word: "Sở Kế hoạch và Đầu tư", "Vụ Kế hoạch - Tài chính". */
const HEADS_WITH_DOCUMENT_WORDS = new Set(['Sở', 'Bộ', 'Vụ', 'Phòng', 'Ban', 'Cục']);
const TYPE_FIRST_WORDS = new Set(CITATION_TYPES.map((t) => t.split(' ')[0]!));
const MAX_TOKENS = 14;

/** After a line break these start another unit (the next PDF column), not the rest of the name. */
const NEW_UNIT_AFTER_BREAK = new Set(['Sở', 'Phòng', 'Văn', 'Công', 'Cục', 'Viện', 'Trường']);
const isCapitalised = (w: string): boolean => /^[\p{Lu}\d]/u.test(w);
const TOKEN = /\n|[^\s,;:.()“”"'!?]+|[,;:.()“”"'!?]/gu;
const PUNCTUATION = /^[,;:.()“”"'!?]$/u;

export interface IssuerMatch {
  name: string;
  /** Characters of the input the name spans (for the citation's raw text). */
  length: number;
}

/** The issuer name at the start of `text` (the words after "của"), or null. */
export function readIssuer(text: string): string | null {
  return matchIssuer(text)?.name ?? null;
}

/**
 * Like readIssuer, with the span. A line break followed by a unit head ("Sở", "Phòng", …) ends a name of two
 * or more words: in PDF text the next line is often another table column ("…Thủ tướng Chính phủ\nSở Nông nghiệp").
 */
export function matchIssuer(text: string): IssuerMatch | null {
  const tokens = [...text.slice(0, 300).matchAll(TOKEN)].map((m) => ({ w: m[0], end: m.index + m[0].length }));
  const kept: { w: string; end: number }[] = [];
  for (let i = 0; i < tokens.length && kept.length < MAX_TOKENS; i++) {
    const { w } = tokens[i]!;
    const next = tokens[i + 1]?.w ?? '';
    const prev = kept[kept.length - 1]?.w;
    const lower = w.toLowerCase();
    if (w === '\n') {
      if (kept.length >= 2 && (NEW_UNIT_AFTER_BREAK.has(next) || (next === 'UBND' && kept.length >= 3))) break;
      continue;
    }
    if (PUNCTUATION.test(w)) break;
    if (w === 'và' || w === '-' || w === '–') {
      // "Sở Giáo dục và Đào tạo", "Sở Lao động - Thương binh và Xã hội" go on only into another capital.
      if (kept.length === 0 || !isCapitalised(next) || TYPE_FIRST_WORDS.has(next)) break;
      kept.push(tokens[i]!);
      continue;
    }
    if (isCapitalised(w)) {
      if (TYPE_FIRST_WORDS.has(w) && kept.length > 0 && !HEADS_WITH_DOCUMENT_WORDS.has(prev!)) break;
      kept.push(tokens[i]!);
      continue;
    }
    if (kept.length === 0) break;
    const keep =
      (lower === 'ban' && BAN_AFTER.has(prev!.toLowerCase())) ||
      (!STOP_WORDS.has(lower) &&
        (!NEEDS_NEXT[lower] || NEEDS_NEXT[lower]!.includes(next.toLowerCase())) &&
        (isCapitalised(prev!) || ADMIN_WORDS.has(lower)));
    if (!keep) break;
    kept.push(tokens[i]!);
  }
  while (kept.length && ['và', '-', '–'].includes(kept[kept.length - 1]!.w)) kept.pop();
  if (!kept.length) return null;
  return { name: kept.map((k) => k.w).join(' '), length: kept[kept.length - 1]!.end };
}
