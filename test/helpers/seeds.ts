// Paths of the real documents the tests read: the five seeds live in the repo (fixtures/seeds);
// the corpus is ../shared/corpus beside the clone (as in CI) and is optional.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SHARED = resolve(REPO, '../shared');
export const SEEDS_DIR = join(REPO, 'fixtures/seeds');
export const CORPUS_DIR = join(SHARED, 'corpus');
/** ../shared/corpus is present beside the clone. */
export const hasCorpus = existsSync(CORPUS_DIR);

/** One message per test file when the corpus is absent, naming what is missing. */
export function corpusMissing(file: string): void {
  if (!hasCorpus) console.warn(`${file}: skipped, ../shared/corpus not found beside the repo (${CORPUS_DIR})`);
}

/** A corpus file by its path under ../shared/corpus, or null when absent. */
export function corpusFile(rel: string): string | null {
  const p = join(CORPUS_DIR, rel);
  return existsSync(p) ? p : null;
}

/** The five seed texts, sorted by name. */
export function seedNames(): string[] {
  return readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).sort();
}

/** The seed whose file name starts with this prefix ("000" … "004"). */
export function seedPath(prefix: string): string {
  const name = seedNames().find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`no seed ${prefix}`);
  return join(SEEDS_DIR, name);
}

export function seedBytes(prefix: string): Uint8Array {
  return readFileSync(seedPath(prefix));
}
