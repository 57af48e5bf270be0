// Document kinds of NĐ 30/2020 (Phụ lục III: tên loại văn bản và chữ viết tắt), of party documents
// (Hướng dẫn 36-HD/VPTW) and of the laws they cite. One list drives the kind line above the title
// ("KẾ HOẠCH", "PHIẾU TRÌNH"), the kind code in the number ("105/PT-NC") and citations
// ("Phương án số 215/PA-UBND", "Kết luận số 132-KL/TW", "Công điện số 131/CĐ-TTg").

export interface KindEntry {
  /** As printed on the kind line, upper case. */
  kind: string;
  /** As written in running text when cited ("Kế hoạch"). */
  name: string;
  /** Codes used in numbers ("KH", "CTr"); party and state codes both. */
  codes: string[];
  /** Printed as a kind line above the title (false for kinds only ever cited). */
  line: boolean;
}

/** Longest first where one name starts another ("THÔNG TƯ LIÊN TỊCH" before "THÔNG TƯ"). */
export const KINDS: readonly KindEntry[] = [
  { kind: 'CHƯƠNG TRÌNH HÀNH ĐỘNG', name: 'Chương trình hành động', codes: ['CTr', 'CTHĐ'], line: true },
  { kind: 'THÔNG TƯ LIÊN TỊCH', name: 'Thông tư liên tịch', codes: ['TTLT'], line: true },
  { kind: 'KẾ HOẠCH', name: 'Kế hoạch', codes: ['KH'], line: true },
  { kind: 'THÔNG BÁO', name: 'Thông báo', codes: ['TB'], line: true },
  { kind: 'QUYẾT ĐỊNH', name: 'Quyết định', codes: ['QĐ'], line: true },
  { kind: 'NGHỊ QUYẾT', name: 'Nghị quyết', codes: ['NQ'], line: true },
  { kind: 'NGHỊ ĐỊNH', name: 'Nghị định', codes: ['NĐ'], line: true },
  { kind: 'THÔNG TƯ', name: 'Thông tư', codes: ['TT'], line: true },
  { kind: 'PHÁP LỆNH', name: 'Pháp lệnh', codes: ['PL'], line: true },
  { kind: 'LUẬT', name: 'Luật', codes: ['QH'], line: true },
  { kind: 'CHƯƠNG TRÌNH', name: 'Chương trình', codes: ['CTr'], line: true },
  { kind: 'CHỈ THỊ', name: 'Chỉ thị', codes: ['CT'], line: true },
  { kind: 'KẾT LUẬN', name: 'Kết luận', codes: ['KL'], line: true },
  { kind: 'BÁO CÁO', name: 'Báo cáo', codes: ['BC'], line: true },
  { kind: 'HƯỚNG DẪN', name: 'Hướng dẫn', codes: ['HD'], line: true },
  { kind: 'PHƯƠNG ÁN', name: 'Phương án', codes: ['PA'], line: true },
  { kind: 'ĐỀ ÁN', name: 'Đề án', codes: ['ĐA'], line: true },
  { kind: 'DỰ ÁN', name: 'Dự án', codes: ['DA'], line: true },
  { kind: 'TỜ TRÌNH', name: 'Tờ trình', codes: ['TTr'], line: true },
  { kind: 'PHIẾU TRÌNH', name: 'Phiếu trình', codes: ['PT'], line: true },
  { kind: 'QUY ĐỊNH', name: 'Quy định', codes: ['QyĐ', 'QĐi'], line: true },
  { kind: 'QUY CHẾ', name: 'Quy chế', codes: ['QC'], line: true },
  { kind: 'QUY HOẠCH', name: 'Quy hoạch', codes: ['QH'], line: true },
  { kind: 'CÔNG ĐIỆN', name: 'Công điện', codes: ['CĐ'], line: true },
  { kind: 'THÔNG CÁO', name: 'Thông cáo', codes: ['TC'], line: true },
  { kind: 'THÔNG TRI', name: 'Thông tri', codes: ['TT'], line: true },
  { kind: 'BIÊN BẢN', name: 'Biên bản', codes: ['BB'], line: true },
  { kind: 'GIẤY MỜI', name: 'Giấy mời', codes: ['GM'], line: true },
  { kind: 'GIẤY GIỚI THIỆU', name: 'Giấy giới thiệu', codes: ['GGT'], line: true },
  { kind: 'GIẤY ỦY QUYỀN', name: 'Giấy ủy quyền', codes: ['GUQ'], line: true },
  { kind: 'GIẤY NGHỈ PHÉP', name: 'Giấy nghỉ phép', codes: ['GNP'], line: true },
  { kind: 'HỢP ĐỒNG', name: 'Hợp đồng', codes: ['HĐ'], line: true },
  { kind: 'BẢN GHI NHỚ', name: 'Bản ghi nhớ', codes: ['BGN'], line: true },
  { kind: 'BẢN THỎA THUẬN', name: 'Bản thỏa thuận', codes: ['BTT'], line: true },
  { kind: 'PHIẾU GỬI', name: 'Phiếu gửi', codes: ['PG'], line: true },
  { kind: 'PHIẾU CHUYỂN', name: 'Phiếu chuyển', codes: ['PC'], line: true },
  { kind: 'PHIẾU BÁO', name: 'Phiếu báo', codes: ['PB'], line: true },
  { kind: 'CÔNG VĂN', name: 'Công văn', codes: [], line: true },
  { kind: 'VĂN BẢN', name: 'Văn bản', codes: [], line: false },
];

/** Kinds printed above a title, in the order they must be tried. */
export const KIND_LINE_NAMES: readonly string[] = KINDS.filter((k) => k.line).map((k) => k.kind);

/** Names cited in running text, longest first ("Thông tư liên tịch" before "Thông tư"). */
export const CITED_KIND_NAMES: readonly string[] = [...new Set(KINDS.map((k) => k.name))].sort((a, b) => b.length - a.length);

const BY_CODE = new Map<string, string>();
for (const k of KINDS) for (const c of k.codes) if (!BY_CODE.has(c.toUpperCase())) BY_CODE.set(c.toUpperCase(), k.kind);

/** The kind a number's code names ("PT" → "PHIẾU TRÌNH", "KL" → "KẾT LUẬN"), or null. */
export function kindOfCode(code: string | null | undefined): string | null {
  return code ? (BY_CODE.get(code.toUpperCase()) ?? null) : null;
}

/** Kinds whose numbered items are duties even without a NHIỆM VỤ heading. */
export const DUTY_KINDS: ReadonlySet<string> = new Set(['THÔNG BÁO', 'CÔNG VĂN', 'CÔNG ĐIỆN', 'KẾT LUẬN', 'CHỈ THỊ']);
