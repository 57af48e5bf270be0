// --files-from FILE (or - for standard input): the inputs as a list, one path a line, or
// NUL-separated with -0 (`find … -print0`). Paths are taken as they are written — no globs,
// no quoting — and relative ones are resolved against the current directory, as tar -T,
// cpio and xargs read them (so run the job from the folder the list was made in).
import { stat } from 'node:fs/promises';
import { dirname, isAbsolute, normalize, sep } from 'node:path';
import type { InputItem } from './inputs.js';
import { walkFolder } from './inputs.js';
import { readAll } from './io.js';
import { readTextFile, TEXT_MAX_SIZE } from './read-text.js';

/** The entries of a list: split on NUL or on line ends (LF or CRLF), blank entries dropped. */
export function splitList(text: string, nul: boolean): string[] {
  const parts = nul ? text.split('\0') : text.replace(/^\uFEFF/, '').split(/\r?\n/);
  return parts.filter((p) => p !== '');
}

export async function readList(file: string, nul: boolean, stdin: () => NodeJS.ReadableStream): Promise<string[]> {
  let text: string;
  if (file === '-') {
    const bytes = await readAll(stdin(), TEXT_MAX_SIZE);
    if (bytes.length > TEXT_MAX_SIZE) throw new Error(`larger than ${TEXT_MAX_SIZE / 2 ** 20} MiB`);
    text = Buffer.from(bytes).toString('utf8');
  } else {
    text = await readTextFile(file);
  }
  return splitList(text, nul);
}

/** A path below the current directory (its --out-dir name and shard key are that relative path). */
function insideCwd(p: string): boolean {
  const n = normalize(p);
  return !isAbsolute(n) && n !== '..' && !n.startsWith('..' + sep);
}

/**
 * The listed entries as input items. A relative file keeps the current directory as its root,
 * so `a/kh.txt` is written as `DIR/a/kh.json` and hashed as `a/kh.txt`; an absolute path or
 * one climbing out with `..` is treated like a file named on the command line (its folder is
 * its root). A listed folder is walked as on the command line; a missing entry is a failed input.
 */
export async function listItems(entries: readonly string[]): Promise<InputItem[]> {
  const paths = entries.map((entry) => (insideCwd(entry) ? normalize(entry) : entry));
  const stats = await statAll(paths);
  const items: InputItem[] = [];
  for (let k = 0; k < paths.length; k++) {
    const path = paths[k];
    const st = stats[k];
    if (!st) {
      items.push({ kind: 'missing', path, reason: 'notFound' });
    } else if (st.isDirectory()) {
      const files = await walkFolder(path);
      if (files.length === 0) items.push({ kind: 'missing', path, reason: 'emptyFolder' });
      for (const f of files) items.push({ kind: 'file', path: f, base: path });
    } else {
      const base = insideCwd(path) ? '.' : dirname(path);
      items.push({ kind: 'file', path, base });
    }
  }
  return items;
}

/** A list of a million paths is stat'ed STAT_CONCURRENCY at a time, results in list order. */
const STAT_CONCURRENCY = 64;

async function statAll(paths: readonly string[]): Promise<(Awaited<ReturnType<typeof stat>> | null)[]> {
  const out: (Awaited<ReturnType<typeof stat>> | null)[] = new Array(paths.length).fill(null);
  let next = 0;
  const lane = async () => {
    while (next < paths.length) {
      const k = next++;
      out[k] = await stat(paths[k]).catch(() => null);
    }
  };
  await Promise.all(Array.from({ length: Math.min(STAT_CONCURRENCY, paths.length) }, lane));
  return out;
}
