// THE unit lexicon of the project (đơn vị): the words a unit's name starts with, and the plural and
// collective nouns a list of units is written with. The unit splitter (src/recognise/units) and the
// lead/support rules of tasks (src/recognise/tasks) both take their words from here, nowhere else.

/**
 * THE unit lexicon of the project: words that open a unit name, used by the list splitter (a ", " or " và "
 * splits a list only when one of these follows it) and by the lead/support rules of tasks (a duty whose
 * text opens with one of these names its lead). "Bộ Khoa học và Công nghệ, Bộ Thông tin và Truyền thông"
 * is two units, while "Phòng GDĐT các huyện, thị xã, thành phố" and "Bộ Văn hóa, Thể thao và Du lịch" are one.
 * State bodies, Đảng bodies (Tỉnh ủy, Đảng ủy, Ban Thường vụ, Tổ đảng, Chi bộ, Bí thư), the courts, the
 * procuracy, customs, border guard, Công an, banks and companies ("Nhà đầu tư", "Công ty TNHH …", "Tập đoàn …"),
 * and the people who head them ("Giám đốc", "Lãnh đạo <unit>", "Thủ trưởng các đơn vị").
 */
export const UNIT_HEADS = [
  // State bodies
  'Ủy ban nhân dân', 'Uỷ ban nhân dân', 'Ủy ban Mặt trận', 'Uỷ ban Mặt trận', 'Ủy ban', 'Uỷ ban', 'UBND', 'UBMTTQ', 'MTTQ', 'Mặt trận',
  'HĐND', 'Hội đồng nhân dân', 'Hội đồng', 'Quốc hội', 'Chính phủ', 'Thủ tướng', 'Sở', 'Bộ', 'Phòng', 'Ban Quản lý', 'Ban quản lý', 'BQL',
  'Ban Chỉ đạo', 'Ban chỉ đạo', 'Ban', 'Văn phòng', 'Thanh tra', 'Kiểm toán', 'Trung tâm', 'Tổng cục', 'Cục', 'Chi cục', 'Vụ', 'Kho bạc',
  'Bảo hiểm', 'BHXH', 'Thuế', 'Viện', 'Học viện', 'Đại học', 'Trường', 'Nhà trường', 'Khoa', 'Bệnh viện', 'Cơ sở giáo dục', 'Cơ sở', 'CSGD',
  'Cơ quan', 'Đơn vị', 'Địa phương', 'Chính quyền', 'Ngành', 'Quỹ', 'Đài', 'Báo', 'Cổng', 'Bưu điện', 'Điện lực', 'Tổ công tác', 'Tổ giúp việc', 'Tổ', 'Đội',
  // Courts, procuracy, customs, border guard, police, army
  'Tòa án', 'Toà án', 'Viện Kiểm sát', 'Viện kiểm sát', 'Hải quan', 'Bộ đội Biên phòng', 'Bộ đội', 'Biên phòng', 'Bộ Chỉ huy', 'Bộ Tư lệnh',
  'Công an', 'Cảnh sát',
  // Đảng and mass organisations
  'Tỉnh ủy', 'Tỉnh uỷ', 'Huyện ủy', 'Huyện uỷ', 'Thành ủy', 'Thành uỷ', 'Đảng ủy', 'Đảng uỷ', 'Đảng đoàn', 'Đảng bộ', 'Ban Thường vụ',
  'Ban cán sự đảng', 'Tổ đảng', 'Chi bộ', 'Bí thư', 'Hội', 'Hiệp hội', 'Liên đoàn', 'Tổng Liên đoàn', 'Liên minh', 'Đoàn', 'Tỉnh đoàn',
  'Huyện đoàn', 'Thành đoàn',
  // Banks and companies
  'Ngân hàng', 'Tập đoàn', 'Tổng công ty', 'Công ty', 'Chi nhánh', 'Hợp tác xã', 'Doanh nghiệp', 'Nhà đầu tư', 'Chủ đầu tư',
  // People heading a unit
  'Chủ tịch', 'Phó Chủ tịch', 'Giám đốc', 'Phó Giám đốc', 'Trưởng phòng', 'Trưởng ban', 'Trưởng', 'Chánh Văn phòng', 'Chánh Thanh tra', 'Chánh',
  'Đồng chí', 'đồng chí', 'Chủ nhiệm', 'Tổng Thư ký', 'Hiệu trưởng', 'Thủ trưởng', 'Lãnh đạo', 'Thường trực',
  'Các', 'các',
] as const;

/** Heads that a name may contain without a new unit starting: "Ủy ban Mặt trận Tổ quốc", "Phòng Tổ chức cán bộ". */
export const NOT_A_HEAD = ['Tổ quốc', 'Tổ chức', 'Đoàn kết', 'Ban hành', 'Cơ sở vật chất', 'Cơ sở dữ liệu', 'Trường hợp', 'Hội nghị', 'Hội thảo', 'Hội thi', 'Khoa học', 'Đội ngũ'] as const;

/** Plural heads a unit list starts with: "Các phòng thuộc Sở", "các đơn vị trực thuộc", "mỗi trường", "Tất cả các đơn vị, nhà trường". */
export const UNIT_PLURAL_NOUNS = [
  'sở', 'ban', 'ngành', 'phòng', 'đơn vị', 'cơ quan', 'trường', 'nhà trường', 'cơ sở giáo dục', 'cơ sở', 'địa phương', 'huyện', 'xã',
  'đồng chí', 'tổ chức', 'doanh nghiệp', 'trung tâm', 'thành viên', 'bộ', 'chủ đầu tư', 'nhà đầu tư', 'hội', 'hiệp hội', 'đoàn thể', 'trường học', 'thủ trưởng',
  'hiệu trưởng', 'trưởng phòng', 'chủ tịch', 'tổ', 'ủy ban', 'uỷ ban', 'UBND', 'Sở', 'Phòng', 'Bộ', 'khoa', 'đảng ủy', 'đảng uỷ', 'cấp ủy', 'cấp uỷ', 'chi bộ',
  'ngân hàng', 'công ty', 'tập đoàn', 'lực lượng',
] as const;

/** Lower-case collectives that start a new unit after a specific one: "Bộ Tài chính, bộ, ngành liên quan". */
export const COLLECTIVE_HEADS = ['bộ', 'ngành', 'sở', 'địa phương', 'đơn vị', 'cơ quan'] as const;

/**
 * Bodies that stand on their own: after the name of one of them, another of them starts a new unit even
 * without a comma ("Bộ Thông tin và Truyền thông Bộ Khoa học và Công nghệ" in one cell of NQ 57's table).
 * A unit under a body names it with no comma ("Phòng Kế hoạch tài chính Sở GDĐT", "Văn phòng UBND tỉnh"):
 * those heads are not here.
 */
export const PEER_HEADS = [
  'Bộ', 'Sở', 'UBND', 'Ủy ban nhân dân', 'Uỷ ban nhân dân', 'Công an', 'Tòa án', 'Toà án', 'Viện Kiểm sát', 'Viện kiểm sát',
  'Bộ Chỉ huy', 'Tỉnh ủy', 'Tỉnh uỷ', 'Thành ủy', 'Thành uỷ',
] as const;

/**
 * Heads of people, not bodies: a second one after a first is a title of the same person or part of a
 * chain ("Giám đốc/Thủ trưởng các Sở", "Chủ tịch UBND"), never a new unit by itself being repeated.
 */
export const PERSON_HEADS = [
  'Chủ tịch', 'Phó Chủ tịch', 'Giám đốc', 'Phó Giám đốc', 'Trưởng phòng', 'Trưởng ban', 'Trưởng', 'Chánh Văn phòng', 'Chánh Thanh tra', 'Chánh',
  'Đồng chí', 'đồng chí', 'Chủ nhiệm', 'Tổng Thư ký', 'Hiệu trưởng', 'Thủ trưởng', 'Lãnh đạo', 'Thường trực', 'Bí thư', 'Các', 'các',
] as const;

/**
 * Words that end a unit's name in a cell or list: an adverb, or a verb with its object after it. "UBND
 * các xã, phường trực tiếp triển khai tại địa bàn" → "UBND các xã, phường"; "Sở Khoa học và Công nghệ
 * triển khai hệ thống, hạ tầng, dữ liệu" → "Sở Khoa học và Công nghệ" (KH 277, Hà Nội). Lower case only:
 * "Trung tâm Phục vụ hành chính công" keeps its capitalised words. Verbs that are nouns in names too
 * ("các công ty xây dựng", "các đơn vị quản lý điểm đến") are not here; a verb at the end of a name
 * ("các cơ sở giáo dục thuộc đối tượng triển khai") has no object and does not end it.
 */
export const UNIT_ENDING_ADVERBS = ['trực tiếp', 'khẩn trương', 'chủ động', 'tích cực', 'kịp thời', 'tiếp tục', 'thường xuyên', 'nghiêm túc', 'quyết liệt'] as const;
export const UNIT_ENDING_VERBS = [
  'triển khai', 'thực hiện', 'chủ trì', 'phối hợp', 'tham mưu', 'hướng dẫn', 'chịu trách nhiệm', 'có trách nhiệm', 'tổng hợp', 'đề xuất',
  'rà soát', 'theo dõi', 'đôn đốc', 'cung cấp', 'hoàn thành', 'bảo đảm', 'đảm bảo', 'là cơ quan', 'là đầu mối', 'cập nhật', 'hoàn thiện',
] as const;

/**
 * The names of ministries (Bộ …) and provincial departments (Sở …) as the state spells them: the spelling a
 * lead or support takes when OCR read the same letters with tone marks dropped or changed ("Sở Nông nghiệp
 * và Phát triên nông thôn", CV 299/UBND-TTHC Quảng Ngãi, scanned). A name typed with its marks is never changed.
 */
export const BODY_NAMES: Readonly<Record<'Bộ' | 'Sở', readonly string[]>> = {
  Bộ: [
    'Quốc phòng', 'Công an', 'Ngoại giao', 'Nội vụ', 'Tư pháp', 'Kế hoạch và Đầu tư', 'Tài chính', 'Công Thương',
    'Nông nghiệp và Phát triển nông thôn', 'Nông nghiệp và Môi trường', 'Giao thông vận tải', 'Xây dựng', 'Tài nguyên và Môi trường',
    'Thông tin và Truyền thông', 'Lao động - Thương binh và Xã hội', 'Văn hóa, Thể thao và Du lịch', 'Khoa học và Công nghệ',
    'Giáo dục và Đào tạo', 'Y tế', 'Dân tộc và Tôn giáo',
  ],
  Sở: [
    'Nội vụ', 'Tư pháp', 'Kế hoạch và Đầu tư', 'Tài chính', 'Công Thương', 'Nông nghiệp và Phát triển nông thôn', 'Nông nghiệp và Môi trường',
    'Giao thông vận tải', 'Xây dựng', 'Tài nguyên và Môi trường', 'Thông tin và Truyền thông', 'Lao động - Thương binh và Xã hội',
    'Văn hóa, Thể thao và Du lịch', 'Văn hóa và Thể thao', 'Du lịch', 'Khoa học và Công nghệ', 'Giáo dục và Đào tạo', 'Y tế', 'Ngoại vụ',
    'Dân tộc và Tôn giáo', 'Quy hoạch - Kiến trúc',
  ],
};
