// Lines of the archive-scale features (lists, shards, resumable runs, reports, merge), vi/en.
// Spread into MESSAGES (messages.ts) so one translator serves every line.

type Msg<A extends unknown[] = []> = Record<'vi' | 'en', (...args: A) => string>;

function m<A extends unknown[]>(vi: (...args: A) => string, en: (...args: A) => string): Msg<A> {
  return { vi, en };
}

export const SCALE_MESSAGES = {
  optFilesFrom: m(
    () => 'đọc danh sách đầu vào từ TỆP (mỗi dòng một đường dẫn; - là đầu vào chuẩn)',
    () => 'read the list of inputs from FILE (one path a line; - for standard input)',
  ),
  optNull: m(() => 'danh sách --files-from ngăn cách bằng NUL (find -print0)', () => 'the --files-from list is NUL-separated (find -print0)'),
  optShard: m(() => 'chỉ xử lý phần I trong N phần (1 ≤ I ≤ N), chia theo mã băm ổn định của đường dẫn', () => 'convert only shard I of N (1 ≤ I ≤ N), by a stable hash of the path'),
  optSkipExisting: m(
    () => 'với --out-dir: bỏ qua đầu vào đã có đầu ra từ cùng nội dung (sha256) và cùng phiên bản chính',
    () => 'with --out-dir: skip inputs whose output was made from the same bytes (sha256) by the same major version',
  ),
  optReport: m(() => 'ghi mỗi đầu vào một bản ghi NDJSON vào TỆP khi xử lý xong', () => 'write one NDJSON record per input to FILE as it finishes'),
  optMaxWarnings: m(() => 'thoát với mã 1 khi có nhiều hơn N cảnh báo', () => 'exit 1 when there are more than N warnings'),
  cmdMerge: m(
    () => 'gộp các đầu ra (thư mục --out-dir, danh mục của từng phần) thành một danh mục hay một bảng',
    () => 'merge outputs (--out-dir folders, shard registries) into one registry or table',
  ),
  argMergeInputs: m(() => 'thư mục hoặc tệp danh mục (json/ndjson/yaml)', () => 'folders or registry files (json/ndjson/yaml)'),

  // Usage errors.
  didYouMean: m((flag: string) => `; ý bạn là ${flag}?`, (flag: string) => `; did you mean ${flag}?`),
  badShard: m(
    (v: string) => `--shard: "${v}" không hợp lệ: cần I/N với 1 ≤ I ≤ N (JOB_COMPLETION_INDEX bắt đầu từ 0: cộng thêm 1)`,
    (v: string) => `--shard: invalid value "${v}": expected I/N with 1 ≤ I ≤ N (JOB_COMPLETION_INDEX counts from 0: add 1)`,
  ),
  badCount: m(
    (opt: string, value: string) => `${opt}: "${value}" không phải số nguyên không âm`,
    (opt: string, value: string) => `${opt}: "${value}" is not a whole number (0 or more)`,
  ),
  nullNeedsFilesFrom: m(() => '-0 chỉ dùng với --files-from', () => '-0 only applies to --files-from'),
  skipNeedsOutDir: m(() => '--skip-existing cần --out-dir', () => '--skip-existing needs --out-dir'),
  skipNeedsReadable: m(
    () => '--skip-existing đọc lại source.sha256 từ đầu ra: dùng --format json hoặc yaml',
    () => '--skip-existing reads source.sha256 back from the outputs: use --format json or yaml',
  ),
  shardWithStdin: m(() => '--shard không dùng được với đầu vào chuẩn (-)', () => '--shard cannot be used with standard input (-)'),
  filesFromUnreadable: m(
    (file: string, why: string) => `không đọc được danh sách --files-from ${file} (${why})`,
    (file: string, why: string) => `cannot read the --files-from list ${file} (${why})`,
  ),
  reportUnwritable: m(
    (file: string, why: string) => `không ghi được --report ${file} (${why})`,
    (file: string, why: string) => `cannot write --report ${file} (${why})`,
  ),
  mergeNeedsInputs: m(() => 'merge: thiếu thư mục hoặc tệp cần gộp', () => 'merge: missing folders or files to merge'),

  // Feedback.
  stdoutClosed: m(() => 'không xử lý: đầu ra chuẩn đã đóng', () => 'not converted: standard output was closed'),
  upToDate: m(() => 'đã có đầu ra mới nhất, bỏ qua (--skip-existing)', () => 'output up to date; skipped (--skip-existing)'),
  renamedOutput: m(
    (path: string, name: string) => `${path}: trùng tên đầu ra với một tệp khác trong --out-dir, ghi thành ${name}`,
    (path: string, name: string) => `${path}: its --out-dir name is taken by another input; written as ${name}`,
  ),
  warningsHint: m((n: number) => `${n} cảnh báo; -v để xem`, (n: number) => `${n} ${n === 1 ? 'warning' : 'warnings'}; -v to list`),
  tooManyWarnings: m(
    (n: number, max: number) => `${n} cảnh báo, nhiều hơn --max-warnings ${max}`,
    (n: number, max: number) => `${n} ${n === 1 ? 'warning' : 'warnings'}, more than --max-warnings ${max}`,
  ),
  summarySkipped: m((n: number) => `${n} bỏ qua`, (n: number) => `${n} skipped`),
  summaryWarnings: m((n: number) => `${n} cảnh báo`, (n: number) => `${n} ${n === 1 ? 'warning' : 'warnings'}`),

  // merge.
  mergeNotRegistry: m(
    (path: string) => `${path}: không phải danh mục plan-extract (json/ndjson/yaml)`,
    (path: string) => `${path}: not a plan-extract registry (json/ndjson/yaml)`,
  ),
  mergeEmpty: m((dirs: string) => `merge: không tìm thấy đầu ra nào trong ${dirs}`, (dirs: string) => `merge: no outputs found in ${dirs}`),
  mergeConflict: m(
    (path: string) => `${path}: có hai đầu ra khác nhau cho cùng một đầu vào; giữ cả hai`,
    (path: string) => `${path}: two different outputs for the same input; both kept`,
  ),
  mergeSummary: m(
    (files: number, docs: number, dups: number) => `${files} tệp gộp: ${docs} văn bản${dups ? `, ${dups} bản trùng bỏ đi` : ''}`,
    (files: number, docs: number, dups: number) =>
      `${files} ${files === 1 ? 'file' : 'files'} merged: ${docs} ${docs === 1 ? 'document' : 'documents'}${dups ? `, ${dups} ${dups === 1 ? 'duplicate' : 'duplicates'} dropped` : ''}`,
  ),
  mergeSkippedReport: m((path: string) => `${path}: báo cáo --report, bỏ qua`, (path: string) => `${path}: a --report file; skipped`),
} as const;
