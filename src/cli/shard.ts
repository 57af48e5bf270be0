// --shard I/N: a stable partition of the inputs. Each input goes to the shard picked by a hash
// of its path relative to its root (the same path --out-dir mirrors), never of the machine's
// absolute path, so every copy of the job — on any machine, with the inputs in any order —
// agrees on who converts what: the union of the N shards is the whole input, with no overlap.
import { createHash } from 'node:crypto';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { InputItem } from './inputs.js';

export interface Shard {
  /** 1-based, as in Jest/Playwright `--shard` and GNU parallel's `{%}`. */
  index: number;
  count: number;
}

/** "2/4" → { index: 2, count: 4 }; null when malformed or out of range. */
export function parseShard(value: string): Shard | null {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
  if (!m) return null;
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(count) || count < 1 || index < 1 || index > count) return null;
  return { index, count };
}

/** The path an input is known by, whatever machine or folder the job runs from. */
export function shardKey(item: InputItem): string {
  if (item.kind === 'stdin') return '-';
  if (item.kind === 'missing') return item.path.split(sep).join('/');
  const rel = relative(item.base, item.path);
  const key = isAbsolute(rel) || rel === '' ? resolve(item.path) : rel;
  return key.split(sep).join('/').normalize('NFC');
}

/** Which shard (1…count) a key falls in: the first 48 bits of its sha256, modulo count. */
export function shardOf(key: string, count: number): number {
  const h = createHash('sha256').update(key, 'utf8').digest();
  return (h.readUIntBE(0, 6) % count) + 1;
}

export function inShard(item: InputItem, shard: Shard): boolean {
  return shardOf(shardKey(item), shard.count) === shard.index;
}
