// Digital-signature stamp text (the appearance Vietnamese e-signing tools print on the page) is
// kept out of the body: it goes to model.signatures.
import type { Line } from './types.js';

/** "Ký bởi: Ủy ban nhân dân tỉnh Quảng Ngãi", "Người ký: …", "Email: …", "Cơ quan: Tỉnh Quảng Ngãi", "Thời gian ký: 29.01.2024 15:02:11 +07:00", "Ngày ký: …" */
export const STAMP_FIELD = /^(?:Ký bởi|Người ký|Email|Cơ quan|Thời gian ký|Ngày ký|Chức vụ|Signed by|Signature valid)\s*:/iu;
/** "SAO Y; ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ;", "SAO Y" */
export const STAMP_COPY = /^SAO Y\b/u;
/** "TRUNG TÂM CÔNG BÁO VÀ TIN HỌC", split anywhere: "TRUNG TÂM CÔNG" / "BÁO VÀ TIN HỌC" */
export const STAMP_GAZETTE = /^(?:TRUNG TÂM CÔNG(?: BÁO)?(?: VÀ TIN HỌC)?|BÁO VÀ TIN HỌC|VÀ TIN HỌC)$/u;
/** "ttcbth@quangngai.gov.vn" alone on a line */
export const STAMP_EMAIL = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/u;
/** "18.11.2024 07:25:14 +07:00", "16.01.2025 07:46:10", "+07:00", "2025-09-15T09:07:04+07:00" */
export const STAMP_TIME = /^(?:\d{1,2}[./]\d{1,2}[./]\d{4}\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[+-]\d{2}:?\d{2})?|[+-]\d{2}:\d{2}|\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:[+-]\d{2}:\d{2}|Z)?)$/u;

/** A line segment that is (part of) a signature stamp. */
export function isStampText(text: string): boolean {
  const t = text.trim();
  return STAMP_FIELD.test(t) || STAMP_COPY.test(t) || STAMP_GAZETTE.test(t) || STAMP_EMAIL.test(t) || STAMP_TIME.test(t);
}

/** Mark stamp segments; returns a set of the segments that are stamp text. */
export function findStampSegments(segments: Line[]): Set<Line> {
  const out = new Set<Line>();
  for (const s of segments) if (isStampText(s.text)) out.add(s);
  return out;
}
