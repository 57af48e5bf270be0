// Reading one input file's bytes, safely: only a regular file (a FIFO, a device or a socket is
// refused by stat, so nothing blocks or reads forever), and never more than the size limit
// (checked before reading, and again while reading, for files that grow or lie about their size).
import { constants } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { PlanExtractError } from './model/errors.js';

/** Default --max-size / maxSize: 256 MiB (the largest real plan in the corpus is a few MB). */
export const DEFAULT_MAX_SIZE = 256 * 1024 * 1024;

export function formatSize(bytes: number): string {
  const units: [number, string][] = [
    [2 ** 30, 'GiB'],
    [2 ** 20, 'MiB'],
    [2 ** 10, 'KiB'],
  ];
  for (const [size, unit] of units) {
    if (bytes >= size) {
      const v = bytes / size;
      return `${v >= 10 || Number.isInteger(v) ? Math.round(v) : v.toFixed(1)} ${unit}`;
    }
  }
  return `${bytes} bytes`;
}

export function tooLarge(size: number | null, max: number): PlanExtractError {
  const what = size === null ? 'larger than' : `${formatSize(size)}, more than`;
  const whatVi = size === null ? 'lớn hơn' : `${formatSize(size)}, vượt`;
  return new PlanExtractError('TOO_LARGE', {
    en: `refused: the input is ${what} the limit of ${formatSize(max)} (raise it with --max-size if the file is genuine)`,
    vi: `từ chối: đầu vào ${whatVi} giới hạn ${formatSize(max)} (tăng bằng --max-size nếu tệp hợp lệ)`,
  });
}

const NOT_A_FILE: { test: 'isFIFO' | 'isCharacterDevice' | 'isBlockDevice' | 'isSocket'; en: string; vi: string }[] = [
  { test: 'isFIFO', en: 'a named pipe (FIFO)', vi: 'một đường ống có tên (FIFO)' },
  { test: 'isCharacterDevice', en: 'a character device', vi: 'một thiết bị ký tự' },
  { test: 'isBlockDevice', en: 'a block device', vi: 'một thiết bị khối' },
  { test: 'isSocket', en: 'a socket', vi: 'một socket' },
];

function refuseNonFile(st: Awaited<ReturnType<typeof stat>>): void {
  if (st.isFile()) return;
  if (st.isDirectory()) throw new PlanExtractError('IS_DIRECTORY', { en: 'is a directory', vi: 'là một thư mục' });
  const kind = NOT_A_FILE.find((k) => st[k.test]()) ?? { en: 'not a regular file', vi: 'không phải tệp thông thường' };
  throw new PlanExtractError('NOT_A_FILE', {
    en: `refused: this is ${kind.en}, not a document file`,
    vi: `từ chối: đây là ${kind.vi}, không phải tệp văn bản`,
  });
}

function readError(e: unknown): PlanExtractError {
  if (e instanceof PlanExtractError) return e;
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new PlanExtractError('NOT_FOUND', { en: 'no such file', vi: 'không tìm thấy tệp' });
  if (code === 'EISDIR') return new PlanExtractError('IS_DIRECTORY', { en: 'is a directory', vi: 'là một thư mục' });
  if (code === 'EACCES' || code === 'EPERM') return new PlanExtractError('NO_ACCESS', { en: 'permission denied', vi: 'không có quyền đọc tệp' });
  return new PlanExtractError('READ_FAILED', { en: `cannot read the file (${code ?? 'error'})`, vi: `không đọc được tệp (${code ?? 'lỗi'})` });
}

/** The bytes of `path`, a regular file of at most `maxSize` bytes; PlanExtractError otherwise. */
export async function readInputFile(path: string, maxSize: number = DEFAULT_MAX_SIZE): Promise<Uint8Array> {
  try {
    const st = await stat(path);
    refuseNonFile(st);
    if (st.size > maxSize) throw tooLarge(st.size, maxSize);
    // O_NONBLOCK: if a FIFO was swapped in after the stat, open does not wait for a writer.
    const fh = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const st2 = await fh.stat();
      refuseNonFile(st2);
      if (st2.size > maxSize) throw tooLarge(st2.size, maxSize);
      // Read to the end, whatever size stat said (/proc files say 0), but never past the limit.
      const chunks: Buffer[] = [];
      let total = 0;
      let buf = Buffer.allocUnsafe(Math.min(Math.max(st2.size + 1, 64 * 1024), maxSize + 1));
      for (;;) {
        const { bytesRead } = await fh.read(buf, 0, Math.min(buf.length, maxSize + 1 - total), null);
        if (bytesRead === 0) break;
        chunks.push(buf.subarray(0, bytesRead));
        total += bytesRead;
        if (total > maxSize) throw tooLarge(null, maxSize);
        buf = Buffer.allocUnsafe(Math.min(Math.max(buf.length, 64 * 1024), maxSize + 1 - total));
      }
      return new Uint8Array(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total));
    } finally {
      await fh.close().catch(() => undefined);
    }
  } catch (e) {
    throw readError(e);
  }
}
