// The archive-scale options (--files-from, -0, --shard, --skip-existing, --report,
// --max-warnings), checked into plain values; a string is a usage error (exit 2).
import type { OutputFormat } from '../emit/index.js';
import type { Translate } from './messages.js';
import { parseShard, type Shard } from './shard.js';
import { SKIP_FORMATS } from './skip-existing.js';

export interface ScaleOptions {
  /** --files-from FILE, or "-" for standard input. */
  filesFrom?: string;
  /** -0: the list is NUL-separated. */
  nul: boolean;
  shard?: Shard;
  skipExisting: boolean;
  report?: string;
  maxWarnings?: number;
}

export interface RawScale {
  filesFrom?: string;
  null?: boolean;
  shard?: string;
  skipExisting?: boolean;
  report?: string;
  maxWarnings?: string;
  outDir?: string;
}

export function scaleOptions(t: Translate, raw: RawScale, inputs: readonly string[], format: OutputFormat): ScaleOptions | string {
  const o: ScaleOptions = { nul: raw.null === true, skipExisting: raw.skipExisting === true };
  if (o.nul && raw.filesFrom === undefined) return t('nullNeedsFilesFrom');
  if (raw.filesFrom !== undefined) {
    if (raw.filesFrom === '-' && inputs.includes('-')) return t('stdinTwice');
    o.filesFrom = raw.filesFrom;
  }
  if (raw.shard !== undefined) {
    const shard = parseShard(raw.shard);
    if (!shard) return t('badShard', raw.shard);
    if (inputs.includes('-')) return t('shardWithStdin');
    o.shard = shard;
  }
  if (o.skipExisting) {
    if (!raw.outDir) return t('skipNeedsOutDir');
    if (!(SKIP_FORMATS as readonly string[]).includes(format)) return t('skipNeedsReadable');
  }
  if (raw.report !== undefined) o.report = raw.report;
  if (raw.maxWarnings !== undefined) {
    const n = Number(raw.maxWarnings);
    if (!/^\d+$/.test(raw.maxWarnings.trim()) || !Number.isSafeInteger(n)) return t('badCount', '--max-warnings', raw.maxWarnings);
    o.maxWarnings = n;
  }
  return o;
}
