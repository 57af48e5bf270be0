// Paths of the shared real documents (../shared beside the repo, as in CI).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SHARED = resolve(REPO, '../shared');
export const SEEDS_DIR = join(SHARED, 'seeds');
export const CORPUS_DIR = join(SHARED, 'corpus');
export const hasShared = existsSync(SEEDS_DIR);

/** The seed whose file name starts with this prefix ("000" … "004"). */
export function seedPath(prefix: string): string {
  const name = readdirSync(SEEDS_DIR).find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`no seed ${prefix}`);
  return join(SEEDS_DIR, name);
}

export function seedBytes(prefix: string): Uint8Array {
  return readFileSync(seedPath(prefix));
}
