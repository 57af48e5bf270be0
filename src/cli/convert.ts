// The convert command: expand inputs, run the batch, hand documents to the sink in input
// order, report per-input failures and the summary, and decide the exit code.
import { availableParallelism } from 'node:os';
import { EXTENSIONS } from '../emit/index.js';
import { extractMany, type BatchInput, type BatchResult } from './batch.js';
import type { BatchFailure } from './failure.js';
import { colorFor, readAll, type CliIO } from './io.js';
import { expandInputs, type InputItem } from './inputs.js';
import { MESSAGES, translator, type Lang, type Translate } from './messages.js';
import type { ConvertOptions } from './options.js';
import { Reporter } from './report.js';
import { NdjsonSink, OutDirSink, RegistrySink, type Sink, type SinkProblem } from './sinks.js';
import { outputRelPath } from './write.js';

const STDIN_PATH = '<stdin>';
/** Test-only (see worker.ts): inputs whose path contains this value hang their worker. */
const TEST_HANG_ENV = 'PLAN_EXTRACT_TEST_HANG';

function problemText(t: Translate, p: SinkProblem): string {
  if (p.kind === 'schema') return t('schemaMismatch', p.detail);
  if (p.kind === 'outside') return t('outsideOutDir', p.dir);
  return t('writeFailed', p.detail);
}

function missingFailure(item: Extract<InputItem, { kind: 'missing' }>): BatchFailure {
  const msg = MESSAGES[item.reason];
  return { code: item.reason === 'notFound' ? 'NOT_FOUND' : 'NO_INPUT', vi: msg.vi(), en: msg.en() };
}

/** --out-dir file names: "a/ke-hoach.json", or "a/ke-hoach.docx.json" when two inputs share a stem. */
function outDirNames(items: InputItem[], ext: string): { names: Map<number, string> } | { clash: [string, string] } {
  const names = new Map<number, string>();
  const stems = new Map<string, number>();
  items.forEach((it, i) => {
    if (it.kind !== 'file') return;
    const rel = outputRelPath(it.path, it.base, ext, false);
    names.set(i, rel);
    stems.set(rel, (stems.get(rel) ?? 0) + 1);
  });
  const taken = new Map<string, string>();
  for (const [i, rel] of names) {
    const it = items[i] as Extract<InputItem, { kind: 'file' }>;
    const name = (stems.get(rel) ?? 0) > 1 ? outputRelPath(it.path, it.base, ext, true) : rel;
    const other = taken.get(name);
    if (other !== undefined) return { clash: [other, it.path] };
    taken.set(name, it.path);
    names.set(i, name);
  }
  return { names };
}

export async function runConvert(o: ConvertOptions, lang: Lang, io: CliIO): Promise<number> {
  const t = translator(lang);
  const usage = (msg: string) => {
    io.stderr.write(`${colorFor(io.stderr, o.color, io.env).red(t('usagePrefix') + msg)}\n${t('usageHint')}\n`);
    return 2;
  };
  if (o.format === 'xlsx' && !o.output && !o.outDir && io.stdout.isTTY) return usage(t('xlsxToTerminal'));

  const { items, sawCollection } = await expandInputs(o.inputs);
  let outNames = new Map<number, string>();
  if (o.outDir) {
    const r = outDirNames(items, EXTENSIONS[o.format]);
    if ('clash' in r) return usage(t('outDirClash', r.clash[0], r.clash[1]));
    outNames = r.names;
  }

  // The inputs the batch runs, and which item each came from.
  const runnable: BatchInput[] = [];
  const itemOf: number[] = [];
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    if (it.kind === 'file') runnable.push(it.path);
    else if (it.kind === 'stdin') {
      try {
        const bytes = await readAll(io.stdin);
        runnable.push({ bytes, path: STDIN_PATH, ...(o.from ? { format: o.from } : {}) });
      } catch (e) {
        return usage(t('readStdinFailed', (e as Error).message));
      }
    } else continue;
    itemOf.push(i);
  }

  const reporter = new Reporter({
    lang,
    t,
    color: colorFor(io.stderr, o.color, io.env),
    stderr: io.stderr,
    total: items.length,
    batch: items.length > 1 || sawCollection,
    quiet: o.quiet,
    verbose: o.verbose,
  });
  const sink: Sink = o.outDir
    ? new OutDirSink(o.outDir, o.format, { table: o.table })
    : o.format === 'ndjson'
      ? new NdjsonSink(io.stdout, o.output)
      : new RegistrySink(io.stdout, o.output, o.format, { table: o.table });

  // Missing inputs are reported in their place in input order, between batch results.
  let nextItem = 0;
  const reportMissingUpTo = (limit: number) => {
    for (; nextItem < limit; nextItem++) {
      const it = items[nextItem];
      if (it.kind !== 'missing') continue;
      reporter.progress.finish(it.path);
      reporter.fail(it.path, missingFailure(it));
    }
  };
  let stoppedEarly = false;
  const onResult = async (r: BatchResult) => {
    const item = itemOf[r.index];
    reportMissingUpTo(item);
    nextItem = item + 1;
    if (!r.ok) {
      if (r.skipped) stoppedEarly = true;
      reporter.fail(r.path, r.error);
      return;
    }
    const problem = await sink.add(r.document, outNames.get(item));
    if (problem) reporter.fail(r.path, { code: 'OUTPUT', en: problemText(t, problem), vi: problemText(t, problem) });
    else reporter.ok(r.path, r.document, r.ms);
  };

  const failFastHit = () => o.failFast && reporter.failed > 0;
  if (o.failFast && items.some((it) => it.kind === 'missing')) {
    // A missing input is a failure before anything runs.
    reportMissingUpTo(items.length);
    stoppedEarly = true;
  } else if (runnable.length > 0) {
    await extractMany(runnable, {
      ...(o.password !== undefined ? { password: o.password } : {}),
      ...(o.maxPages !== undefined ? { maxPages: o.maxPages } : {}),
      ...(o.maxInflate !== undefined ? { maxInflate: o.maxInflate } : {}),
      ...(o.lenient ? { lenient: true } : {}),
      jobs: o.jobs ?? availableParallelism(),
      ...(o.timeoutPerFile !== undefined ? { timeoutPerFile: o.timeoutPerFile } : {}),
      failFast: o.failFast,
      // One input runs in this thread (fast start) unless a time limit was asked for.
      inProcess: runnable.length === 1 && o.timeoutPerFile === undefined,
      onResult,
      onSettled: (r) => reporter.progress.finish(r.path),
      ...(io.env[TEST_HANG_ENV] ? { testHang: io.env[TEST_HANG_ENV] } : {}),
    });
  }
  reportMissingUpTo(items.length);

  const write = !(stoppedEarly || failFastHit());
  const problem = await sink.finish(write);
  let outputFailed = false;
  if (problem) {
    reporter.note(o.output && problem.kind === 'write' ? `${o.output}: ${problemText(t, problem)}` : problemText(t, problem));
    outputFailed = true;
  } else if (!write && !o.outDir) {
    reporter.note(t('nothingWritten'));
  } else if (write && o.output && reporter.converted > 0) {
    reporter.info(t('wroteFile', o.output));
  }
  reporter.summary();
  return reporter.failed + reporter.skipped > 0 || outputFailed ? 1 : 0;
}
