// plan-extract merge DIR… -o all.json|all.ndjson|all.csv|all.xlsx: the last step of a sharded
// run. Reads per-file outputs (--out-dir folders) and shard registries (json, ndjson, yaml),
// checks each against the schema, drops exact duplicates (the same source.path and sha256 with
// the same content), orders the documents by source path, then sha256, then id — the same
// order however the shards were cut — and writes one registry or table through src/emit.
import { readdir, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
// yaml is loaded only for a YAML file.
import { emit, type OutputFormat, type TableName } from '../emit/index.js';
import { readTextFile } from './read-text.js';
import type { PlanDocument } from '../model/registry.js';
import { makeRegistry } from '../version.js';
import { comparePaths } from './glob.js';
import { isSkippedName } from './inputs.js';
import { colorFor, type CliIO } from './io.js';
import { translator, type Lang } from './messages.js';
import { checkRegistry } from './schema-check.js';
import { writeFileAtomic, writeStream } from './write.js';
import { ndjsonLines } from './ndjson-lines.js';

export interface MergeAction {
  lang: Lang;
  inputs: string[];
  output?: string;
  format?: OutputFormat;
  table: TableName;
  quiet: boolean;
  verbose: boolean;
  color: boolean;
}

const READABLE = new Set(['.json', '.ndjson', '.jsonl', '.yaml', '.yml']);
const BY_EXTENSION: Record<string, OutputFormat> = {
  '.json': 'json',
  '.ndjson': 'ndjson',
  '.jsonl': 'ndjson',
  '.yaml': 'yaml',
  '.yml': 'yaml',
  '.csv': 'csv',
  '.xlsx': 'xlsx',
  '.md': 'md',
  '.html': 'html',
};
/** Problems shown per file; the rest are counted. */
const MAX_SHOWN = 3;

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => comparePaths(a.name, b.name));
  for (const e of entries) {
    if (isSkippedName(e.name)) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(p)));
    else if (e.isFile() && READABLE.has(extname(e.name).toLowerCase())) out.push(p);
  }
  return out;
}

type Parsed = { docs: unknown[]; errors: string[] } | { report: true } | { notRegistry: true };

/** A --report file (its records have a status, not a source): not an output. */
function isReportRecord(v: unknown): boolean {
  return typeof v === 'object' && v !== null && 'status' in v && 'path' in v && !('source' in v);
}

async function readOutputs(path: string, validate: (reg: unknown) => { ok: boolean; errors: string[] }, lang: Lang): Promise<Parsed> {
  const text = (await readTextFile(path, lang)).replace(/^\uFEFF/, '');
  const ext = extname(path).toLowerCase();
  if (ext === '.ndjson' || ext === '.jsonl') {
    const docs: unknown[] = [];
    const errors: string[] = [];
    for (const l of ndjsonLines(text)) {
      if ('error' in l) {
        errors.push(`line ${l.line}: ${l.error}`);
        continue;
      }
      if (docs.length === 0 && errors.length === 0 && isReportRecord(l.doc)) return { report: true };
      const r = validate(makeRegistry([l.doc as PlanDocument]));
      for (const err of r.errors) errors.push(`line ${l.line}: ${err.replace(/^\/documents\/0/, '')}`);
      docs.push(l.doc);
    }
    return { docs, errors };
  }
  let data: unknown;
  try {
    data = ext === '.json' ? JSON.parse(text) : (await import('yaml')).parse(text);
  } catch (e) {
    return { docs: [], errors: [(e as Error).message.split('\n')[0]] };
  }
  if (!data || typeof data !== 'object' || !Array.isArray((data as { documents?: unknown }).documents)) return { notRegistry: true };
  const r = validate(data);
  return { docs: (data as { documents: unknown[] }).documents, errors: r.errors };
}

function docOrder(a: PlanDocument, b: PlanDocument): number {
  return comparePaths(a.source.path, b.source.path) || comparePaths(a.source.sha256, b.source.sha256) || comparePaths(a.id, b.id);
}

export async function runMerge(a: MergeAction, io: CliIO): Promise<number> {
  const t = translator(a.lang);
  const c = colorFor(io.stderr, a.color, io.env);
  const say = (line: string) => io.stderr.write(line + '\n');
  const format: OutputFormat = a.format ?? (a.output ? BY_EXTENSION[extname(a.output).toLowerCase()] : undefined) ?? 'json';
  if (format === 'xlsx' && !a.output && io.stdout.isTTY) {
    say(c.red(t('usagePrefix') + t('xlsxToTerminal')) + '\n' + t('usageHint'));
    return 2;
  }
  const { validateRegistry } = await import('../validate.js');

  // Every file to read, folders walked in code-point order; the output itself is never an input.
  const outAbs = a.output ? resolve(a.output) : null;
  const files: string[] = [];
  let bad = 0;
  for (const input of a.inputs) {
    const st = await stat(input).catch(() => null);
    if (!st) {
      bad++;
      say(c.red(`${input}: ${t('notFound')}`));
    } else if (st.isDirectory()) {
      files.push(...(await walk(input)));
    } else {
      files.push(input);
    }
  }
  const seenFiles = new Set<string>();
  const docs: PlanDocument[] = [];
  let read = 0;
  for (const f of files) {
    const abs = resolve(f);
    if (abs === outAbs || seenFiles.has(abs)) continue;
    seenFiles.add(abs);
    let parsed: Parsed;
    try {
      parsed = await readOutputs(f, validateRegistry, a.lang);
    } catch (e) {
      bad++;
      say(c.red(t('cannotRead', f, (e as NodeJS.ErrnoException).code ?? (e as Error).message)));
      continue;
    }
    if ('report' in parsed) {
      if (a.verbose) say(c.dim(t('mergeSkippedReport', f)));
      continue;
    }
    if ('notRegistry' in parsed) {
      bad++;
      say(c.red(t('mergeNotRegistry', f)));
      continue;
    }
    if (parsed.errors.length) {
      bad++;
      for (const e of parsed.errors.slice(0, MAX_SHOWN)) say(c.red(t('invalidLine', f, e)));
      if (parsed.errors.length > MAX_SHOWN) say(c.red(t('invalidLine', f, `… +${parsed.errors.length - MAX_SHOWN}`)));
      continue;
    }
    read++;
    docs.push(...(parsed.docs as PlanDocument[]));
  }
  if (bad > 0) return 1;
  if (docs.length === 0) {
    say(c.red(t('mergeEmpty', a.inputs.join(' '))));
    return 1;
  }

  // The same input converted twice (a shard registry and its --out-dir files, a re-run): once.
  docs.sort(docOrder);
  const merged: PlanDocument[] = [];
  let dups = 0;
  const byKey = new Map<string, string[]>();
  for (const d of docs) {
    const key = `${d.source.path}\0${d.source.sha256}`;
    const text = JSON.stringify(d);
    const same = byKey.get(key);
    if (same?.includes(text)) {
      dups++;
      continue;
    }
    if (same) say(c.yellow(t('mergeConflict', d.source.path)));
    byKey.set(key, [...(same ?? []), text]);
    merged.push(d);
  }

  const reg = makeRegistry(merged);
  const problem = await checkRegistry(reg);
  if (problem) {
    say(c.red(t('schemaMismatch', problem)));
    return 1;
  }
  const data = await emit(reg, format, { table: a.table, lang: a.lang });
  try {
    if (a.output) await writeFileAtomic(a.output, data);
    else await writeStream(io.stdout, data);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (!a.output && code === 'EPIPE') return 0;
    say(c.red(`${a.output ?? '-'}: ${t('writeFailed', code ?? (e as Error).message)}`));
    return 1;
  }
  if (!a.quiet) say(c.green(t('mergeSummary', read, merged.length, dups)));
  return 0;
}
