// Command-line inputs → the list of documents to read: files as named, folders walked
// recursively, globs expanded, "-" for standard input. Order is the order given, and inside a
// folder or glob code-point order, so output order never depends on the file system.
import { readdir, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { formatFromExtension } from '../extract/formats.js';
import { comparePaths, expandGlob, isGlob, splitGlob } from './glob.js';

export type InputItem =
  /** A file to read; `base` is the folder its --out-dir path is made relative to. */
  | { kind: 'file'; path: string; base: string }
  | { kind: 'stdin' }
  /** An argument that named nothing readable: reported as a failed input. */
  | { kind: 'missing'; path: string; reason: 'notFound' | 'noMatch' | 'emptyFolder' };

/** "~$ke-hoach.docx" is Word's lock file, never a document. */
const OFFICE_TEMP_PREFIX = '~$';

/** Skipped inside folders and globs (a file named explicitly is always tried). */
export function isSkippedName(name: string): boolean {
  return name.startsWith('.') || name.startsWith(OFFICE_TEMP_PREFIX);
}

/** Inside folders and globs only files with a known document extension are read. */
export function isSupportedName(name: string): boolean {
  return !isSkippedName(name) && formatFromExtension(name) !== null;
}

export interface ExpandResult {
  items: InputItem[];
  /** True when a folder or glob was given (the run is a batch even if it finds one file). */
  sawCollection: boolean;
}

export async function expandInputs(args: readonly string[]): Promise<ExpandResult> {
  const items: InputItem[] = [];
  const seen = new Set<string>();
  let sawCollection = false;
  const addFile = (path: string, base: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    items.push({ kind: 'file', path, base });
  };
  for (const arg of args) {
    if (arg === '-') {
      items.push({ kind: 'stdin' });
      continue;
    }
    const st = await stat(arg).catch(() => null);
    if (st?.isDirectory()) {
      sawCollection = true;
      const files = await walkFolder(arg);
      if (files.length === 0) items.push({ kind: 'missing', path: arg, reason: 'emptyFolder' });
      for (const f of files) addFile(f, arg);
    } else if (st) {
      addFile(arg, dirname(arg));
    } else if (isGlob(arg)) {
      sawCollection = true;
      const { base, segments } = splitGlob(arg);
      const files = (await expandGlob(base, segments)).filter((f) => isSupportedName(baseName(f)));
      if (files.length === 0) items.push({ kind: 'missing', path: arg, reason: 'noMatch' });
      for (const f of files) addFile(f, base);
    } else {
      items.push({ kind: 'missing', path: arg, reason: 'notFound' });
    }
  }
  return { items, sawCollection };
}

function baseName(p: string): string {
  return p.slice(Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\')) + 1);
}

/** Every supported file below `dir`, hidden and temp entries skipped; symlinked folders are not followed (no loops). */
export async function walkFolder(dir: string): Promise<string[]> {
  const out: string[] = [];
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  entries.sort((a, b) => comparePaths(a.name, b.name));
  for (const e of entries) {
    if (isSkippedName(e.name)) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walkFolder(p)));
    else if ((e.isFile() || (e.isSymbolicLink() && (await stat(p).catch(() => null))?.isFile())) && isSupportedName(e.name)) {
      out.push(p);
    }
  }
  return out;
}
