// The OCR cache (`--cache DIR`, off by default): one JSON file per page, keyed by the file's sha256,
// the engine, its version, the model and the resolution, so a re-run skips OCR already done.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { OcrPageResult } from './types.js';

export interface CacheKey {
  sha256: string;
  engine: string;
  version: string;
  model: string;
  dpi: number;
  page: number;
}

/** Bumped when what is cached (or how it is produced) changes: 3 = with the ruling lines (and OCR of the image with them erased); 4 = regions the page layout skipped read again (gaps.ts). */
const FORMAT = 4;

function fileName(k: CacheKey): string {
  const safe = (s: string) => s.replace(/[^\w.-]+/g, '_');
  return `${k.sha256}-p${k.page}-${safe(k.engine)}-${safe(k.version)}-${safe(k.model)}-${k.dpi}dpi-v${FORMAT}.json`;
}

export async function readCached(dir: string, k: CacheKey): Promise<OcrPageResult | null> {
  try {
    const v = JSON.parse(await readFile(join(dir, fileName(k)), 'utf8')) as OcrPageResult;
    return v && v.page === k.page && Array.isArray(v.words) ? v : null;
  } catch {
    return null;
  }
}

/** Written to a temporary name, then renamed: a reader never sees half a file. Failures are reported, never thrown. */
export async function writeCached(dir: string, k: CacheKey, v: OcrPageResult): Promise<string | null> {
  try {
    await mkdir(dir, { recursive: true });
    const to = join(dir, fileName(k));
    const tmp = `${to}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    await writeFile(tmp, JSON.stringify(v));
    await rename(tmp, to);
    return null;
  } catch (e) {
    return (e as Error).message.split('\n')[0];
  }
}
