// Words that name who does a duty in Vietnamese plans, as named patterns with an example each.

import { NOT_A_HEAD, UNIT_HEADS, UNIT_PLURAL_NOUNS } from '../units/index.js';
import { NOT_A_DUTY, testVocab } from '../../vocab/index.js';

/** Nouns a unit name starts with: the project's one unit lexicon (src/recognise/units), without the bare "Các". */
const UNIT_NOUNS: string[] = UNIT_HEADS.filter((h) => h !== 'Các' && h !== 'các');

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const byLength = (a: string, b: string): number => b.length - a.length;
const NOT_LETTER_AFTER = String.raw`(?!\p{L}|\p{N})`;

/** A unit name at the start of a text: "Sở Kế hoạch và Đầu tư …", "Các đơn vị trực thuộc Sở …", "Tất cả các đơn vị, nhà trường …". */
export const UNIT_START_RE = new RegExp(
  String.raw`^(?!(?:${[...NOT_A_HEAD].map(escape).join('|')})${NOT_LETTER_AFTER})(?:(?:Tất cả|tất cả|Toàn thể|toàn thể)\s+)?(?:(?:(?:Các|các|Mỗi|mỗi|Những|những)\s+(?:${[...UNIT_PLURAL_NOUNS].sort(byLength).map(escape).join('|')}))|(?:${[...UNIT_NOUNS].sort(byLength).map(escape).join('|')}))${NOT_LETTER_AFTER}`,
  'u',
);

/**
 * Verbs and phrases that end a unit name in running text: "Sở Kế hoạch và Đầu tư | rà soát …",
 * "UBND các huyện, thị xã, thành phố | chịu trách nhiệm:", "Phòng GDĐT | là cơ quan thường trực, chủ trì …".
 */
export const ACTION_WORDS = [
  'theo chức năng', 'căn cứ chức năng', 'căn cứ', 'chịu trách nhiệm', 'có trách nhiệm', 'có nhiệm vụ', 'là cơ quan', 'là đầu mối', 'chủ trì', 'phối hợp',
  'tham mưu', 'thực hiện', 'triển khai', 'rà soát', 'xây dựng', 'tổ chức', 'hướng dẫn', 'kiểm tra', 'nghiên cứu', 'đề xuất', 'giúp',
  'ban hành', 'theo dõi', 'đôn đốc', 'tổng hợp', 'báo cáo', 'chỉ đạo', 'trình cấp', 'trình UBND', 'trình HĐND', 'hoàn thành', 'cân đối', 'điều tra', 'tuyên truyền',
  'phổ biến', 'xử lý', 'giải quyết', 'lập kế hoạch', 'thẩm định', 'bố trí', 'cung cấp', 'khảo sát', 'đánh giá', 'quản lý', 'chuẩn bị', 'phát hành',
  'duyệt', 'thông báo', 'gửi', 'cập nhật', 'hoàn thiện', 'sửa đổi', 'bảo đảm', 'đảm bảo', 'chủ động', 'khẩn trương', 'tích cực',
  'tiếp tục', 'tăng cường', 'bám sát', 'nâng cao', 'đẩy mạnh', 'quán triệt', 'tập trung', 'nghiêm túc', 'cần',
  'phải', 'được giao', 'xác định', 'làm tốt', 'duy trì', 'quan tâm', 'huy động', 'sắp xếp', 'mua sắm', 'bổ sung', 'kịp thời',
  'nắm', 'tiếp thu', 'khắc phục', 'kiện toàn', 'chấp hành', 'soạn thảo', 'dự thảo', 'lựa chọn', 'cử', 'bàn giao', 'giám sát', 'thanh tra', 'phê duyệt', 'tiếp nhận', 'lưu ý',
  // Seen after a unit in công văn giao việc and thông báo kết luận (vbai-lamdong, ocr-local-vbhc):
  // "Sở Dân tộc và Tôn giáo lấy ý kiến …", "Sở Công Thương thường xuyên …", "Sở Nội vụ tham gia góp ý …".
  'lấy ý kiến', 'tham gia', 'góp ý', 'hoàn chỉnh', 'tiến hành', 'phúc đáp', 'trả lời', 'quyết liệt', 'khẩn cấp',
  'sớm', 'có ý kiến', 'thống nhất', 'ưu tiên', 'tạo điều kiện', 'phân công', 'làm việc', 'vận động', 'điều chỉnh', 'thu thập',
  'kiến nghị', 'công khai', 'công bố', 'phân bổ', 'giải ngân', 'thanh toán', 'quyết toán', 'đăng ký', 'liên hệ', 'mời', 'nộp',
  'về', 'cho', 'với', 'đăng', 'đăng tải', 'đưa tin', 'phát sóng', 'xem xét', 'quyết định', 'giải thể', 'kiểm kê', 'thanh lý', 'tổng kết', 'sơ kết',
  'kiểm soát', 'đẩy nhanh', 'hỗ trợ', 'thúc đẩy', 'nắm bắt', 'ngăn chặn', 'đấu tranh', 'truy quét', 'xác minh', 'tập huấn',
  'dành', 'rút kinh nghiệm', 'thu hồi', 'giải trình', 'thực thi', 'ký kết', 'làm rõ', 'áp dụng', 'sửa chữa', 'mở rộng', 'hoàn trả',
  // Not verbs, but a unit name never runs past them: "Các trường khi đề xuất …", "Sở GDĐT đã giao …".
  'khi', 'nếu', 'đã', 'đang', 'sẽ', 'là', 'trực tiếp', 'đưa', 'giao', 'đề nghị', 'yêu cầu', 'để', 'nhằm', 'trong việc', 'trong công tác', 'về việc', 'trong quá trình',
];

/**
 * The first action word: where a leading unit name ends. Case-sensitive on purpose: "Sở Kế hoạch và Đầu tư",
 * "Phòng Tổ chức Cán bộ" keep their capitalised words; "các cơ quan, tổ chức có liên quan" keeps the noun "tổ chức".
 */
/** "Sở Công Thương thường xuyên …" — but "Phòng Giáo dục thường xuyên" is a name (continuing education). */
const ADVERB_THUONG_XUYEN = String.raw`(?<![Gg]iáo dục\s)thường xuyên`;

/** Action words that are nouns too: "các cơ quan, tổ chức có liên quan" keeps "tổ chức" after "các" or ",". */
const NOUN_LIKE_ACTIONS = ['tổ chức', 'quản lý', 'thanh tra', 'kiểm tra', 'giám sát', 'đôn đốc', 'báo cáo', 'thông báo'];

export const ACTION_RE = new RegExp(
  String.raw`(?<!\p{L}|\p{N})(?:(?<!(?:các|,)\s)(?:${[...NOUN_LIKE_ACTIONS].sort(byLength).map(escape).join('|')})|(?<!các\s)(?:${ACTION_WORDS.filter((w) => !NOUN_LIKE_ACTIONS.includes(w)).sort(byLength).map(escape).join('|')})|${ADVERB_THUONG_XUYEN})${NOT_LETTER_AFTER}`,
  'u',
);

/** "Giám đốc Sở GDĐT yêu cầu trưởng các phòng …": the unit after the verb is the addressee. */
export const PASS_ON_RE = /^\s*(?:trân trọng\s+)?(?:yêu cầu|đề nghị|giao)\s+/u;

/**
 * Openings of a duty that come before its subject: a condition or a time ("Trường hợp …,", "Nếu …,",
 * "Trong quá trình thực hiện nếu có vấn đề chưa rõ, các đơn vị gửi …" KH 753), a linking adverb ("Đồng
 * thời,", "Trên cơ sở đó,", "Vì vậy, … Bộ Công an trân trọng đề nghị UBND tỉnh …" CV 4552), a frequency
 * ("Định kỳ, Thường trực Ủy ban KH,CN&MT của Quốc hội chủ trì, phối hợp với …" CTHD). The subject follows
 * a comma or "thì" of the first sentence.
 */
export const LEADING_CLAUSE_RE =
  /^(?:Trường hợp|trường hợp|Trong trường hợp|Nếu|Khi|Đồng thời|Trên cơ sở|Sau khi|Ngoài ra|Bên cạnh đó|Trong đó|Theo đó|Từ đó|Vì vậy|Do đó|Do vậy|Định kỳ|Hằng năm|Hàng năm|Hằng tháng|Hàng tháng|Hằng quý|Hàng quý|Hằng tuần|Hàng tuần|Trong quá trình|Quá trình thực hiện|Hết thời hạn|Trước mắt|Thời gian tới|Sau đó|Mặt khác|Đối với|Để)(?![\p{L}])/u;
/** "Trong quá trình thực hiện Thủ trưởng các địa phương chủ động phối hợp với …" (TB 565): the subject right after the opening, no comma. */
export const OPENING_BEFORE_SUBJECT_RE = /^(?:Trong quá trình thực hiện|Quá trình thực hiện)\s+(?=\p{Lu})/u;

/**
 * "Giao Sở … chủ trì", "Yêu cầu Thủ trưởng các cơ quan …", "Đề nghị UBND các huyện …" at a sentence start (or after "(", ";", ","
 * as in "Trên cơ sở báo cáo của Công ty …, giao Sở Tài chính …"):
 * mid-sentence "tham mưu UBND tỉnh đề nghị Bộ Nội vụ bổ sung" names who is asked by someone else, not the addressee.
 */
export const ASSIGN_VERB_RE = /(?:^|[.;:(,]\s*)(?:Giao|giao|Yêu cầu|yêu cầu|Đề nghị|đề nghị)\s+(?=\S)/gu;

/** Sentence openings that look like a unit but are verbs or things: "Ban hành …", "Báo cáo …", "Tổ chức …", "Cơ sở vật chất …". */
export const NOT_UNIT_START_RE =
  /^(?:Ban hành|Báo cáo|Tổ chức|Cơ sở vật chất|Cơ sở dữ liệu|Lãnh đạo,|Lãnh đạo việc|Lãnh đạo, chỉ đạo|Trường hợp|Hội nghị|Hội thảo|Hội thi|Hội khỏe|Phòng,? chống|Phòng ngừa|Phòng học|Đoàn kết|Đoàn kiểm tra|Bộ chỉ số|Bộ phận|Ngành học|Quỹ đất|Ban đầu|Cơ quan chủ trì|Đơn vị chủ trì|Đơn vị phối hợp|Cổng thông tin)(?!\p{L}|\p{N})/iu;

/** "Đối với phòng GDĐT các huyện …", "6. Đề nghị Ủy ban Mặt trận Tổ quốc …" — a heading addressing a unit; the words are dropped from the lead. */
export const ADDRESS_PREFIX_RE = /^(?:Đối với|đối với|Giao|giao|Đề nghị|đề nghị|Yêu cầu|yêu cầu)\s+/u;

/**
 * "X chủ trì, phối hợp với Y …", "X chủ trì phối hợp Y …": Y are the support units, up to the next action word or clause end.
 * The match starts after "phối hợp (với)".
 */
export const SUPPORT_AFTER_LEAD_RE = /chủ trì,?\s*(?:và\s+)?phối hợp(?:\s+với)?\s+/iu;

/** Headings under TỔ CHỨC THỰC HIỆN that name who oversees, not a duty: "1. Phụ trách chung: Đồng chí Tạ Việt Hùng, Giám đốc Sở GDĐT." */
export const OVERSIGHT_HEADING_RE = /^(?:Phụ trách chung|Chỉ đạo chung|Trưởng ban chỉ đạo|Thường trực)$/iu;

/** An introduction to a list: the paragraph ends with a colon ("… thực hiện các nội dung:"). */
export const INTRO_END_RE = /:\s*$/u;

/** Closing formulas, never duties ("Trân trọng …", "Thừa lệnh …", "Trên đây là …"): one list, `NOT_A_DUTY` of src/vocab. */
export const isClosingFormula = (text: string): boolean => testVocab(NOT_A_DUTY, text);
