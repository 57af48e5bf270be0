// Which inputs this run converts: the command-line inputs and the --files-from list, their
// --out-dir names (made over the whole input), then this process's --shard, then the inputs
// --skip-existing finds up to date. convert.ts runs what is left.
import { resolve } from 'node:path';
import { EXTENSIONS } from '../emit/index.js';
import { listItems, readList } from './files-from.js';
import { expandInputs, type InputItem } from './inputs.js';
import type { ConvertOptions } from './options.js';
import { outDirNames } from './out-names.js';
import { inShard } from './shard.js';
import { findUpToDate, type Existing } from './skip-existing.js';

export interface Selection {
  /** This shard's inputs, in input order. */
  items: InputItem[];
  /** A folder, glob or list was given: the run is a batch even with one file. */
  sawCollection: boolean;
  /** Index in `items` → --out-dir relative name. */
  outNames: Map<number, string>;
  /** This shard's inputs whose --out-dir name got a suffix. */
  renamed: { path: string; name: string }[];
  /** Index in `items` → the output found up to date (--skip-existing). */
  upToDate: Map<number, Existing>;
}

export class ListUnreadable extends Error {
  constructor(readonly file: string, readonly why: string) {
    super(`cannot read ${file}`);
  }
}

/** `stdin` is asked for only when the list is read from it (`--files-from -`): making it costs start-up time. */
export async function selectInputs(o: ConvertOptions, stdin: () => NodeJS.ReadableStream): Promise<Selection> {
  const expanded = o.inputs.length > 0 ? await expandInputs(o.inputs) : { items: [], sawCollection: false };
  let all: InputItem[] = expanded.items;
  let sawCollection = expanded.sawCollection;
  if (o.filesFrom !== undefined) {
    let entries: string[];
    try {
      entries = await readList(o.filesFrom, o.nul, stdin);
    } catch (e) {
      throw new ListUnreadable(o.filesFrom, (e as NodeJS.ErrnoException).code ?? (e as Error).message);
    }
    const seen = new Set(all.flatMap((it) => (it.kind === 'file' ? [resolve(it.path)] : [])));
    for (const it of await listItems(entries)) {
      if (it.kind === 'file') {
        const key = resolve(it.path);
        if (seen.has(key)) continue;
        seen.add(key);
      }
      all.push(it);
    }
    sawCollection = true;
  }

  const named = o.outDir ? outDirNames(all, EXTENSIONS[o.format]) : { names: new Map<number, string>(), renamed: [] };
  let outNames = named.names;
  let renamed = named.renamed;
  if (o.shard) {
    const shard = o.shard;
    const kept: InputItem[] = [];
    const keptNames = new Map<number, string>();
    all.forEach((it, i) => {
      if (!inShard(it, shard)) return;
      const name = outNames.get(i);
      if (name !== undefined) keptNames.set(kept.length, name);
      kept.push(it);
    });
    const mine = new Set(kept.flatMap((it) => (it.kind === 'file' ? [it.path] : [])));
    renamed = renamed.filter((r) => mine.has(r.path));
    all = kept;
    outNames = keptNames;
    sawCollection = true;
  }

  let upToDate = new Map<number, Existing>();
  if (o.skipExisting && o.outDir && (o.format === 'json' || o.format === 'yaml')) {
    const entries = all.flatMap((it, index) => (it.kind === 'file' && outNames.has(index) ? [{ index, input: it.path, rel: outNames.get(index)! }] : []));
    upToDate = await findUpToDate(entries, o.outDir, o.format);
  }
  return { items: all, sawCollection, outNames, renamed, upToDate };
}
