// The ways a PDF cannot be read, each one clear line in English and Vietnamese.
import { PlanExtractError } from '../../model/errors.js';

export function passwordNeeded(): PlanExtractError {
  return new PlanExtractError('PDF_PASSWORD_NEEDED', {
    en: 'the PDF is encrypted: password needed; use --password',
    vi: 'tệp PDF được mã hoá: cần mật khẩu; dùng --password',
  });
}

export function wrongPassword(): PlanExtractError {
  return new PlanExtractError('PDF_WRONG_PASSWORD', {
    en: 'the PDF is encrypted and the password given is wrong',
    vi: 'tệp PDF được mã hoá và mật khẩu đã nhập không đúng',
  });
}

export function notPdf(detail: string): PlanExtractError {
  return new PlanExtractError('PDF_INVALID', {
    en: `not a readable PDF: the file is damaged, truncated or not a PDF (${detail})`,
    vi: `không đọc được PDF: tệp bị hỏng, bị cắt cụt hoặc không phải PDF (${detail})`,
  });
}

export function scanned(pages: number, ocrRan = false): PlanExtractError {
  // No page to look at (a broken page tree, /Count -1 or 0) is a damaged file, not a scan.
  if (!(pages >= 1)) {
    return new PlanExtractError('PDF_NO_PAGES', {
      en: `damaged PDF: no page can be read (the page tree gives a count of ${pages})`,
      vi: `tệp PDF bị hỏng: không đọc được trang nào (cây trang ghi số trang là ${pages})`,
    });
  }
  if (ocrRan) {
    return new PlanExtractError('PDF_SCANNED', {
      en: `the PDF has no text layer (${pages} scanned page${pages === 1 ? '' : 's'}) and OCR found no text on it`,
      vi: `tệp PDF không có lớp văn bản (${pages} trang ảnh quét) và OCR không tìm thấy chữ nào`,
    });
  }
  return new PlanExtractError('PDF_SCANNED', {
    en: `the PDF has no text layer (${pages} scanned page${pages === 1 ? '' : 's'}): it needs OCR (without --ocr off it is OCR'd, by tesseract with tesseract-ocr-vie when installed, else the embedded tesseract.js)`,
    vi: `tệp PDF không có lớp văn bản (${pages} trang ảnh quét): cần nhận dạng ký tự (OCR) (không dùng --ocr off thì được OCR, bằng tesseract với tesseract-ocr-vie nếu đã cài, nếu không bằng tesseract.js tích hợp)`,
  });
}

export function tooManyPages(pages: number, max: number): PlanExtractError {
  return new PlanExtractError('PDF_TOO_MANY_PAGES', {
    en: `refused: the PDF has ${pages} pages, more than the limit of ${max} (raise maxPages if the file is genuine)`,
    vi: `từ chối: tệp PDF có ${pages} trang, vượt giới hạn ${max} trang (tăng maxPages nếu tệp hợp lệ)`,
  });
}

export function timedOut(seconds: number, page: number): PlanExtractError {
  return new PlanExtractError('PDF_TIMEOUT', {
    en: `gave up reading the PDF after ${seconds} s (at page ${page}): the file is too complex or damaged`,
    vi: `dừng đọc tệp PDF sau ${seconds} giây (tại trang ${page}): tệp quá phức tạp hoặc bị hỏng`,
  });
}

export function damagedPage(page: number, detail: string): PlanExtractError {
  return new PlanExtractError('PDF_DAMAGED', {
    en: `damaged PDF: page ${page} cannot be read (${detail})`,
    vi: `tệp PDF bị hỏng: không đọc được trang ${page} (${detail})`,
  });
}

/** pdfjs's own error types (InvalidPDFException, FormatError, UnknownErrorException, XRefEntryException…). */
const PDFJS_ERROR = /Exception$|^FormatError$|^AbortException$/;

/** One of pdfjs's own errors (a damaged file), not a bug of ours. */
export function isPdfjsError(e: unknown): boolean {
  return e instanceof Error && PDFJS_ERROR.test(e.name);
}

/**
 * Any failure of reading one PDF as this document's PlanExtractError: ours pass through, pdfjs's
 * become "not a readable PDF (<its first line>)". A bug of our own (TypeError…) stays what it is.
 */
export function unreadable(e: unknown): Error {
  if (e instanceof PlanExtractError) return e;
  const err = e as { name?: string; message?: string } | null;
  if (err instanceof Error && !PDFJS_ERROR.test(err.name) && err.constructor !== Error) return err;
  return notPdf(String(err?.message ?? e).split('\n')[0].slice(0, 120));
}
