// An output must never replace one of the inputs (`x.txt -o x.txt`, `--out-dir docs --format md`
// over docs/*.md): the run is refused before anything is read.
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { InputItem } from './inputs.js';

/** The input that `output` would overwrite (same path, or the same file by device and inode). */
export async function inputAtOutput(output: string, items: readonly InputItem[]): Promise<string | null> {
  const target = resolve(output);
  const st = await stat(output).catch(() => null);
  for (const it of items) {
    if (it.kind !== 'file') continue;
    if (resolve(it.path) === target) return it.path;
    if (st) {
      const s = await stat(it.path).catch(() => null);
      if (s && s.dev === st.dev && s.ino === st.ino) return it.path;
    }
  }
  return null;
}

/** For --out-dir: the first output file name that is one of the inputs. */
export function inputAtOutDir(outDir: string, names: ReadonlyMap<number, string>, items: readonly InputItem[]): string | null {
  const inputs = new Set(items.flatMap((it) => (it.kind === 'file' ? [resolve(it.path)] : [])));
  for (const rel of names.values()) {
    const target = resolve(outDir, rel);
    if (inputs.has(target)) return target;
  }
  return null;
}
