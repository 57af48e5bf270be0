// The convert command: expand inputs, run the batch, hand documents to the sink in input
// order, report per-input failures and the summary, and decide the exit code.
import { mkdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { extractMany, type BatchFailure, type BatchInput, type BatchResult } from '../batch/index.js';
import { DEFAULT_MAX_SIZE } from '../read-input.js';
import { escapeControls } from './escape.js';
import { colorFor, readAll, type CliIO } from './io.js';
import type { InputItem } from './inputs.js';
import { failureForCli } from './flag-names.js';
import { MESSAGES, translator, type Lang, type Translate } from './messages.js';
import type { ConvertOptions } from './options.js';
import { inputAtOutDir, inputAtOutput } from './overwrite.js';
import { Reporter } from './report.js';
import { RELAUNCH_FLAGS, shouldRelaunch } from './relaunch.js';
import { RunReport, type RunRecord } from './run-report.js';
import { ListUnreadable, selectInputs } from './selection.js';
import { joinOut } from './skip-existing.js';
import { NdjsonSink, OutDirSink, RegistrySink, type Sink, type SinkProblem } from './sinks.js';

const STDIN_PATH = '<stdin>';

function problemText(t: Translate, p: SinkProblem): string {
  if (p.kind === 'schema') return t('schemaMismatch', p.detail);
  if (p.kind === 'outside') return t('outsideOutDir', p.dir);
  return p.stdout ? t('stdoutFailed', p.code) : t('writeFailed', p.code);
}

function missingFailure(item: Extract<InputItem, { kind: 'missing' }>): BatchFailure {
  const msg = MESSAGES[item.reason];
  return { code: item.reason === 'notFound' ? 'NOT_FOUND' : 'NO_INPUT', vi: msg.vi(), en: msg.en() };
}

function closedFailure(): BatchFailure {
  return { code: 'STDOUT_CLOSED', en: MESSAGES.stdoutClosed.en(), vi: MESSAGES.stdoutClosed.vi() };
}

export async function runConvert(o: ConvertOptions, lang: Lang, io: CliIO): Promise<number> {
  const t = translator(lang);
  const usage = (msg: string) => {
    io.stderr.write(`${colorFor(io.stderr, o.color, io.env).red(t('usagePrefix') + escapeControls(msg))}\n${t('usageHint')}\n`);
    return 2;
  };
  if (o.format === 'xlsx' && !o.output && !o.outDir && io.stdout.isTTY) return usage(t('xlsxToTerminal'));

  let selection;
  try {
    selection = await selectInputs(o, () => io.stdin);
  } catch (e) {
    if (e instanceof ListUnreadable) return usage(t('filesFromUnreadable', e.file, e.why));
    throw e;
  }
  const { items, sawCollection, outNames, upToDate } = selection;
  // No output may replace one of the inputs.
  const overwritten = o.outDir ? inputAtOutDir(o.outDir, outNames, items) : o.output ? await inputAtOutput(o.output, items) : null;
  if (overwritten) return usage(t('outputIsInput', o.outDir ? overwritten : o.output!));
  if (o.report !== undefined && (await inputAtOutput(o.report, items))) return usage(t('outputIsInput', o.report));
  // A big batch: the same command line in a child node with --single-threaded-gc (relaunch.ts).
  const toConvert = items.flatMap((it, i) => (it.kind === 'file' && !upToDate.has(i) ? [it.path] : []));
  const readsStdin = o.filesFrom === '-' || items.some((it) => it.kind === 'stdin');
  if (shouldRelaunch(toConvert, readsStdin, io.env, io.relaunch)) {
    const status = await io.relaunch(RELAUNCH_FLAGS);
    if (status !== null) return status;
  }
  // An empty shard still leaves its (empty) --out-dir, so an upload or merge step finds it.
  if (o.outDir) await mkdir(o.outDir, { recursive: true }).catch(() => undefined);
  let report: RunReport | null = null;
  if (o.report !== undefined) {
    try {
      report = await RunReport.open(o.report);
    } catch (e) {
      return usage(t('reportUnwritable', o.report, (e as NodeJS.ErrnoException).code ?? (e as Error).message));
    }
  }
  const outputOf = (item: number): string | null =>
    o.outDir ? (outNames.has(item) ? joinOut(o.outDir, outNames.get(item)!) : null) : (o.output ?? null);

  // The inputs the batch runs, and which item each came from.
  const runnable: BatchInput[] = [];
  const itemOf: number[] = [];
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    if (it.kind === 'file' && upToDate.has(i)) continue;
    if (it.kind === 'file') runnable.push(it.path);
    else if (it.kind === 'stdin') {
      try {
        // Past the size limit reading stops; the worker then refuses the input (TOO_LARGE).
        const bytes = await readAll(io.stdin, o.extract.maxSize ?? DEFAULT_MAX_SIZE);
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
    ? new OutDirSink(o.outDir, o.format, { table: o.table, lang })
    : o.format === 'ndjson'
      ? new NdjsonSink(io.stdout, o.output)
      : new RegistrySink(io.stdout, o.output, o.format, { table: o.table, lang });

  for (const r of selection.renamed) reporter.info(t('renamedOutput', r.path, r.name));
  const record = (rec: RunRecord) => report?.add(rec);
  const failedRecord = (path: string, f: BatchFailure, ms: number, status: 'failed' | 'skipped' = 'failed'): RunRecord => ({
    path, status, code: f.code, message: reporter.cause(f), ms, pages: null, tasks: null, warnings: null, output: null,
  });

  // Missing and up-to-date inputs are reported in their place in input order, between batch results.
  let nextItem = 0;
  let keptWarnings = 0;
  const reportMissingUpTo = (limit: number) => {
    for (; nextItem < limit; nextItem++) {
      const it = items[nextItem];
      const kept = upToDate.get(nextItem);
      if (it.kind === 'file' && kept) {
        reporter.progress.finish(it.path);
        reporter.skip(it.path, t('upToDate'));
        keptWarnings += kept.warnings;
        record({ path: it.path, status: 'skipped', code: 'UP_TO_DATE', message: t('upToDate'), ms: 0, pages: kept.pages ?? null, tasks: kept.tasks, warnings: kept.warnings, output: kept.output });
      }
      if (it.kind !== 'missing') continue;
      reporter.progress.finish(it.path);
      const f = missingFailure(it);
      reporter.fail(it.path, f);
      record(failedRecord(it.path, f, 0));
    }
  };
  // A closed stdout (`| head -1`): stop converting at once; what was not done is skipped.
  const stdoutClosed = new AbortController();
  const onStdoutError = (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') stdoutClosed.abort();
  };
  if (!o.output && !o.outDir) io.stdout.on('error', onStdoutError);
  let stoppedEarly = false;
  const onResult = async (r: BatchResult) => {
    const item = itemOf[r.index];
    reportMissingUpTo(item);
    nextItem = item + 1;
    if (!r.ok) {
      if (r.skipped) stoppedEarly = true;
      const closed = r.skipped === true && stdoutClosed.signal.aborted;
      const f = closed ? closedFailure() : failureForCli(r.error);
      if (closed) reporter.skip(r.path, reporter.cause(f));
      else reporter.fail(r.path, f);
      record(failedRecord(r.path, f, r.ms, r.skipped ? 'skipped' : 'failed'));
      return;
    }
    const problem = await sink.add(r.document, outNames.get(item));
    if (problem) {
      const f = { code: 'OUTPUT', en: problemText(t, problem), vi: problemText(t, problem) };
      reporter.fail(r.path, f);
      record(failedRecord(r.path, f, r.ms));
      return;
    }
    reporter.ok(r.path, r.document, r.ms);
    const d = r.document;
    record({ path: r.path, status: 'converted', code: null, message: null, ms: r.ms, pages: d.source.pages ?? null, tasks: d.tasks.length, warnings: d.warnings.length, output: outputOf(item) });
  };

  const failFastHit = () => o.failFast && reporter.failed > 0;
  if (o.failFast && items.some((it) => it.kind === 'missing')) {
    // A missing input is a failure before anything runs.
    reportMissingUpTo(items.length);
    stoppedEarly = true;
  } else if (runnable.length > 0) {
    // Every input runs with the per-file time limit: on a worker (with its memory limit), or a
    // single small non-PDF input in this thread (src/batch/in-thread.ts).
    await extractMany(runnable, {
      ...o.extract,
      jobs: o.jobs ?? availableParallelism(),
      ...(o.timeoutPerFile !== undefined ? { timeoutPerFile: o.timeoutPerFile } : {}),
      failFast: o.failFast,
      onResult,
      onSettled: (r) => reporter.progress.finish(r.path),
      onOcrProgress: (path, page, of) => reporter.progress.ocrPage(path, page, of),
      signal: stdoutClosed.signal,
    });
  }
  reportMissingUpTo(items.length);

  const write = !(stoppedEarly || failFastHit());
  const problem = await sink.finish(write);
  let outputFailed = false;
  if (problem) {
    reporter.note(o.output && problem.kind === 'write' ? `${o.output}: ${problemText(t, problem)}` : problemText(t, problem));
    // The one output held every document: none of them was saved.
    reporter.outputLost();
    outputFailed = true;
  } else if (!write && !o.outDir && !stdoutClosed.signal.aborted) {
    reporter.note(t('nothingWritten'));
  } else if (write && o.output && reporter.converted > 0) {
    reporter.info(t('wroteFile', o.output));
  }
  const reportProblem = report ? await report.close() : null;
  if (reportProblem && o.report) {
    reporter.note(t('reportUnwritable', o.report, reportProblem.code ?? reportProblem.message));
    outputFailed = true;
  }
  const allWarnings = reporter.warnings + keptWarnings;
  const tooManyWarnings = o.maxWarnings !== undefined && allWarnings > o.maxWarnings;
  if (tooManyWarnings) reporter.note(t('tooManyWarnings', allWarnings, o.maxWarnings!));
  io.stdout.off('error', onStdoutError);
  // The reader went away: as `cat` would, say nothing more.
  if (!stdoutClosed.signal.aborted) reporter.summary();
  return reporter.failed > 0 || outputFailed || tooManyWarnings ? 1 : 0;
}
