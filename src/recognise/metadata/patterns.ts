// Header-block patterns of NĐ 30/2020 documents, each with the real line it was written for.
// The layout words ("Số:", the place/date line, the Quốc hiệu) come from the one vocabulary.
import { CITED_KIND_NAMES, NUMBER_LINE, PLACE_DATE, vocab } from '../../vocab/index.js';

/** "Số: 171 /KH - PGDĐT", "Số:277    /KH-UBND", "Số 3260-KH/ĐĐQH15", "Số: …05…./2006/ QĐ-UBND" */
export const NUMBER_LINE_RE = NUMBER_LINE.exact;

/** The number itself once spaces and dotted blanks are squeezed out: "171/KH-PGDĐT", "/KH-UBND", "07/2025/QĐ-UBND". */
export const ADMIN_NUMBER_RE = /^(\d+)?\/(?:(\d{4})\/)?([\p{L}\d]+)[-/]([\p{L}\d&.-]+)$/u; // also the old "144/2002/QĐ/BTC"
/** A resolution of the Quốc hội or its Ủy ban Thường vụ prints no kind code: "105/2025/UBTVQH15", "203/2025/QH15". */
export const LEGISLATURE_NUMBER_RE = /^(\d+)?\/(\d{4})\/((?:UBTVQH|QH)\d{1,2})$/u;
/**
 * The number line named by the kind, as vbpl.vn prints a Nghị quyết of the UBTVQH: "Nghị quyết số:
 * 105/2025/UBTVQH15", "Luật số: 64/2025/QH15"; group 1 is the number. Only read inside the header block.
 */
export const KIND_NUMBER_LINE_RE = new RegExp(`^(?:${CITED_KIND_NAMES.join('|')})\\s+số\\s*[:.]?\\s*(\\S.*)$`, 'iu');
/** Party style: "3260-KH/ĐĐQH15", "63-NQ/TU", "-KH/TU" (blank). */
export const PARTY_NUMBER_RE = /^(\d+)?-([\p{L}]+)\/([\p{L}\d&.-]+)$/u;

/** "Gia Lộc, ngày 14 tháng 9 năm 2023", "Bắc Sơn, ngày tháng 02 năm 2024", "Hà Nội, ngày14 tháng7 năm 2026" */
export const PLACE_DATE_RE = PLACE_DATE.exact;

/** Header lines that name no issuer: separators drawn with dashes or underscores. */
export const SEPARATOR_RE = /^[-–—_=*.·\s]{3,}$/u;

/** An issuer's second line that continues the first ("ỦY BAN NHÂN DÂN" / "TỈNH BẮC GIANG"). */
export const ISSUER_CONTINUATION_RE = /^(TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN)(?!\p{L}|\p{N})/u;
/** A first line that needs such a continuation. */
export const ISSUER_NEEDS_PLACE_RE = /^(ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN|UBND|HĐND)$/u;
/**
 * A line that is only a place ("THÀNH PHỐ HỒ CHÍ MINH", "TỈNH LÂM ĐỒNG", OCR'd "THÀNH PHÓ HÒ CHÍ
 * MINH"): a place alone issues nothing, so it is the wrapped tail of the name above it
 * ("TRƯỜNG ĐẠI HỌC CÔNG THƯƠNG" / "THÀNH PHỐ HỒ CHÍ MINH"). A unit named after its place ("TỈNH ỦY
 * LÂM ĐỒNG", "HUYỆN ĐOÀN", "TỈNH ĐỘI") is a name of its own.
 */
export const PLACE_ONLY_LINE = vocab('^(?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN|ĐẶC KHU)\\s+(?!(?:ỦY|UỶ|ĐOÀN|ĐỘI)(?![\\p{L}]))\\p{L}');

/** The Quốc hiệu, party header or tiêu ngữ inside a collapsed header line ("TỈNH LÂM ĐỒNG<tab>Độc lập - Tự do - Hạnh phúc"), and everything after it. */
export const MOTTO_INSIDE_RE = /\s*(CỘNG\s*H(?:ÒA|OÀ)\s*XÃ\s*HỘI\s*CHỦ\s*NGHĨA\s*VIỆT\s*NAM|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM|Độc\s*lập\s*[-–—]\s*Tự\s*do).*$/u;

/** "(Kèm theo Kế hoạch số /KH-SGDĐT ngày /01/2024 của Sở GDĐT)": an appendix names its document. */
export const ATTACHED_TO_RE = /^\(?\s*(?:Ban hành\s+)?(?:kèm|Kèm)\s+theo\s+(Kế hoạch|Quyết định|Thông báo|Chương trình|Nghị quyết|Công văn)\s+số\s*([^\s]*(?:\s*\/\s*[^\s]+)?)\s+ngày\s*([\d.…\s]*\/[\d.…\s]*\/\s*\d{4}|[\d.…\s]*tháng[\d.…\s]*năm\s*\d{4})(?:\s+của\s+([^)]+))?/u;

/**
 * The first word(s) of an agency's name ("CỤC …", "SỞ …", "TRƯỜNG …", "BAN …"). NĐ 30 prints two
 * levels, the direct superior and the issuer: a third name line that starts with none of these
 * ("TỘI PHẠM VỀ MA TUÝ" under "CỤC CẢNH SÁT ĐIỀU TRA") is the issuer's name wrapped.
 */
export const AGENCY_HEAD_LINE = vocab(
  '^(?:BỘ|TỔNG CỤC|CỤC|CHI CỤC|VỤ|VIỆN|HỌC VIỆN|SỞ|PHÒNG|BAN|ỦY BAN|UBND|HỘI ĐỒNG|HĐND|TRƯỜNG|ĐẠI HỌC|TRUNG TÂM|CÔNG AN|VĂN PHÒNG|THANH TRA|TÒA ÁN|CHÍNH PHỦ|QUỐC HỘI|ĐẢNG|TỈNH ỦY|HUYỆN ỦY|THÀNH ỦY|QUẬN ỦY|CHI BỘ|ĐOÀN|HỘI|HIỆP HỘI|LIÊN HIỆP|LIÊN ĐOÀN|MẶT TRẬN|TỔ|CÔNG TY|TỔNG CÔNG TY|TẬP ĐOÀN|BỆNH VIỆN|KHO BẠC|NGÂN HÀNG|BẢO HIỂM|KIỂM TOÁN|HẢI QUAN|ĐÀI|BÁO|TẠP CHÍ|NHÀ|KHU|QUÂN|BỘ CHỈ HUY|BỘ TƯ LỆNH|LỮ ĐOÀN|SƯ ĐOÀN|TRUNG ĐOÀN|TIỂU ĐOÀN|ĐỒN|HỢP TÁC XÃ|DOANH NGHIỆP)(?!\\p{L}|\\p{N})',
);
