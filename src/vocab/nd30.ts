// The NĐ 30/2020 layout vocabulary: Quốc hiệu and tiêu ngữ, the party header, "Số:", the place/date
// line, "Kính gửi", "Nơi nhận", DỰ THẢO, signer authorities and titles, closing formulas. Every
// extractor and recogniser takes these words from here. Patterns are written in NFC with the tone
// placement of `matchForm` ("HÒA", "ỦY"); match them through `matchVocab`/`testVocab`, which also
// accept "HOÀ"/"UỶ" and, as a second pass, OCR text with its tone marks dropped.
import { hinted, vocab, type VocabPattern } from './forms.js';

/** Quốc hiệu: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" (any spacing, "HOÀ" too). */
export const QUOC_HIEU = vocab(String.raw`CỘNG\s*H(?:ÒA|OÀ)\s*XÃ\s*HỘI\s*CHỦ\s*NGHĨA\s*VIỆT\s*NAM`, 'iu');
/** Tiêu ngữ: "Độc lập - Tự do - Hạnh phúc". */
export const TIEU_NGU = vocab(String.raw`Độc\s*lập\s*[-–—]\s*Tự\s*do\s*[-–—]\s*Hạnh\s*phúc`, 'iu');
/** The first words of the Quốc hiệu (a PDF line may be cut after them). */
export const QUOC_HIEU_START = vocab(String.raw`CỘNG\s*H(?:ÒA|OÀ)\s*XÃ\s*HỘI`, 'iu');
/** The first words of the tiêu ngữ (a PDF line may hold only them). */
export const TIEU_NGU_START = vocab(String.raw`Độc\s*lập\s*[-–—]\s*Tự\s*do`, 'iu');
/** The header of party documents: "ĐẢNG CỘNG SẢN VIỆT NAM". */
export const PARTY_HEADER = vocab(String.raw`ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM`, 'u');
/** A header line that is the Quốc hiệu, the tiêu ngữ or the party header (at the line start). */
export const MOTTO_LINE = vocab(String.raw`^(?:CỘNG\s*H(?:ÒA|OÀ)\s*XÃ\s*HỘI\s*CHỦ\s*NGHĨA\s*VIỆT\s*NAM|Độc\s*lập\s*[-–—]\s*Tự\s*do\s*[-–—]\s*Hạnh\s*phúc|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM)`, 'iu');

/** "Số: 171 /KH - PGDĐT", "Số:277", "Số 3260-KH/ĐĐQH15"; group 1 is what follows. OCR'd (second pass): "Sô: 4?09/BCA-C04", "Só:$/KH-DCT" (a handwritten seq read as signs), "só:5ÿ /BCA-C04". */
export const NUMBER_LINE = vocab(String.raw`^Số\s*[:.]?\s*(.*)$`, 'u', String.raw`^[Ss][ốôoỐÔO]\s*[:.]\s*(.*\d.*\/.*|[.…\s]*\/.*|[^\s\p{L}\d]{1,4}\/\s*\p{Lu}.*)$|^S[ốôo]\s+(\d+\s*[/-].*)$`);
/** "Hà Nội, ngày 14 tháng 7 năm 2026", "ngày    tháng 10 năm 2025" (blanks kept). */
export const PLACE_DATE = vocab(String.raw`^(?:(.{2,60}?)\s*,\s*)?(ngày\s*[.…\s]*(\d{1,2})?[.…\s]*tháng\s*[.…\s]*(\d{1,2})?[.…\s]*năm\s*(\d{4}))`, 'iu');
/** "Kính gửi: Công an tỉnh", "Kính gửi:" alone; group 1 the addressees on the same line. */
export const KINH_GUI = vocab(String.raw`^Kính\s+gửi\s*[:：]?\s*(.*)$`, 'u');
/** "Nơi nhận:" */
export const NOI_NHAN = vocab(String.raw`^Nơi\s*nhận\s*:?`, 'iu');
/** "V/v triển khai …": the trích yếu of a công văn; OCR'd, also "V/ tham gia…" (the small "v" lost, second pass only). */
export const VV = vocab(String.raw`^V\/v(?:\s+|(?=\p{Lu}))`, 'u', String.raw`^V\/v?(?:\s+|(?=\p{Lu}))`);
/**
 * "DỰ THẢO", "Dự thảo", "DỰ THẢO LẦN 2", "(Dự thảo)", "Dự thảo 3": the draft mark, boxed or standing
 * alone on its line (never "dự thảo" inside a sentence, "Góp ý dự thảo Báo cáo").
 */
export const DRAFT_MARK = vocab(String.raw`^[([]?\s*(?:DỰ\s*THẢO|Dự\s*thảo)(?:\s*(?:lần|LẦN)?\s*\d{1,2})?(?:\s*[-–:]?\s*\d{1,2}\/\d{1,2}(?:\/\d{2,4})?)?\s*[)\]]?$`, 'u');

/** Authority prefixes of a signer: "TM.", "KT.", "TL.", "TUQ.", "Q.", "PP.", "T/M". */
export const AUTHORITY_PREFIXES = ['TM', 'KT', 'TL', 'TUQ', 'Q', 'PP', 'T/M', 'T.M'] as const;
/** A signer line that starts an authority chain: "TM. ỦY BAN NHÂN DÂN", "TL.CHỦ TỊCH" (no space), "KT. GIÁM ĐỐC". */
export const AUTHORITY_LINE = hinted(vocab(String.raw`^(?:TM|KT|TL|TUQ|Q|PP|T\/M|T\.M)\s*\.\s*(?=\p{Lu})|^T\/M\s+(?=\p{Lu})`, 'u'), String.raw`^(?:TM|KT|TL|TUQ|Q|PP|T\/M|T\.M)\s*\.|^T\/M\s`);
/** Words a signer's own title starts with: "PHÓ GIÁM ĐỐC", "CHÁNH VĂN PHÒNG", "TRƯỞNG PHÒNG", "BÍ THƯ". */
export const SIGNER_TITLE_HEADS = [
  'PHÓ', 'CHÁNH', 'TRƯỞNG', 'GIÁM ĐỐC', 'CHỦ TỊCH', 'HIỆU TRƯỞNG', 'BỘ TRƯỞNG', 'THỦ TRƯỞNG', 'THỨ TRƯỞNG',
  'BÍ THƯ', 'TỔNG', 'VIỆN TRƯỞNG', 'CỤC TRƯỞNG', 'VỤ TRƯỞNG', 'THỦ TƯỚNG', 'CHỦ NHIỆM', 'TRƯỞNG BAN', 'KẾ TOÁN',
  'THANH TRA', 'ỦY VIÊN', 'CHÁNH ÁN', 'GIÁM ĐỐC CÔNG AN', 'ĐẠI TÁ', 'THƯỢNG TÁ', 'TRUNG TƯỚNG', 'THIẾU TƯỚNG',
] as const;
/** A line that is a bare title of the signer standing alone (PDF zone finder). */
export const SIGNER_TITLE_LINE = vocab(String.raw`^(?:PHÓ\s+)?(?:CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG PHÒNG|TRƯỞNG BAN|HIỆU TRƯỞNG|BỘ TRƯỞNG|THỦ TRƯỞNG|CHÁNH VĂN PHÒNG|TỔNG GIÁM ĐỐC)$`, 'u');
/** "(Đã ký)", "[đã ký]", "(Ký, đóng dấu)", "(ký tên, đóng dấu)" */
export const SIGNED_NOTE = vocab(String.raw`^[([]\s*(?:đã ký|ký[^)\]]*|Ký[^)\]]*|Đã ký|ĐÃ KÝ)\s*[)\]]$`, 'iu');

// Closing sentences and formulas ("Trên đây là …", "Trân trọng …", "Thừa lệnh …"): src/vocab/closing.ts.

/** "PHỤ LỤC", "Phụ lục I", "PHỤ LỤC 01" — an appendix starts. */
export const APPENDIX = hinted(vocab(String.raw`^(?:PHỤ LỤC|Phụ lục)(?:\s+(?:số\s+)?[IVXLC\d]+[a-z]?)?(?!\p{L}|\p{N})\s*[:.]?`, 'u'), String.raw`^(?:PHỤ LỤC|Phụ lục)`);
/** "ĐỀ CƯƠNG BÁO CÁO …": a report outline attached to a công văn, with its own I, II, III … */
export const OUTLINE_HEAD = hinted(vocab(String.raw`^ĐỀ\s+CƯƠNG(?!\p{L}|\p{N})[\p{Lu}\p{N}\s,.:;()–-]*$`, 'u'), String.raw`^ĐỀ\s+CƯƠNG`);

export type { VocabPattern };
