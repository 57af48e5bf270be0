// Every warning and error code plan-extract gives, as data: what it means, a short message in
// English and Vietnamese, and a real example. docs/problems.md is generated from this table
// (`npm run docs`), and a test fails when a code used in src/ is missing here or the doc is stale.

export type ProblemKind = 'error' | 'warning' | 'batch';

export interface Problem {
  kind: ProblemKind;
  /** What it means for the user, in English (the docs' text). */
  meaning: string;
  /** One short line in each language; a warning's own message adds the details. */
  en: string;
  vi: string;
  /** Where it is seen: a real case. */
  example: string;
}

const e = (meaning: string, en: string, vi: string, example: string): Problem => ({ kind: 'error', meaning, en, vi, example });
const w = (meaning: string, en: string, vi: string, example: string): Problem => ({ kind: 'warning', meaning, en, vi, example });
const b = (meaning: string, en: string, vi: string, example: string): Problem => ({ kind: 'batch', meaning, en, vi, example });

export const PROBLEMS: Readonly<Record<string, Problem>> = {
  // Reading the input
  NOT_FOUND: e('The input path does not exist.', 'no such file', 'không tìm thấy tệp', '`plan-extract missing.txt`'),
  NO_INPUT: e('A folder or glob matched no readable document.', 'no document found', 'không tìm thấy văn bản nào', '`plan-extract "*.docx"` in an empty folder'),
  IS_DIRECTORY: e('A path read as a file is a folder.', 'is a directory', 'là một thư mục', 'a folder given through `extract()`'),
  NO_ACCESS: e('The file cannot be read for lack of permission.', 'permission denied', 'không có quyền đọc tệp', 'a file with mode 000'),
  READ_FAILED: e('The operating system refused to read the file.', 'cannot read the file', 'không đọc được tệp', 'an I/O error on a damaged disk'),
  NOT_A_FILE: e('The input is a FIFO, a device or a socket, refused by `stat` before any read (it could block or never end).', 'not a document file', 'không phải tệp văn bản', '`plan-extract /dev/zero`, a named pipe'),
  TOO_LARGE: e('The input is larger than `--max-size` (default 256 MiB); refused before it is read.', 'the input is larger than the limit', 'đầu vào vượt giới hạn dung lượng', 'a 1.5 GB file named `.txt`'),
  EMPTY_FILE: e('The file has no bytes.', 'the file is empty', 'tệp rỗng', 'a 0-byte `kh.txt`'),
  UNKNOWN_FORMAT: e('The content is none of the formats plan-extract reads.', 'not a readable document', 'không phải văn bản đọc được', 'random bytes named `.pdf`'),
  UNSUPPORTED_FORMAT: e('The format asked for (`--from`) is not supported.', 'unsupported format', 'định dạng không được hỗ trợ', '`--from rtf`'),
  FORMAT_MISMATCH: w('The extension says one format, the content another; the content wins.', 'the file name and its content disagree on the format', 'phần mở rộng của tệp không khớp với nội dung', 'a DOCX saved as `kh.pdf`'),
  NOT_UTF8: w('A text file is not UTF-8 and was read as Windows-1252.', 'the text is not UTF-8', 'văn bản không ở mã UTF-8', 'a .txt saved in a legacy code page'),
  LEGACY_ENCODING: w('Text typed in TCVN3 (ABC) or VNI fonts was decoded to Unicode.', 'legacy Vietnamese font encoding decoded', 'đã chuyển mã phông chữ cũ (TCVN3/VNI) sang Unicode', '`.VnTime` runs of the 2005 QĐ 256 .doc'),
  // Word
  DOCX_NOT_ZIP: e('A file read as Word is not a zip package.', 'not a Word .docx file', 'không phải tệp Word .docx', 'a text file named `.docx` read with `--from docx`'),
  DOCX_DAMAGED: e('The .docx zip is damaged or truncated.', 'damaged or truncated .docx file', 'tệp .docx bị hỏng hoặc thiếu', 'a download cut in the middle'),
  DOCX_NO_DOCUMENT: e('The zip has no word/document.xml.', 'not a Word document', 'không phải văn bản Word', 'a zip package without word/document.xml'),
  DOCX_TOO_LARGE: e('A part inflates beyond `--max-inflate` (zip-bomb guard).', 'a part of the .docx is too large', 'một phần của tệp .docx quá lớn', 'a 200 MiB document.xml'),
  DOCX_BAD_XML: e('A part is not well-formed XML.', 'damaged Word file: bad XML', 'tệp Word hỏng: XML sai cú pháp', 'a document.xml with an unclosed tag'),
  DOCX_DOCTYPE: e('A part declares DOCTYPE/ENTITY, which Word never writes (entity attack).', 'refused: DOCTYPE/ENTITY declaration', 'từ chối: có khai báo DOCTYPE/ENTITY', 'a billion-laughs document.xml'),
  DOCX_TOO_COMPLEX: e('A part nests too deep or has too many elements.', 'refused: the Word file is too complex', 'từ chối: tệp Word quá phức tạp', '100 000 nested tables'),
  DOCX_ENCRYPTED: e('The Word file is password-protected.', 'password-protected Word file, not supported', 'tệp Word có mật khẩu, không hỗ trợ', 'a .docx saved with "Encrypt with password"'),
  DOCX_UNSUPPORTED_ZIP: e('The zip uses a packaging Word does not write (e.g. a compression method).', 'unsupported .docx packaging', 'cách đóng gói .docx không được hỗ trợ', 'an entry compressed with bzip2'),
  DOCX_IS_DOC: e('A legacy .doc file was given as .docx.', 'a legacy .doc file, not .docx', 'là tệp .doc cũ, không phải .docx', '`--from docx` on a Word 97 file'),
  NOT_WORD: e('A zip package that is not Word (Excel, PowerPoint, OpenDocument, EPUB, a plain zip) says what it is.', 'not a Word document', 'không phải văn bản Word', 'an `.xlsx` task table given as input'),
  DOCX_EMPTY: w('word/document.xml has no body.', 'the Word document has no body', 'văn bản Word không có nội dung', 'a package written by a broken tool'),
  DOCX_ALTCHUNK: w('The document embeds another file (w:altChunk) whose content is not read.', 'an embedded file (altChunk) is not read', 'tệp nhúng (altChunk) không được đọc', 'HTML pasted into Word as a chunk'),
  DOCX_NOTE_MISSING: w('A footnote or endnote is referenced but missing.', 'a referenced footnote is missing', 'thiếu chú thích được tham chiếu', 'footnote 3 cited, footnotes.xml has 1–2'),
  DOCX_NUMBERING_FORMAT: w('A Word numbering format is rendered as decimal.', 'a Word numbering format is shown as decimal', 'kiểu đánh số của Word được hiển thị dạng số', '`w:numFmt="chicago"`'),
  DOCX_UNKNOWN_ELEMENT: w('An element of the body is not read.', 'a Word element is not read', 'một phần tử Word không được đọc', 'a `w:customXml` block'),
  DOC_NEEDS_LIBREOFFICE: e('A legacy .doc needs LibreOffice, which is not installed.', 'reading .doc files needs LibreOffice', 'đọc tệp .doc cần LibreOffice', '`apt-get install libreoffice-writer-nogui`'),
  DOC_CONVERT_FAILED: e('LibreOffice could not convert the .doc.', 'LibreOffice could not convert this .doc file', 'LibreOffice không chuyển được tệp .doc', 'a damaged Word 97 file'),
  DOC_CONVERTED: w('The .doc was read through a LibreOffice conversion.', 'read through a LibreOffice conversion', 'đọc qua bản chuyển đổi của LibreOffice', 'the .doc files of viparse-corpus'),
  // PDF
  PDF_INVALID: e('The file is not a readable PDF.', 'not a readable PDF', 'không phải tệp PDF đọc được', 'a PDF cut before its first page'),
  PDF_NO_PAGES: e('The page tree gives no page to read (a count of 0 or less): a damaged file, not a scan.', 'damaged PDF: no page can be read', 'tệp PDF bị hỏng: không đọc được trang nào', '`/Count -1` in the page tree'),
  PDF_DAMAGED: e('A page of the PDF cannot be read.', 'damaged PDF', 'tệp PDF bị hỏng', 'a page whose content stream is garbage'),
  PDF_PASSWORD_NEEDED: e('The PDF is encrypted; give `--password`.', 'the PDF is encrypted: password needed', 'tệp PDF được mã hóa: cần mật khẩu', 'a PDF encrypted with a user password'),
  PDF_WRONG_PASSWORD: e('The password given is wrong.', 'wrong PDF password', 'sai mật khẩu PDF', '`--password nope`'),
  PDF_SCANNED: e('The PDF has no usable text layer (scanned pages) and OCR did not run (`--ocr off`) or found no text.', 'the PDF has no text layer (scanned)', 'tệp PDF không có lớp chữ (bản quét)', 'the 660/TB-UBND Quảng Ngãi scan'),
  PDF_TOO_MANY_PAGES: e('The PDF has more pages than `--max-pages`.', 'the PDF has too many pages', 'tệp PDF có quá nhiều trang', '`--max-pages 10` on a 12-page plan'),
  PDF_TIMEOUT: e('Reading the PDF took longer than its own limit.', 'gave up reading the PDF (too slow)', 'dừng đọc tệp PDF (quá lâu)', 'a page with millions of drawing operators'),
  PDF_TRUNCATED: w('The PDF has no %%EOF marker; content may be missing.', 'the PDF looks truncated', 'tệp PDF có vẻ bị cắt cụt', 'a download cut at 90 %'),
  PDF_REPAIRED: w('The cross-reference table was damaged; the objects were found again by scanning the file.', 'the damaged PDF was repaired while reading', 'tệp PDF bị hỏng đã được sửa khi đọc', 'a PDF whose xref offsets were changed by a faulty upload'),
  PDF_PAGE_UNREADABLE: w('One page could not be read; the others were.', 'a page could not be read', 'một trang không đọc được', 'a damaged page 7 of 12'),
  OCR_UNAVAILABLE: e('No OCR engine can run: `--ocr-engine tesseract` without the command or its Vietnamese model, or the embedded tesseract.js failed to start.', 'no OCR engine available', 'không có bộ OCR', '`--ocr-engine tesseract` on a machine without tesseract-ocr-vie'),
  OCR_PAGE_FAILED: w('One scanned page could not be OCR\'d (the engine or the renderer failed); its content is missing.', 'a page could not be OCR\'d', 'một trang không OCR được', 'tesseract killed on a huge page image'),
  OCR_LOW_CONFIDENCE: w('Lines of an OCR\'d page were read with a mean confidence under 60 %: check them against the scan.', 'OCR lines read with low confidence', 'một số dòng OCR có độ tin cậy thấp', 'the handwritten date of 1_4409.signed.pdf'),
  OCR_BLANK_PAGES: w('Pages were OCR\'d but no text was found (blank or picture-only pages).', 'OCR found no text on some pages', 'OCR không tìm thấy chữ ở một số trang', 'the blank page 2 of 1_4409.signed.pdf'),
  OCR_CACHE: w('The OCR cache folder (`--cache`) could not be written; OCR was done anyway.', 'the OCR cache could not be written', 'không ghi được bộ nhớ đệm OCR', '`--cache /read-only/dir`'),
  PDF_IMAGE_PAGES: w('Some pages are images only (scanned) and were not OCR\'d (`--ocr off`, or OCR failed); their content is missing.', 'some pages are scanned images', 'một số trang là ảnh quét', 'pages 1–4 of mineru-vietocr/1.pdf'),
  // HTML
  HTML_TOO_LARGE: e('The HTML page is over 50 MB.', 'the HTML page is too large', 'trang HTML quá lớn', 'a saved page with inline video'),
  HTML_TOO_DEEP: e('The HTML nests elements absurdly deep.', 'the HTML page nests too deep', 'trang HTML lồng nhau quá sâu', '100 000 nested `<div>`'),
  HTML_TOO_COMPLEX: e('The HTML page has more than 500 000 elements (memory guard).', 'the HTML page has too many elements', 'trang HTML có quá nhiều phần tử', '6 million empty `<p></p>`'),
  HTML_NO_TEXT: w('The page has no body text.', 'the HTML page has no text', 'trang HTML không có chữ', 'a page that loads its text by script'),
  HTML_NO_DOCUMENT_REGION: w('No document markers were found; the whole page, menus included, was read.', 'no document found inside the page', 'không tìm thấy văn bản trong trang', 'a portal search page'),
  HTML_CHARSET_GUESSED: w('The page is not UTF-8 and declares no charset; read as Windows-1258.', 'the page charset was guessed', 'bảng mã của trang được đoán', 'an old page saved without meta charset'),
  HTML_CHARSET_UNKNOWN: w('The page declares a charset that is not known.', 'unknown charset', 'bảng mã không rõ', '`<meta charset="x-viet">`'),
  NOT_ADMINISTRATIVE: e('The text has none of the marks of an administrative document (Quốc hiệu, kind, number, date, numbered sections, signer); `--lenient` reads it anyway.', 'not an administrative document', 'không phải văn bản hành chính', 'the corpus SOURCES.md'),
  // Header and closing
  NO_KIND: w('No document kind line (KẾ HOẠCH, THÔNG BÁO…) was found.', 'no document kind found', 'không tìm thấy loại văn bản', 'a chunk of a longer document'),
  NO_NUMBER: w('No document number ("Số: …") was found.', 'no document number found', 'không tìm thấy số văn bản', 'an appendix saved on its own'),
  BLANK_NUMBER: w('The number is left blank, as drafts do ("Số: /TB-SGDĐT").', 'the document number is blank', 'số văn bản để trống', 'seed 004: "Số: /TB-SGDĐT"'),
  NO_DATE: w('No place/date line was found.', 'no date found', 'không tìm thấy ngày ban hành', 'a text cut after the title'),
  PARTIAL_DATE: w('The date has blanks; the ISO date keeps what is there (YYYY-MM).', 'the date has blanks', 'ngày ban hành để trống một phần', 'seed 001: "ngày tháng 02 năm 2024" → 2024-02'),
  UNREADABLE_DATE: w('The day or month of the date is not digits as read (handwriting, OCR); left blank, never guessed.', 'the date has unreadable digits', 'ngày tháng có chữ số không đọc được', 'OCR of a scan: "Hà Nói, ngày l5 thang 10 nam 2025" → 2025-10'),
  UNREADABLE_NUMBER: w('The number\'s seq is not digits as read (handwriting, OCR); seq left null, never guessed.', 'the document number has unreadable digits', 'số văn bản có chữ số không đọc được', 'OCR of a scan: "Sô: 4?09/BCA-C04"'),
  OCR_UNREADABLE_NUMBER: w('The number\'s seq comes from an OCR word read with low confidence or written by hand (taller than the printed digits, not read with high confidence); seq left null, never guessed.', 'the document number was not read reliably by OCR', 'số văn bản OCR đọc không chắc chắn', 'handwritten "299" of "Số: 299/UBND-TTHC" read "899" at 28 %'),
  OCR_UNREADABLE_DATE: w('The day (or month) of the date comes from an OCR word read with low confidence or written by hand; left blank, never guessed (the date keeps its month and year).', 'the date was not read reliably by OCR', 'ngày tháng OCR đọc không chắc chắn', 'none among the corpus scans (their handwritten days are read as signs: UNREADABLE_DATE); test/ocr/doubt.test.ts: a handwriting-like "15" → 2025-01'),
  NO_ISSUER: w('No issuing body was found in the header.', 'no issuing body found', 'không tìm thấy cơ quan ban hành', 'a header lost in conversion'),
  NO_TITLE: w('No title (trích yếu) was found.', 'no title found', 'không tìm thấy trích yếu', 'a kind line followed directly by the body'),
  META_FROM_APPENDIX: w('Metadata was taken from an appendix caption because the header was missing.', 'metadata taken from an appendix caption', 'thông tin lấy từ tiêu đề phụ lục', 'seed 000: "Kèm theo Kế hoạch số /KH-SGDĐT ngày /01/2024 của Sở GDĐT"'),
  NO_SIGNER: w('No signer block was found.', 'no signer found', 'không tìm thấy người ký', 'a document without its last page'),
  NO_SIGNER_NAME: w('The signer block has no name (a draft or a scan).', 'the signer has no name', 'khối chữ ký không có tên', 'an unsigned draft'),
  NO_RECIPIENTS: w('No Nơi nhận list was found.', 'no recipients found', 'không tìm thấy nơi nhận', 'a document without its closing'),
  // Body
  DUPLICATE_LABEL: w('A section label is repeated at the same level.', 'a section label is repeated', 'số mục bị lặp', 'seed 002: two "II."'),
  NUMBERING_GAP: w('Numbering skips an item at one level ("II.3" then "II.5"); both kept as printed.', 'the numbering skips', 'số thứ tự bị nhảy cóc', 'congbot KH 252/KH-BCĐQG1237 chunk 5: "2." then "4. Thời gian thực hiện"'),
  NUMBERING_RESTART: w('Numbering starts again at a lower number under the same heading; both kept as printed.', 'the numbering starts again', 'số thứ tự bắt đầu lại', 'viparse ground truth 2005-1ADDZ: "1" after "14" under (6)'),
  FOOTNOTE_UNREFERENCED: w('A footnote has no reference mark in the text.', 'a footnote is not referenced', 'chú thích không được tham chiếu', 'a footnote whose mark the converter dropped'),
  CITATION_DATE_CONFLICT: w('The same document is cited with two dates.', 'a citation has two dates', 'văn bản được dẫn với hai ngày khác nhau', 'seed 001: Quyết định 522/QĐ-TTg cited as 14/5/2019 and 14/5/2018'),
  // Tables
  TABLE_ROW_JOINED: w('A row without a number continued the row above and was joined to it.', 'a table row was joined to the one above', 'một dòng bảng được nối với dòng trên', 'vnmasterplan/Kehoachgoc.md Phụ lục II: three wrapped rows'),
  TABLE_ROW_TOO_WIDE: w('A row has more than 256 cells; the rest are dropped.', 'a table row is too wide', 'dòng bảng quá rộng', 'a tab-separated line of 10 000 cells'),
  TABLE_ROW_WITHOUT_TASK: w('A row of a task table has no task text.', 'a task-table row has no task', 'dòng bảng nhiệm vụ không có nội dung', 'an empty row between two pages'),
  TABLE_VMERGE_ORPHAN: w('A vertically merged cell has no cell above it to continue.', 'a merged cell continues nothing', 'ô gộp dọc không có ô phía trên', 'a `w:vMerge` on the first row'),
  TABLE_DEADLINE_UNKNOWN: w('A deadline cell could not be read as a date or period.', 'a deadline could not be read', 'không đọc được thời hạn', 'KH 277 task 33: "100 ngày" cut by a page break'),
  // The run
  SCHEMA_VIOLATION: e('The output does not match the schema: a bug; nothing is written.', 'internal error: the output does not match the schema', 'lỗi nội bộ: kết quả không khớp lược đồ', 'none known'),
  INTERNAL: e('An unexpected error inside plan-extract: a bug.', 'internal error', 'lỗi nội bộ', 'none known'),
  OUTPUT: e('The output could not be written.', 'cannot write the output', 'không ghi được kết quả', 'a read-only output folder'),
  TIMEOUT: b('A file took longer than `--timeout-per-file`; its worker was stopped.', 'took too long; stopped', 'quá thời gian; đã dừng', '`--timeout-per-file 2` on a 500-page PDF'),
  OUT_OF_MEMORY: b('A file exceeded the worker heap limit; its worker was stopped.', 'exceeded the memory limit; stopped', 'vượt giới hạn bộ nhớ; đã dừng', 'a hostile file that grows without bound'),
  WORKER_DIED: b('The worker converting a file ended unexpectedly; the file failed, the batch goes on.', 'the worker stopped unexpectedly', 'tiến trình xử lý dừng bất thường', 'a native crash in an engine'),
  UP_TO_DATE: b('With `--skip-existing`, the output already exists from the same bytes and the same major version: not converted again.', 'up to date; skipped', 'đã có kết quả; bỏ qua', 'a re-run of a finished shard'),
  STDOUT_CLOSED: b('The reader of standard output went away (`| head -1`): the run stopped at once and the files not yet done were not converted.', 'not converted: standard output was closed', 'không xử lý: đầu ra chuẩn đã đóng', '`plan-extract thu-muc/ --format ndjson | head -1`'),
  SKIPPED: b('Not converted because `--fail-fast` stopped the batch.', 'skipped (--fail-fast)', 'bỏ qua (--fail-fast)', 'files after the first failure'),
};

export function problem(code: string): Problem | undefined {
  return Object.prototype.hasOwnProperty.call(PROBLEMS, code) ? PROBLEMS[code] : undefined;
}

/**
 * A warning as a person reads it in the chosen language: English keeps its detailed message;
 * Vietnamese gives the table's line, then the details (they quote the document) in brackets.
 */
export function warningText(code: string, message: string, lang: 'vi' | 'en'): string {
  const p = problem(code);
  if (lang === 'en' || !p) return message;
  return `${p.vi} (${message})`;
}

const KIND_TITLE: Record<ProblemKind, string> = {
  error: 'Errors: the document failed (exit 1)',
  warning: 'Warnings: the document was read; something is doubtful',
  batch: 'Batch outcomes: a file was stopped or skipped',
};

/** docs/problems.md, generated from the table. */
export function problemsMarkdown(): string {
  const cell = (s: string): string => s.replace(/\|/g, '\\|');
  const out = [
    '# Warnings and errors',
    '',
    '<!-- Generated from src/model/problems.ts by `npm run docs`; a test fails when it is stale. -->',
    '',
    'Every code plan-extract gives. Errors are printed as `<file>: <cause>` in the language of `--lang`;',
    'warnings are listed in each document\'s `warnings` (with `-v` also on stderr, in the language of `--lang`).',
  ];
  for (const kind of ['error', 'warning', 'batch'] as const) {
    out.push('', `## ${KIND_TITLE[kind]}`, '', '| code | meaning | English | Tiếng Việt | example |', '|---|---|---|---|---|');
    for (const [code, p] of Object.entries(PROBLEMS).filter(([, x]) => x.kind === kind).sort(([a], [c]) => (a < c ? -1 : 1))) {
      out.push(`| \`${code}\` | ${cell(p.meaning)} | ${cell(p.en)} | ${cell(p.vi)} | ${cell(p.example)} |`);
    }
  }
  return `${out.join('\n')}\n`;
}
