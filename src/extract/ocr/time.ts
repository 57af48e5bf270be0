// How long a document with OCR'd pages may take: the base limit plus a fixed allowance per page
// (a 300 dpi page takes 3–15 s with native tesseract and 5–25 s with tesseract.js on a busy 2-core machine).

export const OCR_SECONDS_PER_PAGE = 60;

/** The time limit for a file (ms) when `ocrPages` of its pages are OCR'd. */
export function ocrTimeLimitMs(baseMs: number, ocrPages: number): number {
  return baseMs + Math.max(0, ocrPages) * OCR_SECONDS_PER_PAGE * 1000;
}
