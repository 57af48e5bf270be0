// --skip-existing: an input whose --out-dir output exists, was made from the same bytes
// (source.sha256) and by the same major version of plan-extract (generator) is not converted
// again. A re-run after a crash or a preempted pod only does what is left; an input whose
// bytes changed, an output from another major version, or one that cannot be read back is
// converted again. The inputs are hashed here, a few at a time.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { packageVersion } from '../version.js';

/** Formats whose outputs carry source.sha256 and generator back. */
export const SKIP_FORMATS = ['json', 'yaml'] as const;

/** What the report says about an input that was skipped (read from its output). */
export interface Existing {
  output: string;
  tasks: number;
  warnings: number;
  pages?: number;
}

const HASH_CONCURRENCY = 8;

function major(version: string): string | null {
  return /^plan-extract (\d+)\./.exec(version)?.[1] ?? null;
}

export function sha256File(path: string): Promise<string> {
  return new Promise((res, rej) => {
    const h = createHash('sha256');
    createReadStream(path)
      .on('error', rej)
      .on('data', (c) => h.update(c))
      .on('end', () => res(h.digest('hex')));
  });
}

interface OutDoc {
  source?: { sha256?: unknown; pages?: unknown };
  tasks?: unknown[];
  warnings?: unknown[];
}

/** The output at `target` when it is up to date for `input`; null when the input must be converted. */
export async function upToDate(input: string, target: string, format: 'json' | 'yaml'): Promise<Existing | null> {
  let text: string;
  try {
    text = await readFile(target, 'utf8');
  } catch {
    return null;
  }
  let reg: { generator?: unknown; documents?: OutDoc[] };
  try {
    // yaml is loaded only when a YAML output is read back (every run imports this module).
    reg = format === 'json' ? JSON.parse(text) : (await import('yaml')).parse(text);
  } catch {
    return null;
  }
  const doc = Array.isArray(reg?.documents) && reg.documents.length === 1 ? reg.documents[0] : null;
  if (!doc || typeof reg.generator !== 'string' || major(reg.generator) !== major(`plan-extract ${packageVersion()}`)) return null;
  const sha = doc.source?.sha256;
  if (typeof sha !== 'string') return null;
  let actual: string;
  try {
    actual = await sha256File(input);
  } catch {
    // Unreadable now: let the conversion report why.
    return null;
  }
  if (actual !== sha) return null;
  return {
    output: target,
    tasks: Array.isArray(doc.tasks) ? doc.tasks.length : 0,
    warnings: Array.isArray(doc.warnings) ? doc.warnings.length : 0,
    ...(typeof doc.source?.pages === 'number' ? { pages: doc.source.pages } : {}),
  };
}

/** Check every (index, input, relative output) at once, a few hashes at a time. */
export async function findUpToDate(
  entries: readonly { index: number; input: string; rel: string }[],
  outDir: string,
  format: 'json' | 'yaml',
): Promise<Map<number, Existing>> {
  const found = new Map<number, Existing>();
  let next = 0;
  const lane = async () => {
    while (next < entries.length) {
      const e = entries[next++];
      const hit = await upToDate(e.input, resolve(outDir, e.rel), format);
      if (hit) found.set(e.index, { ...hit, output: joinOut(outDir, e.rel) });
    }
  };
  await Promise.all(Array.from({ length: Math.min(HASH_CONCURRENCY, entries.length) }, lane));
  return found;
}

/** The output path as the user would write it (DIR/rel), for messages and the report. */
export function joinOut(outDir: string, rel: string): string {
  return join(outDir, rel);
}
