// Writing outputs: atomically (temp file in the same folder, then rename; the temp is removed
// on failure and on Ctrl-C), and under --out-dir never outside that folder.
import { unlinkSync } from 'node:fs';
import { lstat, mkdir, open, readdir, realpath, rename, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/** Temp files in flight, removed if the process is interrupted. */
const pending = new Set<string>();
const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
let hooked = false;

function onSignal(signal: NodeJS.Signals): void {
  for (const p of pending) {
    try {
      unlinkSync(p);
    } catch {
      // Already gone.
    }
  }
  pending.clear();
  unhook();
  // Die of the signal as if never caught (exit status 130 for Ctrl-C in shells).
  process.kill(process.pid, signal);
}

function unhook(): void {
  if (!hooked) return;
  hooked = false;
  for (const s of SIGNALS) process.removeListener(s, onSignal);
}

function track(tmp: string): void {
  pending.add(tmp);
  if (!hooked) {
    hooked = true;
    for (const s of SIGNALS) process.on(s, onSignal);
  }
}

function untrack(tmp: string): void {
  pending.delete(tmp);
  if (pending.size === 0) unhook();
}

/** ".ke-hoach.json.plan-extract-<pid>-<n>.tmp": the pid says whose it is, so a later run can tell a stale one. */
const TEMP_NAME = /^\..+\.plan-extract-(\d+)-\d+\.tmp$/;
let tempCount = 0;

function tempName(target: string): string {
  return join(dirname(target), `.${basename(target)}.plan-extract-${process.pid}-${++tempCount}.tmp`);
}

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the pid lives (another user's process); only ESRCH says it is gone.
    return (e as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

const swept = new Set<string>();

/**
 * Remove our own temp files left in `dir` by a run that was killed (SIGKILL, power loss):
 * only names of the TEMP_NAME form whose process is gone. Each folder is looked at once per run.
 */
async function sweepStaleTemps(dir: string): Promise<void> {
  if (swept.has(dir)) return;
  swept.add(dir);
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const name of names) {
    const m = TEMP_NAME.exec(name);
    if (m && !alive(Number(m[1]))) await unlink(join(dir, name)).catch(() => undefined);
  }
}

/** A short write that made no progress: the device is full even if it did not say so. */
const NO_SPACE = 'ENOSPC';

function noProgress(): NodeJS.ErrnoException {
  return Object.assign(new Error(`${NO_SPACE}: no space left on device, write`), { code: NO_SPACE });
}

/** Write every byte: FileHandle.write may write fewer than asked (a filling disk) without an error. */
export async function writeFully(fh: FileHandle, data: string | Uint8Array): Promise<void> {
  const buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  let offset = 0;
  while (offset < buf.length) {
    const { bytesWritten } = await fh.write(buf, offset, buf.length - offset);
    if (!(bytesWritten > 0)) throw noProgress();
    offset += bytesWritten;
  }
}

/**
 * A file written piece by piece (ndjson as documents finish) that appears only when committed:
 * every write is checked to its last byte, the data is fsync'ed and the handle closed (each of
 * which can report ENOSPC, EDQUOT or EIO) before the rename. On any error the temp is removed.
 */
export class AtomicFile {
  private failed: unknown = null;

  private constructor(
    readonly target: string,
    private readonly tmp: string,
    private readonly fh: FileHandle,
  ) {}

  static async create(target: string): Promise<AtomicFile> {
    await sweepStaleTemps(dirname(target));
    const tmp = tempName(target);
    track(tmp);
    try {
      const fh = await open(tmp, 'wx', 0o644);
      return new AtomicFile(target, tmp, fh);
    } catch (e) {
      untrack(tmp);
      throw e;
    }
  }

  /** After a failed write the file is broken: every later write and the commit fail the same way. */
  async write(data: string | Uint8Array): Promise<void> {
    if (this.failed) throw this.failed;
    try {
      await writeFully(this.fh, data);
    } catch (e) {
      this.failed = e;
      throw e;
    }
  }

  async commit(): Promise<void> {
    try {
      if (this.failed) throw this.failed;
      await this.fh.sync();
      await this.fh.close();
      await rename(this.tmp, this.target);
    } catch (e) {
      await this.abort();
      throw e;
    }
    untrack(this.tmp);
  }

  async abort(): Promise<void> {
    await this.fh.close().catch(() => undefined);
    await unlink(this.tmp).catch(() => undefined);
    untrack(this.tmp);
  }
}

export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  const f = await AtomicFile.create(target);
  try {
    await f.write(data);
  } catch (e) {
    await f.abort();
    throw e;
  }
  await f.commit();
}

/** "a/b/ke-hoach.docx" → "a/b/ke-hoach" + ext; with `keepExt` → "a/b/ke-hoach.docx" + ext (to break name clashes). */
export function outputRelPath(inputPath: string, base: string, ext: string, keepExt: boolean): string {
  const rel = relative(base, inputPath);
  const stem = keepExt ? rel : rel.slice(0, rel.length - extname(rel).length);
  return stem + ext;
}

export class OutsideOutDirError extends Error {
  constructor(readonly dir: string) {
    super(`refusing to write outside ${dir}`);
  }
}

/**
 * The file to write for `rel` inside `outDir`, with its folders created. Refuses a path that
 * climbs out ("..", absolute) and a folder or file that is a symlink leading outside.
 */
export async function prepareOutDirPath(outDir: string, rel: string): Promise<string> {
  if (isAbsolute(rel) || rel.split(/[\\/]/).includes('..')) throw new OutsideOutDirError(outDir);
  const root = resolve(outDir);
  const target = resolve(root, rel);
  if (!isInside(root, target)) throw new OutsideOutDirError(outDir);
  await mkdir(root, { recursive: true });
  const realRoot = await realpath(root);
  // The deepest folder that exists already must really be inside (a symlinked folder may lead out).
  let existing = dirname(target);
  while (!(await exists(existing))) existing = dirname(existing);
  if (!isInside(realRoot, await realpath(existing))) throw new OutsideOutDirError(outDir);
  await mkdir(dirname(target), { recursive: true });
  if (!isInside(realRoot, await realpath(dirname(target)))) throw new OutsideOutDirError(outDir);
  const st = await lstat(target).catch(() => null);
  if (st?.isSymbolicLink()) throw new OutsideOutDirError(outDir);
  return target;
}

function isInside(root: string, p: string): boolean {
  const rel = relative(root, p);
  return rel === '' || (rel !== '..' && !rel.startsWith('..' + sep) && !isAbsolute(rel));
}

async function exists(p: string): Promise<boolean> {
  return (await lstat(p).catch(() => null)) !== null;
}

/**
 * Write to a stream and wait until the stream has taken the data (its callback): a write error
 * (ENOSPC on a redirected stdout, EIO) rejects instead of being lost or thrown from an event.
 */
export function writeStream(stream: NodeJS.WritableStream, data: string | Uint8Array): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const w = stream as NodeJS.WritableStream & { destroyed?: boolean; errored?: Error | null };
    if (w.errored) return reject(w.errored);
    try {
      stream.write(data, (err) => (err ? reject(w.errored ?? err) : resolvePromise()));
    } catch (e) {
      reject(e);
    }
  });
}
