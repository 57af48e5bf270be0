// Writing outputs: atomically (temp file in the same folder, then rename; the temp is removed
// on failure and on Ctrl-C), and under --out-dir never outside that folder.
import { randomBytes } from 'node:crypto';
import { unlinkSync } from 'node:fs';
import { lstat, mkdir, open, realpath, rename, unlink, type FileHandle } from 'node:fs/promises';
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

function tempName(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/** A file written piece by piece (ndjson as documents finish) that appears only when committed. */
export class AtomicFile {
  private constructor(
    readonly target: string,
    private readonly tmp: string,
    private readonly fh: FileHandle,
  ) {}

  static async create(target: string): Promise<AtomicFile> {
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

  async write(data: string | Uint8Array): Promise<void> {
    await this.fh.write(typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
  }

  async commit(): Promise<void> {
    try {
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

/** Write to a stream, waiting when its buffer is full (large outputs through a pipe). */
export function writeStream(stream: NodeJS.WritableStream, data: string | Uint8Array): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const ok = stream.write(data, (err) => (err ? reject(err) : undefined));
    if (ok) resolvePromise();
    else stream.once('drain', () => resolvePromise());
  });
}
