// Every line the CLI prints, in Vietnamese and English. Functions take the values they show.
import { SCALE_MESSAGES } from './messages-scale.js';

export type Lang = 'vi' | 'en';

type Msg<A extends unknown[] = []> = Record<Lang, (...args: A) => string>;

function m<A extends unknown[]>(vi: (...args: A) => string, en: (...args: A) => string): Msg<A> {
  return { vi, en };
}

/** What an I/O error code means, for the one line that reports it ("no space left on the device (ENOSPC)"). */
const IO_CAUSES: Record<string, Record<Lang, string>> = {
  ENOSPC: { vi: 'hết chỗ trống trên ổ đĩa', en: 'no space left on the device' },
  EDQUOT: { vi: 'vượt hạn mức dung lượng đĩa', en: 'disk quota exceeded' },
  EIO: { vi: 'lỗi vào/ra của thiết bị', en: 'input/output error' },
  EFBIG: { vi: 'tệp quá lớn', en: 'file too large' },
  EROFS: { vi: 'hệ thống tệp chỉ đọc', en: 'read-only file system' },
  EACCES: { vi: 'không có quyền ghi', en: 'permission denied' },
  EPERM: { vi: 'không được phép', en: 'operation not permitted' },
  ENOENT: { vi: 'thư mục không tồn tại', en: 'no such folder' },
  ENOTDIR: { vi: 'một phần của đường dẫn không phải thư mục', en: 'a part of the path is not a folder' },
  EISDIR: { vi: 'là một thư mục', en: 'is a folder' },
};

export function ioCause(lang: Lang, code: string): string {
  const known = IO_CAUSES[code];
  return known ? `${known[lang]} (${code})` : code;
}

export const MESSAGES = {
  description: m(
    () => 'Đọc kế hoạch, thông báo kết luận, quyết định, chương trình (.txt/.md/.docx/.pdf) thành danh mục nhiệm vụ đã kiểm tra theo lược đồ.',
    () => 'Read Vietnamese plan documents (.txt/.md/.docx/.pdf) into a schema-checked task registry.',
  ),
  argInputs: m(
    () => 'tệp, thư mục (đọc đệ quy), mẫu glob (*, **, ?) hoặc - cho đầu vào chuẩn',
    () => 'files, folders (read recursively), globs (*, **, ?) or - for standard input',
  ),
  optFormat: m(() => 'định dạng đầu ra', () => 'output format'),
  optOutput: m(() => 'ghi một danh mục cho mọi đầu vào vào TỆP', () => 'write one registry for all inputs to FILE'),
  optOutDir: m(
    () => 'ghi mỗi đầu vào một tệp vào THƯ MỤC, giữ cấu trúc thư mục con',
    () => 'write one file per input into DIR, mirroring relative paths',
  ),
  optTable: m(() => 'bảng xuất ra khi --format csv', () => 'which table --format csv writes'),
  optFrom: m(() => 'định dạng của đầu vào chuẩn (-)', () => 'format of standard input (-)'),
  optPassword: m(() => 'mật khẩu của PDF được mã hoá', () => 'password of an encrypted PDF'),
  optMaxPages: m(() => 'từ chối PDF có nhiều trang hơn N', () => 'refuse PDFs with more than N pages'),
  optOcr: m(() => 'nhận dạng ký tự (OCR) các trang PDF quét', () => 'OCR of scanned PDF pages'),
  optOcrEngine: m(() => 'bộ OCR', () => 'OCR engine'),
  optPdfEngine: m(() => 'bộ đọc PDF', () => 'PDF reading engine'),
  optCache: m(() => 'thư mục lưu kết quả OCR để lần chạy sau bỏ qua (mặc định: không lưu)', () => 'folder caching OCR results so a re-run skips them (default: no cache)'),
  optMaxInflate: m(() => 'giới hạn dung lượng giải nén của một phần DOCX (byte)', () => 'cap on the inflated size of one DOCX part (bytes)'),
  optMaxSize: m(
    () => 'từ chối tệp lớn hơn số byte này (được phép K, M, G; mặc định 256M)',
    () => 'refuse inputs larger than this (bytes; K, M, G allowed; default 256M)',
  ),
  optJobs: m(() => 'số tệp xử lý song song (mặc định: số lõi CPU)', () => 'files converted in parallel (default: CPU cores)'),
  optTimeout: m(() => 'thời gian tối đa cho một tệp, giây (mặc định 120)', () => 'time limit per file in seconds (default 120)'),
  optLenient: m(() => 'đọc cả văn bản không có dấu hiệu của văn bản hành chính', () => 'also read texts without the marks of an administrative document'),
  optFailFast: m(() => 'dừng ở lỗi đầu tiên (mặc định: tiếp tục)', () => 'stop at the first failure (default: keep going)'),
  optQuiet: m(() => 'không in tóm tắt', () => 'print no summary'),
  optVerbose: m(() => 'in cảnh báo của từng văn bản và chi tiết lỗi', () => 'print each document’s warnings and error details'),
  optLang: m(() => 'ngôn ngữ thông báo (mặc định theo LANG)', () => 'message language (default from LANG)'),
  optNoColor: m(() => 'không tô màu', () => 'no colours'),
  optVersion: m(() => 'in phiên bản', () => 'print the version'),
  optHelp: m(() => 'in hướng dẫn này', () => 'print this help'),
  cmdSchema: m(() => 'in lược đồ JSON (JSON Schema) của đầu ra', () => 'print the JSON Schema of the output'),
  cmdValidate: m(
    () => 'kiểm tra các tệp danh mục (json/yaml/ndjson) theo lược đồ',
    () => 'check registry files (json/yaml/ndjson) against the schema',
  ),
  argValidateFiles: m(() => 'tệp danh mục cần kiểm tra', () => 'registry files to check'),
  helpTitle: m(
    (title: string) =>
      ({ 'Usage:': 'Cách dùng:', 'Arguments:': 'Đối số:', 'Options:': 'Tuỳ chọn:', 'Commands:': 'Lệnh con:', 'Global Options:': 'Tuỳ chọn chung:' })[title] ?? title,
    (title: string) => title,
  ),
  examplesTitle: m(() => 'Ví dụ:', () => 'Examples:'),
  examples: m(
    () =>
      [
        '  plan-extract ke-hoach.docx                         in danh mục JSON ra màn hình',
        '  plan-extract ke-hoach.pdf --format yaml -o kh.yaml  ghi YAML vào kh.yaml',
        '  plan-extract thu-muc/ --format csv -o nhiem-vu.csv  mọi văn bản trong thư mục → một bảng CSV',
        '  plan-extract "van-ban/**/*.docx" --format xlsx -o tong-hop.xlsx',
        '  plan-extract thu-muc/ --out-dir ket-qua/            mỗi văn bản một tệp JSON',
        '  cat thong-bao.txt | plan-extract - --from txt --format md',
        '  plan-extract validate ket-qua.json                  kiểm tra một danh mục',
        '  find luu-tru -name "*.pdf" -print0 | plan-extract --files-from - -0 --shard 1/4 --out-dir ket-qua/ --skip-existing',
        '  plan-extract merge ket-qua/ -o tong-hop.xlsx        gộp kết quả các phần',
      ].join('\n'),
    () =>
      [
        '  plan-extract ke-hoach.docx                         print the JSON registry',
        '  plan-extract ke-hoach.pdf --format yaml -o kh.yaml  write YAML to kh.yaml',
        '  plan-extract thu-muc/ --format csv -o nhiem-vu.csv  every document in a folder → one CSV table',
        '  plan-extract "van-ban/**/*.docx" --format xlsx -o tong-hop.xlsx',
        '  plan-extract thu-muc/ --out-dir ket-qua/            one JSON file per document',
        '  cat thong-bao.txt | plan-extract - --from txt --format md',
        '  plan-extract validate ket-qua.json                  check a registry',
        '  find archive -name "*.pdf" -print0 | plan-extract --files-from - -0 --shard 1/4 --out-dir ket-qua/ --skip-existing',
        '  plan-extract merge ket-qua/ -o tong-hop.xlsx        merge the shards\' outputs',
      ].join('\n'),
  ),
  exitCodesHelp: m(
    () => 'Mã thoát: 0 mọi tệp thành công, 1 có tệp lỗi hoặc danh mục không hợp lệ, 2 sai cú pháp lệnh.',
    () => 'Exit codes: 0 all converted, 1 a document failed or a registry is invalid, 2 bad usage.',
  ),

  // Usage errors (exit 2).
  usagePrefix: m(() => 'lỗi cú pháp: ', () => 'usage error: '),
  usageHint: m(() => 'Xem: plan-extract --help', () => 'See: plan-extract --help'),
  noInputs: m(() => 'thiếu đầu vào (tệp, thư mục hoặc -)', () => 'missing input (a file, a folder or -)'),
  badChoice: m(
    (opt: string, value: string, choices: string) => `${opt}: giá trị "${value}" không hợp lệ (chọn: ${choices})`,
    (opt: string, value: string, choices: string) => `${opt}: invalid value "${value}" (choose: ${choices})`,
  ),
  badNumber: m(
    (opt: string, value: string) => `${opt}: "${value}" không phải số dương`,
    (opt: string, value: string) => `${opt}: "${value}" is not a positive number`,
  ),
  unknownOption: m((opt: string) => `không có tuỳ chọn ${opt}`, (opt: string) => `unknown option ${opt}`),
  missingValue: m((opt: string) => `tuỳ chọn ${opt} cần một giá trị`, (opt: string) => `option ${opt} needs a value`),
  outputAndOutDir: m(() => 'không dùng -o và --out-dir cùng lúc', () => '-o and --out-dir cannot be used together'),
  xlsxToTerminal: m(
    () => '--format xlsx ghi tệp nhị phân: hãy dùng -o TỆP hoặc --out-dir',
    () => '--format xlsx writes a binary file: use -o FILE or --out-dir',
  ),
  tableNeedsCsv: m(() => '--table chỉ dùng với --format csv', () => '--table only applies to --format csv'),
  stdinTwice: m(() => 'chỉ dùng - một lần', () => '- can be given only once'),
  stdinWithOutDir: m(() => '--out-dir không dùng được với đầu vào chuẩn (-)', () => '--out-dir cannot be used with standard input (-)'),
  outputIsInput: m(
    (path: string) => `đầu ra ${path} cũng là một đầu vào: từ chối ghi đè lên nó`,
    (path: string) => `the output ${path} is one of the inputs: refusing to overwrite it`,
  ),
  commanderError: m((text: string) => text, (text: string) => text),

  // Per-input failures (exit 1), printed as "<path>: <cause>".
  notFound: m(() => 'không tìm thấy tệp hay thư mục', () => 'no such file or directory'),
  noMatch: m(() => 'không có tệp nào khớp mẫu', () => 'no files match this pattern'),
  emptyFolder: m(() => 'thư mục không có văn bản nào đọc được (.txt, .md, .docx, .pdf)', () => 'the folder holds no readable documents (.txt, .md, .docx, .pdf)'),
  internalError: m((msg: string) => `lỗi nội bộ: ${msg}`, (msg: string) => `internal error: ${msg}`),
  schemaMismatch: m(
    (msg: string) => `lỗi nội bộ: đầu ra không khớp lược đồ: ${msg}`,
    (msg: string) => `internal error: output does not match the schema: ${msg}`,
  ),
  outsideOutDir: m(
    (dir: string) => `từ chối ghi ra ngoài thư mục ${dir}`,
    (dir: string) => `refusing to write outside ${dir}`,
  ),
  writeFailed: m(
    (code: string) => `không ghi được tệp: ${ioCause('vi', code)}`,
    (code: string) => `cannot write the file: ${ioCause('en', code)}`,
  ),
  stdoutFailed: m(
    (code: string) => `không ghi được ra đầu ra chuẩn: ${ioCause('vi', code)}`,
    (code: string) => `cannot write to standard output: ${ioCause('en', code)}`,
  ),
  readStdinFailed: m((why: string) => `không đọc được đầu vào chuẩn (${why})`, (why: string) => `cannot read standard input (${why})`),
  nothingWritten: m(
    () => 'không ghi đầu ra vì --fail-fast dừng ở lỗi đầu tiên',
    () => 'no output written: --fail-fast stopped at the first failure',
  ),

  // Feedback.
  warningLine: m(
    (path: string, code: string, msg: string) => `${path}: cảnh báo ${code}: ${msg}`,
    (path: string, code: string, msg: string) => `${path}: warning ${code}: ${msg}`,
  ),
  doneLine: m(
    (path: string, tasks: number, ms: number) => `${path}: xong, ${tasks} nhiệm vụ (${ms} ms)`,
    (path: string, tasks: number, ms: number) => `${path}: done, ${tasks} tasks (${ms} ms)`,
  ),
  wroteFile: m((path: string) => `đã ghi ${path}`, (path: string) => `wrote ${path}`),
  summary: m(
    (files: number, ok: number, failed: number, tasks: number, skipped = 0, warnings?: number) =>
      `${files} tệp: ${ok} thành công, ${skipped ? `${skipped} bỏ qua, ` : ''}${failed} lỗi, ${tasks} nhiệm vụ${warnings === undefined ? '' : `, ${warnings} cảnh báo`}`,
    (files: number, ok: number, failed: number, tasks: number, skipped = 0, warnings?: number) =>
      `${files} ${files === 1 ? 'file' : 'files'}: ${ok} converted, ${skipped ? `${skipped} skipped, ` : ''}${failed} failed, ${tasks} ${tasks === 1 ? 'task' : 'tasks'}` +
      (warnings === undefined ? '' : `, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`),
  ),

  // validate subcommand.
  validOk: m((path: string, docs: number) => `${path}: hợp lệ (${docs} văn bản)`, (path: string, docs: number) => `${path}: valid (${docs} documents)`),
  invalidLine: m((path: string, err: string) => `${path}: không hợp lệ: ${err}`, (path: string, err: string) => `${path}: invalid: ${err}`),
  parseFailed: m(
    (path: string, why: string) => `${path}: không đọc được JSON/YAML: ${why}`,
    (path: string, why: string) => `${path}: cannot parse as JSON/YAML: ${why}`,
  ),
  cannotRead: m(
    (path: string, why: string) => `${path}: không đọc được tệp (${why})`,
    (path: string, why: string) => `${path}: cannot read the file (${why})`,
  ),
  ndjsonLine: m((n: number) => `dòng ${n}`, (n: number) => `line ${n}`),
  ...SCALE_MESSAGES,
} as const;

export type MessageKey = keyof typeof MESSAGES;

/** Bind the table to one language: t('summary', 12, 11, 1, 347). */
export function translator(lang: Lang) {
  return function t<K extends MessageKey>(key: K, ...args: Parameters<(typeof MESSAGES)[K][Lang]>): string {
    const fn = MESSAGES[key][lang] as (...a: unknown[]) => string;
    return fn(...args);
  };
}

export type Translate = ReturnType<typeof translator>;

/** LC_ALL, then LC_MESSAGES, then LANG (POSIX order): vi* → vi, anything else → en. */
export function langFromEnv(env: Record<string, string | undefined>): Lang {
  const v = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^vi/i.test(v) ? 'vi' : 'en';
}
