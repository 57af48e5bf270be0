// Vietnamese deadline vocabulary as named patterns. All are sticky ('y') so they match exactly at a
// position, case-insensitive on NFC text ('iu' folds "QUÝ"/"Quý"/"quý").
// Vietnamese letters are not \w, so word ends are written as NOT_LETTER lookaheads.

const FLAGS = 'iuy';
/** Not followed by a letter or digit (a Unicode-aware \b). */
const END = String.raw`(?!\p{L}|\p{N})`;
const SEP = String.raw`\s*[\/.\-]\s*`;
const ROMAN_Q = String.raw`(?:IV|I{1,3}|[1-4])${END}`;
/** Joins items of a list or range: "Quý I, II", "Quý I và Quý II", "Tháng 3-6/2024". */
const LIST_JOIN = String.raw`\s*(?:,|;|&|và|-|–|—|đến)\s*`;
const YEAR_TAIL = String.raw`(?:${SEP}|\s*,?\s*(?:năm\s+)?)(\d{4})(?!\d)`;

const re = (src: string): RegExp => new RegExp(src, FLAGS);

/** "30/8/2026", "ngày 18/11/2023", "ngày 14 / 7 /2026", "30.6.2024" */
export const DATE_NUMERIC = re(String.raw`(?:ngày\s*)?(\d{1,2})${SEP}(\d{1,2})${SEP}(\d{4})(?!\d)`);
/** "ngày 14 tháng 7 năm 2026", "ngày14 tháng7 năm 2026", "ngày 15 tháng 6" (no year → null dates) */
export const DATE_WORDS = re(String.raw`ngày\s*(\d{1,2})\s*tháng\s*(\d{1,2})(?:\s*,?\s*năm\s*(\d{4}))?(?!\d)`);
/** "30/6", "ngày 15/3" — a day without a year (null dates); only where a deadline is expected. */
export const DATE_NO_YEAR = re(String.raw`(?:ngày\s*)?(\d{1,2})\s*\/\s*(\d{1,2})(?![\d\/.\-])`);
/** "ngày 15", "ngày 15 tháng 6", "ngày 31/01" and a space: what PERIODIC_DAY and PERIODIC_NEXT start with. */
const DAY_OF_PERIOD = String.raw`ngày\s*(\d{1,2})(?:\s*(?:tháng\s*\d{1,2}|\/\s*\d{1,2}))?\s+`;
/** "ngày 15 hằng tháng", "trước ngày 15 tháng 6 hằng năm", "ngày 20 của tháng cuối quý" is not covered. */
export const PERIODIC_DAY = re(String.raw`${DAY_OF_PERIOD}(?:hằng|hàng|mỗi)\s+(tháng|quý|năm)${END}`);
/** "ngày 05 của tháng liền kề", "ngày 31/01 năm liền kề", "ngày 20 tháng sau" — a day of every next month/quarter/year. */
export const PERIODIC_NEXT = re(String.raw`${DAY_OF_PERIOD}(?:của\s+)?(tháng|quý|năm)\s+(?:liền\s+kề|kế\s+tiếp|tiếp\s+theo|sau)${END}`);
/**
 * The start of PERIODIC_DAY and PERIODIC_NEXT alone, without their word-end classes (cheap to compile):
 * at a position where it fails, both fail, and they are not compiled for it.
 */
export const PERIODIC_DAY_HEAD = re(DAY_OF_PERIOD);
/** "Tháng 02/2024", "6/2025", "tháng 6-2024"; the word "tháng" is optional only where a deadline is expected. */
export const MONTH_NUMERIC = re(String.raw`(tháng\s*)?(\d{1,2})${SEP}(\d{4})(?!\d)`);
/** "Tháng 11, 12/2013", "tháng 3 - 6/2024", "tháng 6 và tháng 12 năm 2024" */
export const MONTH_LIST = re(String.raw`tháng\s*(\d{1,2})((?:${LIST_JOIN}(?:tháng\s*)?\d{1,2}(?!\d))+)${YEAR_TAIL}`);
/** "tháng 7 năm 2026", "tháng 6" (no year → null dates) */
export const MONTH_WORDS = re(String.raw`tháng\s*(\d{1,2})(?!\d)(?!\s*[\/.\-]\s*\d)(?:\s*,?\s*năm\s*(\d{4})(?!\d))?`);
/** "Quý I năm 2024", "Quý I, năm 2024", "Quý I, II năm 2024", "Quý I và Quý II năm 2024", "Quý II/2025" */
export const QUARTER = re(String.raw`quý\s*(${ROMAN_Q})((?:${LIST_JOIN}(?:quý\s*)?${ROMAN_Q})*)(?:${YEAR_TAIL})?`);
/** The word QUARTER starts with (no word-end classes: cheap to compile); where it fails, QUARTER does. */
export const QUARTER_HEAD = re(String.raw`quý`);
/** "6 tháng đầu năm 2024", "sáu tháng cuối năm", "nửa đầu năm 2025" */
export const HALF = re(String.raw`(?:(?:6|sáu)\s+tháng|nửa)\s+(đầu|cuối)(?:\s+năm)?(?:\s*,?\s*(?:năm\s+)?(\d{4})(?!\d))?`);
/** "năm học 2023-2024" — a school year, September to August. */
export const SCHOOL_YEAR = re(String.raw`năm\s+học\s+(\d{4})\s*[-–\/]\s*(\d{4})(?!\d)`);
/** "Năm 2025", "2025" (bare only where a deadline is expected) */
export const YEAR = re(String.raw`(năm\s*)?(\d{4})(?!\d)(?!\s*[\/.]\s*\d)`);
/** "Thường xuyên", "Nhiệm vụ thường xuyên", "liên tục" */
const CONTINUOUS_WORDS = String.raw`(?:nhiệm\s+vụ\s+|thực\s+hiện\s+)?(?:thường\s+xuyên|liên\s+tục)`;
export const CONTINUOUS = re(`${CONTINUOUS_WORDS}${END}`);
/** CONTINUOUS without its word end (cheap to compile); where it fails, CONTINUOUS does. */
export const CONTINUOUS_HEAD = re(CONTINUOUS_WORDS);
/** The words PERIODIC starts with, cheap to compile: where they fail, PERIODIC does. */
export const PERIODIC_HEAD = re(String.raw`định\s+kỳ|(?:theo\s+)?(?:hằng|hàng)\s+`);
/** "hằng quý năm 2024", "hàng năm", "định kỳ hằng tháng", "định kỳ 6 tháng", "Định kỳ 02 tuần một lần", "định kỳ" */
export const PERIODIC = re(
  String.raw`(?:định\s+kỳ(?:\s+(?:hằng|hàng)\s+(ngày|tuần|tháng|quý|năm)|\s+(?:\d{1,2}|sáu|ba|hai)\s+(?:ngày|tuần|tháng|năm)(?:\s*\/\s*lần|\s+(?:một|1)\s+lần)?)?|(?:theo\s+)?(?:hằng|hàng)\s+(ngày|tuần|tháng|quý|năm))${END}(?:\s*,?\s*(?:của\s+|trong\s+)?năm\s*(\d{4})(?!\d))?`,
);
/** "100 ngày kể từ ngày ban hành Kế hoạch", "trong 15 ngày kể từ ngày Kế hoạch được ban hành", "30 ngày làm việc sau khi …" */
const RELATIVE_HEAD_SRC = String.raw`(?:trong\s+(?:vòng\s+|thời\s+hạn\s+|thời\s+gian\s+)?)?(\d{1,3})\s+(ngày\s+làm\s+việc|ngày|tuần|tháng)\s*,?\s*(?:kể\s+từ|tính\s+từ|sau)\s+`;
export const RELATIVE = re(
  String.raw`${RELATIVE_HEAD_SRC}([^,.;:()\n]{3,100}?)(?=\s*(?:[,.;:()]|$|\s+(?:để|nhằm|theo|và\s+(?:báo|gửi|tổng))\s))`,
);
/** The start of RELATIVE alone ("15 ngày kể từ "), cheap to compile: where it fails, RELATIVE does. */
export const RELATIVE_HEAD = re(RELATIVE_HEAD_SRC);
const FROM_ISSUE_HEAD_SRC = String.raw`(?:kể\s+)?từ\s+`;
/** "Từ ngày ban hành Kế hoạch trở đi", "kể từ ngày ký" */
export const FROM_ISSUE = re(
  String.raw`${FROM_ISSUE_HEAD_SRC}(ngày\s+(?:[^,.;()]{0,30}?\s)?(?:ban\s+hành|ký)(?:\s+(?:Kế\s+hoạch|Quyết\s+định|Chương\s+trình|Thông\s+báo|văn\s+bản))?(?:\s+này)?)(?:\s+trở\s+đi)?${END}`,
);
/** The start of FROM_ISSUE alone ("kể từ "), cheap to compile: where it fails, FROM_ISSUE does. */
export const FROM_ISSUE_HEAD = re(FROM_ISSUE_HEAD_SRC);
/** The "from" of a relative deadline that means the plan's own date: "ngày ban hành Kế hoạch", "ngày ký". */
export const FROM_MEANS_DOC_DATE = /ban\s+hành|(?:^|\s)ký(?:$|\s)/iu;
/** A from-phrase naming another document ("ngày ban hành Quyết định số 12/QĐ-UBND") cannot use our date. */
export const FROM_NAMES_OTHER_DOC = /\bsố\s*\d/iu;

/** A time of day before a date, skipped: "07 giờ 30 phút ngày 24/11/2023", "14h00, ngày 5/3/2024". */
export const TIME_OF_DAY = re(String.raw`\d{1,2}\s*(?:giờ|h)(?:\s*\d{1,2}(?:\s*phút)?)?(?:\s*[-–]\s*\d{1,2}\s*(?:giờ|h)(?:\s*\d{1,2}(?:\s*phút)?)?)?\s*,?\s*(?=ngày)`);

/** Joins the two ends of a range: "Từ tháng 3/2024 đến tháng 6/2024", "2025-2026", "2025 - 2026". */
export const RANGE_JOIN = re(String.raw`\s*(?:-|–|—|đến\s+hết|đến|tới)\s*`);
/** Opens a range: "Từ tháng 3/2024 …", "từ năm 2013 …" */
export const RANGE_OPEN = re(String.raw`(?:kể\s+)?từ\s+`);
/** An open end: "2025 và những năm tiếp theo", "Từ tháng 11/2013 trở đi", "… và tiếp theo" */
const OPEN_END_SRC = String.raw`\s*(?:(?:,|;)?\s*và\s+(?:các\s+|những\s+)?(?:năm\s+)?tiếp\s+theo|\s+trở\s+đi|\s*,\s*(?:các\s+|những\s+)?năm\s+tiếp\s+theo)`;
export const OPEN_END = re(`${OPEN_END_SRC}${END}`);
const THEN_JOIN = String.raw`\s*(?:,|;)?\s*(?:và|,)\s+`;
/** "Tháng 12/2013 và thường xuyên", "Tháng 11, 12/2013 và kiện toàn thường xuyên" */
export const THEN_CONTINUOUS = re(String.raw`${THEN_JOIN}(?:[^,;.]{0,30}?\s)?(?:thường\s+xuyên|liên\s+tục)${END}`);
const PERIODIC_WORDS = String.raw`(?:(?:hằng|hàng)\s+(?:tháng|quý|năm)|định\s+kỳ)`;
/** "Tháng 11, 12/2013 và bổ sung, sửa đổi hàng năm", "Tháng 12 hằng năm" */
export const THEN_PERIODIC = re(String.raw`\s*(?:(?:,|;)?\s*(?:và|,)\s+(?:[^;.]{0,40}?\s)?)?${PERIODIC_WORDS}${END}`);
/**
 * Cheap tests (no Unicode classes to compile) that the three above pass wherever they match at a
 * position: OPEN_END without its word end, the "và"/"," THEN_CONTINUOUS starts with, and the words
 * THEN_PERIODIC holds somewhere after the position ('g': found from lastIndex on).
 */
export const OPEN_END_HEAD = re(OPEN_END_SRC);
export const THEN_CONTINUOUS_HEAD = re(THEN_JOIN);
export const THEN_PERIODIC_WORDS = new RegExp(PERIODIC_WORDS, 'giu');

/** Words before the value that keep their meaning in `raw`: "chậm nhất", "trước ngày", "hoàn thành trong", "cuối". */
export const LEAD_WORD = re(
  String.raw`(?:hoàn\s+thành(?:\s+xong)?|xong|chậm\s+nhất(?:\s+là)?|muộn\s+nhất|trước|trong\s+vòng|trong|vào|cuối|đầu|giữa|đến\s+hết|hết|đến(?=\s*\d)|bắt\s+đầu(?:\s+thực\s+hiện)?|dự\s+kiến|khoảng|giai\s+đoạn)${END}\s*`,
);
/** Labels before the value that are not part of it: "Thời gian thực hiện:", "Thời hạn:", "Lộ trình:". */
export const LABEL = re(
  String.raw`(?:thời\s+gian\s+(?:thực\s+hiện|hoàn\s+thành|triển\s+khai)|thời\s+hạn(?:\s+(?:hoàn\s+thành|thực\s+hiện))?|thời\s+gian|lộ\s+trình(?:\s+thực\s+hiện)?|tiến\s+độ(?:\s+thực\s+hiện)?)\s*(?::|là)\s*`,
);
/** A cell that means "no deadline given": "-", "---", "…" */
export const EMPTY_CELL = /^[\s\-–—.…_*|]*$/u;
/** A cell made only of periodic words: "6 tháng, hằng năm và định kỳ" */
export const PERIODIC_WORDS_ONLY = /^(?:\s|,|;|và|hằng|hàng|định\s+kỳ|báo\s+cáo|(?:6|sáu)\s+tháng|ngày|tuần|tháng|quý|năm|\d{4}|\/|lần)+$/iu;
export const HAS_PERIODIC_WORD = /hằng|hàng|định\s+kỳ/iu;
