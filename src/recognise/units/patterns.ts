// Vocabulary for lists of units ("Sở Tài chính; UBND các huyện, thị xã, thành phố").

/**
 * Words that open a unit name. A ", " or " và " splits a list only when a head follows it:
 * "Bộ Khoa học và Công nghệ, Bộ Thông tin và Truyền thông" is two units, while
 * "Phòng GDĐT các huyện, thị xã, thành phố" and "Bộ Văn hóa, Thể thao và Du lịch" are one.
 */
export const UNIT_HEADS = [
  'Ủy ban nhân dân', 'Uỷ ban nhân dân', 'Ủy ban', 'Uỷ ban', 'UBND', 'UBMTTQ', 'MTTQ', 'Mặt trận', 'HĐND', 'Hội đồng',
  'Sở', 'Bộ', 'Phòng', 'Ban', 'Văn phòng', 'Thanh tra', 'Trung tâm', 'Công an', 'Viện', 'Học viện', 'Tòa án', 'Toà án',
  'Ngân hàng', 'Kho bạc', 'Bảo hiểm', 'BHXH', 'Tập đoàn', 'Tổng công ty', 'Công ty', 'Tổng cục', 'Cục', 'Chi cục', 'Vụ',
  'Đài', 'Báo', 'Thuế', 'Hội', 'Liên đoàn', 'Tổng Liên đoàn', 'Đoàn', 'Tỉnh đoàn', 'Huyện đoàn', 'Thành đoàn', 'Tỉnh ủy', 'Tỉnh uỷ',
  'Huyện ủy', 'Huyện uỷ', 'Thành ủy', 'Thành uỷ', 'Đảng ủy', 'Đảng uỷ', 'Quốc hội', 'Chính phủ', 'Thủ tướng', 'Chủ tịch',
  'Giám đốc', 'Phó Giám đốc', 'Trưởng', 'Chánh', 'Đồng chí', 'Hiệu trưởng', 'Thủ trưởng', 'Lãnh đạo', 'Thường trực', 'Trường', 'Đại học', 'Bệnh viện', 'Cơ sở', 'CSGD',
  'Cơ quan', 'Quỹ', 'Điện lực', 'Tổ công tác', 'Bộ Chỉ huy', 'Bộ đội', 'Chi nhánh', 'Hợp tác xã', 'Doanh nghiệp',
  'Các', 'các',
] as const;

/** Lower-case collectives that start a new unit after a specific one: "Bộ Tài chính, bộ, ngành liên quan". */
export const COLLECTIVE_HEADS = ['bộ', 'ngành', 'sở', 'địa phương', 'đơn vị', 'cơ quan'] as const;

/** List markers in front of a unit: "- ", "+ ", "• ", "* ", "1. ", "a) " */
export const LIST_MARKER = /^(?:[-–—+•·*]\s*|\d{1,2}[.)]\s+|[a-zđ]\)\s+)/u;
/** Role notes that are not part of the name: "(p/h)", "(chủ trì)", "(phối hợp)", "(cơ quan thường trực)". */
export const ROLE_NOTE = /\s*\((?:p\/h|c\/t|ph|ct|chủ\s+trì|phối\s+hợp|cơ\s+quan\s+(?:chủ\s+trì|phối\s+hợp|thường\s+trực)|thường\s+trực|chịu\s+trách\s+nhiệm(?:\s+chính)?)\)/giu;
/** Punctuation left at either end of a unit: "Các phòng thuộc Sở;", "…thành phố." */
export const EDGE_PUNCTUATION = /^[\s;,.:]+|[\s;,.:]+$/gu;
/** A cell that names no unit: "", "-", "---", "…" */
export const NO_UNIT = /^[\s\-–—.…_*|/]*$/u;
