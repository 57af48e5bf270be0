// Vietnamese words that make a number a measurable target: units, comparators, goal verbs.
// All patterns run on NFC text; matching is case-insensitive where marked `iu`.
import type { Comparator } from '../../model/registry.js';

/** A number in Vietnamese format: "15.314" (thousands), "95,2" (decimal), "2.46" (a typo'd decimal), "01". */
export const NUMBER_SRC = String.raw`\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?`;

/**
 * Counting units, longest first so "cặp trường" wins over "trường", "tỷ đồng" over "đồng".
 * e.g. "30 trường", "05 cặp trường", "86 giải", "15.314 học sinh", "1,5 tỷ đồng".
 */
export const COUNT_UNITS = [
  'cặp trường',
  'điểm trường',
  'phòng học',
  // KH 2005 (Quốc hội): "295 - 300 nghìn tỷ đồng", "28,5 tỷ USD", "38,6 triệu tấn", "83,2 triệu người".
  'nghìn tỷ đồng',
  'tỷ USD',
  'triệu USD',
  'triệu tấn',
  'nghìn tấn',
  'triệu người',
  'nghìn người',
  'tỷ đồng',
  'tỉ đồng',
  'triệu đồng',
  'nghìn đồng',
  'học sinh',
  'sinh viên',
  'học viên',
  'giáo viên',
  'cán bộ',
  'công trình',
  'dự án',
  'đơn vị',
  'cơ sở',
  'lượt người',
  'lượt',
  'trường',
  'lớp',
  'nhóm',
  'trẻ',
  'giải',
  'huy chương',
  'xã',
  'huyện',
  'người',
  'hộ',
  'phòng',
  'điểm',
  'đồng',
  'USD',
  'tấn',
  'km',
  'ha',
  'HS',
  'GV',
] as const;

/** Words that make a unit word part of another word: "giải quyết", "trường hợp", "đồng chí", "xã hội" are not units. */
export const NOT_UNIT_AFTER_SRC = String.raw`(?!\s+(?:quyết|pháp|ngân|thể|phóng|trình|hợp|hội|bào|chí|viên)(?!\p{L}|\p{N}))`;

/** Percent, with the spelled-out form: "95,2%", "30 phần trăm". */
export const PERCENT_SRC = String.raw`%|phần trăm`;

/** Rank markers before a number: "top 15/63", "xếp thứ 3/20", "hạng 10". */
export const RANK_SRC = String.raw`top|thứ|hạng`;

/** The unit a rank gets in output: "top 15/63" → value 15, unit "hạng", of 63, comparator "<=". */
export const RANK_UNIT = 'hạng';

/**
 * Comparator words directly before a number, longest first, each with the comparator it sets.
 * "trên 98%" → ">", "không dưới 90%" → ">=", "dưới 3%" → "<", "không quá 5%" → "<=", "là 30 trường" → "=".
 */
export const COMPARATOR_WORDS: ReadonlyArray<readonly [string, Comparator]> = [
  ['không vượt quá', '<='],
  ['không thấp hơn', '>='],
  ['không cao hơn', '<='],
  ['không dưới', '>='],
  ['không quá', '<='],
  ['không hơn', '<='],
  ['xuống dưới', '<'],
  ['thấp hơn', '<'],
  ['cao hơn', '>'],
  ['vượt quá', '>'],
  ['tối thiểu', '>='],
  ['ít nhất', '>='],
  ['tối đa', '<='],
  ['nhiều hơn', '>'],
  ['trên', '>'],
  ['hơn', '>'],
  ['vượt', '>'],
  ['dưới', '<'],
  ['xuống', '<='],
  ['còn', '<='],
  ['từ', '>='],
  ['≥', '>='],
  ['>=', '>='],
  ['≤', '<='],
  ['<=', '<='],
  ['>', '>'],
  ['<', '<'],
  ['là', '='],
  ['=', '='],
];

/** "từ 90% trở lên" — after the unit, makes the comparator ">=". */
export const AT_LEAST_AFTER_RE = /^\s*trở lên/iu;
/** "tăng trưởng (GDP) 7,5%/năm" — a rate's period belongs to the value, not to the next metric. */
export const PER_PERIOD_AFTER_RE = /^\/\s*(?:năm|tháng|quý)(?![\p{L}])/iu;

/** A comparison opening a fragment, up to its comma, names no metric: "so với năm 2004", "so với ước thực hiện năm 2004, trong đó thu nội địa là" → "trong đó thu nội địa là". */
export const COMPARISON_FRAGMENT_RE = /^(?:so với|bằng|tương đương)(?![\p{L}])[^,]*(?:,\s*|$)/iu;
/** "… thì năm 2005 cần phấn đấu tăng trưởng kinh tế": what follows the last goal word names the metric. */
export const MID_GOAL_WORD_RE = /(?<![\p{L}])(?:phấn đấu|quyết tâm)\s+/giu;

/**
 * Verbs that put the value before what it measures: "tăng thêm 2% trẻ em đi học đúng độ tuổi",
 * "giảm 20% trẻ em lang thang kiếm sống", "phấn đấu 100% số xã có điện thoại" (not "chiếm 31,6% tổng kim
 * ngạch": a share of the metric before it).
 */
export const VALUE_FIRST_VERB_RE = /(?<![\p{L}])(?:tăng(?: thêm)?|giảm|thêm|phấn đấu|nâng|đưa)\s*$/iu;

/**
 * One verb between the metric and the number, at the end of a metric: "… đạt", "… nằm trong", "… ở mức".
 * Only the verb: `stripTail` (metric.ts) runs it on the last few characters and checks the separator
 * before it ([\s,:;] or the start), so a long fragment costs the same as a short one.
 */
export const METRIC_TAIL_WORD_RE =
  /(?<=[\s,:;])(?:đạt(?: được)?|đạt tỷ lệ|là|ở mức|chiếm(?: tỷ lệ)?|nằm trong(?: nhóm)?|giảm(?: xuống)?|tăng(?: lên| thêm)?|thêm|xuống|lên|còn|bằng|(?:vào )?khoảng|trung bình|mục tiêu(?: đến năm \d{4})?)\s*$/iu;
/** Characters that may stand between the metric and a trailing verb (removed with it). */
export const METRIC_TAIL_SEPARATOR_RE = /[\s,:;]/u;
/** Longer than any verb of METRIC_TAIL_WORD_RE with the separator before it ("mục tiêu đến năm 2025"). */
export const METRIC_TAIL_MAX = 32;

/** Goal words opening a metric, stripped: "phấn đấu đạt và vượt chỉ tiêu tỷ lệ …" → "tỷ lệ …", "giảm tỷ lệ …" → "tỷ lệ …". */
export const METRIC_LEAD_RE =
  /^(?:(?:phấn đấu|quyết tâm|đảm bảo|bảo đảm|giảm|tăng(?! trưởng)|thêm|nâng|đưa|hạ|(?:đến|trong)(?: cuối| hết)? năm \d{4}|năm \d{4}|hằng năm|hàng năm|và|hoặc|trong đó|riêng|còn|(?:đạt|hoàn thành)(?: và vượt)?(?: các)?(?: chỉ tiêu| mục tiêu)?|(?:mục tiêu|chỉ tiêu)(?: (?:đến|trong) năm \d{4})?)[\s,]+)+/iu;

/** Goal words that name nothing by themselves: "Mục tiêu đến năm 2025", "Chỉ tiêu năm 2024". */
export const GOAL_WORDS_RE = /(?<![\p{L}])(?:mục tiêu|chỉ tiêu|phấn đấu|quyết tâm|bảo đảm|đảm bảo|cuối|đến|trong|năm|hằng năm|hàng năm|giai đoạn)(?![\p{L}])/giu;
/** What is left of an empty metric once its goal words are removed: digits, spaces, dashes. */
export const ONLY_NUMBERS_RE = /^[\d\s–-]*$/u;

/** Head words of a metric ("Tỷ lệ huy động …", "Số trường …"): a fragment that starts with one stands alone. */
export const METRIC_HEAD_RE = /^(?:tỷ lệ|tỉ lệ|số lượng|số|tổng số|chỉ số|kết quả|thu nhập|giá trị|tốc độ|tổng)(?!\p{L}|\p{N})/iu;

/** "Tỷ lệ nhà giáo đạt trên 93%, cán bộ quản lý đạt 100%": the head a bare fragment inherits. */
export const INHERITABLE_HEAD_RE = /^(?:tỷ lệ|tỉ lệ|số lượng|số|tổng số)\s/iu;

/** A change reported in parentheses, not a goal: "(tăng 2,58%)", "(+1,52%)", "(giảm 01 điểm trường)"; the same value in another unit: "(tương đương 18 - 19 tỷ USD)". */
export const CHANGE_PAREN_RE = /\(\s*(?:tăng|giảm|\+|−|-|so với|duy trì|tương đương)[^()]*\)/giu;

/**
 * Sentences that set a goal outside target sections: "phấn đấu đạt và vượt chỉ tiêu …", "quyết tâm đạt …",
 * "mục tiêu … đạt 90% số hộ …", "bảo đảm … đạt 100%". "mục tiêu" and "bảo đảm" count only with "đạt" later in
 * the same clause ("bảo đảm an toàn" sets no value).
 */
export const GOAL_WORD_RE = /(?<![\p{L}])(?:phấn đấu|quyết tâm(?=[^.;]{0,160}?(?<![\p{L}])(?:đạt|hoàn thành)(?![\p{L}]))|(?:mục tiêu|bảo đảm|đảm bảo)(?=[^.;]{0,160}?(?<![\p{L}])đạt(?![\p{L}])))/giu;

/** "Mục tiêu:", "* Mục tiêu cụ thể:", "Chỉ tiêu năm 2025:" — a block whose following paragraphs are all targets. */
export const TARGET_BLOCK_RE = /^[*\s]*(?:Mục tiêu|Chỉ tiêu|Các chỉ tiêu)(?![\p{L}])[^:.;]{0,80}:\s*$/u;
