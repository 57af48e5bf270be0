// --out-dir file names: each input's path relative to its root with the output extension
// ("2024/kh.docx" → "2024/kh.json"). Two inputs with the same stem keep their extension
// ("kh.docx.json", "kh.pdf.json"); two that still meet (the same relative path under two
// folders) are both kept, the later ones with a suffix ("kh~2.json"), in code-point order of
// their paths so the names never depend on the order the inputs were given. Names are made
// over the whole input, before --shard picks its part, so every shard agrees on them.
import { extname } from 'node:path';
import { comparePaths } from './glob.js';
import type { InputItem } from './inputs.js';
import { outputRelPath } from './write.js';

export interface OutNames {
  /** Index in the items → relative output path. */
  names: Map<number, string>;
  /** Inputs that got a suffixed name, to tell the user. */
  renamed: { path: string; name: string }[];
}

function withSuffix(rel: string, ext: string, n: number): string {
  return rel.slice(0, rel.length - ext.length) + `~${n}` + ext;
}

export function outDirNames(items: readonly InputItem[], ext: string): OutNames {
  const first = new Map<number, string>();
  /** Stem → the input extensions seen with it: more than one → names keep the extension. */
  const stems = new Map<string, Set<string>>();
  items.forEach((it, i) => {
    if (it.kind !== 'file') return;
    const rel = outputRelPath(it.path, it.base, ext, false);
    first.set(i, rel);
    const exts = stems.get(rel) ?? new Set<string>();
    exts.add(extname(it.path));
    stems.set(rel, exts);
  });
  // Names after the extension rule, grouped to find what still clashes.
  const groups = new Map<string, number[]>();
  for (const [i, rel] of first) {
    const it = items[i] as Extract<InputItem, { kind: 'file' }>;
    const name = (stems.get(rel)?.size ?? 0) > 1 ? outputRelPath(it.path, it.base, ext, true) : rel;
    const g = groups.get(name);
    if (g) g.push(i);
    else groups.set(name, [i]);
  }
  const names = new Map<number, string>();
  const taken = new Set(groups.keys());
  const renamed: OutNames['renamed'] = [];
  for (const [name, group] of groups) {
    const pathOf = (i: number) => (items[i] as Extract<InputItem, { kind: 'file' }>).path;
    group.sort((a, b) => comparePaths(pathOf(a), pathOf(b)));
    names.set(group[0], name);
    let n = 2;
    for (const i of group.slice(1)) {
      let candidate = withSuffix(name, ext, n++);
      while (taken.has(candidate)) candidate = withSuffix(name, ext, n++);
      taken.add(candidate);
      names.set(i, candidate);
      renamed.push({ path: pathOf(i), name: candidate });
    }
  }
  return { names, renamed };
}
