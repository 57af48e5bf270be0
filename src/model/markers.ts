// Numbering markers of Vietnamese administrative documents (NĐ 30/2020), as named patterns.
// Each pattern is anchored at the start of a normalised (NFC, single-spaced) line.

export type MarkerScheme =
  | 'part' //      "PHẦN THỨ NHẤT", "PHẦN I", "Phần 2"
  | 'chapter' //   "Chương I", "CHƯƠNG II"
  | 'article' //   "Điều 1."
  | 'roman' //     "I. MỤC ĐÍCH, YÊU CẦU"
  | 'decimal' //   "1. Mục đích"
  | 'multi' //     "1.1. Tồn tại", "3.2 Thành phần"
  | 'letter' //    "a) Cơ quan chủ trì", "đ) …"
  | 'paren' //     "(1) Tỷ lệ huy động", "(15)"
  | 'roman-paren' // "(i). Quán triệt", "(iv)"
  | 'ordinal' //   "Thứ nhất, tiếp tục tham mưu"
  | 'bullet' //    "- Tổ chức …", "+ …", "• …"
  | 'plus'; //     "+ …" (a second bullet level)

export interface Marker {
  scheme: MarkerScheme;
  /** The marker as printed ("1.", "a)", "(i).", "Thứ nhất,"). */
  raw: string;
  /** The label without trailing dot/comma: "1", "1.1", "a", "(1)", "(i)", "Thứ nhất", "PHẦN THỨ NHẤT", "I". */
  label: string;
  /** The text after the marker. */
  rest: string;
}

const ORDINALS = 'nhất|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười một|mười hai|mười ba|mười bốn|mười lăm|mười';

/** "PHẦN THỨ NHẤT", "PHẦN THỨ HAI", "PHẦN I", "Phần 2: …" */
export const PART_RE = new RegExp(`^(PHẦN|Phần)\\s+((?:THỨ|Thứ|thứ)\\s+(?:${ORDINALS}|${ORDINALS.toUpperCase()})|[IVXLC]+|\\d{1,2})(?!\\p{L}|\\p{N})[.:]?\\s*`, 'u');
/** "Chương I", "CHƯƠNG 2" */
export const CHAPTER_RE = /^(CHƯƠNG|Chương)\s+([IVXLC]+|\d{1,2})(?!\p{L}|\p{N})[.:]?\s*/u;
/** "Điều 1. Ban hành kèm theo…" */
export const ARTICLE_RE = /^(Điều)\s+(\d{1,3})\s*[.:]\s*/u;
/** "I. MỤC ĐÍCH" — roman numerals up to XXXIX followed by a dot (or "I-", "I/" in some plans). */
export const ROMAN_RE = /^(X{0,3}(?:IX|IV|V?I{0,3}))\s*[.\/-]\s+(?=\S)/u;
/** "1.1. Tồn tại", "3.2 Thành phần", "2.1.3." */
export const MULTI_RE = /^(\d{1,2}(?:\.\d{1,2}){1,3})\.?\s+(?=\S)/u;
/** "1. Mục đích" (1–2 digits, so "2024. Năm học" is not a marker), also "1/ …" and "1) …" */
export const DECIMAL_RE = /^(\d{1,2})\s*[.\/)]\s+(?=\S)/u;
/** "a) Cơ quan chủ trì", "đ) …", "a. …" (Vietnamese alphabet order incl. đ) */
export const LETTER_RE = /^([a-zđ])\s*[).]\s+(?=\S)/u;
/** "(1) Tỷ lệ", "(15). …" */
export const PAREN_RE = /^\((\d{1,2})\)\s*[.:]?\s*(?=\S)/u;
/** "(i). Quán triệt", "(iv) …" */
export const ROMAN_PAREN_RE = /^\(((?:x{0,2})(?:ix|iv|v?i{0,3}))\)\s*[.:]?\s*(?=\S)/u;
/** "Thứ nhất, tiếp tục…", "Thứ mười, các hoạt động khác" */
export const ORDINAL_RE = new RegExp(`^(Thứ|THỨ)\\s+(${ORDINALS}|${ORDINALS.toUpperCase()})\\s*[,.:]\\s*`, 'u');
/** "- Tổ chức…", "– …", "• …", ". Rà soát" (a bullet glyph lost in conversion), "* …" */
export const BULLET_RE = /^([-–—•·∙▪◦*.])\s+(?=\S)/u;
/** "+ …" — the second bullet level. */
export const PLUS_RE = /^(\+)\s*(?=\S)/u;

/** Words that open a new paragraph of running text ("Căn cứ …", "Thực hiện …", "Ngày 26/01/2024, …"). */
export const BODY_OPENER_RE = /^(Căn cứ|Thực hiện|Nhằm|Ngày\s+\d|Kính gửi|Trên cơ sở|Để|Theo|Sau khi|Xét|Hôm nay|Trên đây)(?!\p{L}|\p{N})/u;

/** Recognise the numbering marker at the start of a line, or null. */
export function parseMarker(line: string): Marker | null {
  const s = line.trimStart();
  let m: RegExpExecArray | null;
  if ((m = PART_RE.exec(s))) {
    return { scheme: 'part', raw: m[0].trim(), label: `${m[1]} ${m[2]}`.toUpperCase().replace(/\s+/g, ' '), rest: s.slice(m[0].length) };
  }
  if ((m = CHAPTER_RE.exec(s))) {
    return { scheme: 'chapter', raw: m[0].trim(), label: `${m[1]} ${m[2]}`.toUpperCase(), rest: s.slice(m[0].length) };
  }
  if ((m = ARTICLE_RE.exec(s))) {
    return { scheme: 'article', raw: m[0].trim(), label: `Điều ${m[2]}`, rest: s.slice(m[0].length) };
  }
  if ((m = MULTI_RE.exec(s))) {
    return { scheme: 'multi', raw: m[0].trim(), label: m[1], rest: s.slice(m[0].length) };
  }
  if ((m = ROMAN_RE.exec(s)) && m[1]) {
    return { scheme: 'roman', raw: m[0].trim(), label: m[1], rest: s.slice(m[0].length) };
  }
  if ((m = DECIMAL_RE.exec(s))) {
    return { scheme: 'decimal', raw: m[0].trim(), label: String(Number(m[1])), rest: s.slice(m[0].length) };
  }
  if ((m = ROMAN_PAREN_RE.exec(s)) && m[1]) {
    return { scheme: 'roman-paren', raw: m[0].trim(), label: `(${m[1]})`, rest: s.slice(m[0].length) };
  }
  if ((m = PAREN_RE.exec(s))) {
    return { scheme: 'paren', raw: m[0].trim(), label: `(${Number(m[1])})`, rest: s.slice(m[0].length) };
  }
  if ((m = LETTER_RE.exec(s))) {
    return { scheme: 'letter', raw: m[0].trim(), label: m[1], rest: s.slice(m[0].length) };
  }
  if ((m = ORDINAL_RE.exec(s))) {
    const word = m[2].toLowerCase();
    return { scheme: 'ordinal', raw: m[0].trim(), label: `Thứ ${word}`, rest: capitaliseFirst(s.slice(m[0].length)) };
  }
  if ((m = PLUS_RE.exec(s))) {
    return { scheme: 'plus', raw: '+', label: '+', rest: s.slice(m[0].length) };
  }
  if ((m = BULLET_RE.exec(s))) {
    // "- (1) Tỷ lệ …": a bullet in front of a numbered item — the number is the marker.
    const inner = s.slice(m[0].length);
    const pm = PAREN_RE.exec(inner);
    if (pm) return { scheme: 'paren', raw: pm[0].trim(), label: `(${Number(pm[1])})`, rest: inner.slice(pm[0].length) };
    return { scheme: 'bullet', raw: m[1], label: '-', rest: inner };
  }
  return null;
}

function capitaliseFirst(s: string): string {
  return s ? s[0].toLocaleUpperCase('vi') + s.slice(1) : s;
}

/** Roman numeral value ("IV" → 4), or NaN. */
export function romanValue(r: string): number {
  const map: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };
  const s = r.toLowerCase();
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = map[s[i]];
    if (!v) return NaN;
    const next = map[s[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}
