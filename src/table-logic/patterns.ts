// Named patterns of table logic: cell markup, sentence ends, numbering cells, header synonyms.
// Header patterns match text that went through normaliseHeader (lower case, single spaces).

/** Markup left in cell text by converters: "<p>tình hình…</p> <p>Làm tốt…</p>", "a<br/>b". */
export const CELL_MARKUP_RE = /<\/?(?:p|br|div|span|b|i|u|strong|em)\b[^>]*>/gi;
/** Markdown emphasis around a whole cell or word: "**I.**", "**Đến năm 2030**". */
export const MD_EMPHASIS_RE = /(\*\*|__)(.+?)\1/g;

/** A cell that ends a sentence or list item, so the next fragment is not its continuation: "…Kế hoạch.", "…Sở;". */
export const FINAL_PUNCT_RE = /[.;:!?…)”"]$/u;
/** A cell broken inside a word or code after "-" or "/": "686/NQ-" + "UBTVQH15", "nhóm/" + "lớp". */
export const GLUED_BREAK_RE = /[^\s][-/]$/u;
/** A date broken inside its year: "Tháng 6/202" + "4" → "Tháng 6/2024". */
export const BROKEN_YEAR_RE = /\d\/\d{1,3}$/u;
/** A cell that starts a new item, not a continuation: "- Thảo luận", "+ …", "a) …", "1. …". */
export const ITEM_START_RE = /^(?:[-–—•+*]\s|[a-zđ]\)\s|\d{1,2}[.)]\s)/u;

/** Roman numeral group number: "I", "II.", "IV", "XII" (also as printed "**I.**" after emphasis is stripped). */
export const ROMAN_NO_RE = /^(?=[IVXLC])X{0,3}(?:IX|IV|V?I{0,3})\.?$/u;
/** Capital-letter group number: "A", "B." (Phần A, B in some plans). */
export const LETTER_GROUP_NO_RE = /^[A-E]\.?$/u;
/** Arabic row number: "1", "12.", "11.1", "2.3.1". */
export const ARABIC_NO_RE = /^\d{1,3}(?:\.\d{1,3}){0,3}\.?$/u;
/** Letter sub-number in a "Chi tiết" column: "a)", "đ)", "b.", "c". */
export const LETTER_NO_RE = /^([a-zđ])[).]?$/u;

/** Time-of-day cell of a meeting schedule: "7h30' - 7h35'", "14 giờ 00", "7:30 - 8:00", "Từ 7h30 đến 8h00". */
export const TIME_OF_DAY_RE = /^(?:từ\s+)?\d{1,2}\s*(?:h|giờ|g|:)\s*(?:\d{1,2}\s*(?:'|’|phút)?)?(?:\s*(?:[-–—]|đến)\s*\d{1,2}\s*(?:h|giờ|g|:)\s*(?:\d{1,2}\s*(?:'|’|phút)?)?)?$/iu;

export type ColumnRole =
  | 'no'
  | 'detail'
  | 'task'
  | 'lead'
  | 'support'
  | 'review'
  | 'deadline'
  | 'outputs'
  | 'metric'
  | 'unit'
  | 'duration'
  | 'place'
  | 'participants'
  | 'notes';

/**
 * Header synonyms per column role, tried in this order (first match wins for a cell).
 * "review" ("Cơ quan chủ trì thẩm tra") comes before "lead", "lead" and "support" before "deadline"/"unit" so "Đơn vị chủ trì" is a lead, not a unit,
 * and "LỘ TRÌNH THỰC HIỆN" is tried as a deadline before the bare "Thực hiện" lead.
 */
export const COLUMN_SYNONYMS: ReadonlyArray<readonly [ColumnRole, RegExp, string]> = [
  // "TT", "STT", "Stt TT", "Số TT", "Số thứ tự"
  ['no', /^(?:stt|tt|số tt|stt tt|tt stt|số thứ tự|thứ tự)$/u, 'Stt TT'],
  // "Chi tiết" (KH 277: the column that holds group numbers 1, 2… and items a), b)…)
  ['detail', /^chi tiết$/u, 'Chi tiết'],
  // "ĐƠN VỊ PHỐI HỢP", "Cơ quan phối hợp", "Phối hợp thực hiện"
  ['support', /^(?:(?:đơn vị|cơ quan|bộ phận)\s+)?phối hợp(?!\p{L}|\p{N})/u, 'ĐƠN VỊ PHỐI HỢP'],
  // NQ 105/2025/UBTVQH15: "Cơ quan chủ trì thẩm tra", "Cơ quan tham gia thẩm tra"; QĐ 07/2025 Lâm Đồng:
  // "Cơ quan thẩm định, tham mưu" — who examines the work, neither its lead nor its support.
  ['review', /^(?:(?:đơn vị|cơ quan|bộ phận)\s+)?(?:(?:chủ trì|tham gia)\s+)?(?:thẩm tra|thẩm định)(?!\p{L}|\p{N})/u, 'Cơ quan chủ trì thẩm tra'],
  // "ĐƠN VỊ CHỦ TRÌ", "Cơ quan chủ trì theo dõi, đánh giá", "Chủ trì thực hiện", "Đơn vị thực hiện", "Thực hiện"
  // NQ 105/2025/UBTVQH15: "Cơ quan trình" (the body that submits a law project leads its drafting), "Cơ quan soạn thảo".
  ['lead', /^(?:(?:(?:đơn vị|cơ quan|bộ phận|người)\s+)?chủ trì(?!\p{L}|\p{N})|cơ quan (?:trình|soạn thảo|chủ trì soạn thảo)(?!\p{L}|\p{N})|(?:đơn vị|cơ quan|bộ phận|người)\s+(?:thực hiện|chịu trách nhiệm|phụ trách)(?!\p{L}|\p{N})|thực hiện$|trách nhiệm(?: thực hiện)?$|phụ trách$)/u, 'ĐƠN VỊ CHỦ TRÌ'],
  // "Số ngày dự kiến", "Thời lượng" (a duration, not a deadline: "7" days says nothing about when)
  ['duration', /^(?:số ngày|thời lượng)(?!\p{L}|\p{N})/u, 'Số ngày dự kiến'],
  // "Địa điểm", "Địa điểm tổ chức" (where an event is held) and "Thành phần", "Thành phần tham dự" (who attends): a schedule's columns.
  ['place', /^địa điểm(?!\p{L}|\p{N})/u, 'Địa điểm'],
  ['participants', /^thành phần(?!\p{L}|\p{N})/u, 'Thành phần tham dự'],
  // "LỘ TRÌNH THỰC HIỆN", "THỜI GIAN", "Thời hạn", "Tiến độ", "Thời gian hoàn thành", "Thời điểm"
  ['deadline', /^(?:lộ trình|thời gian|thời hạn|tiến độ|thời điểm|mốc thời gian)(?!\p{L}|\p{N})/u, 'LỘ TRÌNH THỰC HIỆN'],
  // "KẾT QUẢ DỰ KIẾN/SẢN PHẨM", "Sản phẩm", "Kết quả", "Hình thức văn bản"
  ['outputs', /^(?:sản phẩm|kết quả|hình thức)(?!\p{L}|\p{N})/u, 'KẾT QUẢ DỰ KIẾN/SẢN PHẨM'],
  // "Chỉ tiêu", "Tên chỉ tiêu", "Các chỉ tiêu chủ yếu"
  ['metric', /^(?:tên\s+|các\s+)?chỉ tiêu(?!\p{L}|\p{N})/u, 'Chỉ tiêu'],
  // "Đơn vị", "Đơn vị tính", "ĐVT" (of a measured value, only as the whole cell)
  ['unit', /^(?:đơn vị(?: tính)?|đvt)$/u, 'Đơn vị tính'],
  // "NHIỆM VỤ", "NỘI DUNG", "Tên nhiệm vụ", "Nội dung công việc", "Nội dung tham luận", "Nhiệm vụ, giải pháp"
  // NQ 105/2025/UBTVQH15: "Tên dự án" (a law project of the legislative programme is a work item with a lead and a date).
  ['task', /^(?:tên\s+)?(?:nhiệm vụ|nội dung|công việc|hoạt động|giải pháp|đề án|dự án|nhiệm vụ, giải pháp)(?!\p{L}|\p{N})/u, 'Tên nhiệm vụ'],
  // "Ghi chú"
  ['notes', /^ghi chú(?!\p{L}|\p{N})/u, 'Ghi chú'],
];

/**
 * The words every header synonym above starts with (each pattern is anchored at ^): a key that starts
 * with none of them names no role, and the patterns, with their word-end classes, are not compiled for
 * it. A synonym added above adds its first word here (test/tables/roles.test.ts checks the samples).
 */
export const COLUMN_SYNONYM_START_RE =
  /^(?:stt|tt|số|thứ tự|chi tiết|đơn vị|cơ quan|bộ phận|người|phối hợp|chủ trì|tham gia|thẩm|thực hiện|trách nhiệm|phụ trách|thời|địa điểm|thành phần|lộ trình|tiến độ|mốc|sản phẩm|kết quả|hình thức|tên|các|chỉ tiêu|đvt|nhiệm vụ|nội dung|công việc|hoạt động|giải pháp|đề án|dự án|ghi chú)/u;

/**
 * A caption or header that names a schedule of events, whose dates are when things happen, not deadlines:
 * "Lịch trình thực hiện", "Lịch công tác tuần", "Chương trình làm việc", "Chương trình hội nghị",
 * "Thời gian họp", "Thời gian tổ chức". ("Chương trình công tác năm 2024" is a work plan, not a schedule.)
 */
export const SCHEDULE_NAME_RE =
  /(?<![\p{L}])(?:lịch\s+(?:trình|công\s+tác|làm\s+việc|họp|tiếp)|chương\s+trình\s+(?:làm\s+việc|hội\s+nghị|hội\s+thảo|buổi|lễ)|thời\s+gian\s+(?:họp|tổ\s+chức|diễn\s+ra)|kịch\s+bản)(?![\p{L}])/iu;

/** A time column named as a deadline: "Thời gian hoàn thành", "Thời hạn", "Tiến độ", "Lộ trình thực hiện", "Hạn chót". */
export const DEADLINE_HEADER_RE = /(?<![\p{L}])(?:hoàn\s+thành|thời\s+hạn|hạn\s+chót|tiến\s+độ|lộ\s+trình)(?![\p{L}])/iu;
