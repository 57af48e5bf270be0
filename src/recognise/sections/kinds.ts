// Section kinds from the words of a heading (OUTPUT.md): the keyword that comes first wins, and it
// must stand within the heading's first words, so a long task item that mentions "nhiệm vụ" late
// stays "other".
import type { SectionKind } from '../../model/registry.js';
import { fold, matchForm } from '../../vocab/index.js';

interface KindRule {
  kind: SectionKind;
  /** The keyword must start within this many leading words (default KEYWORD_WINDOW_WORDS). */
  words?: number;
  /** Upper-cased keyword pattern, e.g. "TỔ CHỨC THỰC HIỆN". */
  re: RegExp;
}

/** Ordered so the more specific phrase is tried first where two start at the same place. */
export const KIND_RULES: KindRule[] = [
  { kind: 'purpose-requirements', re: /MỤC ĐÍCH,?\s*(?:VÀ\s+)?YÊU CẦU/u }, // "I. MỤC ĐÍCH, YÊU CẦU"
  { kind: 'purpose', re: /MỤC ĐÍCH/u }, // "1. Mục đích"
  { kind: 'requirements', re: /YÊU CẦU/u }, // "2. Yêu cầu"
  { kind: 'targets', re: /CHỈ TIÊU|MỤC TIÊU CỤ THỂ/u }, // "II. CÁC CHỈ TIÊU THỰC HIỆN", "2. Mục tiêu cụ thể đến năm 2025"
  { kind: 'objectives', re: /MỤC TIÊU/u }, // "II. MỤC TIÊU"
  { kind: 'organization', re: /TỔ CHỨC THỰC HIỆN|PHÂN CÔNG (?:NHIỆM VỤ|THỰC HIỆN|TRÁCH NHIỆM)|TRÁCH NHIỆM THỰC HIỆN/u }, // "IV. TỔ CHỨC THỰC HIỆN"
  { kind: 'tasks', re: /NHIỆM VỤ|GIẢI PHÁP/u }, // "III. NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU"
  { kind: 'budget', re: /KINH PHÍ/u }, // "V. KINH PHÍ THỰC HIỆN"
  { kind: 'bases', re: /CĂN CỨ/u }, // "I. CĂN CỨ XÂY DỰNG KẾ HOẠCH"
  { kind: 'results', re: /KẾT QUẢ/u }, // "PHẦN THỨ NHẤT KẾT QUẢ THỰC HIỆN…"
  { kind: 'assessment', re: /ĐÁNH GIÁ|ƯU ĐIỂM|TỒN TẠI|HẠN CHẾ|NGUYÊN NHÂN|BÀI HỌC KINH NGHIỆM/u }, // "III. ĐÁNH GIÁ CHUNG"
  { kind: 'schedule', re: /THỜI GIAN|ĐỊA ĐIỂM|HÌNH THỨC|THÀNH PHẦN|TIẾN ĐỘ/u }, // "II. THỜI GIAN, HÌNH THỨC, ĐỊA ĐIỂM, THÀNH PHẦN"
  { kind: 'content', re: /NỘI DUNG|CHƯƠNG TRÌNH/u, words: 1 }, // "II. NỘI DUNG, CHƯƠNG TRÌNH HỘI NGHỊ"
];

/** How many leading words a keyword may start within ("CÁC CHỈ TIÊU…" starts at word 2). */
const KEYWORD_WINDOW_WORDS = 4;
const MAX_HEADING_LENGTH = 160;

/** Real words that fold onto a keyword: "CHI TIÊU" (spending) is not "CHỈ TIÊU" (targets). */
const FOLD_COLLISIONS = /CHI TIÊU|CHI PHÍ/u;
const FOLDED_RULES: KindRule[] = KIND_RULES.map((r) => ({ ...r, re: new RegExp(fold(r.re.source), r.re.flags) }));

/**
 * The kind of a heading from its keywords; when none matches exactly, a second pass matches them
 * with diacritics folded, for OCR text that dropped or swapped tone marks ("NHIEM VU", "Kê hoạch").
 */
export function kindFromHeading(heading: string): SectionKind {
  if (!heading || heading.length > MAX_HEADING_LENGTH) return 'other';
  const exact = kindFrom(matchForm(heading).toLocaleUpperCase('vi'), KIND_RULES);
  if (exact !== 'other') return exact;
  const up = matchForm(heading).toLocaleUpperCase('vi');
  if (FOLD_COLLISIONS.test(up)) return 'other';
  return kindFrom(fold(up), FOLDED_RULES);
}

function kindFrom(up: string, rules: KindRule[]): SectionKind {
  const words = up.split(/\s+/);
  const windowEnd = (n: number): number => (n <= 0 ? 0 : words.slice(0, n).join(' ').length + 1);
  let best: { kind: SectionKind; at: number } | null = null;
  for (const rule of rules) {
    const m = rule.re.exec(up);
    const limit = rule.words === 1 ? (fold(words[0] ?? '') === 'CAC' ? windowEnd(1) : 0) : windowEnd(rule.words ?? KEYWORD_WINDOW_WORDS);
    if (!m || m.index > limit) continue;
    if (!best || m.index < best.at) best = { kind: rule.kind, at: m.index };
  }
  return best?.kind ?? 'other';
}
